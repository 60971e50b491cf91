package org.cavityfem.output.vtk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cavityfem.analysis.field.ModeField;
import org.cavityfem.analysis.field.NodalFields;
import org.cavityfem.analysis.wall.WallPoint;
import org.cavityfem.analysis.wall.WallTable;
import org.cavityfem.fem.LagrangeTriangle;
import org.cavityfem.mesh.Mesh;
import org.cavityfem.mesh.MeshGenerator;
import org.cavityfem.mesh.MeshSettings;
import org.cavityfem.mesh.build.SphericalCavity;
import org.cavityfem.solver.Mode;
import org.cavityfem.solver.ModeRequest;
import org.cavityfem.solver.ModeSolver;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files written for the TM010 mode of a spherical cavity (radius a = 0.1 m) at every element order
 * 1–8, read back by VTK's own XML readers ({@link VtkReadBack}): what VTK sees must be what was
 * meant. Reference values: the meridian half-disc has area π a²/2 (closed form), and VTK's
 * evaluation of a cell must equal our own Lagrange interpolation through the same nodes, which
 * holds only when VTK's node order is followed exactly.
 */
class VtkReaderTest {

    private static final double RADIUS = 0.1;
    private static final int MAX_ORDER = 8;
    private static final int ANGULAR_STEPS = 12;
    /** Reference points (ξ, η) at which cells are probed: off every node of every order ≤ 8. */
    private static final double[][] PROBE_POINTS = {{0.21, 0.33}, {0.57, 0.13}, {0.07, 0.81}};

    @TempDir
    static Path dir;

    private static final Map<Integer, Mesh> MESHES = new LinkedHashMap<>();
    private static final Map<Integer, Mode> MODES = new LinkedHashMap<>();
    private static final Map<Integer, WallTable> TABLES = new LinkedHashMap<>();
    private static Mesh fineMesh;
    private static Mode fineMode;
    private static JsonNode binary;
    private static JsonNode ascii;
    private static final List<String> PROBES = new ArrayList<>();

    @BeforeAll
    static void writeAndRead() throws IOException, InterruptedException {
        List<ModeCollection.Entry> binaryEntries = new ArrayList<>();
        List<ModeCollection.Entry> asciiEntries = new ArrayList<>();
        Files.createDirectories(dir.resolve("binary"));
        Files.createDirectories(dir.resolve("ascii"));
        for (int p = 1; p <= MAX_ORDER; p++) {
            Mesh mesh = MeshGenerator.generate(new SphericalCavity(RADIUS).contour(),
                    MeshSettings.of(p, RADIUS * Math.min(0.5, 0.08 * p)));
            Mode mode = new ModeSolver().solve(mesh, ModeRequest.lowest(1)).modes().get(0);
            MESHES.put(p, mesh);
            MODES.put(p, mode);
            NodalFields fields = ModeField.of(mesh, mode).nodalFields();
            FieldData data = new FieldData().with("frequency (Hz)", mode.frequency()).with("order", p);
            ElementQuality quality = ElementQuality.of(mesh);
            String meridian = "order" + p + ".vtu";
            String revolved = "order" + p + "_revolved.vtu";
            String walls = "order" + p + "_walls.vtp";
            WallTable table = WallTable.of(ModeField.of(mesh, mode));
            TABLES.put(p, table);
            for (String encoding : List.of("binary", "ascii")) {
                Path folder = dir.resolve(encoding);
                VtkEncoding e = encoding.equals("binary") ? VtkEncoding.BINARY : VtkEncoding.ASCII;
                MeridianGrid.write(folder.resolve(meridian), mesh, fields, quality, data, e);
                RevolvedWalls.write(folder.resolve(revolved), mesh, fields, ANGULAR_STEPS, data, e);
                WallPolylines.write(folder.resolve(walls), WallLines.of(table), data, e);
            }
            for (List<ModeCollection.Entry> entries : List.of(binaryEntries, asciiEntries)) {
                entries.add(new ModeCollection.Entry(p, 0, "meridian", meridian));
                entries.add(new ModeCollection.Entry(p, 1, "walls", walls));
                entries.add(new ModeCollection.Entry(p, 2, "revolved", revolved));
            }
            for (int cell : probedCells(mesh)) {
                for (double[] at : PROBE_POINTS) {
                    PROBES.add(String.format(Locale.ROOT, "%s %d %.17g %.17g", meridian, cell, at[0], at[1]));
                }
            }
        }
        // A finer mesh whose binary file is several times the writer's 1 MiB buffer.
        fineMesh = MeshGenerator.generate(new SphericalCavity(RADIUS).contour(), MeshSettings.of(4, RADIUS / 32));
        fineMode = new ModeSolver().solve(fineMesh, ModeRequest.lowest(1)).modes().get(0);
        MeridianGrid.write(dir.resolve("binary/fine.vtu"), fineMesh, ModeField.of(fineMesh, fineMode).nodalFields(),
                ElementQuality.of(fineMesh), new FieldData(), VtkEncoding.BINARY);
        binaryEntries.add(new ModeCollection.Entry(MAX_ORDER + 1, 0, "fine", "fine.vtu"));
        ModeCollection.write(dir.resolve("binary/all.pvd"), binaryEntries);
        ModeCollection.write(dir.resolve("ascii/all.pvd"), asciiEntries);
        binary = VtkReadBack.read(dir.resolve("binary/all.pvd"), PROBES);
        ascii = VtkReadBack.read(dir.resolve("ascii/all.pvd"), List.of());
    }

