package org.cavityfem.solver.eigen;

/**
 * Proof by Sylvester's law of inertia that no eigenvalue inside [lower, upper] was missed: the
 * numbers of negative pivots of K − lower·M and K − upper·M differ by exactly the count found.
 *
 * @param lower lower end of the checked window (units of λ)
 * @param upper upper end of the checked window (units of λ)
 * @param eigenvaluesBelowLower eigenvalues of (K, M) below lower, from the inertia of K − lower·M
 * @param eigenvaluesBelowUpper eigenvalues of (K, M) below upper, from the inertia of K − upper·M
 * @param found eigenvalues returned inside the window
 */
public record InertiaCheck(double lower, double upper, int eigenvaluesBelowLower, int eigenvaluesBelowUpper,
        int found) {

    /** Eigenvalues that the inertia says lie in the window. */
    public int expected() {
        return eigenvaluesBelowUpper - eigenvaluesBelowLower;
    }

    /** True when every eigenvalue in the window was found. */
    public boolean complete() {
        return expected() == found;
    }
}
