package org.cavityfem.analysis.hom;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cavityfem.analysis.field.ElementLocator;
import org.cavityfem.fem.GaussLegendre;
import org.cavityfem.mesh.Mesh;

/**
 * The longitudinal voltage of a mode along the line r = r0 parallel to the axis (design.md §2.13),
 * β = 1: V_z(r0) = |∫ E_z(r0, z) e^{ikz} dz| over the whole length of the domain, with E_z at the
 * polarisation's maximum (cos mφ = 1). The line is cut where it passes from one element to the
 * next (found by bisection between 2000 samples) and each piece is integrated by Gauss–Legendre
 * quadrature of order p + 6, so the result has the accuracy of the field itself.
 */
final class OffsetVoltage {

    /** E_z (V/m) at reference point (ξ, η) of an element. */
    interface AxialField {
        double at(int element, double xi, double eta);
    }

    private static final int SAMPLES = 2000;

    private OffsetVoltage() {
    }

    /**
     * V_z(r0) (V), or NaN when the line r = r0 leaves the domain between where it enters and where it
     * finally leaves (r0 beyond the smallest aperture): the figure would then describe a path through
     * metal.
     *
     * @param k wave number of the mode (1/m)
     * @param offset r0 (m), > 0
     */
    static double of(Mesh mesh, ElementLocator locator, AxialField field, double k, double offset) {
        return line(mesh, locator, offset).voltage(field, k);
    }

    /**
     * The quadrature points of the line r = r0 through the mesh, the same for every mode of the mesh.
     *
     * @param element element of each point, -1 outside the mesh
     * @param xi reference coordinate ξ of each point
     * @param eta reference coordinate η of each point
     * @param z axial coordinate of each point (m)
     * @param weight quadrature weight of each point (m)
     * @param leaves true when the line leaves the cavity between its ends: every voltage is NaN
     */
    record Line(int[] element, double[] xi, double[] eta, double[] z, double[] weight, boolean leaves) {

        /** V_z(r0) of a mode (V), NaN when the line leaves the cavity. */
        double voltage(AxialField field, double k) {
            if (leaves) {
                return Double.NaN;
            }
            double re = 0;
            double im = 0;
            for (int q = 0; q < z.length; q++) {
                if (element[q] < 0) {
                    continue;
                }
                double ez = field.at(element[q], xi[q], eta[q]);
                re += weight[q] * ez * Math.cos(k * z[q]);
                im += weight[q] * ez * Math.sin(k * z[q]);
            }
            return Math.hypot(re, im);
        }
    }

    /** The line r = r0 cut at the element boundaries, with its quadrature points. */
    static Line line(Mesh mesh, ElementLocator locator, double offset) {
        double zMin = Double.POSITIVE_INFINITY;
        double zMax = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < mesh.nodeCount(); i++) {
            zMin = Math.min(zMin, mesh.z(i));
            zMax = Math.max(zMax, mesh.z(i));
        }
        double step = (zMax - zMin) / SAMPLES;
        int[] owner = new int[SAMPLES + 1];
        int first = -1;
        int last = -1;
        for (int i = 0; i <= SAMPLES; i++) {
            owner[i] = element(locator, zMin + i * step, offset);
            if (owner[i] >= 0) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        boolean leaves = first < 0;
        for (int i = first + 1; i < last; i++) {
            leaves |= owner[i] < 0;
        }
        if (leaves) {
            return new Line(new int[0], new double[0], new double[0], new double[0], new double[0], true);
        }
        List<Double> cuts = new ArrayList<>();
        cuts.add(zMin);
        for (int i = 0; i < SAMPLES; i++) {
            if (owner[i] != owner[i + 1]) {
                double a = zMin + i * step;
                double b = a + step;
                for (int it = 0; it < 60 && b - a > 1e-15 * (zMax - zMin); it++) {
                    double c = 0.5 * (a + b);
                    if (element(locator, c, offset) == owner[i]) {
                        a = c;
                    } else {
                        b = c;
                    }
                }
                cuts.add(0.5 * (a + b));
            }
        }
        cuts.add(zMax);
        GaussLegendre rule = GaussLegendre.of(mesh.order() + 6);
        int n = (cuts.size() - 1) * rule.size();
        int[] element = new int[n];
        double[] xi = new double[n];
        double[] eta = new double[n];
        double[] z = new double[n];
        double[] weight = new double[n];
        int at = 0;
        for (int piece = 0; piece + 1 < cuts.size(); piece++) {
            double a = cuts.get(piece);
            double b = cuts.get(piece + 1);
            for (int q = 0; q < rule.size(); q++, at++) {
                z[at] = a + rule.nodes()[q] * (b - a);
                weight[at] = rule.weights()[q] * (b - a);
                Optional<ElementLocator.Location> where = locator.locate(z[at], offset);
                element[at] = where.map(ElementLocator.Location::element).orElse(-1);
                xi[at] = where.map(ElementLocator.Location::xi).orElse(0.0);
                eta[at] = where.map(ElementLocator.Location::eta).orElse(0.0);
            }
        }
        return new Line(element, xi, eta, z, weight, false);
    }

    private static int element(ElementLocator locator, double z, double r) {
        return locator.locate(z, r).map(ElementLocator.Location::element).orElse(-1);
    }
}