    /** The first curved element, the last element and one in the middle. */
    private static int[] probedCells(Mesh mesh) {
        int curved = mesh.boundaryEdges().stream().filter(e -> mesh.contour().segment(e.segment()).kind()
                == org.cavityfem.mesh.geometry.BoundaryKind.METAL).findFirst().orElseThrow().element();
        return new int[] {curved, mesh.elementCount() / 2, mesh.elementCount() - 1};
    }

    private static JsonNode file(JsonNode report, String name) {
        return report.get("files").get(name);
    }

    @Test
    void vtkReportsNoMessages() {
        assertEquals(0, binary.get("messages").size(), binary.get("messages").toString());
        assertEquals(0, ascii.get("messages").size(), ascii.get("messages").toString());
    }

    @Test
    void curvedCellsAreRecognisedWithTheirOrder() {
        for (int p = 1; p <= MAX_ORDER; p++) {
            JsonNode f = file(binary, "order" + p + ".vtu");
            Mesh mesh = MESHES.get(p);
            assertEquals("vtkUnstructuredGrid", f.get("class").asText());
            assertEquals(mesh.nodeCount(), f.get("points").asInt(), "points, order " + p);
            assertEquals(mesh.elementCount(), f.get("cells").asInt(), "cells, order " + p);
            assertEquals(1, f.get("cellTypes").size());
            assertEquals(TriangleCellOrder.cellType(p), f.get("cellTypes").get(0).asInt(), "cell type, order " + p);
        }
    }

    /**
     * The summed cell areas VTK integrates through its own shape functions equal the same
     * integral over our node order (to rounding), and approach the half-disc area π a²/2 as the
     * order grows (the cells interpolate the circular wall through their nodes).
     */
    @Test
    void cellAreasSumToTheMeridianArea() {
        double exact = Math.PI * RADIUS * RADIUS / 2;
        for (int p = 1; p <= MAX_ORDER; p++) {
            double vtkArea = file(binary, "order" + p + ".vtu").get("area").asDouble();
            double ours = InterpolatedArea.of(MESHES.get(p));
            assertEquals(ours, vtkArea, 1e-13 * exact, "VTK area vs our interpolation, order " + p);
            double tolerance = p == 1 ? 2e-2 : p < 4 ? 1e-4 : 1e-6;
            assertEquals(exact, vtkArea, tolerance * exact, "area vs π a²/2, order " + p);
        }
    }

