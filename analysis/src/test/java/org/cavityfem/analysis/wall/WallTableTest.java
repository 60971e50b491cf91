package org.cavityfem.analysis.wall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cavityfem.analysis.field.ModeField;
import org.cavityfem.analysis.field.ReferencePoints;
import org.cavityfem.fem.GaussLegendre;
import org.cavityfem.mesh.Mesh;
import org.cavityfem.mesh.MeshGenerator;
import org.cavityfem.mesh.MeshSettings;
import org.cavityfem.mesh.build.Pillbox;
import org.cavityfem.solver.Mode;
import org.cavityfem.solver.ModeRequest;
import org.cavityfem.solver.ModeSolver;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Layout and signs of the wall table on the closed pillbox R = L = 115 mm (TM010). The closed-form
 * field values are checked in the validation module; here the table's structure: order, arc
 * length, continuity of charge.
 */
class WallTableTest {

    private static final double R = 0.115;
    private static final double L = 0.115;
    private static WallTable table;

    @BeforeAll
    static void solve() {
        Mesh mesh = MeshGenerator.generate(Pillbox.closed(R, L).contour(), MeshSettings.of(4, 0.03));
        Mode mode = new ModeSolver().solve(mesh, ModeRequest.lowest(1)).modes().get(0);
        table = WallTable.of(ModeField.of(mesh, mode));
    }

    /** The wall runs right plate (up), cylinder (leftwards), left plate (down): length 2R + L. */
    @Test
    void runsCounterClockwiseFromTheAxis() {
        List<WallPoint> points = table.points();
        WallPoint first = points.get(0);
        WallPoint last = points.get(points.size() - 1);
        assertEquals(L / 2, first.z(), 1e-15);
        assertEquals(0, first.r(), 1e-15);
        assertEquals(-L / 2, last.z(), 1e-15);
        assertEquals(0, last.r(), 1e-15);
        assertEquals(2 * R + L, last.arcLength(), 1e-14);
        for (int i = 1; i < points.size(); i++) {
            assertTrue(points.get(i).arcLength() >= points.get(i - 1).arcLength());
        }
        assertEquals("pillbox.endPlate.right", first.segmentName());
        assertEquals("pillbox.endPlate.left", last.segmentName());
    }

    /**
     * The samples the edges keep for the peak searches and the wall integrals are the points the
     * edges compute afresh, bit for bit (a record's equality compares the doubles' bits).
     */
    @Test
    void keptSamplesAreTheFreshOnes() {
        for (WallEdge edge : table.edges()) {
            int m = 2 * edge.order();
            for (int j = 0; j <= m; j++) {
                assertEquals(edge.sampleFields((double) j / m), edge.gridSample(j, m));
                assertEquals(edge.sample((double) j / m), edge.gridSampleWithArcLength(j, m));
            }
            GaussLegendre rule = GaussLegendre.of(edge.order() + 4);
            WallEdge.AreaNodes nodes = edge.areaNodes(rule);
            for (int q = 0; q < rule.size(); q++) {
                assertEquals(edge.sampleFields(rule.nodes()[q]), nodes.points()[q]);
                assertEquals(edge.lengthPerParameter(rule.nodes()[q]), nodes.lengthPerParameter()[q]);
            }
        }
    }

    /**
     * TM010 has E_z = E0 J0(kr) across the gap: the charge on the two end plates is equal and
     * opposite (n points into the cavity, +z on the left plate, −z on the right one), and the
     * wall's total charge ∫ σ dA vanishes.
     */
    @Test
    void endPlatesCarryOppositeCharges() {
        WallPoint right = table.points().get(0);
        WallPoint left = table.points().get(table.points().size() - 1);
        // Equal up to the discretisation error of the slope at the axis on this coarse unstructured mesh.
        assertEquals(-right.surfaceCharge(), left.surfaceCharge(), 1e-4 * Math.abs(right.surfaceCharge()));
        double total = table.integrateOverArea(WallTable.metal(), WallPoint::surfaceCharge);
        double plate = table.integrateOverArea(e -> e.segment().name().equals("pillbox.endPlate.right"),
                WallPoint::surfaceCharge);
        assertEquals(0, total, 1e-12 * Math.abs(plate));
    }

