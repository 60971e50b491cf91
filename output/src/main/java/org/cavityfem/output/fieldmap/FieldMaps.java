package org.cavityfem.output.fieldmap;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.cavityfem.analysis.field.AxisProfile;
import org.cavityfem.analysis.field.ModeField;
import org.cavityfem.analysis.fieldmap.AxisFourier;
import org.cavityfem.analysis.fieldmap.FieldMap;
import org.cavityfem.analysis.fieldmap.GridSpec;
import org.cavityfem.analysis.fieldmap.Normalisation;
import org.cavityfem.analysis.merit.FiguresOfMerit;
import org.cavityfem.casefile.FieldMapSpec;
import org.cavityfem.mesh.Mesh;
import org.cavityfem.output.OutputFolder;
import org.cavityfem.study.StudyResult;

/** Samples the field map a {@link FieldMapSpec} asks for from a study's result and writes its files. */
public final class FieldMaps {

    private FieldMaps() {
    }

    /**
     * A map and the numbers its files need.
     *
     * @param map the sampled fields
     * @param details the rest
     */
    public record Made(FieldMap map, FieldMapFiles.Details details) {
    }

    /**
     * Samples the map.
     *
     * @throws IllegalArgumentException when the mode does not exist, the grid has no point in the
     *     cavity or is too large, or the mode cannot be normalised as asked
     */
    public static Made make(StudyResult result, FieldMapSpec spec) {
        int count = result.solution().modes().size();
        if (spec.mode() >= count) {
            throw new IllegalArgumentException("mode " + spec.mode() + " does not exist: the result has " + count
                    + " mode" + (count == 1 ? "" : "s") + " (indices 0 to " + (count - 1) + ")");
        }
        Mesh mesh = result.mesh();
        GridSpec grid = spec.grid().orElseGet(() -> defaultGrid(mesh));
        if ((long) (grid.nz() + 1) * (grid.nr() + 1) > FieldMapSpec.MAX_POINTS) {
            throw new IllegalArgumentException("the field map grid has more than " + FieldMapSpec.MAX_POINTS
                    + " points; use fewer intervals");
        }
        ModeField unit = ModeField.of(mesh, result.solution().modes().get(spec.mode()));
        double factor = scale(result, spec, unit);
        long start = System.nanoTime();
        FieldMap map = FieldMap.sampleScaled(unit, grid, spec.normalisation(), factor);
        double seconds = (System.nanoTime() - start) * 1e-9;
        ModeField scaled = unit.scaledBy(Math.sqrt(map.storedEnergy()));
        if (AxisProfile.of(scaled).isEmpty()) {
            throw new IllegalArgumentException("mode " + spec.mode() + " has no field on the axis (the contour does "
                    + "not touch r = 0); beam-dynamics maps need one");
        }
        AxisFourier fourier = AxisFourier.of(scaled, spec.harmonics());
        String label = result.labels().get(spec.mode());
        return new Made(map, new FieldMapFiles.Details(result.resolved().name(), spec.mode(), label, fourier,
                seconds));
    }

    /**
     * The amplitude of the map relative to the 1 J mode. E_acc takes the figures of merit's own
     * scaling (the case's beta, active length and voltage range), so that the map's V_acc is the
     * one in summary.json.
     */
    static double scale(StudyResult result, FieldMapSpec spec, ModeField unit) {
        if (spec.normalisation().kind() == Normalisation.Kind.EACC && !result.analyses().isEmpty()) {
            FiguresOfMerit f = result.analyses().get(spec.mode()).figures();
            if (!(f.acceleratingField() > 0)) {
                throw new IllegalArgumentException("mode " + spec.mode() + " has no accelerating voltage to normalise "
                        + "by; use the peak on-axis field or the stored energy");
            }
            return spec.normalisation().value() / f.acceleratingField() * f.fieldScale();
        }
        return FieldMap.scale(unit, spec.normalisation(), result.resolved().rf().beta(), Double.NaN);
    }

    /** Samples and writes the map into {@code target}, which appears complete or not at all. */
    public static Made write(StudyResult result, FieldMapSpec spec, Path target) throws IOException {
        Made made = make(result, spec);
        try (OutputFolder folder = OutputFolder.create(target, FieldMapFiles.MARKER)) {
            FieldMapFiles.write(folder, made.map(), made.details());
            folder.commit();
        }
        return made;
    }

    /** The default grid: the cavity's bounding box from the axis. */
    static GridSpec defaultGrid(Mesh mesh) {
        double zMin = Double.POSITIVE_INFINITY;
        double zMax = Double.NEGATIVE_INFINITY;
        double rMax = 0;
        for (int i = 0; i < mesh.nodeCount(); i++) {
            zMin = Math.min(zMin, mesh.z(i));
            zMax = Math.max(zMax, mesh.z(i));
            rMax = Math.max(rMax, mesh.r(i));
        }
        return new GridSpec(zMin, zMax, FieldMapSpec.DEFAULT_Z_INTERVALS, 0, rMax, FieldMapSpec.DEFAULT_R_INTERVALS);
    }

    /** One line for the console, e.g. the sampling time. */
    public static String describe(Made m) {
        GridSpec g = m.map().grid();
        return String.format(Locale.ROOT, "field map of mode %d (%s): %d x %d points sampled in %.3f s; Impact-T "
                + "series of %d harmonics reproduces Ez(0,z) to %.2g of its peak", m.details().modeIndex(),
                m.details().label(), g.nz() + 1, g.nr() + 1, m.details().sampleSeconds(),
                (m.details().fourier().coefficients().length - 1) / 2, m.details().fourier().maxRelativeError());
    }
}
