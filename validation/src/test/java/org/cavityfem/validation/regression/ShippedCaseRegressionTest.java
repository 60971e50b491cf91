package org.cavityfem.validation.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.cavityfem.app.cli.CavityCli;
import org.cavityfem.app.cli.ExitCodes;
import org.cavityfem.solver.ModeSolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every shipped case that has a reference folder {@code cases/ref/<case>/} is solved end to end by
 * the command line ({@code cavity solve cases/<case>.json --no-plots}) and its {@code modes.csv}
 * compared, cell by cell, with {@code cases/ref/<case>/modes.csv} within the tolerances of
 * {@code cases/ref/<case>/tolerance.json}. Cases are found from the folder, so a new case with a
 * reference folder is tested without touching this class. {@code cases/ref/update} regenerates the
 * references after an intended change (docs/validation.md, "Regression cases").
 */
class ShippedCaseRegressionTest {

    /** The shipped cases (tests run in the validation module folder). */
    static final Path CASES = Path.of("..", "cases");
    /** Their reference results. */
    static final Path REFERENCES = CASES.resolve("ref");

    @TempDir
    Path tmp;

    static Stream<String> casesWithReferences() throws IOException {
        try (Stream<Path> dirs = Files.list(REFERENCES)) {
            List<String> names = dirs.filter(Files::isDirectory)
                    .map(p -> p.getFileName().toString())
                    .sorted()
                    .toList();
            assertTrue(!names.isEmpty(), "no reference folder under " + REFERENCES);
            return names.stream();
        }
    }

    @Test
    void everyShippedCaseHasReferenceResults() throws IOException {
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.list(CASES)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList()) {
                String name = f.getFileName().toString().replaceFirst("\\.json$", "");
                Path ref = REFERENCES.resolve(name);
                if (!Files.isRegularFile(ref.resolve("modes.csv")) || !Files.isRegularFile(ref.resolve("tolerance.json"))) {
                    missing.add(name);
                }
            }
        }
        assertEquals(List.of(), missing, "shipped cases without cases/ref/<case>/modes.csv and tolerance.json "
                + "(create the folder with its tolerance.json, then run cases/ref/update <case>)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("casesWithReferences")
    void modesMatchTheReference(String name) {
        Path caseFile = CASES.resolve(name + ".json");
        assertTrue(Files.isRegularFile(caseFile), "reference folder " + REFERENCES.resolve(name)
                + " has no case " + caseFile);
        Path out = tmp.resolve(name);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try (PrintStream o = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            // Plots do not feed modes.csv and take most of a run's time.
            status = CavityCli.run(ModeSolver::new, o, e,
                    "solve", caseFile.toString(), "--out", out.toString(), "--no-plots", "--quiet");
        }
        assertEquals(ExitCodes.OK, status, name + ": " + err.toString(StandardCharsets.UTF_8));

        ModesTable reference = ModesTable.read(REFERENCES.resolve(name).resolve("modes.csv"));
        ModesTable actual = ModesTable.read(out.resolve("modes.csv"));
        CaseTolerances tolerances = CaseTolerances.read(REFERENCES.resolve(name).resolve("tolerance.json"));
        List<String> drift = compare(name, reference, actual, tolerances);
        if (!drift.isEmpty()) {
            fail(drift.size() + " value(s) of " + name + " drifted from cases/ref/" + name + "/modes.csv ("
                    + meshes(out.resolve("summary.json"), REFERENCES.resolve(name).resolve("mesh.json")) + "):\n"
                    + String.join("\n", drift));
        }
    }

    /** The mesh sizes of the run and of the reference: a different count means the mesher decided differently. */
    static String meshes(Path summary, Path referenceMesh) {
        try {
            JsonNode run = new ObjectMapper().readTree(summary.toFile()).path("mesh");
            String text = "this run's mesh: " + run.path("elements").asInt() + " elements, " + run.path("dofs").asInt()
                    + " unknowns";
            if (Files.isRegularFile(referenceMesh)) {
                JsonNode ref = new ObjectMapper().readTree(referenceMesh.toFile());
                text += "; reference: " + ref.path("elements").asInt() + " elements, " + ref.path("dofs").asInt()
                        + " unknowns";
            }
            return text;
        } catch (IOException e) {
            return "mesh sizes unreadable: " + e.getMessage();
        }
    }

    /** Every cell of the reference against the same mode and column of the new run. */
    static List<String> compare(String name, ModesTable reference, ModesTable actual, CaseTolerances tolerances) {
        List<String> drift = new ArrayList<>();
        if (actual.rows().size() != reference.rows().size()) {
            drift.add(name + ": " + actual.rows().size() + " modes, reference " + reference.rows().size());
            return drift;
        }
        for (int c = 0; c < reference.header().size(); c++) {
            String column = reference.header().get(c);
            int ac = actual.column(column);
            if (ac < 0) {
                drift.add(name + ": column '" + column + "' is missing from modes.csv");
                continue;
            }
            for (int m = 0; m < reference.rows().size(); m++) {
                String want = reference.rows().get(m).get(c);
                String got = actual.rows().get(m).get(ac);
                String label = reference.rows().get(m).get(reference.column("label"));
                String mode = "mode " + m + " (" + label + ")";
                ColumnTolerance tol = tolerances.of(label, column);
                Double wantValue = number(want);
                Double gotValue = number(got);
                if (wantValue == null || gotValue == null) {
                    if (!want.equals(got)) {
                        drift.add(name + ", " + mode + ", '" + column + "': '" + got + "', reference '" + want + "'");
                    }
                } else if (!tol.accepts(gotValue, wantValue)) {
                    double rel = Math.abs(gotValue - wantValue) / Math.abs(wantValue);
                    drift.add(String.format("%s, %s, '%s': %s, reference %s (relative difference %.3g), tolerance %s: %s",
                            name, mode, column, got, want, rel, tol.describe(), tol.why()));
                }
            }
        }
        return drift;
    }

    private static Double number(String cell) {
        try {
            return Double.valueOf(cell);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
