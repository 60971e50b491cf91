package org.cavityfem.analysis.field;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cavityfem.mesh.Mesh;
import org.cavityfem.solver.Mode;

/**
 * Labels of monopole (m = 0) modes that cannot be misread (docs/case-format.md, "Mode labels"):
 *
 * <ul>
 *   <li>{@code TM0np} (e.g. {@code TM010}, {@code TM021}) when the mode's nodal structure names it as
 *       it names the TM0np mode of a pillbox: p sign changes of E_z along the axis and, at every axial
 *       antinode, n − 1 sign changes of E_z along r from the axis to the wall (a pillbox's
 *       E_z = E0 J0(j0n r/R) cos(pπz/L) has exactly these). Only for a cavity shaped like one cell
 *       (its height above the axis rises to one maximum and falls again), with one digit each for n
 *       and p, the same radial count at every antinode, and a label no other computed mode gets;
 *   <li>{@code TM0#k} otherwise: the k-th mode of the monopole spectrum counted from the lowest (known
 *       from the inertia count). The {@code #} marks an ordinal, so {@code TM0#10} cannot be read as
 *       TM010, and the m ≥ 1 labels ({@code TM-like m=1 #2}) use the same mark.
 * </ul>
 *
 * Both forms are file-name safe (letters, digits and {@code #}).
 */
public final class ModeLabels {

    /** Samples along a radial line from the axis to the top of the cavity's bounding box. */
    private static final int RADIAL_SAMPLES = 240;
    /** Axial positions at which the cavity's height above the axis is measured. */
    private static final int HEIGHT_SAMPLES = 48;
    /** Values below this fraction of the line's largest |E_z| are no evidence of a sign. */
    private static final double SIGNIFICANT = 0.02;

    private ModeLabels() {
    }

    /**
     * The ordinal label of the k-th mode of a monopole family, e.g. {@code TM0#3}, {@code TE0#1}.
     *
     * @param family {@code "TM"} or {@code "TE"}
     * @param number place in the spectrum, 1 for the lowest
     */
    public static String ordinal(String family, int number) {
        return family + "0#" + number;
    }

