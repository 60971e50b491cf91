package org.cavityfem.solver.hphi;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cavityfem.mesh.Mesh;
import org.cavityfem.solver.ClosedForms;
import org.cavityfem.solver.StructuredMeshes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Rayleigh quotient xᵀKx / xᵀMx of the interpolated exact TM010 field of a pillbox tends to k²
 * at the rate h^{2p}: a check of the assembled matrices that needs no eigen solver.
 *
 * <p>Closed form: in a pillbox of radius R the TM010 mode is H_phi = J1(k r) with J1(k R)' … the
 * wall condition E_z(R) = 0 gives J0(k R) = 0, so k = j01 / R (Jackson, Classical Electrodynamics,
 * 3rd ed., §8.7, eq. 8.79); H_phi does not depend on z.
 */
class RayleighQuotientTest {

    private static final double R = 0.115;
    private static final double K = 2.404825557695773 / R;

    static double quotientError(int order, int n) {
        Mesh mesh = StructuredMeshes.pillbox(R, R, n, n, order);
        DofMap dofs = DofMap.of(mesh);
        HphiSystem sys = HphiAssembler.assemble(mesh, dofs);
        double[] nodal = new double[mesh.nodeCount()];
        for (int i = 0; i < nodal.length; i++) {
            nodal[i] = ClosedForms.besselJ1(K * mesh.r(i));
        }
        double[] x = dofs.toUnknowns(nodal);
        double[] y = new double[x.length];
        sys.stiffness().multiply(x, y);
        double num = dot(x, y);
        sys.mass().multiply(x, y);
        double den = dot(x, y);
        return Math.abs(num / den - K * K) / (K * K);
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4})
    void convergesAtRateTwoP(int order) {
        double e1 = quotientError(order, 4);
        double e2 = quotientError(order, 8);
        double rate = Math.log(e1 / e2) / Math.log(2);
        System.out.printf("p=%d  e(h)=%.3e  e(h/2)=%.3e  rate=%.2f%n", order, e1, e2, rate);
        assertTrue(rate > 2 * order - 0.3, "rate " + rate);
    }
}
