package org.cavityfem.analysis.superconducting;

import java.util.ArrayList;
import java.util.List;
import org.cavityfem.analysis.field.AxisProfile;
import org.cavityfem.analysis.wall.WallPoint;
import org.cavityfem.analysis.wall.WallTable;

/**
 * Wall fields from a finite-element mode: the rows of its {@link WallTable} (walls run
 * counter-clockwise from where they leave the axis or a magnetic plane), with the peak of |K| on the
 * continuous trace added in its place so that H_pk is not limited to the sample spacing, and E_acc
 * from the field on the axis.
 */
public final class FiniteElementWall {

    private FiniteElementWall() {
    }

    /**
     * With the paper's E_acc = E_c/√2, E_c the largest |E_z| on the axis.
     *
     * @param table the mode's wall table
     * @param axis the mode's axial field at the same amplitude
     */
    public static WallFields paperDefinition(WallTable table, AxisProfile axis) {
        return of(table, axis, peakAxialField(axis) / Math.sqrt(2), "E_c/√2");
    }

    /**
     * With the usual E_acc = V_acc(β = 1)/L.
     *
     * @param table the mode's wall table
     * @param axis the mode's axial field at the same amplitude
     * @param activeLength L (m)
     */
    public static WallFields voltageDefinition(WallTable table, AxisProfile axis, double activeLength) {
        return of(table, axis, axis.voltage(1) / activeLength, "V_acc/L");
    }

    /**
     * With an E_acc computed elsewhere (e.g. the figures of merit, at the case's β).
     *
     * @param table the mode's wall table
     * @param axis the mode's axial field at the same amplitude
     * @param acceleratingField the E_acc the table's fields correspond to (V/m); NaN for a mode without one
     * @param definition how that E_acc is defined, e.g. "V_acc/L"
     */
    public static WallFields of(WallTable table, AxisProfile axis, double acceleratingField, String definition) {
        return new WallFields(samples(table), table.angularFrequency(), acceleratingField, definition,
                peakAxialField(axis));
    }

    /**
     * Exactly the wall table's rows (no peak added), for files whose rows follow the table's: row i of
     * the profile is row i of {@link WallTable#points()}.
     *
     * @param table the mode's wall table
     * @param axis the mode's axial field at the same amplitude
     * @param acceleratingField the E_acc the table's fields correspond to (V/m); NaN for a mode without one
     * @param definition how that E_acc is defined, e.g. "V_acc/L"
     */
    public static WallFields tableRows(WallTable table, AxisProfile axis, double acceleratingField,
            String definition) {
        List<WallSample> samples = new ArrayList<>();
        for (WallPoint p : table.points()) {
            samples.add(sample(p));
        }
        return new WallFields(samples, table.angularFrequency(), acceleratingField, definition, peakAxialField(axis));
    }

    /** The largest |E_z| on the axis (V/m). */
    public static double peakAxialField(AxisProfile axis) {
        double max = 0;
        for (double e : axis.axialField()) {
            max = Math.max(max, Math.abs(e));
        }
        return max;
    }

    private static List<WallSample> samples(WallTable table) {
        List<WallPoint> rows = table.points();
        WallPoint peak = table.peak(WallTable.metal(), p -> Math.abs(p.surfaceCurrent()));
        List<WallSample> samples = new ArrayList<>(rows.size() + 1);
        boolean placed = peak == null;
        for (WallPoint p : rows) {
            if (!placed && p.arcLength() > peak.arcLength()) {
                samples.add(sample(peak));
                placed = true;
            }
            samples.add(sample(p));
        }
        if (!placed) {
            samples.add(sample(peak));
        }
        return samples;
    }

    private static WallSample sample(WallPoint p) {
        return new WallSample(p.segment(), p.segmentName(), p.arcLength(), p.z(), p.r(), p.surfaceCurrent(),
                p.surfaceCharge());
    }
}
