package org.cavityfem.solver.eigen;

/**
 * Proof by Sylvester's law of inertia that no eigenvalue inside [lower, upper] was missed: the
 * numbers of eigenvalues below the two ends differ by exactly the count found.
 *
 * <p>Each end's count is exact; {@link Count} says which factorisation gave it: one of its own, the
 * shift's (when the end is the shift, or lies below a shift with no eigenvalue below it), or the
 * shift's together with the found pairs (when the shift's count shows that every eigenvalue below
 * the shift was found, so the count below a lower point is the number of found ones below it).
 *
 * @param lower lower end of the checked window (units of λ)
 * @param upper upper end of the checked window (units of λ)
 * @param eigenvaluesBelowLower eigenvalues of (K, M) below lower, ν(lower)
 * @param eigenvaluesBelowUpper eigenvalues of (K, M) below upper, ν(upper)
 * @param found eigenvalues returned inside the window
 * @param lowerCount where ν(lower) comes from
 * @param upperCount where ν(upper) comes from
 */
public record InertiaCheck(double lower, double upper, int eigenvaluesBelowLower, int eigenvaluesBelowUpper,
        int found, Count lowerCount, Count upperCount) {

    /** Where the count of eigenvalues below one end of the window comes from. */
    public enum Count {
        /** The negative pivots of an LDLᵀ factorisation of K − xM made at this end. */
        OWN_FACTORISATION("own factorisation"),
        /**
         * The negative pivots of the shift's factorisation: the end is the shift σ itself, or lies
         * below a shift with ν(σ) = 0 (ν is non-decreasing, so ν(end) = 0).
         */
        SHIFT_FACTORISATION("shift factorisation"),
        /**
         * The shift's count ν(σ) equals the number of found eigenvalues below σ, so every eigenvalue
         * below σ was found and ν(end) is the number of found ones below this end (at or below σ).
         */
        SHIFT_FACTORISATION_AND_FOUND_PAIRS("shift factorisation and found pairs");

        private final String key;

        Count(String key) {
            this.key = key;
        }

        /** The words summary.json writes for this source. */
        public String key() {
            return key;
        }
    }

    /** A check whose two counts each come from a factorisation at that end. */
    public InertiaCheck(double lower, double upper, int eigenvaluesBelowLower, int eigenvaluesBelowUpper, int found) {
        this(lower, upper, eigenvaluesBelowLower, eigenvaluesBelowUpper, found, Count.OWN_FACTORISATION,
                Count.OWN_FACTORISATION);
    }

    /** Eigenvalues that the inertia says lie in the window. */
    public int expected() {
        return eigenvaluesBelowUpper - eigenvaluesBelowLower;
    }

    /** True when every eigenvalue in the window was found. */
    public boolean complete() {
        return expected() == found;
    }

    /** Numeric factorisations the check made beyond the shift's: 0, 1 or 2. */
    public int ownFactorisations() {
        return (lowerCount == Count.OWN_FACTORISATION ? 1 : 0) + (upperCount == Count.OWN_FACTORISATION ? 1 : 0);
    }
}
