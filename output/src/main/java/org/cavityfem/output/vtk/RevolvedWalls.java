package org.cavityfem.output.vtk;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.cavityfem.analysis.field.NodalFields;
import org.cavityfem.mesh.Mesh;

/**
 * The walls swept around the axis: a 3D surface of revolution ({@code .vtu}) with the mode's fields
 * on it, so the cavity is seen as it is. Points are (x, y, z) = (z, r cos φ, r sin φ) with φ in
 * {@code angularSteps} equal steps; the φ = 0 cut is the plane of {@link MeridianGrid}. Every wall
 * node of the mesh (vertices and high-order edge nodes, on the exact curve) becomes a ring of
 * points; neighbouring rings are joined by quadrilaterals, and by triangles where a wall meets the
 * axis.
 *
 * <p>Point data: the Cartesian vectors {@code E_V_per_m} = (E_z, E_r cos φ, E_r sin φ) and
 * {@code H_A_per_m} = H_phi (0, −sin φ, cos φ), and {@code E_abs_V_per_m}, {@code H_abs_A_per_m} (on a
 * metal wall |H| is the surface current density K). Cell data: {@code segment}, the contour
 * segment index.
 */
public final class RevolvedWalls {

    private static final byte VTK_TRIANGLE = 5;
    private static final byte VTK_QUAD = 9;

    private RevolvedWalls() {
    }

    /**
     * Writes the revolved walls.
     *
     * @param file the {@code .vtu} file
     * @param mesh the mesh
     * @param fields the mode's field at every mesh node
     * @param angularSteps number of angular steps around the axis (≥ 3)
     * @param fieldData numbers stored with the surface
     * @param encoding how arrays are stored
     */
    public static void write(Path file, Mesh mesh, NodalFields fields, int angularSteps, FieldData fieldData,
            VtkEncoding encoding) throws IOException {
        write(file, mesh, (node, phi, cos, sin, out) -> {
            double hPhi = fields.magneticField()[node];
            double eR = fields.radialElectricField()[node];
            double eZ = fields.axialElectricField()[node];
            out[0] = eZ;
            out[1] = eR * cos;
            out[2] = eR * sin;
            out[3] = 0;
            out[4] = -hPhi * sin;
            out[5] = hPhi * cos;
            out[6] = Math.hypot(eR, eZ);
            out[7] = Math.abs(hPhi);
        }, angularSteps, fieldData, encoding);
    }

    /** The fields of one wall node at one azimuth, as Cartesian vectors (x along the axis). */
    @FunctionalInterface
    interface RingField {
        /**
         * @param node the mesh node
         * @param phi the azimuth φ (rad)
         * @param cos cos φ
         * @param sin sin φ
         * @param out receives {E_x, E_y, E_z, H_x, H_y, H_z, |E|, |H|}
         */
        void at(int node, double phi, double cos, double sin, double[] out);
    }

