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
     * table as a sweep never interrupted: no point lost, none twice, none different.
     */
    @Test
    void aKilledSweepResumesToTheSameTable() throws Exception {
        Path study = StudyFiles.write(dir, StudyFiles.gapGrid(12));
        StudySpec spec = StudyReader.read(study);
        Sweep.run(spec, dir.resolve("reference"), 2, ModeSolver::new, null, false);
        Path folder = dir.resolve("killed");
        Random random = new Random(20261205);
        int kills = 0;
        for (int attempt = 0; attempt < 6; attempt++) {
            Process p = child(study, folder);
            if (!p.waitFor(400 + random.nextInt(1200), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly().waitFor();
                kills++;
            }
        }
        Process last = child(study, folder);
        assertEquals(0, last.waitFor(), new String(last.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
        assertTrue(kills >= 2, "the sweep was killed " + kills + " times; the test needs at least 2");
        assertEquals(Files.readString(dir.resolve("reference/results.csv")), Files.readString(folder.resolve("results.csv")));
        long journaled = Files.readAllLines(folder.resolve(Journal.FILE)).size() - 1;
        assertTrue(journaled >= 24, "every point journaled at least once: " + journaled);
    }

    private static Process child(Path study, Path folder) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), SweepMain.class.getName(),
                study.toString(), folder.toString(), "2").redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }
}
