package org.cavityfem.analysis.merit;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cavityfem.mesh.BoundaryEdge;
import org.cavityfem.mesh.Mesh;
import org.cavityfem.mesh.triangulate.SingularPoints;

/**
 * Whether a mode's E_pk lies at a re-entrant corner of the wall. There H_phi ∝ ρ^λ with λ < 1 (2/3 at
 * a square pipe entrance), so |E| ∝ ρ^(λ−1) has no finite peak: the sampled E_pk belongs to the mesh,
 * not to the cavity, and grows without bound under refinement. The peak counts as at the corner when
 * it lies on a wall edge that ends at the corner (within that edge's length of it).
 */
public final class SingularPeak {

    private SingularPeak() {
    }

    /** A sentence saying where and why E_pk is not a property of the cavity, or empty when it is. */
    public static Optional<String> ofElectricPeak(ModeAnalysis analysis) {
        WallLocation peak = analysis.figures().peakElectricField();
        if (peak == null || !Double.isFinite(peak.z()) || !Double.isFinite(peak.r())) {
            return Optional.empty();
        }
        Mesh mesh = analysis.field().mesh();
        List<SingularPoints.Joint> joints = SingularPoints.of(mesh.contour());
        double tolerance = 1e-9 * mesh.contour().boundingSize();
        for (SingularPoints.Joint joint : joints) {
            if (!(joint.exponent() < 1)) {
                continue; // the electric field stays finite there
            }
            double distance = Math.hypot(peak.z() - joint.z(), peak.r() - joint.r());
            for (BoundaryEdge edge : mesh.boundaryEdges()) {
                int a = mesh.node(edge.element(), edge.localEdge());
                int b = mesh.node(edge.element(), (edge.localEdge() + 1) % 3);
                double length = Math.hypot(mesh.z(b) - mesh.z(a), mesh.r(b) - mesh.r(a));
                boolean endsThere = Math.hypot(mesh.z(a) - joint.z(), mesh.r(a) - joint.r()) <= tolerance
                        || Math.hypot(mesh.z(b) - joint.z(), mesh.r(b) - joint.r()) <= tolerance;
                if (endsThere && distance <= 1.01 * length) {
                    return Optional.of(String.format(Locale.ROOT, "E_pk lies at the re-entrant corner (z = %.6g m, "
                            + "r = %.6g m; interior angle %.0f degrees) where |E| grows like rho^(%.3f) without bound, "
                            + "so its value depends on the mesh and grows under refinement; round the corner for a "
                            + "meaningful E_pk", joint.z(), joint.r(), Math.toDegrees(joint.interiorAngle()),
                            joint.exponent() - 1));
                }
            }
        }
        return Optional.empty();
    }
}