    /** The peak of |E_n| is on the axis (J0 peaks at 0); the peak of |K| on the end plates at 0.7656 R. */
    @Test
    void peaksWhereTheBesselFunctionsPeak() {
        WallPoint e = table.peak(WallTable.metal(), p -> Math.abs(p.normalElectricField()));
        // J0 is flat at the axis, so the discrete maximum may sit a little off it.
        assertEquals(0, e.r(), 2e-3 * R);
        WallPoint h = table.peak(WallTable.metal(), p -> Math.abs(p.surfaceCurrent()));
        // j'1 root of J1' = 0: x = 1.841183781340659 (A&S Table 9.5), so r = 1.84118/j01 R.
        assertEquals(1.841183781340659 / 2.404825557695773 * R, h.r(), 1e-5 * R);
    }

    /**
     * A maximum just past an element's vertex, inside the edge the wall reaches second, is found
     * there and not at the vertex. The field H = 1 − ((z − z*)/L)² on the cylinder r = R is a
     * polynomial of degree 2, which order-4 elements represent exactly, so its discrete maximum is
     * 1 at z = z* to rounding. The vertex's two sides then give the same sample, and the search
     * used to look only into the edge that sample was taken from (the first along the wall), whose
     * largest value is at the vertex: 1 − (δ/L)² at δ from z*. Both sides of the vertex are tried.
     */
    @Test
    void findsAMaximumJustPastAVertex() {
        Mesh mesh = MeshGenerator.generate(Pillbox.closed(R, L).contour(), MeshSettings.of(4, 0.03));
        WallEdge edge = null;
        for (WallEdge e : WallTable.of(mesh, new double[mesh.nodeCount()], 1).edges()) {
            double z0 = e.point(0).z();
            if (e.point(0).r() == R && e.point(1).r() == R && Math.abs(z0) < L / 2 - 0.02) {
                edge = e;
                break;
            }
        }
        double vertex = edge.point(0).z();
        double delta = 0.3 * edge.length() / (2 * edge.order());
        for (double zStar : new double[] {vertex - delta, vertex + delta}) {
            double[] h = new double[mesh.nodeCount()];
            for (int n = 0; n < h.length; n++) {
                double x = (mesh.z(n) - zStar) / L;
                h[n] = 1 - x * x;
            }
            WallPoint peak = WallTable.of(mesh, h, 1).peak(WallTable.metal(), p -> Math.abs(p.surfaceCurrent()));
            assertEquals(zStar, peak.z(), 1e-7 * L);
            assertEquals(R, peak.r(), 1e-15);
            assertEquals(1, peak.surfaceCurrent(), 1e-13);
        }
    }

    /**
     * The tables of a mesh's modes share one {@link WallGeometry} (kept with the fields' points): each
     * is the same bits as a table that makes the walls' geometry for itself, rows, normals, peaks and
     * integrals, for two modes of one solve and with the first mode's table made before the second's.
     */
    @Test
    void tablesOnSharedWallsAreTheBitsOfTablesWithTheirOwn() {
        Mesh mesh = MeshGenerator.generate(Pillbox.closed(R, L).contour(), MeshSettings.of(4, 0.03));
        List<Mode> modes = new ModeSolver().solve(mesh, ModeRequest.lowest(2)).modes();
        ReferencePoints points = ReferencePoints.of(mesh);
        for (Mode mode : modes) {
            WallTable shared = WallTable.of(ModeField.of(mesh, mode, points));
            WallTable own = WallTable.of(mesh, mode.magneticField(), mode.angularFrequency());
            assertEquals(own.points(), shared.points());
            for (int i = 0; i < own.points().size(); i++) {
                assertEquals(own.inwardNormal(i)[0], shared.inwardNormal(i, 0));
                assertEquals(own.inwardNormal(i)[1], shared.inwardNormal(i, 1));
            }
            assertEquals(own.peak(WallTable.metal(), p -> Math.abs(p.normalElectricField())),
                    shared.peak(WallTable.metal(), p -> Math.abs(p.normalElectricField())));
            assertEquals(own.integrateOverArea(WallTable.metal(), p -> p.surfaceCurrent() * p.surfaceCurrent()),
                    shared.integrateOverArea(WallTable.metal(), p -> p.surfaceCurrent() * p.surfaceCurrent()));
        }
    }
}
