package org.cavityfem.analysis.hom;

import java.util.ArrayList;
import java.util.List;
import org.cavityfem.analysis.field.AxisProfile;
import org.cavityfem.analysis.field.ElementLocator;
import org.cavityfem.analysis.field.ModeLabels;
import org.cavityfem.analysis.field.ModeField;
import org.cavityfem.analysis.merit.WallLocation;
import org.cavityfem.analysis.resistance.SurfaceResistance;
import org.cavityfem.analysis.wall.WallTable;
import org.cavityfem.mesh.Mesh;
import org.cavityfem.solver.Mode;
import org.cavityfem.solver.hom.AzimuthalDofs;
import org.cavityfem.solver.hom.AzimuthalMode;
import org.cavityfem.units.PhysicalConstants;

/**
 * Computes the {@link AzimuthalFigures} of TE0 and m ≥ 1 modes (design.md §2.13): label, wall loss,
 * Q0, G, peak surface fields, transverse impedance and the longitudinal voltage at r0, all at a
 * stored energy of 1 J.
 *
 * @param surfaceResistance the walls' surface resistance model
 * @param offset r0 of the longitudinal R/Q (m), > 0
 * @param externalQ the external Q of each mode; NaN for none
 */
public record AzimuthalAnalysis(SurfaceResistance surfaceResistance, double offset, ExternalQ externalQ) {

    /** The external (damping) Q of a mode, from the case. */
    @FunctionalInterface
    public interface ExternalQ {
        /**
         * @param m azimuthal order
         * @param family {@code "TM"} or {@code "TE"} for m = 0, {@code ""} for m ≥ 1
         * @param number the mode's place in the spectrum of its order (and family), from 1
         * @return its external Q, NaN for none
         */
        double of(int m, String family, int number);
    }

    /** The same external Q for every mode (NaN for none). */
    public AzimuthalAnalysis(SurfaceResistance surfaceResistance, double offset, double externalQ) {
        this(surfaceResistance, offset, (m, family, number) -> externalQ);
    }

    public AzimuthalAnalysis {
        if (!(offset > 0) || !Double.isFinite(offset)) {
            throw new IllegalArgumentException("the offset r0 must be positive, got " + offset + " m");
        }
    }

    /**
     * The figures of mode {@code mode} of the m-th order solution.
     *
     * @param mode an M-normalised eigenpair (∫∫ r |E|² dr dz = 1, so U = ε0 π / 2 before scaling)
     */
    public AzimuthalFigures of(Mesh mesh, ElementLocator locator, AzimuthalDofs dofs, int m, AzimuthalMode mode) {
        return of(mesh, locator, dofs, m, List.of(mode)).get(0);
    }

    /** The figures of several modes of the m-th order solution, their labels integrated in one pass. */
    public List<AzimuthalFigures> of(Mesh mesh, ElementLocator locator, AzimuthalDofs dofs, int m,
            List<AzimuthalMode> modes) {
        List<FieldCharacter> characters = FieldCharacter.of(mesh, dofs, m, modes);
        // The wall edges and the line r = r0 are the same for every mode of the mesh.
        WallTable walls = WallFigures.geometry(mesh);
        OffsetVoltage.Line line = OffsetVoltage.line(mesh, locator, offset);
        List<AzimuthalFigures> out = new ArrayList<>();
        for (int i = 0; i < modes.size(); i++) {
            out.add(figures(mesh, walls, line, dofs, m, modes.get(i), characters.get(i)));
        }
        return List.copyOf(out);
    }

    private AzimuthalFigures figures(Mesh mesh, WallTable walls, OffsetVoltage.Line line, AzimuthalDofs dofs, int m,
            AzimuthalMode mode, FieldCharacter character) {
        TransverseImpedance transverse = TransverseImpedance.of(mesh, dofs, m, mode);
        AzimuthalField field = new AzimuthalField(mesh, dofs, m, mode.unknowns());
        double scale = 1 / Math.sqrt(0.5 * PhysicalConstants.EPSILON_0 * Math.PI);
        double omega = 2 * Math.PI * mode.frequency();
        double rs = surfaceResistance.at(mode.frequency());
        WallFigures wall = WallFigures.of(mesh, walls, new AzimuthalWallSampler(field, m, scale, omega), rs);
        double[] at = new double[6];
        double voltage = line.voltage((e, xi, eta) -> {
            field.evaluate(e, xi, eta, at);
            return scale * at[2];
        }, mode.waveNumber());
        return new AzimuthalFigures(mode.index(), mode.number(), m, character.tmLike() ? "TM-like" : "TE-like",
                character.label(m, mode.number()), mode.frequency(), mode.relativeResidual(), 1, rs, wall.powerLoss(),
                wall.electricPeak(), wall.magneticPeak(), transverse, offset, voltage, Double.NaN,
                externalQ.of(m, "", mode.number()));
    }

