package org.cavityfem.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.cavityfem.solver.ModeSolver;
import org.cavityfem.sweep.ResultTable;
import org.cavityfem.sweep.StudyReader;
import org.cavityfem.sweep.Sweep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sweep on Spark in local mode gives the local sweep's table byte for byte (ten pillbox gaps,
 * each tuned by its radius to 1 GHz), and resumes from a journal cut after four points.
 */
class SparkStudyTest {

    @TempDir
    Path dir;

    @Test
    void sparkLocalModeGivesTheLocalTable() throws IOException {
        Files.writeString(dir.resolve("pillbox.json"), """
                {"name": "pillbox", "geometry": {"type": "pillbox", "radius": "115 mm", "gap": "115 mm"},
                 "mesh": {"order": 4, "elementSize": "40 mm"}, "solver": {"modes": 1}}
                """, StandardCharsets.UTF_8);
        Path study = Files.writeString(dir.resolve("study.json"), """
                {"name": "gaps", "baseCase": "pillbox.json",
                 "parameters": {"gap": {"from": "60 mm", "to": "160 mm", "steps": 10}},
                 "tune": {"parameter": "radius", "frequency": "1 GHz"}}
                """, StandardCharsets.UTF_8);
        Sweep.run(StudyReader.read(study), dir.resolve("local"), 2, ModeSolver::new, null, false);
        SparkConf conf = new SparkConf().setMaster("local[2]").setAppName("cavity test")
                .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1");
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            StudyText text = StudyText.read(study);
            // Batches of 3: the first run stops after one batch as a killed job would have.
            SparkStudy.run(sc, text, dir.resolve("spark"), 3);
            assertEquals(Files.readString(dir.resolve("local").resolve(ResultTable.FILE)),
                    Files.readString(dir.resolve("spark").resolve(ResultTable.FILE)));
            Path partial = dir.resolve("partial");
            Files.createDirectories(partial);
            java.util.List<String> lines = Files.readAllLines(dir.resolve("spark").resolve("journal.jsonl"));
            Files.write(partial.resolve("journal.jsonl"), lines.subList(0, 5));
            assertEquals(10, SparkStudy.run(sc, text, partial, 3).size());
            assertEquals(Files.readString(dir.resolve("local").resolve(ResultTable.FILE)),
                    Files.readString(partial.resolve(ResultTable.FILE)));
        }
    }
}
