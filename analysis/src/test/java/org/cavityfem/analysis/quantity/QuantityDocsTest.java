package org.cavityfem.analysis.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cavityfem.analysis.merit.ModeQuantities;
import org.cavityfem.analysis.merit.SegmentQuantities;
import org.cavityfem.analysis.merit.WallQuantities;
import org.junit.jupiter.api.Test;

/**
 * docs/case-format.md lists the per-mode, per-segment and per-wall-sample quantities as tables
 * generated from the code's tables; this test fails when they differ and prints the expected text.
 */
class QuantityDocsTest {

    static final Path DOC = Path.of("..", "docs", "case-format.md");
    static final String BEGIN = "<!-- begin generated: quantity tables -->";
    static final String END = "<!-- end generated: quantity tables -->";

    @Test
    void caseFormatListsEveryQuantityOfTheTables() throws IOException {
        String doc = Files.readString(DOC);
        int begin = doc.indexOf(BEGIN);
        int end = doc.indexOf(END);
        String expected = generated();
        assertTrue(begin >= 0 && end > begin, "docs/case-format.md has no block " + BEGIN + " ... " + END
                + "; it should read:\n" + BEGIN + "\n" + expected + END);
        assertEquals(expected, doc.substring(begin + BEGIN.length() + 1, end),
                "docs/case-format.md is out of date with the quantity tables; the block should read:\n" + expected);
    }

    /** The text between the markers. */
    static String generated() {
        StringBuilder b = new StringBuilder();
        b.append("\nPer mode, in this order after `index` and `label`: the keys of an entry of `modes` in "
                + "summary.json\n(followed by `wallTable`, `wallSegments`, `segments` and `superconductingSurface`), "
                + "the columns of\nmodes.csv and of the console table, as marked:\n\n");
        List<Quantity<?>> modes = new ArrayList<>(ModeQuantities.SOLUTION.entries());
        modes.addAll(ModeQuantities.FIGURES.entries());
        table(b, modes, true);
        b.append("\nPer wall segment, the keys of an entry of a mode's `segments` and the columns of\n"
                + "`<label>_segments.csv`:\n\n");
        table(b, SegmentQuantities.TABLE.entries(), true);
        b.append("\nPer wall sample, the columns of `<label>_wall.csv` and, under the key as their name, the point\n"
                + "arrays of `mode_NN_walls.vtp` (the superconducting-surface columns follow them):\n\n");
        table(b, WallQuantities.ALL.entries(), true);
        b.append('\n');
        return b.toString();
    }

    private static void table(StringBuilder b, List<? extends Quantity<?>> quantities, boolean keys) {
        b.append(keys ? "| key " : "").append("| column | unit | meaning | written to |\n");
        b.append(keys ? "|---" : "").append("|---|---|---|---|\n");
        for (Quantity<?> q : quantities) {
            if (keys) {
                b.append("| `").append(q.key()).append("` ");
            }
            b.append("| `").append(q.header()).append("` | ").append(q.unit().isEmpty() ? "–" : q.unit())
                    .append(" | ").append(q.description().replace("|", "\\|")).append(" | ")
                    .append(String.join(", ", files(q))).append(" |\n");
        }
    }

    private static List<String> files(Quantity<?> q) {
        List<String> files = new ArrayList<>();
        for (Output o : q.outputs()) {
            files.add(switch (o) {
                case SUMMARY -> "summary.json";
                case MODES_CSV -> "modes.csv";
                case WALL_CSV -> "wall CSV";
                case SEGMENTS_CSV -> "segment CSV";
                case PARAVIEW -> "ParaView";
            });
        }
        if (q.console().isPresent()) {
            files.add("console");
        }
        return files;
    }
}
