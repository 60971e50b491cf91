package org.cavityfem.analysis.hom;

import java.util.ArrayList;
import java.util.List;
import org.cavityfem.analysis.wall.WallEdge;
import org.cavityfem.analysis.wall.WallTable;
import org.cavityfem.mesh.Mesh;

/**
 * The surface fields of one mode sampled along the walls (metal walls and electric planes), in the
 * order and at the samples of the TM0 wall table ({@link WallTable}: 2p + 1 per edge, shared
 * vertices of a segment once), as amplitudes with their φ dependence (design.md §2.13): E_n and
 * H_phi vary as cos mφ, E_phi and H_s as sin mφ (for m = 0 all are independent of φ).
 *
 * @param s arc length along the walls (m)
 * @param z axial coordinate (m)
 * @param r radial coordinate (m)
 * @param segment contour segment index
 * @param normalElectric E_n (V/m), normal from the wall into the cavity
 * @param azimuthalElectric E_phi (V/m)
 * @param tangentialMagnetic H_s (A/m), along the counter-clockwise wall tangent
 * @param azimuthalMagnetic H_phi (A/m)
 */
public record AzimuthalWallProfile(double[] s, double[] z, double[] r, int[] segment, double[] normalElectric,
        double[] azimuthalElectric, double[] tangentialMagnetic, double[] azimuthalMagnetic) {

    /** Samples a mode's surface fields. */
    static AzimuthalWallProfile of(Mesh mesh, WallSampler sampler) {
        WallTable walls = WallTable.of(mesh, new double[mesh.nodeCount()], 1);
        double tolerance = 1e-12 * mesh.contour().boundingSize();
        List<double[]> rows = new ArrayList<>();
        int previousSegment = -1;
        double[] at = new double[4];
        for (WallEdge edge : walls.edges()) {
            int samples = 2 * edge.order();
            boolean first = edge.segmentIndex() != previousSegment;
            previousSegment = edge.segmentIndex();
            for (int j = first ? 0 : 1; j <= samples; j++) {
                double u = (double) j / samples;
                var x = edge.point(u);
                // On the axis 1/r terms have their limit a step inside.
                double v = x.r() > tolerance ? u : (u < 0.5 ? u + 1e-6 : u - 1e-6);
                sampler.amplitudes(edge, v, at);
                rows.add(new double[] {edge.arcStart() + edge.partialLength(u), x.z(), x.r(), edge.segmentIndex(),
                        at[0], at[1], at[2], at[3]});
            }
        }
        int n = rows.size();
        double[][] c = new double[8][n];
        int[] seg = new int[n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < 8; k++) {
                c[k][i] = rows.get(i)[k];
            }
            seg[i] = (int) rows.get(i)[3];
        }
        return new AzimuthalWallProfile(c[0], c[1], c[2], seg, c[4], c[5], c[6], c[7]);
    }
}
