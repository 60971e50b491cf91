package org.cavityfem.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal keeps every finished point once, whatever a kill left at its end. */
class JournalTest {

    @TempDir
    Path dir;

    private static PointRow row(int i) {
        double[] f = new double[Figures.columns().size()];
        for (int k = 0; k < f.length; k++) {
            f[k] = k == 3 ? Double.NaN : Math.PI * (i + 1) / (k + 1);
        }
        return new PointRow(i, new double[] {0.1 + i * 1e-17, 0.2}, Double.NaN, PointRow.OK, "", f);
    }

    @Test
    void rowsComeBackBitForBit() throws IOException {
        try (Journal j = Journal.open(dir, "abc")) {
            j.append(row(0));
            j.append(row(1));
        }
        try (Journal j = Journal.open(dir, "abc")) {
            assertEquals(2, j.finished().size());
            assertArrayEquals(row(1).figures(), j.finished().get(1).figures(), 0);
            assertArrayEquals(row(1).parameters(), j.finished().get(1).parameters(), 0);
        }
    }

    @Test
    void aTornLastLineIsCutAndADuplicateKeepsTheFirst() throws IOException {
        try (Journal j = Journal.open(dir, "abc")) {
            j.append(row(0));
            j.append(row(1));
            j.append(row(1));
        }
        Path file = dir.resolve(Journal.FILE);
        String text = Files.readString(file);
        // A kill during a write: half of a line, no newline.
        Files.writeString(file, text + "0123abcd {\"point\": 2, \"par", StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
        try (Journal j = Journal.open(dir, "abc")) {
            assertEquals(2, j.finished().size());
            j.append(row(2));
        }
        try (Journal j = Journal.open(dir, "abc")) {
            assertEquals(3, j.finished().size());
        }
        assertEquals(4, Files.readAllLines(file).size() - 1, "header, 0, 1, 1, 2");
    }

    @Test
    void anotherStudysJournalIsRefused() throws IOException {
        try (Journal j = Journal.open(dir, "abc")) {
            j.append(row(0));
        }
        assertThrows(Journal.JournalMismatchException.class, () -> Journal.open(dir, "xyz"));
    }

    @Test
    void aJournalInUseIsRefused() throws IOException {
        try (Journal j = Journal.open(dir, "abc")) {
            j.append(row(0));
            assertThrows(Journal.JournalMismatchException.class, () -> Journal.open(dir, "abc"));
        }
        try (Journal j = Journal.open(dir, "abc")) {
            assertEquals(1, j.finished().size());
        }
    }
}
