package org.cavityfem.validation.elliptic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cavityfem.analysis.field.ModeField;
import org.cavityfem.analysis.merit.FiguresOfMerit;
import org.cavityfem.analysis.merit.MeritSettings;
import org.cavityfem.analysis.merit.ModeAnalysis;
import org.cavityfem.analysis.passband.ActiveLength;
import org.cavityfem.analysis.passband.CellCoupling;
import org.cavityfem.analysis.passband.Passband;
import org.cavityfem.analysis.passband.PassbandAnalysis;
import org.cavityfem.analysis.resistance.FixedResistance;
import org.cavityfem.casefile.CaseDefinition;
import org.cavityfem.casefile.CaseFile;
import org.cavityfem.casefile.CaseReader;
import org.cavityfem.casefile.CaseResolver;
import org.cavityfem.casefile.ContourFactory;
import org.cavityfem.casefile.EllipticalGeometry;
import org.cavityfem.mesh.Mesh;
import org.cavityfem.mesh.MeshGenerator;
import org.cavityfem.mesh.geometry.Contour;
import org.cavityfem.solver.Mode;
import org.cavityfem.solver.ModeSolution;
import org.cavityfem.solver.ModeSolver;
import org.cavityfem.study.Study;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped case {@code cases/tesla-9cell-tuned.json} (the Table II cavity with its end-cell
 * lengths tuned for a flat π-mode field and its equators for 1.3 GHz, as a real cavity is tuned;
 * the published figures are those of a flat field) against the published TESLA 9-cell π-mode:
 * B. Aune et al., "Superconducting TESLA cavities", Phys. Rev. ST Accel. Beams 3, 092001 (2000),
 * (f, R/Q, G, E_pk/E_acc, B_pk/E_acc, k_cc, active length). Other codes land within about 2 %
 * of these (different beam-pipe lengths and tuning), the tolerance used for each value. The table with our numbers is docs/validation.md.
 */
class TeslaNineCellTest {

    private static final double SPREAD = 0.02;

    private static Passband passband;
    private static FiguresOfMerit pi;
    private static CellCoupling periodic;
    private static double rOverQCells;
    private static MeritSettings caseDefault;
    private static FiguresOfMerit piByDefault;
    private static double cellsLength;

    @BeforeAll
    static void solve() {
        CaseFile file = CaseReader.read(Path.of("..", "cases", "tesla-9cell-tuned.json"));
        Contour contour = ContourFactory.build(file);
        CaseDefinition c = CaseResolver.resolve(file.definition(), contour);
        EllipticalGeometry g = (EllipticalGeometry) c.geometry();
        Mesh mesh = MeshGenerator.generate(contour, c.mesh().settings());
        ModeSolution solution = new ModeSolver().solve(mesh, c.solver().request());
        List<ModeField> fields = new ArrayList<>();
        for (Mode m : solution.modes()) {
            fields.add(ModeField.of(mesh, m));
        }
        passband = PassbandAnalysis.analyse(fields, g.cavity().irisPlanes()).passband().orElseThrow();
        Mode piMode = solution.modes().get(passband.piMode().modeIndex());
        double activeLength = ActiveLength.ofCells(g.cellCount(), piMode.frequency());
        // G = Q0 R_s does not depend on R_s; any fixed value serves.
        MeritSettings settings = new MeritSettings(1e6, activeLength, 1, new FixedResistance(1e-8));
        ModeAnalysis analysis = ModeAnalysis.of(mesh, piMode, settings);
        pi = analysis.figures();
        // The same mode with the voltage integrated from the first to the last iris plane (rf.voltageRange).
        MeritSettings cells = new MeritSettings(1e6, activeLength, 1, new FixedResistance(1e-8), 0,
                g.cavity().cellsLength());
        rOverQCells = ModeAnalysis.of(mesh, piMode, cells).figures().rOverQ();
        cellsLength = g.cavity().cellsLength();
        caseDefault = c.rf().settings(activeLength, c.geometry());
        piByDefault = ModeAnalysis.of(mesh, piMode, caseDefault).figures();
        periodic = new Study(new ModeSolver()).periodicCell(g.midCell(), c.mesh().settings().withElementSize(0.02));
    }

