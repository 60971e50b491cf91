package org.cavityfem.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.cavityfem.casefile.CaseWriter;
import org.cavityfem.solver.ModeSolver;
import org.cavityfem.study.PreparedCase;
import org.cavityfem.study.Study;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sweeps of the pillbox: exact, deterministic, resumable, and failures recorded. */
class SweepTest {

    @TempDir
    Path dir;

    /**
     * Every point equals a separate run of its case file bit for bit ({@code cavity solve} reads the
     * file and runs the same study), and the frequency is the closed form c j01 / (2π R) of the
     * TM010 pillbox mode (independent of the gap) to the discretisation error, below 1e-9.
     */
    @Test
    void pointsEqualSeparateSolvesOfTheirCaseFiles() throws IOException {
        StudySpec spec = StudyReader.read(StudyFiles.write(dir, StudyFiles.gapGrid(2)));
        Sweep.Outcome o = Sweep.run(spec, dir.resolve("out"), 2, ModeSolver::new, null, false);
        assertEquals(4, o.rows().size());
        PointEvaluator points = new PointEvaluator(spec, ModeSolver::new);
        for (PointRow r : o.rows().values()) {
            assertEquals(PointRow.OK, r.status(), r.reason());
            Path file = dir.resolve("point" + r.index() + ".json");
            Files.writeString(file, CaseWriter.toJson(points.caseOf(r.index(), r.parameters())),
                    StandardCharsets.UTF_8);
            double[] alone = Figures.of(new Study(new ModeSolver()).run(PreparedCase.read(file)));
            assertArrayEquals(alone, r.figures(), 0.0);
            double radius = r.parameters()[1];
            double exact = 299_792_458.0 * 2.404825557695773 / (2 * Math.PI * radius);
            assertEquals(exact, r.figure(Figures.FREQUENCY), 1e-9 * exact);
        }
    }

    @Test
    void theTableDoesNotDependOnTheWorkerCount() throws IOException {
        StudySpec spec = StudyReader.read(StudyFiles.write(dir, StudyFiles.gapGrid(3)));
        Sweep.run(spec, dir.resolve("one"), 1, ModeSolver::new, null, false);
        Sweep.run(spec, dir.resolve("two"), 2, ModeSolver::new, null, false);
        assertEquals(Files.readString(dir.resolve("one/results.csv")), Files.readString(dir.resolve("two/results.csv")));
    }

    @Test
    void failedPointsAreRecordedAndTheStudyGoesOn() throws IOException {
        // Tuning the radius to 3 GHz within 3 solves: out of reach from 115 mm, so every point fails.
        Path file = StudyFiles.write(dir, """
                {"name": "f", "baseCase": "pillbox.json",
                 "parameters": { "gap": { "values": ["60 mm", "80 mm"] } },
                 "tune": { "parameter": "radius", "frequency": "3 GHz", "maxIterations": 2 } }
                """);
        Sweep.Outcome o = Sweep.run(StudyReader.read(file), dir.resolve("out"), 2, ModeSolver::new, null, true);
        assertEquals(2, o.rows().size());
        for (PointRow r : o.rows().values()) {
            assertEquals(PointRow.FAILED, r.status());
            assertTrue(r.reason().startsWith("tuning failed"), r.reason());
        }
        List<String> lines = Files.readAllLines(o.table());
        assertEquals(3, lines.size());
        assertTrue(lines.get(1).contains("\"tuning failed"), lines.get(1));
    }

    /**
     * A sweep killed (SIGKILL) at random moments several times, then run to its end, gives the same
     * table as a sweep never interrupted: no point lost, none twice, none different. Each kill comes
     * after a random number of further points has been journaled, plus a random few milliseconds, so
     * that it lands during the run (sometimes during a write) however fast the machine is.
     */
    @Test
    void aKilledSweepResumesToTheSameTable() throws Exception {
        Path study = StudyFiles.write(dir, StudyFiles.gapGrid(20));
        StudySpec spec = StudyReader.read(study);
        Sweep.run(spec, dir.resolve("reference"), 2, ModeSolver::new, null, false);
        Path folder = dir.resolve("killed");
        Path journal = folder.resolve(Journal.FILE);
        Random random = new Random(20261205);
        int kills = 0;
        for (int attempt = 0; attempt < 4; attempt++) {
            long target = lines(journal) + 1 + random.nextInt(4);
            Process p = child(study, folder);
            while (p.isAlive() && lines(journal) < target) {
                Thread.sleep(2);
            }
            Thread.sleep(random.nextInt(30));
            if (p.isAlive()) {
                p.destroyForcibly().waitFor();
                kills++;
            }
        }
        Process last = child(study, folder);
        assertEquals(0, last.waitFor(), new String(last.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
        assertTrue(kills >= 3, "the sweep was killed " + kills + " times; the test needs at least 3");
        assertEquals(Files.readString(dir.resolve("reference/results.csv")), Files.readString(folder.resolve("results.csv")));
        assertTrue(lines(journal) - 1 >= 40, "every point journaled at least once");
    }

    /** Complete lines of a file (0 when it does not exist yet). */
    private static long lines(Path file) throws IOException {
        if (!Files.exists(file)) {
            return 0;
        }
        byte[] b = Files.readAllBytes(file);
        long n = 0;
        for (byte x : b) {
            if (x == '\n') {
                n++;
            }
        }
        return n;
    }

    private static Process child(Path study, Path folder) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), SweepMain.class.getName(),
                study.toString(), folder.toString(), "2").redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }
}
