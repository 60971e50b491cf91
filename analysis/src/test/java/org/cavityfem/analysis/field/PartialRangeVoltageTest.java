package org.cavityfem.analysis.field;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.apache.commons.math3.special.BesselJ;
import org.cavityfem.mesh.Mesh;
import org.cavityfem.mesh.MeshGenerator;
import org.cavityfem.mesh.MeshSettings;
import org.cavityfem.mesh.build.Pillbox;
import org.cavityfem.solver.Mode;
import org.cavityfem.solver.ModeRequest;
import org.cavityfem.solver.ModeSolver;
import org.cavityfem.units.PhysicalConstants;
import org.junit.jupiter.api.Test;

/**
 * The voltage over a range [z1, z2] that ends inside the axis (docs/design.md §2.7, "Ranges that
 * end inside the axis"), on the pillbox R = L = 115 mm, whose TM010 field E_z = E0 J0(kr) is
 * constant in z (Jackson, Classical Electrodynamics, 3rd ed., §8.7): with Δ = z2 − z1,
 *
 * <pre>  V(z1, z2) = E0 |∫_{z1}^{z2} e^{ikz} dz| = E0 |2 sin(kΔ/2)/k|,   T(z1, z2) = sin(kΔ/2)/(kΔ/2),</pre>
 *
 * E0² = 2U/(ε0 π R² L J1(j01)²) at the stored energy U = 1 J, k = j01/R. The range runs from 0.3 L
 * to 0.8 L of the cavity, where E_z does not vanish. What the program uses for such a range, the
 * axis integral of E_z ({@link AxisProfile#between}), must converge to the closed forms. The domain
 * integral against a weight whose axis trace is the range's indicator ({@link DomainVoltage} with the
 * ends inside the axis) is measured beside it: it is 10–50 times more accurate on every mesh but
 * converges at about the same rate, p + 1 at best, not like the eigenvalue (2p): its weight's
 * gradient is 1/ρ at the range's ends, so the functional is a point value there (design.md §2.7).
 * This test fails if that changes (rate above 2p − 1.5), which would make the domain integral worth
 * using for these ranges. The table it prints is in docs/validation.md, made by
 * {@code mvn -B -o -q test -pl analysis -am -Dtest=PartialRangeVoltageTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class PartialRangeVoltageTest {

    private static final double R = 0.115;
    private static final double L = 0.115;

    @Test
    void theAxisIntegralOverAPartialRangeConvergesAndTheDomainFormIsNotEigenvalueLike() {
        double k = PhysicalConstants.J01 / R;
        double j1 = BesselJ.value(1, PhysicalConstants.J01);
        double e0 = Math.sqrt(2 / (PhysicalConstants.EPSILON_0 * Math.PI * R * R * L * j1 * j1));
        double delta = 0.5 * L;
        double exact = e0 * Math.abs(2 * Math.sin(k * delta / 2) / k);
        double transit = Math.sin(k * delta / 2) / (k * delta / 2);
        double[] sizes = {R / 4, R / 8, R / 16, R / 32};
        System.out.println("| order | h (mm) | f | V on the axis (used) | V as a domain integral | T on the axis |");
        System.out.println("|---|---|---|---|---|---|");
        for (int order : new int[] {3, 4}) {
            double[][] errors = new double[sizes.length][];
            for (int i = 0; i < sizes.length; i++) {
                Mesh mesh = MeshGenerator.generate(Pillbox.closed(R, L).contour(), MeshSettings.of(order, sizes[i]));
                Mode mode = new ModeSolver().solve(mesh, ModeRequest.lowest(1)).modes().get(0);
                ModeField field = ModeField.of(mesh, mode);
                double[] z = AxisProfile.of(field).z();
                double z1 = z[0] + 0.3 * L;
                double z2 = z1 + delta;
                AxisProfile range = AxisProfile.between(field, z1, z2);
                double axis = range.voltage(1);
                double[] d = DomainVoltage.of(field, field.angularFrequency() / PhysicalConstants.SPEED_OF_LIGHT, z1,
                        z2)[0];
                double domain = Math.hypot(d[0], d[1]);
                double frequency = mode.frequency() * 2 * Math.PI / (k * PhysicalConstants.SPEED_OF_LIGHT);
                errors[i] = new double[] {Math.abs(frequency - 1), Math.abs(axis / exact - 1),
                    Math.abs(domain / exact - 1), Math.abs(axis / range.absoluteIntegral() / transit - 1)};
                System.out.printf(Locale.ROOT, "| %d | %.2f | %.1e | %.1e | %.1e | %.1e |%n", order, sizes[i] * 1e3,
                        errors[i][0], errors[i][1], errors[i][2], errors[i][3]);
                assertTrue(errors[i][2] < errors[i][1], "order " + order + ", h " + sizes[i] + ": domain " + errors[i][2]
                        + ", axis " + errors[i][1]);
            }
            double steps = Math.log(sizes[0] / sizes[sizes.length - 1]);
            double axisRate = Math.log(errors[0][1] / errors[sizes.length - 1][1]) / steps;
            double domainRate = Math.log(errors[0][2] / errors[sizes.length - 1][2]) / steps;
            double transitRate = Math.log(errors[0][3] / errors[sizes.length - 1][3]) / steps;
            System.out.printf(Locale.ROOT, "order %d, h %.2f -> %.2f mm: rate of V on the axis %.2f, as a domain "
                    + "integral %.2f, T on the axis %.2f%n", order, sizes[0] * 1e3, sizes[sizes.length - 1] * 1e3, axisRate,
                    domainRate, transitRate);
            // Measured: axis 3.0 (order 3) and 3.2 (order 4); domain 3.8 and 4.1; the eigenvalue about 6 at order 3.
            assertTrue(axisRate > order - 1.5 && transitRate > order - 1.5, "order " + order + ": rates " + axisRate
                    + ", " + transitRate);
            assertTrue(errors[sizes.length - 1][1] < 1e-7 && errors[sizes.length - 1][3] < 1e-7, "order " + order
                    + " at the finest mesh");
            assertTrue(domainRate < 2 * order - 1.5, "order " + order + ": the domain form converges at " + domainRate);
        }
    }
}