    /**
     * VTK evaluating a cell at a parametric point gives our interpolation of the node positions and
     * of H_phi there ({@link ModeField#inElement}), lies on the exact curved map up to the
     * interpolation error of the wall, and interpolates the node-averaged E_z to the element's own
     * E_z up to the averaging error.
     */
    @Test
    void vtkEvaluatesCellsLikeOurElements() {
        JsonNode probes = binary.get("probes");
        int k = 0;
        for (int p = 1; p <= MAX_ORDER; p++) {
            Mesh mesh = MESHES.get(p);
            Mode mode = MODES.get(p);
            LagrangeTriangle basis = LagrangeTriangle.of(p);
            double[] phi = new double[basis.size()];
            double hScale = maxAbs(mode.magneticField());
            ModeField field = ModeField.of(mesh, mode);
            double eScale = maxAbs(field.nodalFields().axialElectricField());
            for (int cell : probedCells(mesh)) {
                for (double[] at : PROBE_POINTS) {
                    JsonNode probe = probes.get(k++);
                    basis.values(at[0], at[1], phi);
                    double z = 0;
                    double r = 0;
                    double h = 0;
                    for (int l = 0; l < phi.length; l++) {
                        int node = mesh.node(cell, l);
                        z += phi[l] * mesh.z(node);
                        r += phi[l] * mesh.r(node);
                        h += phi[l] * mode.magneticField()[node];
                    }
                    String where = "order " + p + ", cell " + cell + " at " + at[0] + "," + at[1];
                    assertEquals(z, probe.get("x").asDouble(), 1e-14 * RADIUS, "z, " + where);
                    assertEquals(r, probe.get("y").asDouble(), 1e-14 * RADIUS, "r, " + where);
                    assertEquals(h, probe.get("values").get(MeridianGrid.H_PHI).asDouble(), 1e-12 * hScale,
                            "H_phi, " + where);
                    org.cavityfem.analysis.field.FieldSample sample = field.inElement(cell, at[0], at[1]);
                    assertEquals(sample.magneticField(), probe.get("values").get(MeridianGrid.H_PHI).asDouble(),
                            1e-12 * hScale, "H_phi against ModeField, " + where);
                    assertEquals(sample.axialElectricField(), probe.get("values").get(MeridianGrid.E_Z).asDouble(),
                            (p == 1 ? 5e-2 : 2e-2) * eScale, "E_z against ModeField, " + where);
                    double[] exact = mesh.elementMap(cell).point(at[0], at[1]);
                    double wallTolerance = p == 1 ? 2e-2 : 2e-4;
                    assertEquals(exact[0], probe.get("x").asDouble(), wallTolerance * RADIUS, "exact z, " + where);
                    assertEquals(exact[1], probe.get("y").asDouble(), wallTolerance * RADIUS, "exact r, " + where);
                }
            }
        }
        assertEquals(probes.size(), k);
    }

    @Test
    void arraysCarryTheirNamesUnitsAndValues() {
        for (int p = 1; p <= MAX_ORDER; p++) {
            JsonNode f = file(binary, "order" + p + ".vtu");
            assertEquals(List.of(MeridianGrid.H_PHI, MeridianGrid.E_R, MeridianGrid.E_Z, MeridianGrid.E_MAGNITUDE,
                    MeridianGrid.H_MAGNITUDE, MeridianGrid.E_VECTOR, MeridianGrid.H_VECTOR), names(f.get("pointData")));
            assertEquals(List.of(MeridianGrid.MIN_ANGLE, MeridianGrid.SCALED_JACOBIAN, MeridianGrid.CURVED),
                    names(f.get("cellData")));
            double[] h = MODES.get(p).magneticField();
            JsonNode hPhi = f.get("pointData").get(0);
            assertEquals(min(h), hPhi.get("min").asDouble(), 0);
            assertEquals(maxSigned(h), hPhi.get("max").asDouble(), 0);
            JsonNode angle = f.get("cellData").get(0);
            assertEquals(MESHES.get(p).minAngleDeg(), angle.get("min").asDouble(), 1e-9, "min angle, order " + p);
            JsonNode jacobian = f.get("cellData").get(1);
            assertTrue(jacobian.get("min").asDouble() > 0.5, "scaled Jacobian, order " + p);
            assertEquals(1.0, jacobian.get("max").asDouble(), 0);
            assertEquals(MODES.get(p).frequency(), f.get("fieldValues").get("frequency (Hz)").asDouble(), 0);
        }
    }

    /** A binary file of several MiB reads whole: every point, the H_phi range, the half-disc area. */
    @Test
    void largeBinaryFileReadsWhole() throws IOException {
        JsonNode f = file(binary, "fine.vtu");
        long size = Files.size(dir.resolve("binary/fine.vtu"));
        assertTrue(size > 3 << 20, "larger than 3 MiB: " + size);
        assertEquals(fineMesh.nodeCount(), f.get("points").asInt());
        assertEquals(fineMesh.elementCount(), f.get("cells").asInt());
        assertEquals(min(fineMode.magneticField()), f.get("pointData").get(0).get("min").asDouble(), 0);
        assertEquals(maxSigned(fineMode.magneticField()), f.get("pointData").get(0).get("max").asDouble(), 0);
        double exact = Math.PI * RADIUS * RADIUS / 2;
        assertEquals(InterpolatedArea.of(fineMesh), f.get("area").asDouble(), 1e-13 * exact);
        assertEquals(exact, f.get("area").asDouble(), 1e-9 * exact);
    }

