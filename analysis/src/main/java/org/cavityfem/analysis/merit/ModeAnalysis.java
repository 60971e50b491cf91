package org.cavityfem.analysis.merit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.cavityfem.analysis.field.AxisProfile;
import org.cavityfem.analysis.field.ModeField;
import org.cavityfem.analysis.wall.WallEdge;
import org.cavityfem.analysis.wall.WallPoint;
import org.cavityfem.analysis.wall.WallTable;
import org.cavityfem.mesh.Mesh;
import org.cavityfem.mesh.geometry.BoundaryKind;
import org.cavityfem.solver.Mode;
import org.cavityfem.units.PhysicalConstants;

/**
 * Everything computed for one mode: the field scaled to the case's accelerating field, its wall
 * table, the figures of merit, the per-segment summary and the wall rows with losses and Slater
 * sensitivities.
 *
 * @param field the mode's field at the case's E_acc (at 1 J when the mode has no voltage)
 * @param wall the wall table of that field
 * @param figures the figures of merit
 * @param segments one summary per wall segment, in wall order
 * @param rows the wall table's rows with power density and Slater sensitivities
 * @param normalization how this mode's fields were scaled, and why when it differs from the request
 */
public record ModeAnalysis(ModeField field, WallTable wall, FiguresOfMerit figures, List<SegmentSummary> segments,
        List<WallRow> rows, Normalization.Applied normalization) {

    /** Analyses a mode of a mesh for the given settings. */
    public static ModeAnalysis of(Mesh mesh, Mode mode, MeritSettings settings) {
        return of(ModeField.of(mesh, mode), settings);
    }

    /**
     * Analyses a mode on its own (its voltage is not compared with other modes').
     *
     * @param unitField the mode at any amplitude; it is rescaled as the settings' normalization says
     */
    public static ModeAnalysis of(ModeField unitField, MeritSettings settings) {
        return of(unitField, settings, false);
    }

    /**
     * R/Q = V_acc²/(ωU) of a mode (Ω), independent of its amplitude; 0 without a voltage on the axis.
     * What {@link Normalization#negligible} compares.
     */
    public static double rOverQ(ModeField field, MeritSettings settings) {
        return AxisVoltage.of(field, settings).rOverQ();
    }

    /**
     * What the analysis of a mode computes first, and {@link #rOverQ} from it: the mode's on-axis
     * profile in the settings' voltage window and its voltage at the settings' β there (V, at the
     * field's amplitude; 0 without a voltage on the axis). A caller that compares the modes' R/Q
     * before analysing them passes it on to {@link #of(ModeField, AxisVoltage, MeritSettings,
     * boolean, boolean)} instead of having it computed twice.
     *
     * @param field the mode, at the amplitude the voltage is taken at
     * @param axis the profile
     * @param voltage the voltage
     */
    public record AxisVoltage(ModeField field, AxisProfile axis, double voltage) {

        /** The profile and voltage of a mode for the given settings. */
        public static AxisVoltage of(ModeField field, MeritSettings settings) {
            AxisProfile axis = AxisProfile.between(field, settings.voltageFrom(), settings.voltageTo());
            return new AxisVoltage(field, axis, axis.isEmpty() ? 0 : axis.voltage(settings.beta()));
        }

        /** R/Q = V_acc²/(ωU) (Ω), 0 without a voltage on the axis. */
        public double rOverQ() {
            double r = voltage * voltage / (field.angularFrequency() * field.storedEnergy());
            return Double.isFinite(r) ? r : 0;
        }
    }

    /**
     * Analyses a mode.
     *
     * @param unitField the mode at any amplitude; it is rescaled as the settings' normalization says
     * @param negligibleVoltage true when the mode's voltage is negligible against the strongest
     *     computed mode's ({@link Normalization#negligible}): under E_acc it is scaled to the stored
     *     energy instead
     */
    public static ModeAnalysis of(ModeField unitField, MeritSettings settings, boolean negligibleVoltage) {
        return of(unitField, settings, negligibleVoltage, true);
    }

    /**
     * Analyses a mode, with or without the charge-current check ({@link ChargeCurrentCheck}, the
     * larger part of the cost). The check's mismatch has no error estimate and drives no refinement,
     * so an analysis made only to estimate the other figures (a reference mode's, a refinement
     * iteration's) can leave it out; {@link #withChargeCurrentCheck} adds it later, the same bits.
     *
     * @param chargeCurrentCheck false to leave the mismatch NaN
     */
    public static ModeAnalysis of(ModeField unitField, MeritSettings settings, boolean negligibleVoltage,
            boolean chargeCurrentCheck) {
        return of(unitField, AxisVoltage.of(unitField, settings), settings, negligibleVoltage, chargeCurrentCheck);
    }

    /**
     * {@link #of(ModeField, MeritSettings, boolean, boolean)} with the mode's axis profile and voltage
     * computed already ({@link AxisVoltage#of} of the same field and settings): the same analysis.
     *
     * @param unitVoltages {@code AxisVoltage.of(unitField, settings)}
     */
    public static ModeAnalysis of(ModeField unitField, AxisVoltage unitVoltages, MeritSettings settings,
            boolean negligibleVoltage, boolean chargeCurrentCheck) {
        if (unitVoltages.field() != unitField) {
            throw new IllegalArgumentException("the axis voltage was computed for another field");
        }
        AxisProfile axis = unitVoltages.axis();
        double beta = settings.beta();
        double unitVoltage = unitVoltages.voltage();
        double unitAccelerating = unitVoltage / settings.activeLength();
        boolean accelerating = unitAccelerating > 0 && Double.isFinite(unitAccelerating);
        Normalization.Applied applied = scaling(settings.normalization(), accelerating, negligibleVoltage);
        ModeField field = switch (applied.kind()) {
            case ACCELERATING_FIELD -> unitField.scaledBy(settings.acceleratingField() / unitAccelerating);
            case STORED_ENERGY -> unitField.scaledBy(
                    Math.sqrt(settings.normalization().storedEnergy() / unitField.storedEnergy()));
            case PEAK_SURFACE_FIELD -> {
                WallTable unitWall = WallTable.of(unitField);
                double peak = Math.abs(unitWall.peak(WallTable.metal(), p -> Math.abs(p.normalElectricField()))
                        .normalElectricField());
                yield unitField.scaledBy(settings.normalization().peakSurfaceField() / peak);
            }
        };
        double factor = field.scale() / unitField.scale();

        double frequency = field.mode().frequency();
        double omega = field.angularFrequency();
        double energy = field.storedEnergy();
        double rs = settings.surfaceResistance().at(frequency);
        WallTable wall = WallTable.of(field);
        Predicate<WallEdge> metal = WallTable.metal();
        double loss = 0.5 * rs * wall.integrateOverArea(metal, p -> p.surfaceCurrent() * p.surfaceCurrent());
        double q0 = omega * energy / loss;

        double voltage = accelerating ? unitVoltage * factor : Double.NaN;
        double transit = accelerating ? unitVoltage / axis.absoluteIntegral() : Double.NaN;
        double eacc = accelerating ? voltage / settings.activeLength() : Double.NaN;
        double rOverQ = voltage * voltage / (omega * energy);

        WallPoint ePeak = wall.peak(metal, p -> Math.abs(p.normalElectricField()));
        WallPoint hPeak = wall.peak(metal, p -> Math.abs(p.surfaceCurrent()));
        WallLocation epk = location(ePeak, Math.abs(ePeak.normalElectricField()));
        WallLocation hpk = location(hPeak, Math.abs(hPeak.surfaceCurrent()));
        double kilpatrick = settings.surfaceResistance().superconducting() ? Double.NaN
                : epk.value() / KilpatrickLimit.field(frequency);
        double mismatch = chargeCurrentCheck ? ChargeCurrentCheck.largestMismatch(field, wall) : Double.NaN;

        FiguresOfMerit figures = new FiguresOfMerit(frequency, field.scale(), energy, rs, loss, q0, q0 * rs, beta,
                settings.activeLength(), voltage, transit, eacc, rOverQ, rOverQ / 2, omega * rOverQ / 4, epk, hpk,
                outerWallField(wall), kilpatrick, mismatch);
        return new ModeAnalysis(field, wall, figures, segments(wall, rs, loss), rows(wall, rs, frequency, energy),
                applied);
    }

    /**
     * This analysis with the charge-current check made: the mismatch computed from its own field and
     * wall table, as {@link #of(ModeField, MeritSettings, boolean)} computes it.
     */
    public ModeAnalysis withChargeCurrentCheck() {
        return new ModeAnalysis(field, wall, figures.withChargeCurrentMismatch(
                ChargeCurrentCheck.largestMismatch(field, wall)), segments, rows, normalization);
    }

    /** What one mode is scaled to: the request, or the stored energy when E_acc cannot be used. */
    private static Normalization.Applied scaling(Normalization requested, boolean accelerating, boolean negligible) {
        if (requested.kind() != Normalization.Kind.ACCELERATING_FIELD) {
            return new Normalization.Applied(requested.kind(), null);
        }
        if (!accelerating) {
            return new Normalization.Applied(Normalization.Kind.STORED_ENERGY, "no accelerating voltage");
        }
        if (negligible) {
            return new Normalization.Applied(Normalization.Kind.STORED_ENERGY, String.format(java.util.Locale.ROOT,
                    "accelerating voltage negligible: R/Q below %.3g %% of the largest among the modes",
                    100 * Normalization.NEGLIGIBLE_R_OVER_Q));
        }
        return new Normalization.Applied(Normalization.Kind.ACCELERATING_FIELD, null);
    }

    private static WallLocation location(WallPoint p, double value) {
        return new WallLocation(value, p.z(), p.r(), p.segmentName());
    }

    /**
     * Area-weighted mean |H_t| over the outer wall (A/m): the metal segments that reach the largest
     * radius of the metal wall while running parallel to the axis there (a pillbox's cylinder, an
     * elliptical cell's equator arcs).
     */
    private static double outerWallField(WallTable wall) {
        double largest = 0;
        for (WallPoint p : wall.points()) {
            if (wall.isMetal(p)) {
                largest = Math.max(largest, p.r());
            }
        }
        double tolerance = 1e-9 * wall.mesh().contour().boundingSize();
        Set<Integer> outer = new HashSet<>();
        List<WallPoint> points = wall.points();
        for (int i = 0; i < points.size(); i++) {
            WallPoint p = points.get(i);
            // Only segments running along z there: a plate ending at the outer corner does not count.
            if (wall.isMetal(p) && p.r() >= largest - tolerance && Math.abs(wall.inwardNormal(i, 0)) < 1e-6) {
                outer.add(p.segment());
            }
        }
        Predicate<WallEdge> onOuter = e -> outer.contains(e.segmentIndex());
        double area = wall.integrateOverArea(onOuter, p -> 1);
        return area > 0 ? wall.integrateOverArea(onOuter, p -> Math.abs(p.surfaceCurrent())) / area : Double.NaN;
    }

    private static List<SegmentSummary> segments(WallTable wall, double rs, double totalLoss) {
        List<SegmentSummary> out = new ArrayList<>();
        int previous = -1;
        for (WallEdge edge : wall.edges()) {
            int index = edge.segmentIndex();
            if (index == previous) {
                continue;
            }
            previous = index;
            Predicate<WallEdge> mine = e -> e.segmentIndex() == index;
            double length = 0;
            for (WallEdge e : wall.edges()) {
                if (e.segmentIndex() == index) {
                    length += e.length();
                }
            }
            WallPoint e = wall.peak(mine, p -> Math.abs(p.normalElectricField()));
            WallPoint h = wall.peak(mine, p -> Math.abs(p.surfaceCurrent()));
            boolean metal = edge.kind() == BoundaryKind.METAL;
            double loss = metal ? 0.5 * rs * wall.integrateOverArea(mine, p -> p.surfaceCurrent() * p.surfaceCurrent())
                    : 0;
            out.add(new SegmentSummary(index, edge.segment().name(), edge.kind(), length,
                    Math.abs(e.normalElectricField()), Math.abs(h.surfaceCurrent()), loss, loss / totalLoss));
        }
        return List.copyOf(out);
    }

    private static List<WallRow> rows(WallTable wall, double rs, double frequency, double energy) {
        List<WallRow> out = new ArrayList<>();
        List<WallPoint> points = wall.points();
        for (int i = 0; i < points.size(); i++) {
            WallPoint p = points.get(i);
            double nz = wall.inwardNormal(i, 0);
            double nr = wall.inwardNormal(i, 1);
            double h = p.surfaceCurrent();
            double e = p.normalElectricField();
            double density = PhysicalConstants.MU_0 * h * h - PhysicalConstants.EPSILON_0 * e * e;
            // Outward normal = −n; Δf per unit displacement per unit meridian width.
            double perRing = -frequency * density * 2 * Math.PI * p.r() / (4 * energy);
            double power = wall.isMetal(p) ? 0.5 * rs * h * h : 0;
            out.add(new WallRow(p, wall.kind(p.segment()), nz, nr, power, 0.0 - perRing * nz, 0.0 - perRing * nr));
        }
        return List.copyOf(out);
    }
}
