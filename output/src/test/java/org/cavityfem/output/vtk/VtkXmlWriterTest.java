package org.cavityfem.output.vtk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The appended raw layout of the VTK XML format (VTK file formats, "XML File Formats", appended
 * data): after the '_' each array is a UInt64 byte count followed by its little-endian values, at
 * the offset its DataArray declares. Arrays larger than the writer's 1 MiB buffer must come out
 * whole.
 */
class VtkXmlWriterTest {

    @TempDir
    Path dir;

    @Test
    void appendedBlocksSitAtTheirDeclaredOffsets() throws IOException {
        int n = 400_003; // 3.2 MB of doubles: crosses the buffer several times, at odd positions
        double[] doubles = new double[n];
        int[] ints = new int[n + 1];
        byte[] bytes = new byte[7];
        for (int i = 0; i < n; i++) {
            doubles[i] = Math.sin(i) * 1e3 + i;
            ints[i] = -i * 7;
        }
        ints[n] = Integer.MAX_VALUE;
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (250 + i);
        }
        XmlElement root = new XmlElement("PolyData");
        root.child("FieldData").array(new DataArray.UInt8("flags", 1, bytes));
        root.child("Piece").child("PointData").array(new DataArray.Float64("v (m)", 1, doubles))
                .array(new DataArray.Int32("i", 1, ints));
        Path file = dir.resolve("t.vtp");
        VtkXmlWriter.write(file, root, VtkEncoding.BINARY);

        byte[] all = Files.readAllBytes(file);
        String text = new String(all, StandardCharsets.ISO_8859_1);
        int start = text.indexOf("<AppendedData encoding=\"raw\">");
        int data = text.indexOf('_', start) + 1;
        ByteBuffer raw = ByteBuffer.wrap(all).order(ByteOrder.LITTLE_ENDIAN);
        assertTrue(text.contains("header_type=\"UInt64\"") && text.contains("byte_order=\"LittleEndian\""));

        raw.position(data + offset(text, "flags"));
        assertEquals(bytes.length, raw.getLong());
        byte[] readBytes = new byte[bytes.length];
        raw.get(readBytes);
        assertArrayEquals(bytes, readBytes);

        raw.position(data + offset(text, "v (m)"));
        assertEquals(8L * n, raw.getLong());
        double[] readDoubles = new double[n];
        raw.asDoubleBuffer().get(readDoubles);
        assertArrayEquals(doubles, readDoubles);

        raw.position(data + offset(text, "i"));
        assertEquals(4L * (n + 1), raw.getLong());
        int[] readInts = new int[n + 1];
        raw.asIntBuffer().get(readInts);
        assertArrayEquals(ints, readInts);
        raw.position(raw.position() + 4 * (n + 1));
        assertEquals("\n  </AppendedData>\n</VTKFile>\n",
                new String(all, raw.position(), all.length - raw.position(), StandardCharsets.ISO_8859_1));
    }

    @Test
    void asciiValuesReadBackExactly() throws IOException {
        double[] values = {Math.PI, -1e-300, 6.02214076e23, 0.1 + 0.2, -0.0};
        XmlElement root = new XmlElement("PolyData");
        root.child("Piece").child("PointData").array(new DataArray.Float64("x", 1, values));
        Path file = dir.resolve("t.vtp");
        VtkXmlWriter.write(file, root, VtkEncoding.ASCII);
        String text = Files.readString(file);
        Matcher m = Pattern.compile("format=\"ascii\">\\s*([^<]*)</DataArray>").matcher(text);
        assertTrue(m.find(), text);
        String[] words = m.group(1).trim().split("\\s+");
        double[] read = new double[words.length];
        for (int i = 0; i < words.length; i++) {
            read[i] = Double.parseDouble(words[i]);
        }
        assertArrayEquals(values, read);
        assertTrue(!text.contains("AppendedData"));
    }

    private static int offset(String text, String name) {
        Matcher m = Pattern.compile("Name=\"" + Pattern.quote(name) + "\"[^>]*offset=\"(\\d+)\"").matcher(text);
        assertTrue(m.find(), name);
        return Integer.parseInt(m.group(1));
    }
}
