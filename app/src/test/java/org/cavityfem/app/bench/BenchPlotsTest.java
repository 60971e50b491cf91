package org.cavityfem.app.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.cavityfem.output.OutputFolder;
import org.cavityfem.output.plot.ConvergencePlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bench folder: one convergence plot per cavity with one line per order, and the table as CSV. */
class BenchPlotsTest {

    @TempDir
    Path tmp;

    /** Measurements as the bench reports them; the numbers are only data to be carried over. */
    private static final List<BenchRow> ROWS = List.of(
            new BenchRow("pillbox", 1, 0.01, 300, 160, 2e-4, 0.1, 0.1, 0.1, 0.3),
            new BenchRow("pillbox", 1, 0.005, 1200, 620, 5e-5, 0.1, 0.1, 0.1, 0.3),
            new BenchRow("pillbox", 4, 0.03, 50, 450, 6e-12, 0.1, 0.1, 0.1, 0.3),
            new BenchRow("sphere", 4, 0.025, 67, 546, 4.4e-11, 0.1, 0.1, 0.1, 0.3));

    @Test
    void oneSeriesPerOrderWithTheRowsOfThatOrder() {
        List<ConvergencePlot.Series> series = BenchPlots.series("pillbox", ROWS);
        assertEquals(List.of("order 1", "order 4"), series.stream().map(ConvergencePlot.Series::name).toList());
        assertArrayEquals(new double[] {160, 620}, series.get(0).unknowns());
        assertArrayEquals(new double[] {2e-4, 5e-5}, series.get(0).error());
        assertArrayEquals(new double[] {6e-12}, series.get(1).error());
    }

    @Test
    void folderHoldsPlotsAndTableAndIsReplacedOnTheNextRun() throws IOException {
        Path dir = tmp.resolve("bench");
        List<Reference> refs = List.of(References.pillbox(), References.sphere());
        BenchPlots.write(dir, refs, ROWS);
        BenchPlots.write(dir, refs, ROWS.subList(0, 3));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of(OutputFolder.MANIFEST, "bench.csv", "convergence_pillbox.png", "convergence_pillbox.svg"),
                    s.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertNotNull(ImageIO.read(dir.resolve("convergence_pillbox.png").toFile()));
        List<String> csv = Files.readAllLines(dir.resolve("bench.csv"));
        assertEquals(4, csv.size());
        assertTrue(csv.get(0).startsWith("case,order,element size (m),elements,unknowns,relative error,"), csv.get(0));
        assertEquals(6e-12, Double.parseDouble(csv.get(3).split(",")[5]));
    }

    @Test
    void aFolderOfOtherFilesIsNotReplaced() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("notes"));
        Files.writeString(dir.resolve("todo.txt"), "keep");
        var e = assertThrows(IllegalArgumentException.class,
                () -> BenchPlots.write(dir, List.of(References.pillbox()), ROWS));
        assertTrue(e.getMessage().contains("bench.csv"), e.getMessage());
        assertEquals("keep", Files.readString(dir.resolve("todo.txt")));
    }
}
