package org.cavityfem.output.vtk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A ParaView data collection ({@code .pvd}) indexing the files of all modes: the mode number is
 * the step ({@code timestep}), so ParaView's time control steps through the modes, and the files of
 * one mode (meridian grid, walls, revolved walls) are its parts.
 */
public final class ModeCollection {

    private ModeCollection() {
    }

    /**
     * One file of the collection.
     *
     * @param step the mode number
     * @param part 0 for the meridian grid, 1 for the walls, 2 for the revolved walls
     * @param name the part's name, e.g. {@code "meridian"}
     * @param file the file name, relative to the collection file
     */
    public record Entry(int step, int part, String name, String file) {
    }

    /** Writes the collection. */
    public static void write(Path file, List<Entry> entries) throws IOException {
        StringBuilder xml = new StringBuilder();
        xml.append("<?xml version=\"1.0\"?>\n");
        xml.append("<VTKFile type=\"Collection\" version=\"1.0\" byte_order=\"LittleEndian\" header_type=\"UInt64\">\n");
        xml.append("  <Collection>\n");
        for (Entry e : entries) {
            xml.append(String.format(Locale.ROOT, "    <DataSet timestep=\"%d\" group=\"\" part=\"%d\" name=\"%s\" file=\"%s\"/>\n",
                    e.step(), e.part(), VtkXmlWriter.escape(e.name()), VtkXmlWriter.escape(e.file())));
        }
        xml.append("  </Collection>\n");
        xml.append("</VTKFile>\n");
        Files.writeString(file, xml, StandardCharsets.UTF_8);
    }
}