    /**
     * The figures of a TE0 mode (normalised to 1 J by the solver). It has no E_z: its longitudinal
     * voltage is 0 at every offset and it has no transverse figures.
     */
    public AzimuthalFigures ofTeMonopole(Mesh mesh, Mode mode) {
        // The nodal E_phi read as the nodal field of the TM0 evaluator, whose curl it needs (see
        // TeMonopoleWallSampler); the family tag is the only difference.
        ModeField field = ModeField.of(mesh, new Mode(mode.index(), mode.number(), mode.eigenvalue(),
                mode.azimuthalField(), mode.relativeResidual()));
        double rs = surfaceResistance.at(mode.frequency());
        WallFigures wall = WallFigures.of(mesh, new TeMonopoleWallSampler(field), rs);
        return new AzimuthalFigures(mode.index(), mode.number(), 0, "TE", ModeLabels.ordinal("TE", mode.number()), mode.frequency(),
                mode.relativeResidual(), 1, rs, wall.powerLoss(), wall.electricPeak(), wall.magneticPeak(), null,
                offset, 0, 0, externalQ.of(0, "TE", mode.number()));
    }

    /**
     * The same figures of a TM0 mode (normalised to 1 J by the solver), for a HOM scan that includes
     * m = 0: its wall loss and peaks from H_phi and E_n, its longitudinal voltage on the axis (the whole
     * axis, β = 1) and at r0.
     */
    public AzimuthalFigures ofTmMonopole(Mesh mesh, ElementLocator locator, Mode mode, String label) {
        ModeField field = ModeField.of(mesh, mode);
        double rs = surfaceResistance.at(mode.frequency());
        WallFigures wall = WallFigures.of(mesh, new TmMonopoleWallSampler(field), rs);
        AxisProfile axis = AxisProfile.of(field);
        double onAxis = axis.isEmpty() ? 0 : axis.voltage(1);
        double voltage = OffsetVoltage.of(mesh, locator,
                (e, xi, eta) -> field.inElement(e, xi, eta).axialElectricField(), mode.waveNumber(), offset);
        return new AzimuthalFigures(mode.index(), mode.number(), 0, "TM", label, mode.frequency(),
                mode.relativeResidual(), 1, rs, wall.powerLoss(), wall.electricPeak(), wall.magneticPeak(), null,
                offset, voltage, onAxis, externalQ.of(0, "TM", mode.number()));
    }

    /**
     * E_pk and H_pk of an m ≥ 1 mode over the metal walls of one segment only (by name), at U = 1 J:
     * {E_pk, H_pk}, found as the figures find them; for a location's error estimate among the
     * mirror copies of a peak ({@code analysis.accuracy.AzimuthalErrors}).
     */
    public static WallLocation[] peaksOn(Mesh mesh, AzimuthalDofs dofs, int m, AzimuthalMode mode, String segment) {
        AzimuthalField field = new AzimuthalField(mesh, dofs, m, mode.unknowns());
        double scale = 1 / Math.sqrt(0.5 * PhysicalConstants.EPSILON_0 * Math.PI);
        WallFigures wall = WallFigures.of(mesh, WallFigures.geometry(mesh), new AzimuthalWallSampler(field, m, scale,
                2 * Math.PI * mode.frequency()), 1, segment);
        return new WallLocation[] {wall.electricPeak(), wall.magneticPeak()};
    }

    /** As {@link #peaksOn(Mesh, AzimuthalDofs, int, AzimuthalMode, String)} for a TM0 or TE0 mode. */
    public static WallLocation[] peaksOn(Mesh mesh, Mode mode, String segment) {
        ModeField field = ModeField.of(mesh, new Mode(mode.index(), mode.number(), mode.eigenvalue(),
                mode.azimuthalField(), mode.relativeResidual()));
        WallSampler sampler = mode.family() == org.cavityfem.solver.ModeFamily.TE
                ? new TeMonopoleWallSampler(field) : new TmMonopoleWallSampler(field);
        WallFigures wall = WallFigures.of(mesh, WallFigures.geometry(mesh), sampler, 1, segment);
        return new WallLocation[] {wall.electricPeak(), wall.magneticPeak()};
    }

    /** The surface fields of an m ≥ 1 mode along the walls, at U = 1 J. */
    public static AzimuthalWallProfile wallProfile(Mesh mesh, AzimuthalDofs dofs, int m, AzimuthalMode mode) {
        AzimuthalField field = new AzimuthalField(mesh, dofs, m, mode.unknowns());
        double scale = 1 / Math.sqrt(0.5 * PhysicalConstants.EPSILON_0 * Math.PI);
        return AzimuthalWallProfile.of(mesh, new AzimuthalWallSampler(field, m, scale, 2 * Math.PI * mode.frequency()));
    }

    /** The surface fields of a TM0 or TE0 mode along the walls, at U = 1 J. */
    public static AzimuthalWallProfile wallProfile(Mesh mesh, Mode mode) {
        ModeField field = ModeField.of(mesh, new Mode(mode.index(), mode.number(), mode.eigenvalue(),
                mode.azimuthalField(), mode.relativeResidual()));
        return AzimuthalWallProfile.of(mesh, mode.family() == org.cavityfem.solver.ModeFamily.TE
                ? new TeMonopoleWallSampler(field) : new TmMonopoleWallSampler(field));
    }
}
