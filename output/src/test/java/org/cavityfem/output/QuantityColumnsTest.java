package org.cavityfem.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cavityfem.analysis.material.Materials;
import org.cavityfem.analysis.merit.MeritSettings;
import org.cavityfem.analysis.merit.ModeAnalysis;
import org.cavityfem.analysis.merit.ModeQuantities;
import org.cavityfem.analysis.merit.SegmentQuantities;
import org.cavityfem.analysis.merit.WallQuantities;
import org.cavityfem.analysis.merit.WallRow;
import org.cavityfem.analysis.quantity.Output;
import org.cavityfem.analysis.quantity.Quantity;
import org.cavityfem.analysis.quantity.QuantityTable;
import org.cavityfem.analysis.resistance.FixedResistance;
import org.cavityfem.analysis.superconducting.ModeSurface;
import org.cavityfem.analysis.superconducting.SurfaceColumn;
import org.cavityfem.analysis.superconducting.SurfaceQuantities;
import org.cavityfem.mesh.Mesh;
import org.cavityfem.mesh.MeshGenerator;
import org.cavityfem.mesh.MeshSettings;
import org.cavityfem.mesh.build.Pillbox;
import org.cavityfem.solver.ModeRequest;
import org.cavityfem.solver.ModeSolution;
import org.cavityfem.solver.ModeSolver;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The writers follow the quantity tables: summary.json keys, modes.csv, wall and segment CSV
 * headers and the console headings are the tables' entries, in table order, for analysed modes of
 * a coarse pillbox.
 */
class QuantityColumnsTest {

    private static final double RADIUS = 0.115;
    private static final double GAP = 0.1;

    private static List<ModeRow> rows;
    private static List<ModeAnalysis> analyses;

