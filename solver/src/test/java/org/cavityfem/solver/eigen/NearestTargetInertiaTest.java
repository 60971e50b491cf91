package org.cavityfem.solver.eigen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.cavityfem.solver.eigen.InertiaCheck.Count;
import org.cavityfem.solver.linalg.CsrMatrix;
import org.cavityfem.solver.linalg.SupernodalLdlFactorizer;
import org.cavityfem.solver.linalg.SymmetricFactorizer;
import org.cavityfem.solver.testproblems.CountingFactorizer;
import org.cavityfem.solver.testproblems.HidingFactorizer;
import org.cavityfem.solver.testproblems.ModelProblems;
import org.junit.jupiter.api.Test;

/**
 * The completeness proof of a nearest-target request from one factorisation, and the cases where
 * one does not suffice (design.md §2.4): the shift's count ν(σ) proves a window around the target
 * only when σ lies above the window and every eigenvalue below σ was found; a window whose ends the
 * caller counted needs no factorisation beyond the shift's.
 *
 * <p>Reference spectra are closed forms (see {@link ModelProblems}): λ_j = (6/h²)(1 − cos θ_j)/(2 +
 * cos θ_j), θ_j = jπ/(n + 1), h = 1/(n + 1), for the 1D Dirichlet pencil with eigenvectors
 * sin(jπi/(n + 1)), and λ_i + λ_j (double for i ≠ j) for its tensor product. A missed eigenvalue is
 * simulated by removing its exact eigenvector from the range of the shift-invert operator
 * ({@link HidingFactorizer}): the counts stay honest, the iteration cannot see it.
 */
class NearestTargetInertiaTest {

    private static final double TOLERANCE = 1e-13;
    private static final int N = 600;
    private final CsrMatrix k = ModelProblems.stiffness1d(N);
    private final CsrMatrix m = ModelProblems.mass1d(N);
    private final double[] exact = ModelProblems.eigenvalues1d(N);
    /** Between λ_5 and λ_6, nearer λ_5: the three nearest are λ_4, λ_5, λ_6 (0-based 3, 4, 5). */
    private final double target = exact[4] + 0.3 * (exact[5] - exact[4]);
    /** Between λ_9 and λ_10: nine eigenvalues below it, the window of the three nearest far below. */
    private final double ceiling = 0.5 * (exact[8] + exact[9]);

    @Test
    void aCeilingAboveTheWindowProvesTheNearestWithItsOwnFactorisationAlone() {
        CountingFactorizer factorizer = new CountingFactorizer(new SupernodalLdlFactorizer());
        EigenSolution s = new ShiftInvertEigenSolver(factorizer).solve(k, m,
                EigenRequest.nearestBelowCeiling(target, 3, ceiling, TOLERANCE, 300));
        assertEquals(1, factorizer.count(), "numeric factorisations");
        assertEigenvalues(nearest(target, 3), s.pairs());
        InertiaCheck check = s.inertia();
        assertTrue(check.complete());
        assertEquals(Count.SHIFT_FACTORISATION_AND_FOUND_PAIRS, check.lowerCount());
        assertEquals(Count.SHIFT_FACTORISATION_AND_FOUND_PAIRS, check.upperCount());
        assertEquals(countBelow(check.lower()), check.eigenvaluesBelowLower());
        assertEquals(countBelow(check.upper()), check.eigenvaluesBelowUpper());
        assertTrue(check.lower() < exact[3] && check.upper() > exact[5] && check.upper() < exact[6],
                "window [" + check.lower() + ", " + check.upper() + "]");
    }

    @Test
    void aHiddenEigenvalueBelowTheWindowFailsTheProof() {
        // λ_2 is not among the wanted ones, but the count at the ceiling says nine lie below it and
        // only eight can be found: nothing then places the missing one outside the window.
        EigenSolveException e = assertThrows(EigenSolveException.class, () -> new ShiftInvertEigenSolver(hiding(2))
                .solve(k, m, EigenRequest.nearestBelowCeiling(target, 3, ceiling, TOLERANCE, 300)));
        assertTrue(e.getMessage().contains("inertia check failed"), e.getMessage());
    }

    @Test
    void aHiddenEigenvalueInsideTheWindowFailsTheProof() {
        EigenSolveException e = assertThrows(EigenSolveException.class, () -> new ShiftInvertEigenSolver(hiding(5))
                .solve(k, m, EigenRequest.nearestBelowCeiling(target, 3, ceiling, TOLERANCE, 300)));
        assertTrue(e.getMessage().contains("inertia check failed"), e.getMessage());
    }

