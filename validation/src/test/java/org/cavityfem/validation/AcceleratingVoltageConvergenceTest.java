package org.cavityfem.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.special.BesselJ;
import org.cavityfem.analysis.field.AxisProfile;
import org.cavityfem.analysis.field.ModeField;
import org.cavityfem.analysis.merit.MeritSettings;
import org.cavityfem.analysis.merit.ModeAnalysis;
import org.cavityfem.analysis.resistance.FixedResistance;
import org.cavityfem.fem.GaussLegendre;
import org.cavityfem.mesh.BoundaryEdge;
import org.cavityfem.mesh.Mesh;
import org.cavityfem.mesh.MeshGenerator;
import org.cavityfem.mesh.MeshSettings;
import org.cavityfem.mesh.build.Pillbox;
import org.cavityfem.mesh.geometry.BoundaryKind;
import org.cavityfem.solver.Mode;
import org.cavityfem.solver.ModeRequest;
import org.cavityfem.solver.ModeSolver;
import org.cavityfem.units.PhysicalConstants;
import org.junit.jupiter.api.Test;

/**
 * Convergence of the accelerating voltage taken as a domain integral of H_phi (docs/design.md
 * §2.7, "The voltage as a domain integral") against the same voltage taken from the derivative of
 * H on the axis (E_z = 2 (∂H/∂r)/(ωε0), integrated edge by edge, what the program did before), on
 * the pillbox R = L = 115 mm under uniform h refinement at orders 3 and 4 and p refinement on the
 * shipped 40 mm mesh.
 *
 * <p>Closed forms (Jackson, Classical Electrodynamics, 3rd ed., §8.7; derived in
 * {@code PillboxFiguresOfMeritTest}): k = j01/R, E_z = E0 J0(kr), so at β = 1
 * V = E0 ∫_0^L e^{ikz} dz, |V| = E0 L T with T = sin(kL/2)/(kL/2); at a stored energy U,
 * E0² = 2U / (ε0 π R² L J1(j01)²); R/Q (linac) = V²/(ωU) = 2 L T² / (π ω ε0 R² J1(j01)²) =
 * 222.7504182 Ω for R = L = 115 mm.
 *
 * <p>The table it prints is in docs/validation.md ("Accelerating voltage"), made by
 * {@code mvn -B -o -q test -pl validation -am -Dtest=AcceleratingVoltageConvergenceTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class AcceleratingVoltageConvergenceTest {

    private static final double R = 0.115;
    private static final double L = 0.115;
    private static final double K = PhysicalConstants.J01 / R;
    private static final double OMEGA = K * PhysicalConstants.SPEED_OF_LIGHT;
    private static final double J1 = BesselJ.value(1, PhysicalConstants.J01);
    private static final double T = Math.sin(K * L / 2) / (K * L / 2);
    /** V at U = 1 J (V). */
    private static final double VOLTAGE = L * T * Math.sqrt(2 / (PhysicalConstants.EPSILON_0 * Math.PI * R * R * L * J1 * J1));
    private static final double R_OVER_Q = 2 * L * T * T / (Math.PI * OMEGA * PhysicalConstants.EPSILON_0 * R * R * J1 * J1);

    /** Errors of one solve: frequency, V on the axis, V as a domain integral, R/Q, T. */
    private record Row(String refinement, int order, double h, int nodes, double frequency, double axis,
            double domain, double rOverQ, double transit) {
    }

    private static Row solve(String refinement, int order, double h) {
        Mesh mesh = MeshGenerator.generate(Pillbox.closed(R, L).contour(), MeshSettings.of(order, h));
        Mode mode = new ModeSolver().solve(mesh, ModeRequest.lowest(1)).modes().get(0);
        ModeField field = ModeField.of(mesh, mode);
        AxisProfile axis = AxisProfile.of(field);
        double domain = axis.voltage(1);
        MeritSettings settings = new MeritSettings(1e6, L, 1, new FixedResistance(0.01));
        ModeAnalysis analysis = ModeAnalysis.of(field, settings);
        return new Row(refinement, order, h, mesh.nodeCount(), rel(mode.frequency(), OMEGA / (2 * Math.PI)),
                rel(axisVoltage(field), VOLTAGE), rel(domain, VOLTAGE), rel(ModeAnalysis.rOverQ(field, settings), R_OVER_Q),
                rel(analysis.figures().transitTimeFactor(), T));
    }

    /** |∫ E_z(0, z) e^{ikz} dz| from the axial derivative of H, Gauss–Legendre on each axis edge (V). */
    private static double axisVoltage(ModeField field) {
        Mesh mesh = field.mesh();
        GaussLegendre rule = GaussLegendre.of(mesh.order() + 3);
        double kappa = field.angularFrequency() / PhysicalConstants.SPEED_OF_LIGHT;
        double re = 0;
        double im = 0;
        for (BoundaryEdge edge : mesh.boundaryEdges()) {
            if (mesh.contour().segment(edge.segment()).kind() != BoundaryKind.AXIS) {
                continue;
            }
            int a = edge.localEdge();
            double za = mesh.elementMap(edge.element()).vertexZ(a);
            double zb = mesh.elementMap(edge.element()).vertexZ((a + 1) % 3);
            for (int q = 0; q < rule.size(); q++) {
                double s = rule.nodes()[q];
                double[] lambda = new double[3];
                lambda[a] = 1 - s;
                lambda[(a + 1) % 3] = s;
                double ez = field.inElement(edge.element(), lambda[1], lambda[2]).axialElectricField();
                double w = rule.weights()[q] * Math.abs(zb - za) * ez;
                double z = za + s * (zb - za);
                re += w * Math.cos(kappa * z);
                im += w * Math.sin(kappa * z);
            }
        }
        return Math.hypot(re, im);
    }

    private static double rel(double value, double exact) {
        return Math.abs(value / exact - 1);
    }

    private static double rate(Row coarse, Row fine, double coarseError, double fineError) {
        return Math.log(coarseError / fineError) / Math.log(coarse.h() / fine.h());
    }

    @Test
    void domainVoltageConvergesLikeTheEigenvalueNotLikeTheAxialField() {
        assertEquals(222.7504182, R_OVER_Q, 1e-7, "the closed form");
        List<Row> rows = new ArrayList<>();
        for (int order : new int[] {3, 4}) {
            List<Row> series = new ArrayList<>();
            for (double h : new double[] {R / 4, R / 8, R / 16}) {
                series.add(solve("h", order, h));
            }
            rows.addAll(series);
            Row coarse = series.get(0);
            Row fine = series.get(2);
            double domainRate = rate(coarse, fine, coarse.domain(), fine.domain());
            double axisRate = rate(coarse, fine, coarse.axis(), fine.axis());
            System.out.printf(Locale.ROOT, "order %d, h %.4f -> %.4f m: rate of f %.2f, V on the axis %.2f, V as a "
                    + "domain integral %.2f, R/Q %.2f%n", order, coarse.h(), fine.h(),
                    rate(coarse, fine, coarse.frequency(), fine.frequency()), axisRate, domainRate,
                    rate(coarse, fine, coarse.rOverQ(), fine.rOverQ()));
            // Measured 5.5 (order 3) and 5.3 (order 4) against 3.8 on the axis; the frequency 5.9 at order 3.
            assertTrue(domainRate > axisRate + 1, "order " + order + ": domain rate " + domainRate + ", axis "
                    + axisRate);
            assertTrue(domainRate > order + 1, "order " + order + ": domain rate " + domainRate);
            for (Row row : series) {
                assertTrue(row.domain() < row.axis() / 30, "order " + order + " h " + row.h() + ": domain "
                        + row.domain() + ", axis " + row.axis());
            }
        }
        for (int order = 3; order <= 7; order++) {
            rows.add(solve("p", order, 0.04));
        }
        System.out.println("| refinement | order | h (mm) | nodes | f | V on the axis (before) | V as a domain integral "
                + "| R/Q | T |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        for (Row row : rows) {
            System.out.printf(Locale.ROOT, "| %s | %d | %.2f | %d | %.1e | %.1e | %.1e | %.1e | %.1e |%n",
                    row.refinement(), row.order(), row.h() * 1e3, row.nodes(), row.frequency(), row.axis(),
                    row.domain(), row.rOverQ(), row.transit());
        }
        // The shipped pillbox mesh (40 mm) at order 7, what the default accuracy solves: R/Q to 1e-9
        // (it was 2.1e-5 from the axial field).
        Row shipped = rows.get(rows.size() - 1);
        assertTrue(shipped.rOverQ() < 1e-9, "R/Q at order 7: " + shipped.rOverQ());
        assertTrue(shipped.transit() < 1e-9, "T at order 7: " + shipped.transit());
    }
}
