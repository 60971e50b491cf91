package org.cavityfem.sweep;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Study files of the tests, written into a temporary folder next to their base case. */
final class StudyFiles {

    /**
     * A closed copper pillbox, R = 115 mm: TM010 at c j01 / (2π R) = 997.761 MHz whatever the gap;
     * the active length defaults to the gap.
     */
    static final String PILLBOX = """
            {
              "name": "pillbox",
              "geometry": { "type": "pillbox", "radius": "115 mm", "gap": "115 mm" },
              "mesh": { "order": 4, "elementSize": "40 mm" },
              "solver": { "modes": 1 },
              "rf": { "acceleratingField": "1 MV/m",
                      "surfaceResistance": { "model": "normalConductor", "conductivity": "5.8e7 S/m" } }
            }
            """;

    private StudyFiles() {
    }

    /** Writes the pillbox base case and a study file of the given text; the study file's path. */
    static Path write(Path dir, String study) throws IOException {
        Files.writeString(dir.resolve("pillbox.json"), PILLBOX, StandardCharsets.UTF_8);
        Path file = dir.resolve("study.json");
        Files.writeString(file, study, StandardCharsets.UTF_8);
        return file;
    }

    /** A grid of the pillbox's gap and radius with {@code n} × 2 points. */
    static String gapGrid(int n) {
        return """
                {
                  "name": "gaps",
                  "baseCase": "pillbox.json",
                  "parameters": {
                    "gap": { "from": "60 mm", "to": "160 mm", "steps": %d },
                    "radius": { "values": ["110 mm", "115 mm"] }
                  }
                }
                """.formatted(n);
    }
}
