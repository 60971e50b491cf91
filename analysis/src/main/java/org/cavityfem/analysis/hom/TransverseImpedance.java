package org.cavityfem.analysis.hom;

import org.cavityfem.fem.GaussLegendre;
import org.cavityfem.fem.TriangleNodeLayout;
import org.cavityfem.mesh.BoundaryEdge;
import org.cavityfem.mesh.Mesh;
import org.cavityfem.mesh.geometry.BoundaryKind;
import org.cavityfem.solver.hom.AzimuthalDofs;
import org.cavityfem.solver.hom.AzimuthalMode;
import org.cavityfem.units.PhysicalConstants;

/**
 * Transverse figures of an m ≥ 1 mode at the axis limit (docs/design.md §2.12). Near the axis
 * E_z = c_m(z) r^m cos mφ, so the longitudinal voltage at offset r0, V_z(r0) = ∫ E_z(r0, z)
 * e^{ikz} dz, is r0^m ∫ c_m e^{ikz} dz + O(r0^{m+2}); by Panofsky–Wenzel the transverse voltage of a
 * dipole is V_perp = V_z(r0)/(k r0), and for every m the axis limit
 *
 * <pre>
 *   V_perp = lim_{r0→0} |V_z(r0)| / (k r0)^m = |∫ c_m(z) e^{ikz} dz| / k^m          (V)
 * </pre>
 *
 * is reported (β = 1, the whole axis of the domain). With U the stored energy of the same fields:
 *
 * @param perpendicularVoltage V_perp (V)
 * @param storedEnergy U (J)
 * @param roverQLinac (R/Q)_perp = V_perp² / (ωU), linac convention (Ω)
 * @param roverQCircuit half of it, circuit convention (Ω)
 * @param roverQLinacPerMetre k (R/Q)_perp, linac convention (Ω/m), for m = 1
 * @param kickFactor ω (R/Q)_perp,linac [Ω/m] / 4 = k_perp (V/(C·m)), for m = 1
 */