    @Test
    void fieldIsFlat() {
        assertEquals(1, passband.fieldFlatness(), 0.015);
    }

    @Test
    void piModeFrequency() {
        assertEquals(1300e6, pi.frequency(), SPREAD * 1300e6);
    }

    @Test
    void activeLengthIsNineHalfWavelengths() {
        assertEquals(1.038, pi.activeLength(), SPREAD * 1.038);
    }

    /**
     * R/Q (linac) with the voltage taken over the cells, iris to iris ({@code rf.voltageRange}), as the
     * published figure is: the field reaching into the beam pipes runs out of phase and, integrated
     * along the whole axis ({@code "voltageRange": "axis"}), lowers R/Q by 2.7 % to 1012 Ω
     * (docs/validation.md).
     */
    @Test
    void rOverQLinac() {
        assertEquals(1036, rOverQCells, SPREAD * 1036);
        assertEquals(rOverQCells, pi.rOverQ(), 0.04 * rOverQCells);
    }

    /**
     * The case's default takes the voltage over the cells, iris to iris, so that R/Q, E_acc and the
     * ratios over E_acc are all in the convention of the published R/Q: Table I of Aune et al. gives
     * E_acc = V/L with L = 1.038 m, the cells' 9 λ/2, and its 1036 Ω matches the cells' voltage to 0.5 %
     * (the whole axis's to 2.3 %). In that convention E_pk/E_acc is within 2 % of the published 2.0;
     * B_pk/E_acc is 2.7 % under the published 4.26, as the periodic mid-cell's 4.16 is (docs/validation.md),
     * so its tolerance here is 3 %.
     */
    @Test
    void theCaseDefaultTakesTheVoltageOverTheCells() {
        assertEquals(0, caseDefault.voltageFrom());
        assertEquals(cellsLength, caseDefault.voltageTo(), 1e-15);
        assertEquals(rOverQCells, piByDefault.rOverQ(), 1e-12 * rOverQCells);
        assertEquals(1036, piByDefault.rOverQ(), SPREAD * 1036);
        assertEquals(2.0, piByDefault.peakElectricOverAccelerating(), SPREAD * 2.0);
        assertEquals(4.26, piByDefault.peakFluxOverAccelerating(), 0.03 * 4.26);
    }

    @Test
    void geometryFactor() {
        assertEquals(270, pi.geometryFactor(), SPREAD * 270);
    }

    @Test
    void peakSurfaceFieldsOverAcceleratingField() {
        assertEquals(2.0, pi.peakElectricOverAccelerating(), SPREAD * 2.0);
        assertEquals(4.26, pi.peakFluxOverAccelerating(), SPREAD * 4.26);
    }

    @Test
    void cellToCellCoupling() {
        assertEquals(0.0187, passband.coupling(), SPREAD * 0.0187);
        assertEquals(0.0187, periodic.coupling(), SPREAD * 0.0187);
    }

    @Test
    void printsTheComparison() {
        System.out.printf("TESLA 9-cell: f_pi %.6f MHz, R/Q %.2f ohm (cells only %.2f ohm), G %.2f ohm, Epk/Eacc %.4f, Bpk/Eacc %.4f, "
                + "k_cc %.4f %% (passband) %.4f %% (periodic cell), L_active %.5f m, flatness %.4f%n",
                pi.frequency() * 1e-6, pi.rOverQ(), rOverQCells, pi.geometryFactor(), pi.peakElectricOverAccelerating(),
                pi.peakFluxOverAccelerating(), 100 * passband.coupling(), 100 * periodic.coupling(),
                pi.activeLength(), passband.fieldFlatness());
        assertEquals(9, passband.modes().size());
    }
}
