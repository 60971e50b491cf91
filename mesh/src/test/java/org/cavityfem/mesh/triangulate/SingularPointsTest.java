package org.cavityfem.mesh.triangulate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.cavityfem.mesh.Mesh;
import org.cavityfem.mesh.MeshGenerator;
import org.cavityfem.mesh.MeshSettings;
import org.cavityfem.mesh.build.EllipticalCavity;
import org.cavityfem.mesh.build.EllipticalHalfCell;
import org.cavityfem.mesh.build.Pillbox;
import org.cavityfem.mesh.build.SphericalCavity;
import org.cavityfem.mesh.geometry.BoundaryKind;
import org.cavityfem.mesh.geometry.Contour;
import org.cavityfem.mesh.geometry.Line;
import org.junit.jupiter.api.Test;

/**
 * Which joints are singular for H_phi. Expected exponents from the corner analysis in
 * {@link SingularPoints}: λ = π/ω for a metal corner of interior angle ω (2/3 at a 270° beam-pipe
 * entrance), λ = 2 for a curvature jump on a smooth wall; 90° corners between straight metal walls
 * and walls meeting the axis or a symmetry plane at 90° are regular.
 */
class SingularPointsTest {

    /** TESLA mid half-cell (Aune et al., PRSTAB 3, 092001 (2000), Table II), iris plane magnetic. */
    private static final EllipticalHalfCell TESLA_MID =
            new EllipticalHalfCell(0.1033, 0.035, 0.042, 0.042, 0.012, 0.019, 0.0577);

    @Test
    void teslaCellIsSingularOnlyWhereTheTangentLineMeetsTheEllipses() {
        Contour cell = new EllipticalCavity(1, TESLA_MID, TESLA_MID, TESLA_MID, Optional.empty(), Optional.empty(),
                BoundaryKind.MAGNETIC, Optional.of(BoundaryKind.ELECTRIC)).contour();
        List<SingularPoints.Joint> joints = SingularPoints.of(cell);
        assertEquals(2, joints.size(), joints.toString());
        for (SingularPoints.Joint j : joints) {
            assertEquals(2, j.exponent(), 1e-12);
            assertEquals(Math.PI, j.interiorAngle(), 1e-9);
            int n = cell.size();
            boolean onTangentLine = cell.segment(j.segment()).shape() instanceof Line
                    || cell.segment((j.segment() + n - 1) % n).shape() instanceof Line;
            assertTrue(onTangentLine, "joint " + j + " is not an end of the tangent line");
        }
    }

    @Test
    void pillboxWithPipesIsSingularAtThePipeEntrancesOnly() {
        double gap = 0.08;
        double pipeRadius = 0.03;
        List<SingularPoints.Joint> joints = SingularPoints.of(new Pillbox(0.1, gap, pipeRadius, 0.06).contour());
        assertEquals(2, joints.size(), joints.toString());
        for (SingularPoints.Joint j : joints) {
            assertEquals(2.0 / 3, j.exponent(), 1e-9);
            assertEquals(1.5 * Math.PI, j.interiorAngle(), 1e-9);
            assertEquals(gap / 2, Math.abs(j.z()), 1e-12);
            assertEquals(pipeRadius, j.r(), 1e-12);
        }
    }

    @Test
    void closedPillboxAndSphereHaveNoSingularJoint() {
        assertEquals(List.of(), SingularPoints.of(Pillbox.closed(0.1, 0.08).contour()));
        assertEquals(List.of(), SingularPoints.of(new SphericalCavity(0.1).contour()));
    }

    /**
     * A polygon standing for the sphere's semicircle: with 100 chords the tangent turns by 1.8° at
     * each vertex and the chords meet the axis 0.9° off 90°, within SMOOTH_TURN_DEG of the regular
     * angles π and π/2, so nothing is singular; with 10 chords (18° kinks, 9° off) every vertex is,
     * with λ = π/ω for the kinks and λ = (π/2)/ω on the axis.
     */
    @Test
    void polygonVerticesAreSingularOnlyWhereTheyTurnByMoreThanAFewDegrees() {
        assertEquals(List.of(), SingularPoints.of(new SphericalCavity(0.1).polygon(100)));
        List<SingularPoints.Joint> joints = SingularPoints.of(new SphericalCavity(0.1).polygon(10));
        assertEquals(11, joints.size(), joints.toString());
        for (SingularPoints.Joint j : joints) {
            boolean onAxis = Math.abs(j.r()) < 1e-12;
            double omega = onAxis ? Math.PI / 2 - Math.PI / 20 : Math.PI - Math.PI / 10;
            assertEquals(omega, j.interiorAngle(), 1e-9, j.toString());
            assertEquals((onAxis ? 0.5 : 1) * Math.PI / omega, j.exponent(), 1e-9, j.toString());
        }
    }

    @Test
    void gradingLeavesContoursWithoutSingularJointsUnchanged() {
        Contour pillbox = Pillbox.closed(0.1, 0.08).contour();
        SizeField plain = SizeField.of(pillbox, 0.02, Math.PI / 6, 1.3);
        SizeField graded = SizeField.of(pillbox, 0.02, Math.PI / 6, 1.3, 5, true);
        assertEquals(plain.expectedTriangles(), graded.expectedTriangles());
        for (double z = -0.04; z <= 0.04; z += 0.0037) {
            for (double r = 0; r <= 0.1; r += 0.0041) {
                assertEquals(plain.at(z, r), graded.at(z, r));
            }
        }
    }

    @Test
    void closedFormCasesMeshExactlyAsWithoutGrading() {
        for (Contour c : List.of(Pillbox.closed(0.1, 0.08).contour(), new SphericalCavity(0.1).contour())) {
            MeshSettings graded = MeshSettings.of(4, 0.02);
            Mesh a = MeshGenerator.generate(c, graded);
            Mesh b = MeshGenerator.generate(c, graded.withSingularRefinement(false));
            assertArrayEquals(b.zArray(), a.zArray());
            assertArrayEquals(b.rArray(), a.rArray());
            assertArrayEquals(b.elementNodeArray(), a.elementNodeArray());
        }
    }

    @Test
    void sizeShrinksGeometricallyToThePipeEntrance() {
        Contour pipes = new Pillbox(0.1, 0.08, 0.03, 0.06).contour();
        SizeField graded = SizeField.of(pipes, 0.02, Math.PI / 6, 1.3, 5, true);
        // h_joint = h_wall (h_wall/ℓ)^{p/λ − 1} with h_wall the ungraded size there, ℓ = 0.1 m (the
        // largest radius), p = 5, λ = 2/3.
        double wall = SizeField.of(pipes, 0.02, Math.PI / 6, 1.3).at(0.04, 0.03);
        double joint = wall * Math.pow(wall / 0.1, 5 / (2.0 / 3) - 1);
        assertTrue(joint < 1e-3 * wall, "h_joint " + joint + " m");
        assertEquals(joint, graded.at(0.04, 0.03), 1e-3 * joint);
        // κ = 1: the size at distance ρ is h_joint + ρ inside the graded zone.
        assertEquals(joint + 0.001, graded.at(0.04 - 0.001, 0.03 + 1e-9), 1e-3 * joint + 1e-8);
    }
}