    @BeforeAll
    static void solve() throws InterruptedException {
        Mesh mesh = MeshGenerator.generate(Pillbox.closed(RADIUS, GAP).contour(), MeshSettings.of(2, 0.03));
        ModeSolution solution = new ModeSolver().solve(mesh, ModeRequest.lowest(2));
        rows = ModeRow.of(solution);
        MeritSettings settings = new MeritSettings(1e6, GAP, 1, new FixedResistance(1e-3));
        analyses = solution.modes().stream().map(m -> ModeAnalysis.of(mesh, m, settings)).toList();
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            keys.add(it.next());
        }
        return keys;
    }

    /** The summary.json keys of a table, a group ({@code atEacc.x}) once where its first key is. */
    private static List<String> summaryKeys(QuantityTable<?> table) {
        return table.in(Output.SUMMARY).stream().map(q -> q.key().split("\\.")[0]).distinct().toList();
    }

    private static <T> String headers(List<Quantity<T>> quantities) {
        return quantities.stream().map(Quantity::header).collect(Collectors.joining(","));
    }

    @Test
    void modeEntryKeysAreTheFigures() {
        ObjectNode m = JsonNodeFactory.instance.objectNode();
        MeritJson.addTo(m, analyses.get(0), "walls/a.csv", "walls/b.csv");
        List<String> expected = new ArrayList<>(summaryKeys(ModeQuantities.FIGURES));
        expected.addAll(List.of("wallTable", "wallSegments", "segments"));
        assertEquals(expected, keys(m));
        assertEquals(analyses.get(0).figures().q0(), m.get("Q0").asDouble());
        assertEquals(analyses.get(0).figures().peakElectricField().r(), m.get("Epk_location_m").get(1).asDouble());
        for (JsonNode segment : m.get("segments")) {
            assertEquals(summaryKeys(SegmentQuantities.TABLE), keys(segment));
        }
    }

    @Test
    void superconductingBlockKeysAreTheSurfaceFigures() {
        ObjectNode m = JsonNodeFactory.instance.objectNode();
        SurfaceJson.addTo(m, ModeSurface.of(analyses.get(0), Materials.niobium(), 2).summary());
        JsonNode block = m.get("superconductingSurface");
        assertEquals(summaryKeys(SurfaceQuantities.FIGURES), keys(block));
        for (String group : List.of("atEacc", "perMVm")) {
            List<String> inGroup = SurfaceQuantities.FIGURES.entries().stream()
                    .filter(q -> q.key().startsWith(group + ".")).map(q -> q.key().substring(group.length() + 1))
                    .toList();
            assertEquals(inGroup, keys(block.get(group)));
        }
    }

    @Test
    void solverKeysFollowTheSolutionTable() {
        JsonNode mode = SummaryJson.toTree(SummaryJsonTest.report()).get("modes").get(0);
        List<String> expected = new ArrayList<>(List.of("index", "label"));
        expected.addAll(summaryKeys(ModeQuantities.SOLUTION));
        assertEquals(expected, keys(mode));
    }

    @Test
    void modesCsvColumnsAreTheMainFigures() {
        String[] lines = ModesCsv.format(rows, analyses).split("\n");
        assertEquals("index,label," + headers(ModeQuantities.SOLUTION.in(Output.MODES_CSV)) + ","
                + headers(ModeQuantities.FIGURES.in(Output.MODES_CSV)) + "," + ModesCsv.NORMALIZATION, lines[0]);
        assertEquals(rows.size() + 1, lines.length);
        List<String> header = List.of(lines[0].split(","));
        for (int i = 0; i < rows.size(); i++) {
            String[] cells = lines[i + 1].split(",", -1);
            assertEquals(header.size(), cells.length);
            assertEquals(analyses.get(i).figures().rOverQ(),
                    Double.parseDouble(cells[header.indexOf("R/Q linac (Ohm)")]));
            assertEquals(analyses.get(i).normalization().kind().key(), cells[header.indexOf(ModesCsv.NORMALIZATION)]);
        }
        assertEquals("index,label," + headers(ModeQuantities.SOLUTION.in(Output.MODES_CSV)),
                ModesCsv.format(rows).split("\n")[0]);
    }

    @Test
    void wallFilesColumnsAreTheWallTables() {
        ModeAnalysis a = analyses.get(0);
        List<SurfaceColumn> surface = SurfaceColumn.of(ModeSurface.of(a, Materials.niobium(), 2).rows());
        String[] lines = WallCsv.wall(a, surface).split("\n");
        assertEquals(Stream.concat(WallQuantities.ALL.in(Output.WALL_CSV).stream().map(Quantity::header),
                SurfaceQuantities.WALL.in(Output.WALL_CSV).stream().map(Quantity::header))
                .collect(Collectors.joining(",")), lines[0]);
        assertEquals(a.rows().size() + 1, lines.length);
        assertEquals(a.rows().get(3).boundary().key(), lines[4].split(",")[5]);
        String[] segments = WallCsv.segments(a).split("\n");
        assertEquals(headers(SegmentQuantities.TABLE.in(Output.SEGMENTS_CSV)), segments[0]);
        assertEquals(a.segments().size() + 1, segments.length);
    }

    /**
     * The wall files of several modes, made together with the text of the numbers they share reused,
     * are each mode's table cell by cell as {@link Quantity#text} and {@link Double#toString} write
     * them (the second mode repeats the first, so every cell is reused; the third differs in its fields).
     */
    @Test
    void wallFilesMadeTogetherAreEachModesOwn() {
        List<ModeAnalysis> modes = List.of(analyses.get(0), analyses.get(0), analyses.get(1));
        List<List<SurfaceColumn>> extra = modes.stream()
                .map(a -> SurfaceColumn.of(ModeSurface.of(a, Materials.niobium(), 2).rows())).toList();
        List<String> together = WallCsv.walls(modes, extra);
        List<Quantity<WallRow>> columns = WallQuantities.ALL.in(Output.WALL_CSV);
        for (int m = 0; m < modes.size(); m++) {
            String[] lines = together.get(m).split("\n");
            for (int i = 0; i < modes.get(m).rows().size(); i++) {
                WallRow row = modes.get(m).rows().get(i);
                List<String> cells = new ArrayList<>();
                columns.forEach(q -> cells.add(q.text(row)));
                for (SurfaceColumn c : extra.get(m)) {
                    cells.add(Double.toString(c.values()[i]));
                }
                assertEquals(String.join(",", cells), lines[i + 1]);
            }
        }
    }

    @Test
    void consoleHeadingsAreTheConsoleColumns() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ConsoleTable.print(SummaryJsonTest.report(), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String heading = bytes.toString(StandardCharsets.UTF_8).lines().skip(1).findFirst().orElseThrow();
        int from = 0;
        for (Quantity<?> q : ModeQuantities.SOLUTION.onConsole()) {
            int at = heading.indexOf(q.console().orElseThrow().title(), from);
            assertTrue(at > from, q.key() + " missing or out of order in " + heading);
            from = at;
        }
    }

    @Test
    void aQuantityThatDoesNotApplyIsNull() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        Json.quantity(node, Quantity.<Double>real("x_m", "x (m)", "m", "x", v -> v), Double.NaN);
        Json.quantity(node, Quantity.<Double>real("group.y_m", "y (m)", "m", "y", v -> v), 2.0);
        assertEquals("{\"x_m\":null,\"group\":{\"y_m\":2.0}}", node.toString());
    }
}
