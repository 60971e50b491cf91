package org.cavityfem.mesh.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cavityfem.mesh.geometry.EllipticArc;
import org.cavityfem.mesh.geometry.InvalidGeometryException;
import org.cavityfem.mesh.geometry.Line;
import org.cavityfem.mesh.geometry.Point;
import org.junit.jupiter.api.Test;

/**
 * The common tangent of the half-cell ellipses. The TESLA dimensions are those of Aune et al.,
 * Phys. Rev. ST Accel. Beams 3, 092001 (2000), Table II (mm).
 */
class EllipticalHalfCellTest {

    static final EllipticalHalfCell TESLA_MID = new EllipticalHalfCell(0.1033, 0.035, 0.042, 0.042, 0.012, 0.019, 0.0577);
    static final EllipticalHalfCell TESLA_END_1 = new EllipticalHalfCell(0.1033, 0.039, 0.0403, 0.0403, 0.010, 0.0135, 0.056);
    static final EllipticalHalfCell TESLA_END_2 = new EllipticalHalfCell(0.1033, 0.039, 0.042, 0.042, 0.009, 0.0128, 0.057);

    /**
     * The tangent points lie on their ellipses, ((z − c_z)/p)² + ((r − c_r)/q)² = 1, and the wall
     * is perpendicular there to the ellipse normal ((z − c_z)/p², (r − c_r)/q²).
     */
    @Test
    void wallTouchesBothEllipsesTangentially() {
        for (EllipticalHalfCell cell : new EllipticalHalfCell[] {TESLA_MID, TESLA_END_1, TESLA_END_2,
            new EllipticalHalfCell(0.1, 0.03, 0.03, 0.035, 0.012, 0.015, 0.05)}) {
            EllipticalHalfCell.Profile p = cell.profile();
            Line wall = p.wall();
            assertTangent(p.iris(), wall.from(), wall);
            assertTangent(p.equator(), wall.to(), wall);
            assertEquals(new Point(0, cell.irisRadius()).distance(p.iris().start()), 0, 1e-15);
            assertEquals(new Point(cell.length(), cell.equatorRadius()).distance(p.equator().end()), 0, 1e-15);
        }
    }

    private static void assertTangent(EllipticArc arc, Point touch, Line wall) {
        double u = (touch.z() - arc.center().z()) / arc.semiAxisZ();
        double v = (touch.r() - arc.center().r()) / arc.semiAxisR();
        assertEquals(1, u * u + v * v, 1e-13, "on the ellipse");
        double nz = u / arc.semiAxisZ();
        double nr = v / arc.semiAxisR();
        double dz = wall.to().z() - wall.from().z();
        double dr = wall.to().r() - wall.from().r();
        double cos = (nz * dz + nr * dr) / (Math.hypot(nz, nr) * Math.hypot(dz, dr));
        assertEquals(0, cos, 1e-12, "wall perpendicular to the ellipse normal");
    }

    /** The iris ellipse lies wholly on one side of the wall line, the equator ellipse on the other. */
    @Test
    void wallSeparatesTheEllipses() {
        EllipticalHalfCell.Profile p = TESLA_MID.profile();
        Line wall = p.wall();
        for (int k = 0; k < 720; k++) {
            double t = 2 * Math.PI * k / 720;
            assertTrue(side(wall, TESLA_MID.irisCenter().plus(0.012 * Math.cos(t), 0.019 * Math.sin(t))) > -1e-15);
            assertTrue(side(wall, TESLA_MID.equatorCenter().plus(0.042 * Math.cos(t), 0.042 * Math.sin(t))) < 1e-15);
        }
    }

    private static double side(Line l, Point p) {
        double dz = l.to().z() - l.from().z();
        double dr = l.to().r() - l.from().r();
        return (dz * (p.r() - l.from().r()) - dr * (p.z() - l.from().z())) / Math.hypot(dz, dr);
    }