    @Test
    void aCeilingInsideTheWindowFallsBackToTheTargetsOwnFactorisation() {
        // Below λ_6, one of the three nearest: the window reaches above the ceiling, where nothing was
        // sought, so the request is solved at the target as if no ceiling had been given.
        double low = 0.5 * (exact[4] + exact[5]);
        CountingFactorizer withCeiling = new CountingFactorizer(new SupernodalLdlFactorizer());
        EigenSolution s = new ShiftInvertEigenSolver(withCeiling).solve(k, m,
                EigenRequest.nearestBelowCeiling(target, 3, low, TOLERANCE, 300));
        CountingFactorizer atTarget = new CountingFactorizer(new SupernodalLdlFactorizer());
        EigenSolution plain = new ShiftInvertEigenSolver(atTarget).solve(k, m,
                new EigenRequest(target, 3, TOLERANCE, 300));
        assertEigenvalues(nearest(target, 3), s.pairs());
        for (int i = 0; i < 3; i++) {
            assertEquals(plain.pairs().get(i).eigenvalue(), s.pairs().get(i).eigenvalue(), 0,
                    "the same solve as at the target, bit for bit");
            assertTrue(Arrays.equals(plain.pairs().get(i).vector(), s.pairs().get(i).vector()));
        }
        assertEquals(plain.inertia(), s.inertia());
        assertEquals(1 + atTarget.count(), withCeiling.count(), "the ceiling's, then the target's path");
        assertEquals(Count.OWN_FACTORISATION, s.inertia().upperCount());
    }

    @Test
    void aCeilingWithFewerEigenvaluesBelowThanWantedFallsBack() {
        CountingFactorizer factorizer = new CountingFactorizer(new SupernodalLdlFactorizer());
        EigenSolution s = new ShiftInvertEigenSolver(factorizer).solve(k, m,
                EigenRequest.nearestBelowCeiling(0.5 * exact[0], 3, 0.5 * (exact[0] + exact[1]), TOLERANCE, 300));
        assertEigenvalues(new double[] {exact[0], exact[1], exact[2]}, s.pairs());
        assertTrue(s.inertia().complete());
        assertEquals(Count.OWN_FACTORISATION, s.inertia().upperCount());
        assertTrue(factorizer.count() >= 2, "the ceiling's and at least the upper end's");
    }

    @Test
    void aTargetOnAnEigenvalueIsProvedByTheCeilingAlone() {
        // The target is never factorised on this path, so λ_5 there is an ordinary member of the window.
        CountingFactorizer factorizer = new CountingFactorizer(new SupernodalLdlFactorizer());
        EigenSolution s = new ShiftInvertEigenSolver(factorizer).solve(k, m,
                EigenRequest.nearestBelowCeiling(exact[4], 3, ceiling, TOLERANCE, 300));
        assertEigenvalues(nearest(exact[4], 3), s.pairs());
        assertTrue(s.inertia().complete());
        assertEquals(1, factorizer.count());
    }

    @Test
    void aCeilingOnAnEigenvalueIsNotTrustedForItsCount() {
        // σ = λ_9 to rounding: K − σM is singular (σ moves up, clear of λ_9) or its count is 8 or 9
        // by the last bit, and the computed λ_9 within the guard of σ then sends the request back to
        // the target. Either way the counts are the closed form's.
        EigenSolution s = new ShiftInvertEigenSolver().solve(k, m,
                EigenRequest.nearestBelowCeiling(target, 3, exact[8], TOLERANCE, 300));
        assertEigenvalues(nearest(target, 3), s.pairs());
        InertiaCheck check = s.inertia();
        assertTrue(check.complete());
        assertEquals(countBelow(check.lower()), check.eigenvaluesBelowLower());
        assertEquals(countBelow(check.upper()), check.eigenvaluesBelowUpper());
    }

    @Test
    void aDoubleEigenvalueAtTheWindowsEdgeIsReturnedWhole() {
        // Tensor spectrum: λ1+λ1, then (λ1+λ2) twice. The two nearest λ1+λ1 are it and one member of
        // the double eigenvalue; both members are returned, and one factorisation proves the three.
        int n = 30;
        CsrMatrix[] km = ModelProblems.tensorProblem(n);
        double[] two = ModelProblems.tensorEigenvalues(n);
        assertEquals(two[1], two[2], 1e-9 * two[2]);
        CountingFactorizer factorizer = new CountingFactorizer(new SupernodalLdlFactorizer());
        EigenSolution s = new ShiftInvertEigenSolver(factorizer).solve(km[0], km[1],
                EigenRequest.nearestBelowCeiling(two[0], 2, 0.5 * (two[5] + two[6]), TOLERANCE, 300));
        assertEquals(3, s.pairs().size());
        for (int i = 0; i < 3; i++) {
            assertEquals(two[i], s.pairs().get(i).eigenvalue(), 1e-12 * two[i]);
        }
        assertTrue(s.inertia().complete());
        assertEquals(1, factorizer.count());
    }

