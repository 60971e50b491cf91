package org.cavityfem.solver.testproblems;

import java.util.concurrent.atomic.AtomicInteger;
import org.cavityfem.solver.linalg.CsrMatrix;
import org.cavityfem.solver.linalg.SymmetricFactorization;
import org.cavityfem.solver.linalg.SymmetricFactorizer;

/**
 * A factorizer that counts the numeric factorisations it is asked for, passing each to another; safe
 * from several threads.
 */
public final class CountingFactorizer implements SymmetricFactorizer {

    private final SymmetricFactorizer inner;
    private final AtomicInteger count = new AtomicInteger();

    public CountingFactorizer(SymmetricFactorizer inner) {
        this.inner = inner;
    }

    @Override
    public SymmetricFactorization factor(CsrMatrix k, CsrMatrix m, double sigma) {
        count.incrementAndGet();
        return inner.factor(k, m, sigma);
    }

    /** The factorisations asked for so far. */
    public int count() {
        return count.get();
    }
}
