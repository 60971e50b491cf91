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
        write(file, MeshArrays.of(mesh, quality), fields, fieldData, encoding);
    }

    /**
     * What the grids of a mesh's modes share, made once per mesh: the points, the cells and the
     * element quality; and the arrays of each mode's derived fields (|E|, |H|, the vectors), reused
     * from one mode's file to the next: a file is written before the next mode's arrays are filled,
     * so one instance serves one thread.
     */
    public static final class MeshArrays {
        private final Mesh mesh;
        private final ElementQuality quality;
        private final double[] points;
        private final Cells cells;
        private final double[] eMagnitude;
        private final double[] hMagnitude;
        /** (E_z, E_r, 0) per node: the zeros are never written. */
        private final double[] eVector;
        /** (0, 0, H_phi) per node: the zeros are never written. */
        private final double[] hVector;

        private MeshArrays(Mesh mesh, ElementQuality quality) {
            this.mesh = mesh;
            this.quality = quality;
            this.points = points(mesh);
            this.cells = Cells.of(mesh);
            int nodes = mesh.nodeCount();
            eMagnitude = new double[nodes];
            hMagnitude = new double[nodes];
            eVector = new double[3 * nodes];
            hVector = new double[3 * nodes];
        }

        /**
         * The arrays of a mesh.
         *
         * @param quality the mesh's element quality
         */
        public static MeshArrays of(Mesh mesh, ElementQuality quality) {
            return new MeshArrays(mesh, quality);
        }

        /** The mesh. */
        public Mesh mesh() {
            return mesh;
        }
    }

    /** The cells of a mesh: the element nodes in VTK's order, the cells' ends and their type. */
    private record Cells(int[] connectivity, int[] offsets, byte[] types) {

        static Cells of(Mesh mesh) {
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
            return new Cells(connectivity, offsets, types);
        }

        /** The arrays, as children of a {@code Cells} element. */
        void addTo(XmlElement cells) {
            cells.array(new DataArray.Int32("connectivity", 1, connectivity));
            cells.array(new DataArray.Int32("offsets", 1, offsets));
            cells.array(new DataArray.UInt8("types", 1, types));
        }
    }

    /**
     * Writes the grid of one mode of a mesh.
     *
     * @param file the {@code .vtu} file
     * @param arrays the mesh's arrays (its points, cells and quality), filled here with the mode's
     * @param fields the mode's field at every mesh node
     * @param fieldData numbers stored with the grid (frequency, energy, scale)
     * @param encoding how arrays are stored
     */
    public static void write(Path file, MeshArrays arrays, NodalFields fields, FieldData fieldData,
            VtkEncoding encoding) throws IOException {
        Mesh mesh = arrays.mesh;
        if (fields.size() != mesh.nodeCount()) {
            throw new IllegalArgumentException(fields.size() + " field values for " + mesh.nodeCount() + " nodes");
        }
        int nodes = mesh.nodeCount();
        int elements = mesh.elementCount();
        XmlElement grid = new XmlElement("UnstructuredGrid");
        fieldData.addTo(grid);
        XmlElement piece = grid.child("Piece").attribute("NumberOfPoints", nodes).attribute("NumberOfCells", elements);

        double[] eMagnitude = arrays.eMagnitude;
        double[] hMagnitude = arrays.hMagnitude;
        double[] eVector = arrays.eVector;
        double[] hVector = arrays.hVector;
        double[] er = fields.radialElectricField();
        double[] ez = fields.axialElectricField();
        double[] h = fields.magneticField();
        for (int i = 0; i < nodes; i++) {
            eMagnitude[i] = Math.hypot(er[i], ez[i]);
            hMagnitude[i] = Math.abs(h[i]);
            eVector[3 * i] = ez[i];
            eVector[3 * i + 1] = er[i];
            hVector[3 * i + 2] = h[i];
        }
        piece.child("PointData").attribute("Scalars", H_PHI).attribute("Vectors", E_VECTOR).arrays(List.of(
                DataArray.Float64.scalar(H_PHI, h),
                DataArray.Float64.scalar(E_R, er),
                DataArray.Float64.scalar(E_Z, ez),
                DataArray.Float64.scalar(E_MAGNITUDE, eMagnitude),
                DataArray.Float64.scalar(H_MAGNITUDE, hMagnitude),
                new DataArray.Float64(E_VECTOR, 3, eVector),
                new DataArray.Float64(H_VECTOR, 3, hVector)));
        ElementQuality quality = arrays.quality;
        piece.child("CellData").attribute("Scalars", MIN_ANGLE).arrays(List.of(
                DataArray.Float64.scalar(MIN_ANGLE, quality.minAngleDeg()),
                DataArray.Float64.scalar(SCALED_JACOBIAN, quality.scaledJacobian()),
                new DataArray.UInt8(CURVED, 1, quality.curved())));
        piece.child("Points").array(new DataArray.Float64("Points", 3, arrays.points));
        arrays.cells.addTo(piece.child("Cells"));
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
        Cells.of(mesh).addTo(cells);
    }
}
