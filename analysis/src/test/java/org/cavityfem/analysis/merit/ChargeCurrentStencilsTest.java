package org.cavityfem.analysis.merit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.cavityfem.analysis.field.FieldSample;
import org.cavityfem.analysis.field.ModeField;
import org.cavityfem.analysis.field.ReferencePoints;
import org.cavityfem.analysis.wall.WallEdge;
import org.cavityfem.analysis.wall.WallTable;
import org.cavityfem.fem.GaussLegendre;
import org.cavityfem.fem.MapPoint;
import org.cavityfem.mesh.Mesh;
import org.cavityfem.mesh.MeshGenerator;
import org.cavityfem.mesh.MeshSettings;
import org.cavityfem.mesh.build.EllipticalCavity;
import org.cavityfem.mesh.build.EllipticalHalfCell;
import org.cavityfem.mesh.build.Pillbox;
import org.cavityfem.mesh.geometry.BoundaryKind;
import org.cavityfem.mesh.geometry.Contour;
import org.cavityfem.solver.Mode;
import org.cavityfem.solver.ModeRequest;
import org.cavityfem.solver.ModeSolver;
import org.cavityfem.units.PhysicalConstants;
import org.junit.jupiter.api.Test;

/**
 * The charge-current check with its stencils located once per mesh gives, for every mode of the mesh,
 * the very bits of the check as it was written before: every point evaluated afresh for each mode
 * (the reference below is that algorithm, kept here through the public field and wall methods). The
 * meshes: the closed pillbox R = L = 115 mm with its three lowest modes (straight walls), and the
 * TESLA mid-cell (Aune et al., PRSTAB 3, 092001 (2000), Table II) between magnetic iris planes with
 * its two lowest modes (elliptic arcs, curved elements).
 */
class ChargeCurrentStencilsTest {

    /** TESLA mid half-cell: Req, Ri, A, B, a, b, L (m). */
    private static final EllipticalHalfCell TESLA_MID = new EllipticalHalfCell(0.1033, 0.035, 0.042, 0.042,
            0.012, 0.019, 0.0577);

    @Test
    void pillboxModesMatchTheFreshCheckBitForBit() {
        sameAsFresh(MeshGenerator.generate(Pillbox.closed(0.115, 0.115).contour(), MeshSettings.of(4, 0.03)), 3);
    }

    @Test
    void curvedCellModesMatchTheFreshCheckBitForBit() {
        Contour cell = EllipticalCavity.periodicCell(TESLA_MID, BoundaryKind.MAGNETIC).contour();
        sameAsFresh(MeshGenerator.generate(cell, MeshSettings.of(5, 0.02)), 2);
    }

    /** Every mode through one shared set of stencils, each against the fresh evaluation. */
    private static void sameAsFresh(Mesh mesh, int modes) {
        List<Mode> solved = new ModeSolver().solve(mesh, ModeRequest.lowest(modes)).modes();
        ReferencePoints points = ReferencePoints.of(mesh);
        ChargeCurrentStencils first = null;
        for (Mode mode : solved) {
            // Scaled as an analysis scales it: the check reads the scaled nodal values.
            ModeField field = ModeField.of(mesh, mode, points).scaledBy(1.7e3);
            WallTable table = WallTable.of(field);
            double shared = ChargeCurrentCheck.largestMismatch(field, table);
            ChargeCurrentStencils kept = points.perMesh(ChargeCurrentStencils.class, p -> {
                throw new AssertionError("made again");
            });
            if (first == null) {
                first = kept;
                assertTrue(first.fits(table));
            }
            assertSame(first, kept, "one instance per mesh");
            double fresh = freshMismatch(field, table);
            assertTrue(Double.isFinite(fresh) && fresh > 0, "a checked wall: " + fresh);
            assertEquals(Double.doubleToLongBits(fresh), Double.doubleToLongBits(shared),
                    () -> "mode at " + mode.frequency() + " Hz: " + fresh + " against " + shared);
        }
    }

    /** Stencils of one mesh do not fit another mesh's wall table. */
    @Test
    void stencilsOfAnotherMeshDoNotFit() {
        Mesh coarse = MeshGenerator.generate(Pillbox.closed(0.115, 0.115).contour(), MeshSettings.of(2, 0.04));
        Mesh fine = MeshGenerator.generate(Pillbox.closed(0.115, 0.115).contour(), MeshSettings.of(2, 0.02));
        Mode c = new ModeSolver().solve(coarse, ModeRequest.lowest(1)).modes().get(0);
        Mode f = new ModeSolver().solve(fine, ModeRequest.lowest(1)).modes().get(0);
        ModeField cf = ModeField.of(coarse, c);
        ChargeCurrentStencils stencils = ChargeCurrentStencils.of(cf.points(), WallTable.of(cf));
        assertFalse(stencils.fits(WallTable.of(ModeField.of(fine, f))));
    }

    // The check as written before its stencils were kept per mesh: every wall point and difference
    // point evaluated for this mode alone.

