package org.cavityfem.analysis.field;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.math3.special.BesselJ;
import org.cavityfem.mesh.Mesh;
import org.cavityfem.mesh.MeshGenerator;
import org.cavityfem.mesh.MeshSettings;
import org.cavityfem.mesh.build.Pillbox;
import org.cavityfem.mesh.build.SphericalCavity;
import org.cavityfem.solver.Mode;
import org.cavityfem.solver.ModeRequest;
import org.cavityfem.solver.ModeSolver;
import org.cavityfem.units.PhysicalConstants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Fields of the pillbox TM010 mode against its closed form (docs/design.md §2.9; Jackson, Classical
 * Electrodynamics, 3rd ed., §8.7): E_z = E0 J0(kr), H_phi = (E0/η) J1(kr), E_r = 0, k = j01/R.
 * At a stored energy U, ½ ε0 E0² ∫ J0(kr)² dV = U with ∫_0^R J0(kr)² 2πr dr = π R² J1(j01)² gives
 * E0 = sqrt(2U / (ε0 π R² L J1(j01)²)).
 */
class ModeFieldTest {

    private static final double R = 0.115;
    private static final double L = 0.115;
    private static Mesh mesh;
    private static ModeField field;
    private static double e0;
    private static ModeField tm011;

    @BeforeAll
    static void solve() {
        mesh = MeshGenerator.generate(Pillbox.closed(R, L).contour(), MeshSettings.of(5, R / 6));
        var modes = new ModeSolver().solve(mesh, ModeRequest.lowest(2)).modes();
        Mode mode = modes.get(0);
        tm011 = ModeField.of(mesh, modes.get(1));
        field = ModeField.of(mesh, mode);
        double j1 = BesselJ.value(1, PhysicalConstants.J01);
        e0 = Math.sqrt(2 / (PhysicalConstants.EPSILON_0 * Math.PI * R * R * L * j1 * j1));
        // Fix the eigenvector's arbitrary sign so that E_z > 0 at the centre.
        if (field.at(0, 0).orElseThrow().axialElectricField() < 0) {
            field = ModeField.of(mesh, new Mode(mode.index(), mode.number(), mode.eigenvalue(),
                    negate(mode.magneticField()), mode.relativeResidual()));
        }
    }

    @Test
    void fieldsMatchTheClosedFormAnywhere() {
        double k = PhysicalConstants.J01 / R;
        double worst = 0;
        for (int i = 0; i <= 20; i++) {
            for (int j = 0; j <= 20; j++) {
                double z = -L / 2 + L * i / 20;
                double r = R * j / 20;
                FieldSample s = field.at(z, r).orElseThrow(() -> new AssertionError("not found: " + z + ", " + r));
                worst = Math.max(worst, Math.abs(s.axialElectricField() - e0 * BesselJ.value(0, k * r)) / e0);
                worst = Math.max(worst, Math.abs(s.magneticField() * PhysicalConstants.ETA_0
                        - e0 * BesselJ.value(1, k * r)) / e0);
                worst = Math.max(worst, Math.abs(s.radialElectricField()) / e0);
            }
        }
        assertTrue(worst < 1e-6, "largest relative field error " + worst);
    }

    @Test
    void pointsOutsideTheMeshAreNotFound() {
        assertTrue(field.at(-L / 2 - 1e-3, 0.05).isEmpty());
        assertTrue(field.at(L / 2 + 1e-6, 0.05).isEmpty());
        assertTrue(field.at(0.01, R * 1.001).isEmpty());
        assertTrue(field.at(0.01, -1e-3).isEmpty());
    }

    @Test
    void scalingMultipliesFieldsAndEnergy() {
        ModeField doubled = field.scaledBy(2);
        assertEquals(4, doubled.storedEnergy(), 1e-15);
        assertEquals(2 * field.at(0.03, 0.04).orElseThrow().magneticField(),
                doubled.at(0.03, 0.04).orElseThrow().magneticField(), 1e-12);
    }