    /**
     * The labels of the TM0 modes of one solution, in their order: {@code TM0np} where the nodal
     * structure is clean, {@code TM0#k} otherwise.
     */
    public static List<String> of(Mesh mesh, List<Mode> modes) {
        List<Optional<String>> named = new ArrayList<>();
        boolean oneCell = oneCell(mesh);
        for (Mode mode : modes) {
            named.add(oneCell ? nodal(ModeField.of(mesh, mode)) : Optional.empty());
        }
        Map<String, Integer> uses = new HashMap<>();
        named.forEach(n -> n.ifPresent(l -> uses.merge(l, 1, Integer::sum)));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < modes.size(); i++) {
            Optional<String> n = named.get(i);
            out.add(n.isPresent() && uses.get(n.get()) == 1 ? n.get() : ordinal("TM", modes.get(i).number()));
        }
        return List.copyOf(out);
    }

    /** TM0np from the nodal structure of one mode, or empty when it is not clean. */
    static Optional<String> nodal(ModeField field) {
        AxisProfile axis = AxisProfile.of(field);
        if (axis.isEmpty()) {
            return Optional.empty();
        }
        double[] z = axis.z();
        double[] ez = axis.axialField();
        List<double[]> lobes = lobes(z, ez);
        int p = lobes.size() - 1;
        if (p > 9) {
            return Optional.empty();
        }
        double top = top(field.mesh());
        int radial = -1;
        for (double[] lobe : lobes) {
            // Radial line at the lobe's antinode, kept off its ends (a wall at an odd p's end plate).
            double margin = 0.05 * (lobe[1] - lobe[0]);
            double at = Math.max(lobe[0] + margin, Math.min(lobe[1] - margin, lobe[2]));
            double[] line = radialLine(field, at, top);
            if (line.length < 8) {
                return Optional.empty();
            }
            int changes = signChanges(line);
            if (radial >= 0 && changes != radial) {
                return Optional.empty();
            }
            radial = changes;
        }
        int n = radial + 1;
        return n <= 9 ? Optional.of("TM0" + n + p) : Optional.empty();
    }

    /**
     * The lobes of the axial field between its significant sign changes: {z from, z to, z of the
     * largest |E_z|} each, covering the axis.
     */
    private static List<double[]> lobes(double[] z, double[] ez) {
        double largest = 0;
        for (double v : ez) {
            largest = Math.max(largest, Math.abs(v));
        }
        List<double[]> out = new ArrayList<>();
        double start = z[0];
        int sign = 0;
        int lastSignificant = -1;
        double peak = 0;
        double peakZ = z[0];
        for (int i = 0; i < z.length; i++) {
            if (Math.abs(ez[i]) < SIGNIFICANT * largest) {
                continue;
            }
            int s = ez[i] > 0 ? 1 : -1;
            if (sign != 0 && s != sign) {
                // The node lies between the last significant sample of the old sign and this one.
                double node = 0.5 * (z[lastSignificant] + z[i]);
                out.add(new double[] {start, node, peakZ});
                start = node;
                peak = 0;
            }
            sign = s;
            lastSignificant = i;
            if (Math.abs(ez[i]) > peak) {
                peak = Math.abs(ez[i]);
                peakZ = z[i];
            }
        }
        out.add(new double[] {start, z[z.length - 1], peakZ});
        return out;
    }

    /** E_z from the axis up along r at axial position z, until the line leaves the cavity. */
    private static double[] radialLine(ModeField field, double z, double top) {
        double[] values = new double[RADIAL_SAMPLES];
        int count = 0;
        for (int i = 0; i < RADIAL_SAMPLES; i++) {
            double r = top * (i + 0.5) / RADIAL_SAMPLES;
            Optional<FieldSample> s = field.at(z, r);
            if (s.isEmpty()) {
                break;
            }
            values[count++] = s.get().axialElectricField();
        }
        return Arrays.copyOf(values, count);
    }

    /** Sign changes between values of at least {@link #SIGNIFICANT} of the largest magnitude. */
    private static int signChanges(double[] values) {
        double largest = 0;
        for (double v : values) {
            largest = Math.max(largest, Math.abs(v));
        }
        int sign = 0;
        int changes = 0;
        for (double v : values) {
            if (Math.abs(v) < SIGNIFICANT * largest) {
                continue;
            }
            int s = v > 0 ? 1 : -1;
            if (sign != 0 && s != sign) {
                changes++;
            }
            sign = s;
        }
        return changes;
    }

    private static double top(Mesh mesh) {
        double top = 0;
        for (int i = 0; i < mesh.nodeCount(); i++) {
            top = Math.max(top, mesh.r(i));
        }
        return top;
    }

    /**
     * True when the cavity is shaped like one cell: along the axis, its height (how far a radial
     * line from the axis stays inside) rises to one maximum and falls again, as in a pillbox, a
     * sphere or an elliptical cell with or without pipes; two cells joined at an iris dip between
     * their maxima. A contour that never reaches the axis is not.
     */
    static boolean oneCell(Mesh mesh) {
        double zMin = Double.POSITIVE_INFINITY;
        double zMax = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < mesh.nodeCount(); i++) {
            if (mesh.r(i) == 0) {
                zMin = Math.min(zMin, mesh.z(i));
                zMax = Math.max(zMax, mesh.z(i));
            }
        }
        if (!(zMin < zMax)) {
            return false;
        }
        double top = top(mesh);
        ElementLocator locator = ElementLocator.of(mesh);
        double[] height = new double[HEIGHT_SAMPLES];
        for (int j = 0; j < HEIGHT_SAMPLES; j++) {
            double z = zMin + (zMax - zMin) * (j + 0.5) / HEIGHT_SAMPLES;
            int i = 0;
            while (i < RADIAL_SAMPLES && locator.locate(z, top * (i + 0.5) / RADIAL_SAMPLES).isPresent()) {
                i++;
            }
            height[j] = i;
        }
        int highest = 0;
        for (int j = 1; j < HEIGHT_SAMPLES; j++) {
            if (height[j] > height[highest]) {
                highest = j;
            }
        }
        double slack = 2; // samples: a wall crossing a line between two samples
        double rising = height[0];
        for (int j = 1; j <= highest; j++) {
            if (height[j] < rising - slack) {
                return false;
            }
            rising = Math.max(rising, height[j]);
        }
        double falling = height[highest];
        for (int j = highest + 1; j < HEIGHT_SAMPLES; j++) {
            if (height[j] > falling + slack) {
                return false;
            }
            falling = Math.min(falling, height[j]);
        }
        return true;
    }
}
