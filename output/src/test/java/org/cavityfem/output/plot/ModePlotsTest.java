package org.cavityfem.output.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.cavityfem.analysis.field.AxisProfile;
import org.cavityfem.analysis.field.FieldSample;
import org.cavityfem.analysis.field.ModeField;
import org.cavityfem.analysis.wall.WallTable;
import org.cavityfem.mesh.Mesh;
import org.cavityfem.mesh.MeshGenerator;
import org.cavityfem.mesh.MeshSettings;
import org.cavityfem.mesh.build.Pillbox;
import org.cavityfem.solver.Mode;
import org.cavityfem.solver.ModeRequest;
import org.cavityfem.solver.ModeSolver;
import org.cavityfem.units.PhysicalConstants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The plots of the pillbox TM010 mode (R = L = 115 mm). Closed form (docs/design.md §2.9): E_z = E0 J0(kr),
 * E_r = 0, k = j01/R, so |E| is largest on the axis and vanishes at the outer wall r = R.
 */
class ModePlotsTest {

    private static final double R = 0.115;
    private static ModeField field;
    private static ModeCaption caption;

    @BeforeAll
    static void solve() {
        Mesh mesh = MeshGenerator.generate(Pillbox.closed(R, R).contour(), MeshSettings.of(3, R / 3));
        Mode mode = new ModeSolver().solve(mesh, ModeRequest.lowest(1)).modes().get(0);
        field = ModeField.of(mesh, mode);
        caption = new ModeCaption("pillbox", "TM0-1", mode.frequency(), "stored energy 1 J");
    }

    @Test
    void axisPlotHandsTheLibraryTheAxisProfile() {
        List<PlotChart> charts = ModePlots.charts(caption, 0, field, null);
        assertEquals(List.of("mode_00_axis_field", "mode_00_field_map"), charts.stream().map(PlotChart::name).toList());
        AxisProfile profile = AxisProfile.of(field);
        var data = charts.get(0).chart().getXYPlot().getDataset();
        assertArrayEquals(PlotUnits.scaled(profile.z(), 1e3), LinePlotsTest.xs(data, 0), 1e-12);
        assertArrayEquals(PlotUnits.scaled(profile.axialField(), 1e-6), LinePlotsTest.ys(data, 0), 1e-12);
    }

    /**
     * The field map's cells located once and reused, for this mode and for the same mode at twice the
     * field, give the very values of locating every cell again (twice them for the doubled field, a
     * power of two being exact), NaN outside the cavity included.
     */
    @Test
    void locatedCellsGiveTheValuesOfLocatingEveryCellAgain() {
        FieldMapPlot plot = new FieldMapPlot(caption, field.mesh().contour(), "|E| (MV/m)", true);
        FieldGrid direct = plot.sample((z, r) -> field.at(z, r)
                .map(s -> s.electricFieldMagnitude()).orElse(Double.NaN));
        FieldMapLocations locations = new FieldMapLocations();
        FieldGrid first = locations.sample(plot, field, s -> s.electricFieldMagnitude());
        FieldGrid doubled = locations.sample(plot, field.scaledBy(2), s -> s.electricFieldMagnitude());
        assertArrayEquals(direct.values(), first.values());
        double[] twice = direct.values().clone();
        for (int i = 0; i < twice.length; i++) {
            twice[i] *= 2;
        }
        assertArrayEquals(twice, doubled.values());
        assertTrue(Arrays.stream(direct.values()).anyMatch(Double::isNaN), "the grid reaches outside the cavity");
    }