    /**
     * Two circles (a = b = ρ1, A = B = ρ2) with centres a distance d apart along the direction ψ:
     * the inner tangent leaving the first circle on the left has direction α = ψ + asin((ρ1 + ρ2)/d)
     * (the gap condition n·(c1 − c2) = ρ1 + ρ2 with n·(c2 − c1) = d sin(ψ − α)).
     */
    @Test
    void circlesGiveTheClosedFormInnerTangent() {
        double rho1 = 0.01;
        double rho2 = 0.04;
        EllipticalHalfCell cell = new EllipticalHalfCell(0.1, 0.03, rho2, rho2, rho1, rho1, 0.055);
        double dz = 0.055;
        double dr = (0.1 - rho2) - (0.03 + rho1);
        double psi = Math.atan2(dr, dz);
        double alpha = psi + Math.asin((rho1 + rho2) / Math.hypot(dz, dr));
        assertEquals(180 - Math.toDegrees(alpha), cell.wallAngleDeg(), 1e-11);
    }

    /**
     * TESLA mid-cell: the tangent condition gives a wall angle of 103.3088° (a wall leaning 13.3°
     * from the vertical towards the iris), the value found by the properties checked above.
     */
    @Test
    void teslaMidCellWallAngle() {
        assertEquals(103.3088, TESLA_MID.wallAngleDeg(), 1e-4);
        assertTrue(TESLA_END_1.wallAngleDeg() > 90 && TESLA_END_2.wallAngleDeg() > 90);
    }

    @Test
    void reentrantCellHasAWallAngleBelowNinety() {
        EllipticalHalfCell reentrant = new EllipticalHalfCell(0.1, 0.03, 0.035, 0.03, 0.025, 0.012, 0.05);
        EllipticalHalfCell.Profile p = reentrant.profile();
        assertTrue(p.wallAngleDeg() < 90, "wall angle " + p.wallAngleDeg());
        assertTangent(p.iris(), p.wall().from(), p.wall());
        assertTangent(p.equator(), p.wall().to(), p.wall());
    }

    @Test
    void overlappingEllipsesAreRejectedWithTheirParameters() {
        // a + A = 0.06 m > L = 0.05 m and the ellipses overlap vertically too: no wall fits.
        EllipticalHalfCell cell = new EllipticalHalfCell(0.1, 0.03, 0.035, 0.045, 0.025, 0.02, 0.05);
        InvalidGeometryException e = assertThrows(InvalidGeometryException.class, cell::profile);
        assertTrue(e.getMessage().contains("overlap"), e.getMessage());
        assertTrue(e.getMessage().contains("A = 35 mm"), e.getMessage());
    }

    @Test
    void badParametersAreRejectedByName() {
        InvalidGeometryException e = assertThrows(InvalidGeometryException.class,
                () -> new EllipticalHalfCell(0.1, 0.03, 0.04, -0.04, 0.01, 0.02, 0.05));
        assertTrue(e.getMessage().contains("B must be a positive length"), e.getMessage());
        e = assertThrows(InvalidGeometryException.class,
                () -> new EllipticalHalfCell(0.03, 0.035, 0.01, 0.01, 0.01, 0.01, 0.05));
        assertTrue(e.getMessage().contains("Ri = 35 mm"), e.getMessage());
    }

    /**
     * An iris ellipse taller than the cell (Ri + 2b = 110 mm above Req = 100 mm, as in low-β cells
     * with thick irises) is a valid half-cell: only its arc below the tangent point is wall, and the
     * wall rises from there to the equator (its direction lies in (0, π)), so it stays below Req.
     */
    @Test
    void anIrisEllipseTallerThanTheCellIsAccepted() {
        EllipticalHalfCell cell = new EllipticalHalfCell(0.1, 0.03, 0.01, 0.01, 0.01, 0.04, 0.05);
        EllipticalHalfCell.Profile p = cell.profile();
        assertTrue(p.iris().end().r() < p.equator().start().r() && p.equator().start().r() <= 0.1, p.toString());
        assertEquals(0.03, p.iris().start().r(), 1e-15);
        assertEquals(0.1, p.equator().end().r(), 1e-15);
    }

    @Test
    void reentrantArcBeyondTheIrisPlaneIsRejected() {
        // A > L with a strongly re-entrant wall: the equator arc passes z = 0.
        EllipticalHalfCell cell = new EllipticalHalfCell(0.1, 0.02, 0.06, 0.035, 0.005, 0.005, 0.05);
        InvalidGeometryException e = assertThrows(InvalidGeometryException.class, cell::profile);
        assertTrue(e.getMessage().contains("beyond the iris plane"), e.getMessage());
    }
}
