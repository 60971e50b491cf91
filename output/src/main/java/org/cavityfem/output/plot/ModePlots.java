package org.cavityfem.output.plot;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.ToDoubleFunction;
import org.cavityfem.analysis.field.AxisProfile;
import org.cavityfem.analysis.field.FieldSample;
import org.cavityfem.analysis.field.ModeField;
import org.cavityfem.mesh.Mesh;
import org.cavityfem.mesh.geometry.Contour;

/**
 * The plots of one mode: E_z on the axis (when the cavity reaches the axis), |E| over the meridian
 * plane and, when wall fields are given, H_t and E_n along the walls. Files are named
 * {@code mode_NN_<plot>} after the mode's index.
 */
public final class ModePlots {

    /** Cavities at least this many times longer than their radius are shown mirrored about the axis. */
    static final double MIRROR_ASPECT = 2;

    /** What the field maps show; one instance, so that modes sharing {@link FieldMapLocations} are evaluated together. */
    private static final ToDoubleFunction<FieldSample> MAGNITUDE = FieldSample::electricFieldMagnitude;

    private ModePlots() {
    }

    /** File name prefix of mode {@code index}, e.g. {@code mode_03}. */
    public static String prefix(int index) {
        return String.format(java.util.Locale.ROOT, "mode_%02d", index);
    }

    /**
     * Renders the plots of one mode.
     *
     * @param caption the mode and case
     * @param index the mode's index in the solution (names the files)
     * @param field the mode's fields, scaled as the caption says
     * @param wall the fields along the walls, or null to leave the wall plot out
     * @return the rendered plots
     */
    public static List<PlotImage> render(ModeCaption caption, int index, ModeField field, WallCurve wall) {
        return render(caption, index, field, wall, new FieldMapLocations());
    }

    /**
     * {@link #render} with the field map's cells located through {@code locations}, which the modes of
     * one mesh share.
     */
    public static List<PlotImage> render(ModeCaption caption, int index, ModeField field, WallCurve wall,
            FieldMapLocations locations) {
        return charts(caption, index, field, wall, locations).stream().map(PlotChart::render).toList();
    }

    /** The charts {@link #render} draws. */
    public static List<PlotChart> charts(ModeCaption caption, int index, ModeField field, WallCurve wall) {
        return charts(caption, index, field, wall, new FieldMapLocations());
    }

    private static List<PlotChart> charts(ModeCaption caption, int index, ModeField field, WallCurve wall,
            FieldMapLocations locations) {
        PlotStyle.headless();
        String prefix = prefix(index);
        List<PlotChart> charts = new ArrayList<>();
        AxisProfile axis = AxisProfile.of(field);
        if (!axis.isEmpty()) {
            charts.add(new PlotChart(prefix + "_axis_field", AxisFieldPlot.chart(caption, axis.z(), axis.axialField()),
                    AxisFieldPlot.WIDTH, AxisFieldPlot.HEIGHT));
        }
        if (wall != null) {
            charts.add(new PlotChart(prefix + "_wall_fields", WallFieldPlot.chart(caption, wall),
                    WallFieldPlot.WIDTH, WallFieldPlot.HEIGHT));
        }
        charts.add(fieldMap(prefix + "_field_map", caption, field, locations));
        return charts;
    }

    /** |E| over the meridian plane, mirrored about the axis for long cavities. */
    static PlotChart fieldMap(String name, ModeCaption caption, ModeField field, FieldMapLocations locations) {
        Contour contour = field.mesh().contour();
        FieldMapPlot plot = new FieldMapPlot(caption, contour, "|E| (MV/m)",
                MIRRORED.computeIfAbsent(field.mesh(), ModePlots::mirrored));
        FieldGrid grid = locations.sample(plot, field, MAGNITUDE);
        return plot.chart(name, grid, PlotUnits.MV_PER_M_PER_V_PER_M);
    }

    /**
     * Whether the field maps of a mesh's modes are mirrored, by mesh instance: every mode of a mesh
     * asks, and the answer reads all its nodes.
     */
    private static final Map<Mesh, Boolean> MIRRORED = Collections.synchronizedMap(new WeakHashMap<>());

    /** Whether the mesh is at least {@link #MIRROR_ASPECT} times longer than its radius. */
    private static boolean mirrored(Mesh mesh) {
        double[] z = mesh.zArray();
        double[] r = mesh.rArray();
        double length = max(z) - min(z);
        return length >= MIRROR_ASPECT * max(r);
    }

    private static double max(double[] v) {
        double m = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            m = Math.max(m, x);
        }
        return m;
    }

    private static double min(double[] v) {
        double m = Double.POSITIVE_INFINITY;
        for (double x : v) {
            m = Math.min(m, x);
        }
        return m;
    }
}
