package org.cavityfem.solver.linalg;

/**
 * The sparse LDLᵀ back end: AMD ordering of the pattern of K − σM, then a supernodal left-looking
 * factorisation without pivoting (see {@link SymbolicFactorization}).
 *
 * <p>The symbolic analysis depends on the pattern only, so the analysis of the last (K, M) pair is
 * kept and reused while the same two matrix objects are passed again, as the shift-invert solver
 * does when it factors at σ and then at the ends of its inertia window. One more pair can be
 * analysed in advance ({@link #prepare}), on another thread while this one's factorisations run:
 * it is kept beside the last until its first factorisation, which then makes it the last. Factorising
 * is safe from several threads; each factorisation's {@code solve} keeps work arrays and serves one
 * thread at a time. The cached analyses keep their K and M reachable.
 *
 * <pre>{@code
 * SymmetricFactorization f = new SupernodalLdlFactorizer().factor(k, m, sigma);
 * f.solve(b, x);                       // (K − σM) x = b
 * int below = f.negativePivots();      // eigenvalues of (K, M) below σ
 * }</pre>
 */
public final class SupernodalLdlFactorizer implements SymmetricFactorizer {

    private SymbolicFactorization last;
    /** An analysis made in advance and not yet factorised with, or null. */
    private SymbolicFactorization prepared;

    @Override
    public SymmetricFactorization factor(CsrMatrix k, CsrMatrix m, double sigma) {
        return analyse(k, m).factor(sigma);
    }

    /**
     * The symbolic analysis of (K, M), reused when the same matrix objects were analysed last or
     * prepared; a prepared one becomes the last, and the one before is let go.
     */
    public SymbolicFactorization analyse(CsrMatrix k, CsrMatrix m) {
        synchronized (this) {
            if (last != null && last.isFor(k, m)) {
                return last;
            }
            if (prepared != null && prepared.isFor(k, m)) {
                last = prepared;
                prepared = null;
                return last;
            }
        }
        SymbolicFactorization fresh = SymbolicFactorization.analyse(k, m);
        synchronized (this) {
            last = fresh;
        }
        return fresh;
    }

    /**
     * Analyses (K, M) now and keeps the analysis beside the last one until (K, M) is factorised:
     * the analysis of a second system, made on another thread while the first one's factorisations
     * still use theirs.
     */
    @Override
    public void prepare(CsrMatrix k, CsrMatrix m) {
        synchronized (this) {
            if ((last != null && last.isFor(k, m)) || (prepared != null && prepared.isFor(k, m))) {
                return;
            }
        }
        SymbolicFactorization fresh = SymbolicFactorization.analyse(k, m);
        synchronized (this) {
            prepared = fresh;
        }
    }
}