    @Test
    void nodalElectricFieldFollowsTheClosedForm() {
        double k = PhysicalConstants.J01 / R;
        NodalFields nodal = field.nodalFields();
        double worst = 0;
        for (int i = 0; i < mesh.nodeCount(); i++) {
            worst = Math.max(worst, Math.abs(nodal.axialElectricField()[i] - e0 * BesselJ.value(0, k * mesh.r(i))) / e0);
        }
        assertTrue(worst < 1e-5, "largest nodal E_z error " + worst);
    }

    /**
     * One pass over two modes of the mesh gives each the nodal fields of a pass of its own, bit for
     * bit, and TM010's follow the closed form as in the single pass.
     */
    @Test
    void nodalFieldsOfSeveralModesInOnePass() {
        List<NodalFields> both = ModeField.nodalFields(List.of(field, tm011));
        NodalFields alone = ModeField.nodalFields(List.of(tm011)).get(0);
        assertArrayEquals(alone.radialElectricField(), both.get(1).radialElectricField());
        assertArrayEquals(alone.axialElectricField(), both.get(1).axialElectricField());
        double k = PhysicalConstants.J01 / R;
        double worst = 0;
        for (int i = 0; i < mesh.nodeCount(); i++) {
            worst = Math.max(worst,
                    Math.abs(both.get(0).axialElectricField()[i] - e0 * BesselJ.value(0, k * mesh.r(i))) / e0);
        }
        assertTrue(worst < 1e-5, "largest nodal E_z error " + worst);
    }

    /**
     * Fields at reference points kept for the modes of a mesh, and fields of two modes evaluated
     * together, are the bits of each mode's own evaluation; the second mode reuses the first's points.
     */
    @Test
    void sharedPointGeometryGivesTheSameBits() {
        ReferencePoints points = ReferencePoints.of(mesh);
        double[][] at = {{0.2, 0.3}, {1.0 / 3, 1.0 / 3}, {0, 0.5}, {0.9, 0.05}};
        for (ModeField f : List.of(field, tm011)) {
            for (int e = 0; e < mesh.elementCount(); e += 3) {
                for (double[] x : at) {
                    assertEquals(f.inElement(e, x[0], x[1]), f.inElement(points, e, x[0], x[1]));
                    FieldSample[] both = ModeField.inElement(List.of(field, f), e, x[0], x[1]);
                    assertEquals(f.inElement(e, x[0], x[1]), both[1]);
                    assertEquals(field.inElement(e, x[0], x[1]), both[0]);
                }
            }
            assertEquals(at.length * ((mesh.elementCount() + 2) / 3), points.size());
        }
    }

    /**
     * Fields of several modes evaluated with the geometry in reused working arrays, point after point
     * (elements and reference points in turn, so that every array is overwritten), are the bits of
     * each mode's own evaluation; E_r and E_z from kept geometry ({@link ModeField#electricField})
     * likewise.
     */
    @Test
    void reusedWorkingArraysAndElectricFieldGiveTheSameBits() {
        ModeField.Scratch scratch = new ModeField.Scratch(mesh);
        FieldSample[] out = new FieldSample[2];
        ReferencePoints points = ReferencePoints.of(mesh);
        double[] electric = new double[3];
        double[][] at = {{0.2, 0.3}, {1.0 / 3, 1.0 / 3}, {0, 0.5}, {0.9, 0.05}, {0.0, 0.0}};
        for (int e = 0; e < mesh.elementCount(); e += 2) {
            for (double[] x : at) {
                ModeField.inElement(List.of(field, tm011), e, x[0], x[1], scratch, out);
                assertEquals(field.inElement(e, x[0], x[1]), out[0]);
                assertEquals(tm011.inElement(e, x[0], x[1]), out[1]);
                tm011.electricField(points.evaluate(e, x[0], x[1]), electric);
                assertEquals(out[1].radialElectricField(), electric[0]);
                assertEquals(out[1].axialElectricField(), electric[1]);
            }
        }
        assertEquals(0, points.size(), "evaluate keeps nothing");
    }

