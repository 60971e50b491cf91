package org.cavityfem.output.vtk;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a VTK XML file (format version 1.0, little-endian, UInt64 block headers) from an
 * {@link XmlElement} tree, streaming the array values: in {@link VtkEncoding#BINARY} every array
 * is a block of the one {@code AppendedData} section (its UInt64 byte count, then the raw values)
 * and its {@code offset} attribute is the block's position after the section's leading '_'; in
 * {@link VtkEncoding#ASCII} the values are written inside each {@code DataArray}.
 */
final class VtkXmlWriter {

    private static final String INDENT = "  ";

    private VtkXmlWriter() {
    }

    /**
     * Writes one file.
     *
     * @param file the file to create or replace
     * @param dataSet the dataset element (e.g. {@code UnstructuredGrid}); its tag is the file type
     * @param encoding how arrays are stored
     */
    static void write(Path file, XmlElement dataSet, VtkEncoding encoding) throws IOException {
        List<DataArray> order = new ArrayList<>();
        collect(dataSet, order);
        Map<DataArray, Long> offsets = new IdentityHashMap<>();
        long offset = 0;
        for (DataArray a : order) {
            offsets.put(a, offset);
            offset += Long.BYTES + a.byteCount();
        }
        try (ByteSink sink = new ByteSink(file)) {
            sink.putText("<?xml version=\"1.0\"?>\n");
            sink.putText("<VTKFile type=\"" + dataSet.tag()
                    + "\" version=\"1.0\" byte_order=\"LittleEndian\" header_type=\"UInt64\">\n");
            element(sink, dataSet, 1, encoding, offsets);
            if (encoding == VtkEncoding.BINARY && !order.isEmpty()) {
                sink.putText(INDENT + "<AppendedData encoding=\"raw\">\n" + INDENT + INDENT + "_");
                long start = sink.position();
                for (DataArray a : order) {
                    if (sink.position() - start != offsets.get(a)) {
                        throw new IllegalStateException("appended block of " + a.name() + " is misplaced");
                    }
                    sink.putLong(a.byteCount());
                    a.writeBinary(sink);
                }
                sink.putText("\n" + INDENT + "</AppendedData>\n");
            }
            sink.putText("</VTKFile>\n");
        }
    }

    private static void collect(XmlElement e, List<DataArray> into) {
        for (Object c : e.children()) {
            if (c instanceof DataArray a) {
                into.add(a);
            } else {
                collect((XmlElement) c, into);
            }
        }
    }

    private static void element(ByteSink sink, XmlElement e, int depth, VtkEncoding encoding,
            Map<DataArray, Long> offsets) throws IOException {
        String pad = INDENT.repeat(depth);
        StringBuilder open = new StringBuilder(pad).append('<').append(e.tag());
        e.attributes().forEach((k, v) -> open.append(' ').append(k).append("=\"").append(escape(v)).append('"'));
        if (e.children().isEmpty()) {
            sink.putText(open.append("/>\n").toString());
            return;
        }
        sink.putText(open.append(">\n").toString());
        for (Object c : e.children()) {
            if (c instanceof DataArray a) {
                array(sink, a, depth + 1, encoding, offsets.get(a));
            } else {
                element(sink, (XmlElement) c, depth + 1, encoding, offsets);
            }
        }
        sink.putText(pad + "</" + e.tag() + ">\n");
    }

    private static void array(ByteSink sink, DataArray a, int depth, VtkEncoding encoding, long offset)
            throws IOException {
        String pad = INDENT.repeat(depth);
        String head = pad + "<DataArray type=\"" + a.vtkType() + "\" Name=\"" + escape(a.name())
                + "\" NumberOfComponents=\"" + a.components() + "\" NumberOfTuples=\"" + a.tuples() + "\"";
        if (encoding == VtkEncoding.BINARY) {
            sink.putText(head + " format=\"appended\" offset=\"" + offset + "\"/>\n");
            return;
        }
        sink.putText(head + " format=\"ascii\">\n");
        int perLine = Math.max(a.components(), 6 / a.components() * a.components());
        for (int i = 0, n = a.size(); i < n; i++) {
            sink.putText(i % perLine == 0 ? pad + INDENT : " ");
            a.writeAscii(sink, i);
            if (i % perLine == perLine - 1 || i == n - 1) {
                sink.putText("\n");
            }
        }
        sink.putText(pad + "</DataArray>\n");
    }

    /** XML attribute text. */
    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
