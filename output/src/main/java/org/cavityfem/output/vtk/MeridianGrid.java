package org.cavityfem.output.vtk;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.cavityfem.analysis.field.NodalFields;
import org.cavityfem.mesh.Mesh;

/**
 * The meridian-plane mesh of one mode as a VTK unstructured grid ({@code .vtu}) with its curved
 * high-order cells kept curved. Points are (x, y, z) = (z, r, 0): the axis along x, the radius
 * along y, so that φ̂ points along +z and the plane is the φ = 0 cut of {@link RevolvedWalls}.
 *
 * <p>Point data (names are plain identifiers with the unit as a suffix, usable in ParaView's
 * Calculator and Python): {@code H_phi_A_per_m}, {@code E_r_V_per_m}, {@code E_z_V_per_m},
 * {@code E_abs_V_per_m}, {@code H_abs_A_per_m}, and the vectors {@code E_V_per_m} = (E_z, E_r, 0) and {@code H_A_per_m} =
 * (0, 0, H_phi). Cell data: {@link ElementQuality}. Every mesh node is a point, numbered as in the
 * mesh.
 */
public final class MeridianGrid {

    /** Point-data array names. */
    public static final String H_PHI = "H_phi_A_per_m";
    public static final String E_R = "E_r_V_per_m";
    public static final String E_Z = "E_z_V_per_m";
    public static final String E_MAGNITUDE = "E_abs_V_per_m";
    public static final String H_MAGNITUDE = "H_abs_A_per_m";
    public static final String E_VECTOR = "E_V_per_m";
    public static final String H_VECTOR = "H_A_per_m";
    /** Cell-data array names. */
    public static final String MIN_ANGLE = "minAngle_deg";
    public static final String SCALED_JACOBIAN = "scaledJacobian";
    public static final String CURVED = "curvedWall";

    private MeridianGrid() {
    }

    /**
     * Writes the grid.
     *
     * @param file the {@code .vtu} file
     * @param mesh the mesh
     * @param fields the mode's field at every mesh node
     * @param quality the mesh's element quality
     * @param fieldData numbers stored with the grid (frequency, energy, scale)
     * @param encoding how arrays are stored
     */
    public static void write(Path file, Mesh mesh, NodalFields fields, ElementQuality quality, FieldData fieldData,
            VtkEncoding encoding) throws IOException {
        if (fields.size() != mesh.nodeCount()) {
            throw new IllegalArgumentException(fields.size() + " field values for " + mesh.nodeCount() + " nodes");
        }
        int nodes = mesh.nodeCount();
        int elements = mesh.elementCount();
        XmlElement grid = new XmlElement("UnstructuredGrid");
        fieldData.addTo(grid);
        XmlElement piece = grid.child("Piece").attribute("NumberOfPoints", nodes).attribute("NumberOfCells", elements);

        double[] eMagnitude = new double[nodes];
        double[] hMagnitude = new double[nodes];
        double[] eVector = new double[3 * nodes];
        double[] hVector = new double[3 * nodes];
        for (int i = 0; i < nodes; i++) {
            eMagnitude[i] = Math.hypot(fields.radialElectricField()[i], fields.axialElectricField()[i]);
            hMagnitude[i] = Math.abs(fields.magneticField()[i]);
            eVector[3 * i] = fields.axialElectricField()[i];
            eVector[3 * i + 1] = fields.radialElectricField()[i];
            hVector[3 * i + 2] = fields.magneticField()[i];
        }
        piece.child("PointData").attribute("Scalars", H_PHI).attribute("Vectors", E_VECTOR).arrays(List.of(
                DataArray.Float64.scalar(H_PHI, fields.magneticField()),
                DataArray.Float64.scalar(E_R, fields.radialElectricField()),
                DataArray.Float64.scalar(E_Z, fields.axialElectricField()),
                DataArray.Float64.scalar(E_MAGNITUDE, eMagnitude),
                DataArray.Float64.scalar(H_MAGNITUDE, hMagnitude),
                new DataArray.Float64(E_VECTOR, 3, eVector),
                new DataArray.Float64(H_VECTOR, 3, hVector)));
        piece.child("CellData").attribute("Scalars", MIN_ANGLE).arrays(List.of(
                DataArray.Float64.scalar(MIN_ANGLE, quality.minAngleDeg()),
                DataArray.Float64.scalar(SCALED_JACOBIAN, quality.scaledJacobian()),
                new DataArray.UInt8(CURVED, 1, quality.curved())));
        piece.child("Points").array(new DataArray.Float64("Points", 3, points(mesh)));
        cells(piece.child("Cells"), mesh);
        VtkXmlWriter.write(file, grid, encoding);
    }

    static double[] points(Mesh mesh) {
        double[] xyz = new double[3 * mesh.nodeCount()];
        for (int i = 0; i < mesh.nodeCount(); i++) {
            xyz[3 * i] = mesh.z(i);
            xyz[3 * i + 1] = mesh.r(i);
        }
        return xyz;
    }

    static void cells(XmlElement cells, Mesh mesh) {
        int n = mesh.layout().nodeCount();
        int elements = mesh.elementCount();
        int[] vtkToLocal = TriangleCellOrder.vtkToLocal(mesh.order());
        int[] table = mesh.elementNodeArray();
        int[] connectivity = new int[elements * n];
        int[] offsets = new int[elements];
        byte[] types = new byte[elements];
        byte type = (byte) TriangleCellOrder.cellType(mesh.order());
        for (int e = 0; e < elements; e++) {
            for (int k = 0; k < n; k++) {
                connectivity[e * n + k] = table[e * n + vtkToLocal[k]];
            }
            offsets[e] = (e + 1) * n;
            types[e] = type;
        }
        cells.array(new DataArray.Int32("connectivity", 1, connectivity));
        cells.array(new DataArray.Int32("offsets", 1, offsets));
        cells.array(new DataArray.UInt8("types", 1, types));
    }
}