    /** Pillbox transit: V = E0 |∫_0^L e^{ikz} dz| = E0 L sin(kL/2)/(kL/2); ∫|E_z| dz = E0 L. */
    @Test
    void axisIntegralsMatchTheTransitTimeFactor() {
        double k = PhysicalConstants.J01 / R;
        AxisProfile axis = AxisProfile.of(field);
        assertEquals(L, axis.length(), 1e-15);
        double t = Math.sin(k * L / 2) / (k * L / 2);
        // This mesh (order 5, h = R/6) carries E_z on the axis to about 1e-7 (checked below).
        assertEquals(1, axis.voltage(1) / (e0 * L * t), 1e-7);
        assertEquals(1, axis.absoluteIntegral() / (e0 * L), 1e-7);
        assertEquals(t, axis.voltage(1) / axis.absoluteIntegral(), 1e-8 * t);
        double[] z = axis.z();
        double[] ez = axis.axialField();
        for (int i = 0; i < z.length; i++) {
            assertEquals(e0, ez[i], 1e-7 * e0);
            assertTrue(i == 0 || z[i] > z[i - 1]);
        }
    }

    /**
     * A window of the axis, −L/4 ≤ z ≤ L/4: V = E0 |∫ e^{ikz} dz| = 2 E0 sin(kL/4)/k and ∫|E_z| dz = E0 L/2;
     * a window wider than the cavity is the whole axis.
     */
    @Test
    void windowedAxisIntegratesOverTheWindowOnly() {
        double k = PhysicalConstants.J01 / R;
        AxisProfile window = AxisProfile.between(field, -L / 4, L / 4);
        assertEquals(L / 2, window.length(), 1e-15);
        assertEquals(1, window.voltage(1) / (2 * e0 * Math.sin(k * L / 4) / k), 1e-7);
        assertEquals(1, window.absoluteIntegral() / (e0 * L / 2), 1e-7);
        double[] z = window.z();
        assertEquals(-L / 4, z[0], 1e-15);
        assertEquals(L / 4, z[z.length - 1], 1e-15);
        AxisProfile wide = AxisProfile.between(field, -L, L);
        assertEquals(AxisProfile.of(field).voltage(1), wide.voltage(1), 1e-12 * wide.voltage(1));
    }

    /**
     * TM011, E_z = E1 J0(k_r r) cos(π (z + L/2)/L), changes sign at the middle of the axis:
     * ∫|E_z| dz = 2 E1 L/π and V = E1 |∫_0^L cos(πu/L) e^{iku} du| = 2 E1 k |cos(kL/2)| / |k² − (π/L)²|,
     * so V / ∫|E_z| = π k |cos(kL/2)| / (L |k² − (π/L)²|) with k the mode's own wave number.
     */
    @Test
    void absoluteIntegralSplitsAtSignChanges() {
        double k = tm011.mode().waveNumber();
        double a = Math.PI / L;
        assertEquals(Math.sqrt(Math.pow(PhysicalConstants.J01 / R, 2) + a * a), k, 1e-9 * k);
        AxisProfile axis = AxisProfile.of(tm011);
        double expected = Math.PI * k * Math.abs(Math.cos(k * L / 2)) / (L * Math.abs(k * k - a * a));
        assertEquals(expected, axis.voltage(1) / axis.absoluteIntegral(), 1e-7 * expected);
    }

    /**
     * Curved elements check the locator's Newton inversion: every point just inside the exact
     * sphere is found, every point just outside is not.
     */
    @Test
    void curvedElementsLocateExactly() {
        double a = 0.1;
        Mesh sphere = MeshGenerator.generate(new SphericalCavity(a).contour(), MeshSettings.of(4, a / 3));
        ElementLocator locator = ElementLocator.of(sphere);
        for (int i = 0; i <= 40; i++) {
            double angle = Math.PI * i / 40;
            double z = Math.cos(angle);
            double r = Math.sin(angle);
            assertTrue(locator.locate(a * 0.9999999 * z, a * 0.9999999 * r).isPresent(), "inside at " + angle);
            assertTrue(locator.locate(a * 1.0000001 * z, a * 1.0000001 * r).isEmpty(), "outside at " + angle);
        }
    }

    private static double[] negate(double[] v) {
        double[] out = v.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] = -out[i];
        }
        return out;
    }
}