    /**
     * Modes evaluated together in one pass over the cells (here the mode and itself at twice the
     * field) give each the values of locating and evaluating every cell for that mode alone.
     */
    @Test
    void modesEvaluatedTogetherGiveTheirOwnValues() {
        FieldMapPlot plot = new FieldMapPlot(caption, field.mesh().contour(), "|E| (MV/m)", true);
        ModeField doubledField = field.scaledBy(2);
        ToDoubleFunction<FieldSample> magnitude = FieldSample::electricFieldMagnitude;
        FieldMapLocations together = new FieldMapLocations(List.of(field, doubledField));
        FieldGrid doubled = together.sample(plot, doubledField, magnitude);
        FieldGrid first = together.sample(plot, field, magnitude);
        assertArrayEquals(plot.sample((z, r) -> field.at(z, r).map(s -> s.electricFieldMagnitude())
                .orElse(Double.NaN)).values(), first.values());
        assertArrayEquals(plot.sample((z, r) -> doubledField.at(z, r).map(s -> s.electricFieldMagnitude())
                .orElse(Double.NaN)).values(), doubled.values());
    }

    @Test
    void fieldMapIsBrightestOnTheAxisAndDarkAtTheOuterWall() {
        FieldMapPlot plot = new FieldMapPlot(caption, field.mesh().contour(), "|E| (MV/m)", false);
        FieldGrid grid = plot.sample((z, r) -> field.at(z, r)
                .map(s -> s.electricFieldMagnitude()).orElse(Double.NaN));
        double cellR = (grid.rMax() - grid.rMin()) / grid.rows();
        int middle = grid.columns() / 2;
        double onAxis = grid.value(middle, 0);
        // 1 % allows for the field error of this coarse mesh (E is a derivative of H_phi: about 1e-3 here).
        assertEquals(grid.max(), onAxis, 1e-2 * grid.max(), "|E| peaks on the axis");
        int wallRow = (int) Math.floor((R - grid.rMin()) / cellR) - 1;
        double nearWall = grid.value(middle, wallRow);
        // |E| = E0 |J0(k r)| with J0 ≈ J1(j01) k (R - r) next to its zero; one cell from the wall that is
        // below 0.52 · 2 cellR · j01 / R of the peak.
        assertTrue(nearWall < 0.52 * 2 * cellR * PhysicalConstants.J01 / R * onAxis,
                "|E| near the outer wall " + nearWall + " against " + onAxis + " on the axis");
        assertTrue(Double.isNaN(grid.value(middle, grid.rows() - 1)), "outside the wall there is no field");
    }

    @Test
    void wallPlotMarksThePeaksWhereTheClosedFormHasThem() {
        // H_phi ∝ J1(kr) is largest at kr = j'11 = 1.8411837813 (Abramowitz & Stegun, Table 9.5), on the
        // end walls at r = 1.8411837813 R / j01; E_n = E_z ∝ J0(kr) on the end walls is largest at r = 0.
        WallCurve wall = WallCurves.of(WallTable.of(field));
        assertEquals(1.8411837813 / PhysicalConstants.J01 * R, wall.magneticPeak().r(), 1e-3 * R);
        assertEquals(R / 2, Math.abs(wall.magneticPeak().z()), 1e-12, "on an end wall");
        assertTrue(wall.electricPeak().r() < 0.02 * R, "E_pk at r = " + wall.electricPeak().r());
        List<PlotChart> charts = ModePlots.charts(caption, 0, field, wall);
        assertEquals(List.of("mode_00_axis_field", "mode_00_wall_fields", "mode_00_field_map"),
                charts.stream().map(PlotChart::name).toList());
        var peak = charts.get(1).chart().getXYPlot().getDataset(0);
        assertEquals(wall.magneticPeak().arcLength() * 1e3, peak.getXValue(1, 0), 1e-12);
        assertEquals(wall.magneticPeak().value() * 1e-3, peak.getYValue(1, 0), 1e-12);
    }

    @Test
    void renderedModePlotsAreValidFiles() {
        List<PlotImage> images = ModePlots.render(caption, 3, field, null);
        assertEquals("mode_03_axis_field.png", images.get(0).pngFile());
        for (PlotImage image : images) {
            PlotFiles.decodePng(image);
            PlotFiles.parseSvg(image);
            assertTrue(image.width() >= 700 && image.height() >= 400, image.name() + " is too small");
        }
    }
}
