package org.cavityfem.solver.eigen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * The completeness proof from the shift's factorisation alone (lowest-eigenvalues requests with the
 * shift above the wanted eigenvalues, and lower window ends below a shift whose count the found
 * pairs account for), and the cases where it must not be taken.
 *
 * <p>Reference spectra are the closed forms of {@link ModelProblems}: λ_j = (6/h²)(1 − cos θ_j)/(2 +
 * cos θ_j), θ_j = jπ/(n + 1), for the 1D Dirichlet pencil with eigenvectors sin(jπi/(n + 1)), and
 * λ_i + λ_j (double for i ≠ j) for its tensor product. A missed eigenvalue is simulated by removing
 * its exact eigenvector from the range of the shift-invert operator: the iteration then cannot see
 * it, whatever its basis, exactly as it would miss an eigenvector its start vector does not reach.
 */
class OneFactorisationInertiaTest {

    private static final double TOLERANCE = 1e-13;
    private static final int N = 600;
    private final CsrMatrix k = ModelProblems.stiffness1d(N);
    private final CsrMatrix m = ModelProblems.mass1d(N);
    private final double[] exact = ModelProblems.eigenvalues1d(N);

    @Test
    void aShiftAboveTheWantedEigenvaluesProvesThemWithItsOwnFactorisationAlone() {
        CountingFactorizer factorizer = new CountingFactorizer(new SupernodalLdlFactorizer());
        double ceiling = 0.5 * (exact[5] + exact[6]);
        EigenSolution s = new ShiftInvertEigenSolver(factorizer).solve(k, m,
                EigenRequest.lowest(6, ceiling, TOLERANCE, 300));
        assertEquals(1, factorizer.count(), "numeric factorisations");
        assertEigenvalues(6, s.pairs());
        InertiaCheck check = s.inertia();
        assertEquals(ceiling, check.upper());
        assertEquals(0, check.eigenvaluesBelowLower());
        assertEquals(6, check.eigenvaluesBelowUpper());
        assertEquals(6, check.found());
        assertTrue(check.complete());
        assertEquals(Count.SHIFT_FACTORISATION_AND_FOUND_PAIRS, check.lowerCount());
        assertEquals(Count.SHIFT_FACTORISATION, check.upperCount());
        assertEquals(0, check.ownFactorisations());
    }

    @Test
    void aHiddenEigenvalueBelowTheShiftFailsTheCheck() {
        // λ_3 is invisible to the iteration; the count at σ still says 6 lie below it.
        SymmetricFactorizer hiding = hiding(3);
        double ceiling = 0.5 * (exact[5] + exact[6]);
        EigenSolveException e = assertThrows(EigenSolveException.class, () -> new ShiftInvertEigenSolver(hiding)
                .solve(k, m, EigenRequest.lowest(6, ceiling, TOLERANCE, 300)));
        assertTrue(e.getMessage().contains("inertia check failed"), e.getMessage());
    }

    @Test
    void aHiddenEigenvalueInsideANearestWindowFailsTheCheck() {
        // σ between λ_3 and λ_4: the found pairs below σ are one short of its count, so the lower
        // end is not taken from them but counted, and the window holds one more than was found.
        double sigma = 0.5 * (exact[2] + exact[3]);
        EigenSolveException e = assertThrows(EigenSolveException.class, () -> new ShiftInvertEigenSolver(hiding(2))
                .solve(k, m, new EigenRequest(sigma, 8, TOLERANCE, 300)));
        assertTrue(e.getMessage().contains("inertia check failed"), e.getMessage());
    }

    @Test
    void theLowerEndBelowAShiftWhoseEigenvaluesWereAllFoundCostsNoFactorisation() {
        CountingFactorizer factorizer = new CountingFactorizer(new SupernodalLdlFactorizer());
        double sigma = 0.5 * (exact[2] + exact[3]);
        EigenSolution s = new ShiftInvertEigenSolver(factorizer).solve(k, m, new EigenRequest(sigma, 8, TOLERANCE,
                300));
        InertiaCheck check = s.inertia();
        assertEquals(Count.SHIFT_FACTORISATION_AND_FOUND_PAIRS, check.lowerCount());
        assertEquals(Count.OWN_FACTORISATION, check.upperCount());
        assertEquals(countBelow(check.lower()), check.eigenvaluesBelowLower());
        assertEquals(countBelow(check.upper()), check.eigenvaluesBelowUpper());
        assertTrue(check.complete());
        assertEquals(2, factorizer.count(), "the shift's and the upper end's");
    }