    private static double freshMismatch(ModeField field, WallTable table) {
        Contour contour = field.mesh().contour();
        List<List<WallEdge>> chains = new ArrayList<>();
        List<WallEdge> current = new ArrayList<>();
        for (WallEdge e : table.edges()) {
            if (!current.isEmpty()) {
                int previous = current.get(current.size() - 1).segmentIndex();
                if (!(e.segmentIndex() == previous || e.segmentIndex() == (previous + 1) % contour.size())) {
                    chains.add(current);
                    current = new ArrayList<>();
                }
            }
            current.add(e);
        }
        if (!current.isEmpty()) {
            chains.add(current);
        }
        double worst = Double.NaN;
        int n = contour.size();
        for (List<WallEdge> chain : chains) {
            int first = chain.get(0).segmentIndex();
            int last = chain.get(chain.size() - 1).segmentIndex();
            boolean startFree = free(contour.segment((first + n - 1) % n).kind());
            boolean endFree = free(contour.segment((last + 1) % n).kind());
            if (!startFree && !endFree) {
                continue;
            }
            List<WallEdge> run = new ArrayList<>(chain);
            if (!startFree) {
                java.util.Collections.reverse(run);
            }
            double m = mismatch(run, !startFree, field, startFree ? -1 : +1);
            worst = Double.isNaN(worst) ? m : Math.max(worst, m);
        }
        return worst;
    }

    private static boolean free(BoundaryKind kind) {
        return kind == BoundaryKind.AXIS || kind == BoundaryKind.MAGNETIC;
    }

    private static double mismatch(List<WallEdge> chain, boolean backwards, ModeField field, int sign) {
        double omega = field.angularFrequency();
        double charge = 0;
        double largestCurrent = 0;
        double largestMismatch = 0;
        for (WallEdge edge : chain) {
            int m = 2 * edge.order();
            GaussLegendre rule = GaussLegendre.of(edge.order() + 4);
            for (int j = 0; j <= m; j++) {
                double f1 = (double) j / m;
                if (j > 0) {
                    double f0 = (double) (j - 1) / m;
                    double piece = 0;
                    for (int q = 0; q < rule.size(); q++) {
                        double f = f0 + rule.nodes()[q] * (f1 - f0);
                        double u = backwards ? 1 - f : f;
                        double surfaceCharge = PhysicalConstants.EPSILON_0 * edge.normalElectricField(u);
                        piece += rule.weights()[q] * surfaceCharge * 2 * Math.PI * edge.point(u).r()
                                * edge.lengthPerParameter(u);
                    }
                    charge += piece * (f1 - f0);
                }
                double u = backwards ? 1 - f1 : f1;
                double r = edge.point(u).r();
                double current = 2 * Math.PI * r * faraday(field, edge, u);
                largestCurrent = Math.max(largestCurrent, Math.abs(2 * Math.PI * r * edge.magneticField(u)));
                largestMismatch = Math.max(largestMismatch, Math.abs(current - sign * omega * charge));
            }
        }
        return largestCurrent > 0 ? largestMismatch / largestCurrent : Double.NaN;
    }

    private static double faraday(ModeField field, WallEdge edge, double u) {
        int element = edge.element();
        double[] onEdge = edge.referenceCoordinates(u);
        double inset = 1e-4;
        double step = 1e-3;
        double[] p = {onEdge[0] + inset * (1.0 / 3 - onEdge[0]), onEdge[1] + inset * (1.0 / 3 - onEdge[1])};
        double[] a = edge.referenceCoordinates(0);
        double[] b = edge.referenceCoordinates(1);
        double[] far = u < 0.5 ? b : a;
        double[] d1 = {far[0] - p[0], far[1] - p[1]};
        double[] c = opposite(a, b);
        double[] d2 = {c[0] - p[0], c[1] - p[1]};
        double[] g1 = directional(field, element, p, d1, step);
        double[] g2 = directional(field, element, p, d2, step);
        double det = d1[0] * d2[1] - d1[1] * d2[0];
        double erXi = (g1[0] * d2[1] - g2[0] * d1[1]) / det;
        double erEta = (d1[0] * g2[0] - d2[0] * g1[0]) / det;
        double ezXi = (g1[1] * d2[1] - g2[1] * d1[1]) / det;
        double ezEta = (d1[0] * g2[1] - d2[0] * g1[1]) / det;
        MapPoint x = field.points().map(element, p[0], p[1]);
        return (x.dz(erXi, erEta) - x.dr(ezXi, ezEta)) / (field.angularFrequency() * PhysicalConstants.MU_0);
    }

    private static double[] opposite(double[] a, double[] b) {
        for (double[] v : new double[][] {{0, 0}, {1, 0}, {0, 1}}) {
            if (!((v[0] == a[0] && v[1] == a[1]) || (v[0] == b[0] && v[1] == b[1]))) {
                return v;
            }
        }
        throw new AssertionError();
    }

    private static double[] directional(ModeField field, int element, double[] p, double[] d, double step) {
        double[] coefficients = {-25, 48, -36, 16, -3};
        double er = 0;
        double ez = 0;
        for (int k = 0; k < coefficients.length; k++) {
            double t = k * step;
            FieldSample s = field.inElement(element, p[0] + t * d[0], p[1] + t * d[1]);
            er += coefficients[k] * s.radialElectricField();
            ez += coefficients[k] * s.axialElectricField();
        }
        return new double[] {er / (12 * step), ez / (12 * step)};
    }
}