    @Test
    void aHiddenMemberOfADoubleEigenvalueFailsTheProof() {
        int n = 30;
        CsrMatrix[] km = ModelProblems.tensorProblem(n);
        double[] two = ModelProblems.tensorEigenvalues(n);
        double[] hidden = HidingFactorizer.tensorSine(n, 1, 2);
        EigenSolveException e = assertThrows(EigenSolveException.class, () -> new ShiftInvertEigenSolver(
                new HidingFactorizer(new SupernodalLdlFactorizer(), km[1], hidden)).solve(km[0], km[1],
                        EigenRequest.nearestBelowCeiling(two[0], 2, 0.5 * (two[5] + two[6]), TOLERANCE, 300)));
        assertTrue(e.getMessage().contains("inertia check failed"), e.getMessage());
    }

    @Test
    void aCountedWindowNeedsNoFactorisationBeyondTheShifts() {
        // The caller's counts at a between λ_4 and λ_5 and at b between λ_7 and λ_8: 4 and 7, so the
        // window holds λ_5, λ_6, λ_7, the three nearest its midpoint.
        double a = 0.5 * (exact[3] + exact[4]);
        double b = 0.5 * (exact[6] + exact[7]);
        CountingFactorizer factorizer = new CountingFactorizer(new SupernodalLdlFactorizer());
        EigenSolution s = new ShiftInvertEigenSolver(factorizer).solve(k, m,
                EigenRequest.window(0.5 * (a + b), new EigenRequest.CountedWindow(a, b, 4, 7), TOLERANCE, 300));
        assertEquals(1, factorizer.count(), "the shift's only");
        assertEigenvalues(new double[] {exact[4], exact[5], exact[6]}, s.pairs());
        InertiaCheck check = s.inertia();
        assertTrue(check.complete());
        assertEquals(a, check.lower());
        assertEquals(b, check.upper());
        assertEquals(Count.OWN_FACTORISATION, check.lowerCount());
        assertEquals(Count.OWN_FACTORISATION, check.upperCount());
    }

    @Test
    void aHiddenEigenvalueInsideACountedWindowFailsTheProof() {
        double a = 0.5 * (exact[3] + exact[4]);
        double b = 0.5 * (exact[6] + exact[7]);
        EigenSolveException e = assertThrows(EigenSolveException.class, () -> new ShiftInvertEigenSolver(hiding(6))
                .solve(k, m, EigenRequest.window(0.5 * (a + b), new EigenRequest.CountedWindow(a, b, 4, 7),
                        TOLERANCE, 300)));
        assertTrue(e.getMessage().contains("inertia check failed"), e.getMessage());
    }

    @Test
    void aCountedWindowEndOnAnEigenvalueIsCountedAgainClearOfIt() {
        // a = λ_5 exactly: whether the caller's count there includes λ_5 is down to the last bit, so
        // that end is moved out by the margin and counted by a factorisation of its own.
        double a = exact[4];
        double b = 0.5 * (exact[6] + exact[7]);
        CountingFactorizer factorizer = new CountingFactorizer(new SupernodalLdlFactorizer());
        EigenSolution s = new ShiftInvertEigenSolver(factorizer).solve(k, m,
                EigenRequest.window(0.5 * (a + b), new EigenRequest.CountedWindow(a, b, 4, 7), TOLERANCE, 300));
        assertEigenvalues(new double[] {exact[4], exact[5], exact[6]}, s.pairs());
        InertiaCheck check = s.inertia();
        assertTrue(check.complete());
        assertTrue(check.lower() < a, "lower end " + check.lower());
        assertEquals(4, check.eigenvaluesBelowLower());
        assertEquals(2, factorizer.count(), "the shift's and the moved end's");
    }

    private SymmetricFactorizer hiding(int j) {
        return new HidingFactorizer(new SupernodalLdlFactorizer(), m, HidingFactorizer.sine(N, j));
    }

    /** The closed-form eigenvalues nearest x, ascending. */
    private double[] nearest(double x, int count) {
        double[] byDistance = Arrays.stream(exact).boxed()
                .sorted((p, q) -> Double.compare(Math.abs(p - x), Math.abs(q - x)))
                .limit(count).mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(byDistance);
        return byDistance;
    }

    private int countBelow(double x) {
        int c = 0;
        while (c < exact.length && exact[c] < x) {
            c++;
        }
        return c;
    }

    private static void assertEigenvalues(double[] expected, List<EigenPair> pairs) {
        assertEquals(expected.length, pairs.size());
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], pairs.get(i).eigenvalue(), 1e-12 * expected[i], "eigenvalue " + i);
        }
    }
}
