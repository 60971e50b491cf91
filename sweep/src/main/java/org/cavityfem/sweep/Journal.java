package org.cavityfem.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;
import org.cavityfem.analysis.quantity.Decimal;

/**
 * The append-only record of a study's finished points, what makes a study resumable: one line per
 * point, written whole and forced to the disk before the point counts as done. A line is
 * {@code <crc32> <json>}; the first line names the study's fingerprint. On opening, a torn last
 * line (a kill during a write) or a line whose checksum does not match is cut off, and a point
 * written twice keeps its first line, so the journal always holds each finished point exactly once.
 * Numbers are written in Java's shortest round-trip form, so a resumed row is the computed one bit
 * for bit.
 */
public final class Journal implements AutoCloseable {

    /** File name of the journal in the study's folder. */
    public static final String FILE = "journal.jsonl";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final FileChannel channel;
    private final Map<Integer, PointRow> rows;

    private Journal(FileChannel channel, Map<Integer, PointRow> rows) {
        this.channel = channel;
        this.rows = rows;
    }

    /**
     * Opens the journal of a study folder, creating it or resuming it.
     *
     * @throws JournalMismatchException when the journal was begun by a different study
     * @throws IOException when it cannot be read or written
     */
    public static Journal open(Path folder, String fingerprint) throws IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve(FILE);
        Map<Integer, PointRow> rows = new TreeMap<>();
        long good = 0;
        boolean headed = false;
        if (Files.exists(file)) {
            byte[] bytes = Files.readAllBytes(file);
            int start = 0;
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] != '\n') {
                    continue;
                }
                String line = new String(bytes, start, i - start, StandardCharsets.UTF_8);
                String body = checked(line);
                if (body == null) {
                    break;
                }
                if (!headed) {
                    JsonNode head = JSON.readTree(body);
                    if (!fingerprint.equals(head.path("study").asText())) {
                        throw new JournalMismatchException(file + " was begun by another study (fingerprint "
                                + head.path("study").asText() + ", this study " + fingerprint + "); give another "
                                + "--out folder, or delete the folder to start again");
                    }
                    headed = true;
                } else {
                    PointRow row = parse(body);
                    rows.putIfAbsent(row.index(), row);
                }
                start = i + 1;
                good = start;
            }
        }
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.READ);
        // Two runs appending to one journal would interleave their points: the second is refused.
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new JournalMismatchException(folder + " is in use by another sweep or optimisation; wait for it or "
                    + "give another --out folder");
        }
        channel.truncate(good);
        channel.position(good);
        Journal journal = new Journal(channel, rows);
        if (!headed) {
            ObjectNode head = JSON.createObjectNode();
            head.put("study", fingerprint);
            journal.writeLine(JSON.writeValueAsString(head));
        }
        return journal;
    }

    /** The finished points read when the journal was opened, by index. */
    public Map<Integer, PointRow> finished() {
        return rows;
    }

    /** Appends a finished point and forces it to the disk. */
    public synchronized void append(PointRow row) throws IOException {
        writeLine(JSON.writeValueAsString(toJson(row)));
    }

    private void writeLine(String body) throws IOException {
        byte[] line = (crc(body) + " " + body + "\n").getBytes(StandardCharsets.UTF_8);
        ByteBuffer buffer = ByteBuffer.wrap(line);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        channel.force(false);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    /** The line's JSON when its checksum matches, else null. */
    private static String checked(String line) {
        int space = line.indexOf(' ');
        if (space != 8) {
            return null;
        }
        String body = line.substring(space + 1);
        return crc(body).equals(line.substring(0, space)) ? body : null;
    }

    private static String crc(String body) {
        CRC32 crc = new CRC32();
        crc.update(body.getBytes(StandardCharsets.UTF_8));
        return String.format("%08x", crc.getValue());
    }

    private static ObjectNode toJson(PointRow row) {
        ObjectNode o = JSON.createObjectNode();
        o.put("point", row.index());
        o.set("parameters_m", numbers(row.parameters()));
        o.put("tuned_m", Decimal.text(row.tuned()));
        o.put("status", row.status());
        o.put("reason", row.reason());
        o.set("figures", numbers(row.figures()));
        return o;
    }

    private static ArrayNode numbers(double[] values) {
        ArrayNode a = JSON.createArrayNode();
        for (double v : values) {
            a.add(Decimal.text(v));
        }
        return a;
    }

    private static PointRow parse(String body) throws IOException {
        JsonNode o = JSON.readTree(body);
        return new PointRow(o.get("point").asInt(), doubles(o.get("parameters_m")),
                Double.parseDouble(o.get("tuned_m").asText()), o.get("status").asText(), o.get("reason").asText(),
                doubles(o.get("figures")));
    }

    private static double[] doubles(JsonNode a) {
        double[] v = new double[a.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = Double.parseDouble(a.get(i).asText());
        }
        return v;
    }

    /** A journal that another study began, or that another run holds. */
    public static final class JournalMismatchException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        JournalMismatchException(String message) {
            super(message);
        }
    }
}
