package org.cavityfem.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.cavityfem.casefile.CaseDefinition;
import org.cavityfem.casefile.MeshSpec;
import org.cavityfem.casefile.PillboxGeometry;
import org.cavityfem.casefile.SolverSpec;
import org.cavityfem.fem.TriangleNodeLayout;
import org.cavityfem.mesh.Mesh;
import org.cavityfem.mesh.geometry.BoundaryKind;
import org.cavityfem.mesh.geometry.Contour;
import org.cavityfem.mesh.geometry.ContourSegment;
import org.cavityfem.mesh.geometry.Line;
import org.cavityfem.mesh.geometry.Point;
import org.cavityfem.solver.Mode;
import org.cavityfem.solver.ModeSolution;
import org.cavityfem.solver.eigen.InertiaCheck;
import org.cavityfem.study.StageTimes;
import org.junit.jupiter.api.Test;

class SummaryJsonTest {

    /** TM010 and TM020 of the 115 mm pillbox: k = j0n / R (Bessel zeros j01, j02). */
    static final double R = 0.115;
    static final double K1 = 2.404825557695773 / R;
    static final double K2 = 5.520078110286311 / R;

    /** A two-triangle mesh of the (z, r) square [0, R]², enough to carry counts. */
    static Mesh squareMesh() {
        Point a = new Point(0, 0);
        Point b = new Point(R, 0);
        Point c = new Point(R, R);
        Point d = new Point(0, R);
        Contour contour = Contour.of(List.of(
                new ContourSegment(new Line(a, b), BoundaryKind.AXIS, "axis"),
                new ContourSegment(new Line(b, c), BoundaryKind.METAL, "right"),
                new ContourSegment(new Line(c, d), BoundaryKind.METAL, "top"),
                new ContourSegment(new Line(d, a), BoundaryKind.METAL, "left")));
        return new Mesh(contour, TriangleNodeLayout.of(1), new double[] {0, R, R, 0}, new double[] {0, 0, R, R}, 4,
                new int[] {0, 1, 2, 0, 2, 3}, List.of(), 45.0);
    }

    static RunReport report() {
        Mesh mesh = squareMesh();
        List<Mode> modes = List.of(new Mode(0, 1, K1 * K1, new double[4], 3.1e-15),
                new Mode(1, 2, K2 * K2, new double[4], 7.5e-15));
        ModeSolution solution = new ModeSolution(mesh, modes,
                new InertiaCheck(0.9 * K1 * K1, 1.1 * K2 * K2, 0, 2, 2), 2, 4, 3, 0.01, 0.02);
        CaseDefinition c = new CaseDefinition("pillbox", "test", new PillboxGeometry(R, R, Optional.empty()),
                MeshSpec.defaults().withElementSize(0.01), SolverSpec.defaults());
        StageTimes timing = new StageTimes().add("read", 0.1).add("mesh", 0.2).add("total", 0.5);
        return new RunReport("cases/pillbox.json", c, solution, ModeRow.of(solution), timing);
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            keys.add(it.next());
        }
        return keys;
    }

    @Test
    void summaryHasTheContractKeysInOrderAndFullPrecision() throws Exception {
        JsonNode s = new ObjectMapper().readTree(SummaryJson.format(report()));
        assertEquals(List.of("case", "units", "mesh", "solver", "timing_s", "modes"), keys(s));
        assertEquals("pillbox", s.path("case").path("name").asText());
        assertEquals("cases/pillbox.json", s.path("case").path("file").asText());
        assertEquals("pillbox_resolved.json", s.path("case").path("resolved").asText());
        assertEquals(List.of("elements", "order", "nodes", "dofs", "minAngle_deg", "elementSize_m"), keys(s.path("mesh")));
        assertEquals(2, s.path("mesh").path("elements").asInt());
        assertEquals(2, s.path("mesh").path("dofs").asInt());
        JsonNode inertia = s.path("solver").path("inertiaCheck");
        assertEquals(2, inertia.path("expected").asInt());
        assertTrue(inertia.path("complete").asBoolean());
        assertEquals(0.9 * K1 * K1, inertia.path("window_per_m2").get(0).doubleValue());
        assertEquals("own factorisation", inertia.path("countedBy").get(0).asText());
        assertEquals("own factorisation", inertia.path("countedBy").get(1).asText());
        assertEquals(List.of("read", "mesh", "total"), keys(s.path("timing_s")));
        JsonNode mode = s.path("modes").get(1);
        assertEquals(List.of("index", "label", "frequency_Hz", "k_per_m", "relativeResidual"), keys(mode));
        assertEquals("TM0#2", mode.path("label").asText());
        assertEquals(K2, mode.path("k_per_m").doubleValue(), "written in full double precision");
        assertEquals(299_792_458.0 * K2 / (2 * Math.PI), mode.path("frequency_Hz").doubleValue());
        assertTrue(s.path("units").asText().contains("SI"));
    }

    @Test
    void labelsNameTheModesPositionInTheSpectrum() {
        RunReport r = report();
        List<Mode> numbered = List.of(new Mode(0, 4, K1 * K1, new double[4], 1e-15),
                new Mode(1, 5, K2 * K2, new double[4], 1e-15));
        ModeSolution shifted = new ModeSolution(r.solution().mesh(), numbered,
                new InertiaCheck(0.9 * K1 * K1, 1.1 * K2 * K2, 3, 5, 2), 2, 4, 3, 0, 0);
        assertEquals(List.of("TM0#4", "TM0#5"), ModeRow.of(shifted).stream().map(ModeRow::label).toList());
    }

    @Test
    void modesCsvCarriesUnitsAndReadsBackExactly() {
        String csv = ModesCsv.format(report().modes());
        String[] lines = csv.split("\n");
        assertEquals("index,label,frequency (Hz),k (1/m),relative residual", lines[0]);
        assertEquals(3, lines.length);
        String[] row = lines[1].split(",");
        assertEquals("TM0#1", row[1]);
        assertEquals(K1, Double.parseDouble(row[3]));
        assertEquals(3.1e-15, Double.parseDouble(row[4]));
    }
}