    /** ASCII files hold the same numbers as binary ones (shortest round-trip decimal text). */
    @Test
    void asciiAndBinaryAgree() {
        binary.get("files").fields().forEachRemaining(entry -> {
            JsonNode b = entry.getValue();
            JsonNode a = ascii.get("files").get(entry.getKey());
            if (a == null) {
                return; // the fine grid is written in binary only
            }
            assertEquals(b.get("points"), a.get("points"));
            assertEquals(b.get("cells"), a.get("cells"));
            assertEquals(b.get("pointData"), a.get("pointData"), entry.getKey());
            assertEquals(b.get("cellData"), a.get("cellData"), entry.getKey());
        });
    }

    /**
     * The revolved walls: one ring of {@value #ANGULAR_STEPS} points per wall node off the axis,
     * quadrilaterals between rings and triangles at the two poles, |H| the wall's H_phi.
     */
    @Test
    void revolvedWallsCloseAroundTheAxis() {
        for (int p = 1; p <= MAX_ORDER; p++) {
            Mesh mesh = MESHES.get(p);
            JsonNode f = file(binary, "order" + p + "_revolved.vtu");
            int wallNodes = WallChains.of(mesh).get(0).nodes().length;
            assertEquals((wallNodes - 2) * ANGULAR_STEPS + 2, f.get("points").asInt(), "order " + p);
            assertEquals((wallNodes - 1) * ANGULAR_STEPS, f.get("cells").asInt(), "order " + p);
            assertEquals("[5,9]", f.get("cellTypes").toString());
            assertEquals(List.of(MeridianGrid.E_VECTOR, MeridianGrid.H_VECTOR, MeridianGrid.E_MAGNITUDE,
                    MeridianGrid.H_MAGNITUDE), names(f.get("pointData")));
        }
    }

    /**
     * The wall poly-line: one line on the sphere's one wall segment, every wall-table column by
     * its name, K as in the table, and the sampled semicircle as long as π a up to its chords.
     */
    @Test
    void wallPolylinesCarryTheWallTable() {
        for (int p = 1; p <= MAX_ORDER; p++) {
            JsonNode f = file(binary, "order" + p + "_walls.vtp");
            List<WallPoint> rows = TABLES.get(p).points();
            assertEquals("vtkPolyData", f.get("class").asText());
            assertEquals(rows.size(), f.get("points").asInt());
            assertEquals(1, f.get("cells").asInt());
            assertEquals("[4]", f.get("cellTypes").toString(), "VTK_POLY_LINE");
            List<String> expected = WallColumn.FIELDS.stream().map(WallColumn::name).toList();
            assertEquals(expected, names(f.get("pointData")));
            // Plain identifiers, usable in ParaView's Calculator and Python: letters, digits, '_'.
            for (String name : expected) {
                assertTrue(name.matches("[A-Za-z][A-Za-z0-9_]*"), name);
            }
            JsonNode k = f.get("pointData").get(expected.indexOf("K_A_per_m"));
            assertEquals(rows.stream().mapToDouble(WallPoint::surfaceCurrent).min().orElseThrow(),
                    k.get("min").asDouble(), 0);
            assertEquals(rows.stream().mapToDouble(WallPoint::surfaceCurrent).max().orElseThrow(),
                    k.get("max").asDouble(), 0);
            double chord = Math.PI * RADIUS / (rows.size() - 1);
            // a chord of angle θ is shorter than its arc by θ²/24 relative
            double shortfall = Math.pow(chord / RADIUS, 2) / 24 * 2;
            assertEquals(Math.PI * RADIUS, f.get("lineLength").asDouble(), shortfall * Math.PI * RADIUS,
                    "wall length, order " + p);
        }
    }

    private static List<String> names(JsonNode arrays) {
        List<String> names = new ArrayList<>();
        arrays.forEach(a -> names.add(a.get("name").asText()));
        return names;
    }

    private static double maxAbs(double[] v) {
        double m = 0;
        for (double x : v) {
            m = Math.max(m, Math.abs(x));
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

    private static double maxSigned(double[] v) {
        double m = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            m = Math.max(m, x);
        }
        return m;
    }
}
