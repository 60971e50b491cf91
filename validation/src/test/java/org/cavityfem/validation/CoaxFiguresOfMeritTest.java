package org.cavityfem.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cavityfem.analysis.merit.FiguresOfMerit;
import org.cavityfem.analysis.merit.MeritSettings;
import org.cavityfem.analysis.merit.ModeAnalysis;
import org.cavityfem.analysis.merit.SegmentSummary;
import org.cavityfem.analysis.resistance.FixedResistance;
import org.cavityfem.mesh.Mesh;
import org.cavityfem.mesh.MeshGenerator;
import org.cavityfem.mesh.MeshSettings;
import org.cavityfem.mesh.geometry.BoundaryKind;
import org.cavityfem.mesh.geometry.Contour;
import org.cavityfem.mesh.geometry.ContourSegment;
import org.cavityfem.mesh.geometry.Line;
import org.cavityfem.mesh.geometry.Point;
import org.cavityfem.solver.Mode;
import org.cavityfem.solver.ModeRequest;
import org.cavityfem.solver.ModeSolver;
import org.cavityfem.units.PhysicalConstants;
import org.junit.jupiter.api.Test;

/**
 * A cavity off the axis: the shorted coaxial line a = 20 mm, b = 60 mm, L = 100 mm, TEM n = 1,
 * H_phi = H0 cos(πz/L)/r, k = π/L (Pozar, Microwave Engineering, 4th ed., §6.1). It has no
 * accelerating voltage, so the fields stay at U = 1 J and the E_acc-based figures are NaN; its
 * wall is one closed metal loop with no point of zero current, so the charge–current check does
 * not apply. Losses and peak fields have closed forms (derived below).
 */
class CoaxFiguresOfMeritTest {

    private static final double A = 0.02;
    private static final double B = 0.06;
    private static final double L = 0.1;

    @Test
    void geometryFactorAndPeakFieldsOfTheTemMode() {
        Contour coax = Contour.of(List.of(
                new ContourSegment(new Line(new Point(0, A), new Point(L, A)), BoundaryKind.METAL, "inner"),
                new ContourSegment(new Line(new Point(L, A), new Point(L, B)), BoundaryKind.METAL, "end"),
                new ContourSegment(new Line(new Point(L, B), new Point(0, B)), BoundaryKind.METAL, "outer"),
                new ContourSegment(new Line(new Point(0, B), new Point(0, A)), BoundaryKind.METAL, "start")));
        Mesh mesh = MeshGenerator.generate(coax, MeshSettings.of(6, 0.01));
        Mode mode = new ModeSolver().solve(mesh, ModeRequest.lowest(1)).modes().get(0);
        ModeAnalysis analysis = ModeAnalysis.of(mesh, mode, new MeritSettings(1e6, L, 1, new FixedResistance(0.01)));
        FiguresOfMerit f = analysis.figures();

        assertTrue(Double.isNaN(f.voltage()) && Double.isNaN(f.acceleratingField()) && Double.isNaN(f.rOverQ()));
        assertTrue(Double.isNaN(f.chargeCurrentMismatch()));
        assertEquals(1.0, f.storedEnergy(), 1e-15);

        // U = ½ μ0 ∫ H² dV = ½ μ0 H0² (L/2) 2π ln(b/a) = (π/2) μ0 H0² L ln(b/a);
        // ∮ H² dA = H0² [π L (1/a + 1/b) + 4π ln(b/a)] (cylinders: cos² averages ½; each short: ∫ 2π/r dr);
        // G = ω U / (½ ∮ H² dA) = η π ln(b/a) / (L (1/a + 1/b) + 4 ln(b/a)) with ω = c π / L.
        double log = Math.log(B / A);
        double g = PhysicalConstants.ETA_0 * Math.PI * log / (L * (1 / A + 1 / B) + 4 * log);
        assertEquals(g, f.geometryFactor(), 1e-8 * g);
        double h0 = Math.sqrt(2 / (Math.PI * PhysicalConstants.MU_0 * L * log));
        // H_pk = H0/a on the inner conductor at the shorts; E_pk = |E_r| = η H0/a at its middle
        // (E_r = −(1/(ωε0)) ∂H/∂z = η H0 sin(πz/L)/r). Pointwise values (the H peak sits on a corner
        // vertex) converge more slowly than the integral G: 1e-6 at this mesh.
        assertEquals(h0 / A, f.peakMagneticField().value(), 1e-6 * h0 / A);
        assertEquals(A, f.peakMagneticField().r(), 1e-12);
        assertEquals(PhysicalConstants.ETA_0 * h0 / A, f.peakElectricField().value(), 1e-6 * PhysicalConstants.ETA_0 * h0 / A);
        assertEquals(L / 2, f.peakElectricField().z(), 1e-4 * L);
        double shares = 0;
        for (SegmentSummary s : analysis.segments()) {
            shares += s.powerShare();
        }
        assertEquals(1, shares, 1e-12);
    }
}
