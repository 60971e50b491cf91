package org.cavityfem.output.vtk;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The walls of one mode as VTK poly-data ({@code .vtp}): a poly-line per wall segment in the
 * meridian plane, points (x, y, z) = (z, r, 0) as in {@link MeridianGrid}, carrying every column of
 * a {@link WallLines} table as point data and the segment index as cell data.
 */
public final class WallPolylines {

    private WallPolylines() {
    }

    /**
     * Writes the poly-lines.
     *
     * @param file the {@code .vtp} file
     * @param walls the wall table
     * @param fieldData numbers stored with the walls
     * @param encoding how arrays are stored
     */
    public static void write(Path file, WallLines walls, FieldData fieldData, VtkEncoding encoding)
            throws IOException {
        int rows = walls.size();
        double[] xyz = new double[3 * rows];
        for (int i = 0; i < rows; i++) {
            xyz[3 * i] = walls.z()[i];
            xyz[3 * i + 1] = walls.r()[i];
        }
        List<Integer> lineEnds = new ArrayList<>();
        List<Integer> lineSegments = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            if (i == rows || walls.segment()[i] != walls.segment()[i - 1]) {
                lineEnds.add(i);
                lineSegments.add(walls.segment()[i - 1]);
            }
        }
        int lines = lineEnds.size();
        int[] connectivity = new int[rows];
        for (int i = 0; i < rows; i++) {
            connectivity[i] = i;
        }
        int[] offsets = lineEnds.stream().mapToInt(Integer::intValue).toArray();
        int[] segments = lineSegments.stream().mapToInt(Integer::intValue).toArray();

        XmlElement poly = new XmlElement("PolyData");
        fieldData.addTo(poly);
        XmlElement piece = poly.child("Piece").attribute("NumberOfPoints", rows).attribute("NumberOfVerts", 0)
                .attribute("NumberOfLines", lines).attribute("NumberOfStrips", 0).attribute("NumberOfPolys", 0);
        XmlElement pointData = piece.child("PointData");
        walls.columns().forEach((name, values) -> pointData.array(DataArray.Float64.scalar(name, values)));
        piece.child("CellData").array(new DataArray.Int32("segment", 1, segments));
        piece.child("Points").array(new DataArray.Float64("Points", 3, xyz));
        piece.child("Lines").arrays(List.of(new DataArray.Int32("connectivity", 1, connectivity),
                new DataArray.Int32("offsets", 1, offsets)));
        VtkXmlWriter.write(file, poly, encoding);
    }
}
