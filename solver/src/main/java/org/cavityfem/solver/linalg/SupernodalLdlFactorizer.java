package org.cavityfem.solver.linalg;

/**
 * The sparse LDLᵀ back end: AMD ordering of the pattern of K − σM, then a supernodal left-looking
 * factorisation without pivoting (see {@link SymbolicFactorization}).
 *
 * <p>The symbolic analysis depends on the pattern only, so the analysis of the last (K, M) pair is
 * kept and reused while the same two matrix objects are passed again, as the shift-invert solver
 * does when it factors at σ and then at the ends of its inertia window. Factorising is safe from
 * several threads; each factorisation's {@code solve} keeps work arrays and serves one thread at a
 * time. The cached analysis keeps the last K and M reachable.
 *
 * <pre>{@code
 * SymmetricFactorization f = new SupernodalLdlFactorizer().factor(k, m, sigma);
 * f.solve(b, x);                       // (K − σM) x = b
 * int below = f.negativePivots();      // eigenvalues of (K, M) below σ
 * }</pre>
 */
public final class SupernodalLdlFactorizer implements SymmetricFactorizer {

    private volatile SymbolicFactorization last;

    @Override
    public SymmetricFactorization factor(CsrMatrix k, CsrMatrix m, double sigma) {
        return analyse(k, m).factor(sigma);
    }

    /** The symbolic analysis of (K, M), reused when the same matrix objects were analysed last. */
    public SymbolicFactorization analyse(CsrMatrix k, CsrMatrix m) {
        SymbolicFactorization cached = last;
        if (cached != null && cached.isFor(k, m)) {
            return cached;
        }
        SymbolicFactorization fresh = SymbolicFactorization.analyse(k, m);
        last = fresh;
        return fresh;
    }
}