    @Test
    void aShiftBelowTheWantedEigenvaluesFallsBackToCountingTheUpperEnd() {
        CountingFactorizer factorizer = new CountingFactorizer(new SupernodalLdlFactorizer());
        double low = 0.5 * (exact[3] + exact[4]);
        EigenSolution s = new ShiftInvertEigenSolver(factorizer).solve(k, m,
                EigenRequest.lowest(6, low, TOLERANCE, 300));
        assertEigenvalues(6, s.pairs());
        InertiaCheck check = s.inertia();
        assertTrue(check.complete());
        assertEquals(0, check.eigenvaluesBelowLower());
        assertEquals(Count.OWN_FACTORISATION, check.upperCount());
        assertEquals(countBelow(check.upper()), check.eigenvaluesBelowUpper());
        assertEquals(2, factorizer.count());
    }

    @Test
    void aShiftFarAboveReturnsEveryEigenvalueBelowIt() {
        CountingFactorizer factorizer = new CountingFactorizer(new SupernodalLdlFactorizer());
        double high = 0.5 * (exact[11] + exact[12]);
        EigenSolution s = new ShiftInvertEigenSolver(factorizer).solve(k, m,
                EigenRequest.lowest(3, high, TOLERANCE, 300));
        assertEigenvalues(12, s.pairs());
        assertEquals(12, s.inertia().found());
        assertTrue(s.inertia().complete());
        assertEquals(1, factorizer.count());
    }

    @Test
    void aShiftOnAnEigenvalueIsNotTrustedForItsCount() {
        // σ = λ_6 to rounding: the factorisation's count is 5 or 6 depending on the last bit, so the
        // computed λ_6 within the guard of σ forbids taking the window's upper count from it.
        EigenSolution s = new ShiftInvertEigenSolver().solve(k, m, EigenRequest.lowest(6, exact[5], TOLERANCE, 300));
        assertEigenvalues(6, s.pairs());
        InertiaCheck check = s.inertia();
        assertTrue(check.complete());
        assertEquals(countBelow(check.upper()), check.eigenvaluesBelowUpper());
        assertEquals(0, check.eigenvaluesBelowLower());
        if (check.upperCount() == Count.SHIFT_FACTORISATION) {
            // Only when K − λ_6 M was singular and the shift moved up, clear of λ_6.
            assertTrue(check.upper() > exact[5] * (1 + 1e-7), "upper end " + check.upper());
        }
    }

    @Test
    void aDoubleEigenvalueBelowTheShiftIsReturnedWhole() {
        // Tensor spectrum: λ1+λ1, then (λ1+λ2) twice, λ2+λ2, (λ1+λ3) twice: the fifth is double.
        int n = 30;
        CsrMatrix[] km = ModelProblems.tensorProblem(n);
        double[] two = ModelProblems.tensorEigenvalues(n);
        assertEquals(two[4], two[5], 1e-9 * two[5]);
        CountingFactorizer factorizer = new CountingFactorizer(new SupernodalLdlFactorizer());
        double ceiling = 0.5 * (two[5] + two[6]);
        EigenSolution s = new ShiftInvertEigenSolver(factorizer).solve(km[0], km[1],
                EigenRequest.lowest(5, ceiling, TOLERANCE, 300));
        assertEquals(6, s.pairs().size());
        for (int i = 0; i < 6; i++) {
            assertEquals(two[i], s.pairs().get(i).eigenvalue(), 1e-12 * two[i]);
        }
        assertTrue(s.inertia().complete());
        assertEquals(6, s.inertia().eigenvaluesBelowUpper());
        assertEquals(1, factorizer.count());
    }

    @Test
    void aHiddenMemberOfADoubleEigenvalueFailsTheCheck() {
        // One vector of the double eigenvalue λ1 + λ2 hidden: v1 ⊗ v2 (its partner v2 ⊗ v1 stays).
        int n = 30;
        CsrMatrix[] km = ModelProblems.tensorProblem(n);
        double[] two = ModelProblems.tensorEigenvalues(n);
        double[] hidden = HidingFactorizer.tensorSine(n, 1, 2);
        double ceiling = 0.5 * (two[5] + two[6]);
        EigenSolveException e = assertThrows(EigenSolveException.class, () -> new ShiftInvertEigenSolver(
                new HidingFactorizer(new SupernodalLdlFactorizer(), km[1], hidden)).solve(km[0], km[1],
                        EigenRequest.lowest(5, ceiling, TOLERANCE, 300)));
        assertTrue(e.getMessage().contains("inertia check failed"), e.getMessage());
    }

    private SymmetricFactorizer hiding(int j) {
        return new HidingFactorizer(new SupernodalLdlFactorizer(), m, HidingFactorizer.sine(N, j));
    }

    private int countBelow(double x) {
        int c = 0;
        while (c < exact.length && exact[c] < x) {
            c++;
        }
        return c;
    }

    private void assertEigenvalues(int count, List<EigenPair> pairs) {
        assertEquals(count, pairs.size());
        for (int i = 0; i < count; i++) {
            assertEquals(exact[i], pairs.get(i).eigenvalue(), 1e-12 * exact[i], "eigenvalue " + i);
        }
    }
}