    /** Writes the revolved walls with fields given per node and azimuth. */
    static void write(Path file, Mesh mesh, RingField fields, int angularSteps, FieldData fieldData,
            VtkEncoding encoding) throws IOException {
        if (angularSteps < 3) {
            throw new IllegalArgumentException("at least 3 angular steps are needed, got " + angularSteps);
        }
        List<WallChains.Chain> chains = WallChains.of(mesh);
        double axisTolerance = 1e-12 * mesh.contour().boundingSize();
        int n = angularSteps;
        double[] cos = new double[n];
        double[] sin = new double[n];
        for (int j = 0; j < n; j++) {
            double phi = 2 * Math.PI * j / n;
            cos[j] = Math.cos(phi);
            sin[j] = Math.sin(phi);
        }
        // Points: one ring per wall node, a single point where the node is on the axis.
        int points = 0;
        int cells = 0;
        int connectivitySize = 0;
        for (WallChains.Chain chain : chains) {
            int[] nodes = chain.nodes();
            for (int i = 0; i < nodes.length; i++) {
                points += onAxis(mesh, nodes[i], axisTolerance) ? 1 : n;
                if (i > 0) {
                    boolean tip = onAxis(mesh, nodes[i - 1], axisTolerance) || onAxis(mesh, nodes[i], axisTolerance);
                    cells += n;
                    connectivitySize += n * (tip ? 3 : 4);
                }
            }
        }
        double[] xyz = new double[3 * points];
        double[] e = new double[3 * points];
        double[] h = new double[3 * points];
        double[] eMagnitude = new double[points];
        double[] hMagnitude = new double[points];
        int[] connectivity = new int[connectivitySize];
        int[] offsets = new int[cells];
        byte[] types = new byte[cells];
        int[] segment = new int[cells];
        double[] value = new double[8];
        int point = 0;
        int cell = 0;
        int c = 0;
        for (WallChains.Chain chain : chains) {
            int[] nodes = chain.nodes();
            int previousStart = -1;
            boolean previousOnAxis = false;
            for (int i = 0; i < nodes.length; i++) {
                int node = nodes[i];
                boolean axis = onAxis(mesh, node, axisTolerance);
                int start = point;
                for (int j = 0; j < (axis ? 1 : n); j++) {
                    double r = axis ? 0 : mesh.r(node);
                    xyz[3 * point] = mesh.z(node);
                    xyz[3 * point + 1] = r * cos[j];
                    xyz[3 * point + 2] = r * sin[j];
                    fields.at(node, 2 * Math.PI * j / n, cos[j], sin[j], value);
                    e[3 * point] = value[0];
                    e[3 * point + 1] = value[1];
                    e[3 * point + 2] = value[2];
                    h[3 * point] = value[3];
                    h[3 * point + 1] = value[4];
                    h[3 * point + 2] = value[5];
                    eMagnitude[point] = value[6];
                    hMagnitude[point] = value[7];
                    point++;
                }
                if (i > 0) {
                    for (int j = 0; j < n; j++) {
                        int jn = (j + 1) % n;
                        if (previousOnAxis) {
                            c = put(connectivity, c, previousStart, start + j, start + jn);
                        } else if (axis) {
                            c = put(connectivity, c, previousStart + j, start, previousStart + jn);
                        } else {
                            c = put(connectivity, c, previousStart + j, start + j, start + jn, previousStart + jn);
                        }
                        types[cell] = previousOnAxis || axis ? VTK_TRIANGLE : VTK_QUAD;
                        segment[cell] = chain.segment();
                        offsets[cell++] = c;
                    }
                }
                previousStart = start;
                previousOnAxis = axis;
            }
        }
        XmlElement grid = new XmlElement("UnstructuredGrid");
        fieldData.addTo(grid);
        XmlElement piece = grid.child("Piece").attribute("NumberOfPoints", points).attribute("NumberOfCells", cells);
        piece.child("PointData").attribute("Scalars", MeridianGrid.H_MAGNITUDE).attribute("Vectors", MeridianGrid.E_VECTOR)
                .arrays(List.of(
                        new DataArray.Float64(MeridianGrid.E_VECTOR, 3, e),
                        new DataArray.Float64(MeridianGrid.H_VECTOR, 3, h),
                        DataArray.Float64.scalar(MeridianGrid.E_MAGNITUDE, eMagnitude),
                        DataArray.Float64.scalar(MeridianGrid.H_MAGNITUDE, hMagnitude)));
        piece.child("CellData").array(new DataArray.Int32("segment", 1, segment));
        piece.child("Points").array(new DataArray.Float64("Points", 3, xyz));
        piece.child("Cells").arrays(List.of(
                new DataArray.Int32("connectivity", 1, connectivity),
                new DataArray.Int32("offsets", 1, offsets),
                new DataArray.UInt8("types", 1, types)));
        VtkXmlWriter.write(file, grid, encoding);
    }

    private static boolean onAxis(Mesh mesh, int node, double tolerance) {
        return mesh.r(node) <= tolerance;
    }

    private static int put(int[] into, int at, int... ids) {
        for (int id : ids) {
            into[at++] = id;
        }
        return at;
    }
}