public record TransverseImpedance(double perpendicularVoltage, double storedEnergy, double roverQLinac,
        double roverQCircuit, double roverQLinacPerMetre, double kickFactor) {

    /** Half of {@link #roverQLinacPerMetre()}, circuit convention (Ω/m), for m = 1; NaN otherwise. */
    public double roverQCircuitPerMetre() {
        return roverQLinacPerMetre / 2;
    }

    /**
     * Computes the figures of a mode of the m-th order solution on its mesh.
     *
     * @param mode an M-normalised eigenpair (∫∫ r |E|² dr dz = 1, so U = ε0 π / 2)
     */
    public static TransverseImpedance of(Mesh mesh, AzimuthalDofs dofs, int m, AzimuthalMode mode) {
        AzimuthalField field = new AzimuthalField(mesh, dofs, m, mode.unknowns());
        double k = mode.waveNumber();
        GaussLegendre gauss = GaussLegendre.of(mesh.order() + 8);
        double re = 0;
        double im = 0;
        double[] at = new double[6];
        double[][] v = {{0, 0}, {1, 0}, {0, 1}};
        for (BoundaryEdge be : mesh.boundaryEdges()) {
            if (mesh.contour().segment(be.segment()).kind() != BoundaryKind.AXIS) {
                continue;
            }
            int[] ab = TriangleNodeLayout.edgeVertices(be.localEdge());
            int c = 3 - ab[0] - ab[1];
            for (int p = 0; p < gauss.size(); p++) {
                double t = gauss.nodes()[p];
                double xi = v[ab[0]][0] + t * (v[ab[1]][0] - v[ab[0]][0]);
                double eta = v[ab[0]][1] + t * (v[ab[1]][1] - v[ab[0]][1]);
                double cm = m == 1 ? dipoleLimit(field, be.element(), xi, eta, v[c], at)
                        : axisCoefficient(field, be.element(), xi, eta, v[c], m, at);
                field.evaluate(be.element(), xi, eta, at);
                double z = at[0];
                double dz = Math.abs(edgeLength(field, be.element(), v[ab[0]], v[ab[1]], at));
                double w = gauss.weights()[p] * dz;
                re += w * cm * Math.cos(k * z);
                im += w * cm * Math.sin(k * z);
            }
        }
        double vPerp = Math.hypot(re, im) / Math.pow(k, m);
        double omega = PhysicalConstants.SPEED_OF_LIGHT * k;
        double energy = 0.5 * PhysicalConstants.EPSILON_0 * Math.PI;
        double rq = vPerp * vPerp / (omega * energy);
        double perMetre = m == 1 ? k * rq : Double.NaN;
        return new TransverseImpedance(vPerp, energy, rq, rq / 2, perMetre, m == 1 ? omega * perMetre / 4 : Double.NaN);
    }

    /**
     * Share of the way to the opposite vertex beyond which E_z / r is sampled for its limit on the
     * axis ({@link #dipoleLimit}).
     */
    private static final double AXIS_ZONE = 0.05;

    /**
     * c_m = lim E_z / r^m on the axis, m ≥ 2. A regular field has E_z = c_m(z) r^m + O(r^{m+2}); the
     * discrete one vanishes on the axis (v = 0 and w = 0 there, design.md §2.11) but not to order m:
     * its terms in r, ..., r^{m−1} are discretisation error, which a ratio E_z / r^m taken a step from
     * the axis divides by the step's r^{m−1} (the step of 1e-4 this replaces left the m = 2 figures of
     * the pillbox without a digit at order 5). Instead, on the line from the axis point to the
     * opposite vertex (δ from 0 to 1; z, r and E_z are polynomials in δ on a straight element, E_z of
     * degree q), the coefficient of δ^m of E_z is c_m(z0) r'(0)^m for the regular field (z varies
     * only in the higher terms), whatever the lower terms: the m-th Taylor coefficient at δ = 0 of the
     * interpolant of E_z at q + 2 Chebyshev points of [0, 1], over r'(0)^m, r'(0) from the interpolant
     * of r. Both are read off the Chebyshev series, T_k^{(j)}(−1) = (−1)^{k+j} Π_{i<j} (k² − i²)/(2i + 1),
     * which amplifies rounding by about q⁴/3 for m = 2: some 1e-12 of the element's largest E_z. As an
     * m-th derivative on the boundary it converges more slowly than the eigenvalue: the pillbox TM210's
     * (R/Q)_perp (R = L = 115 mm, 40 mm elements) is right to 3.8e-2, 1.9e-3, 1.3e-4 and 1.8e-5 at
     * orders 4 to 7, and the order-(p + 1) estimate follows it (QuadrupoleTransverseTest, design.md §2.14).
     */
    private static double axisCoefficient(AzimuthalField field, int element, double xi, double eta,
            double[] toward, int m, double[] at) {
        int n = field.order() + 2;
        double[] ez = new double[n];
        double[] r = new double[n];
        for (int j = 0; j < n; j++) {
            double delta = 0.5 * (1 + Math.cos(Math.PI * (j + 0.5) / n));
            field.evaluate(element, xi + delta * (toward[0] - xi), eta + delta * (toward[1] - eta), at);
            ez[j] = at[2];
            r[j] = at[1];
        }
        return taylorAtStart(ez, m) / Math.pow(taylorAtStart(r, 1), m);
    }

    /**
     * The j-th Taylor coefficient at δ = 0 of the polynomial through {@code values} at the Chebyshev
     * points δ_i = (1 + cos(π(i + ½)/n))/2 of [0, 1]: its Chebyshev series in x = 2δ − 1 differentiated
     * j times at x = −1, times 2^j / j!.
     */
    static double taylorAtStart(double[] values, int j) {
        int n = values.length;
        double sum = 0;
        for (int k = 0; k < n; k++) {
            double a = 0;
            for (int i = 0; i < n; i++) {
                a += values[i] * Math.cos(Math.PI * k * (i + 0.5) / n);
            }
            a *= (k == 0 ? 1.0 : 2.0) / n;
            double d = ((k + j) % 2 == 0) ? 1 : -1;
            for (int i = 0; i < j; i++) {
                d *= (k * (double) k - i * (double) i) / (2 * i + 1);
            }
            sum += a * d;
        }
        double factorial = 1;
        for (int i = 2; i <= j; i++) {
            factorial *= i;
        }
        return sum * Math.pow(2, j) / factorial;
    }

    /**
     * c_1 = lim E_z / r on the axis, m = 1: on the line to the opposite vertex of a straight element,
     * E_z is a polynomial of degree q in the distance δ along it and vanishes on the axis with the
     * discrete field (v = 0 and w = 0 there, design.md §2.11), while r ∝ δ, so E_z / r is a polynomial
     * of degree q − 1: extrapolated to δ = 0 from q + 2 Chebyshev points of [{@link #AXIS_ZONE}, 1], it
     * is the limit up to rounding amplified by less than 50. The Richardson step of 1e-4 it replaces
     * left about 1e-7 of rounding (1/r at the step) and truncation, which held (R/Q)_perp's estimate
     * above a 1e-8 target (design.md §2.14).
     */
    private static double dipoleLimit(AzimuthalField field, int element, double xi, double eta, double[] toward,
            double[] at) {
        int n = field.order() + 2;
        double[] nodes = new double[n];
        double[] values = new double[n];
        for (int j = 0; j < n; j++) {
            nodes[j] = AXIS_ZONE + (1 - AXIS_ZONE) * 0.5 * (1 - Math.cos(Math.PI * (j + 0.5) / n));
            values[j] = ratio(field, element, xi, eta, toward, nodes[j], 1, at);
        }
        double sum = 0;
        for (int j = 0; j < n; j++) {
            double l = 1;
            for (int k = 0; k < n; k++) {
                if (k != j) {
                    l *= nodes[k] / (nodes[k] - nodes[j]);
                }
            }
            sum += l * values[j];
        }
        return sum;
    }

    private static double ratio(AzimuthalField field, int element, double xi, double eta, double[] toward,
            double delta, int m, double[] at) {
        field.evaluate(element, xi + delta * (toward[0] - xi), eta + delta * (toward[1] - eta), at);
        return at[2] / Math.pow(at[1], m);
    }

    private static double edgeLength(AzimuthalField field, int element, double[] a, double[] b, double[] at) {
        field.evaluate(element, a[0], a[1], at);
        double z0 = at[0];
        field.evaluate(element, b[0], b[1], at);
        return at[0] - z0;
    }
}
