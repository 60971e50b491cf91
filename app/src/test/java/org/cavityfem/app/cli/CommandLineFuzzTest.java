package org.cavityfem.app.cli;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Malformed and random input never makes the command line fail inside: every run ends with exit
 * status 0, 2 or 3, prints no stack trace or internal error, and leaves either a complete result
 * folder or none. Inputs: the corpus of files that once ended badly (resources {@code malformed/}),
 * random mutations of every shipped case, random contours. The seeds are fixed, so a run is
 * repeatable; a failure prints the input that caused it.
 */
class CommandLineFuzzTest {

    private static final Path CASES = Path.of("..", "cases");
    private static final List<String> CORPUS = List.of("accelerating-field-1e300.json", "binary.json",
            "contour-far-from-origin.json", "cusp-from-arc-direction.json", "direction-number.json", "empty.json",
            "exponent-overflow.json", "lone-surrogate.json", "not-an-object.json", "trailing-comma.json",
            "unit-with-newline.json", "voltage-range-off-axis.json");
    private static final JsonMapper JSON = JsonMapper.builder().enable(JsonReadFeature.ALLOW_JAVA_COMMENTS).build();
    private static final String[] VALUES = {"0", "-1", "1e400", "\"\"", "\"5 mm\"", "\"-5 mm\"", "\"1e308 m\"",
        "\"0 mm\"", "\"1 GHz\"", "\"abc\"", "true", "null", "[]", "{}", "[1, 2]", "{\"x\": 1}", "3.5", "100"};

    /** Every file of the corpus is refused with status 2 and a message naming the file, writing nothing. */
    @Example
    void theMalformedCorpusIsRefusedCleanly() throws IOException {
        for (String name : CORPUS) {
            Path dir = Files.createTempDirectory("fuzz");
            try {
                Path file = dir.resolve(name);
                try (InputStream in = getClass().getResourceAsStream("malformed/" + name)) {
                    Files.copy(in, file);
                }
                Path out = dir.resolve("out");
                CliHarness.Run run = CliHarness.run("solve", file.toString(), "--out", out.toString(), "--no-plots",
                        "-q");
                check(run, name);
                if (run.status() != ExitCodes.BAD_INPUT || !run.err().startsWith("error: " + file)) {
                    throw new AssertionError(name + ": expected a located refusal with status 2, got " + run.status()
                            + ": " + run.err());
                }
                if (Files.exists(out)) {
                    throw new AssertionError(name + ": a refused case wrote " + out);
                }
            } finally {
                delete(dir);
            }
        }
    }

    /** Random edits of the shipped cases' JSON (values replaced, keys dropped or added) and of their text. */
    @Property(tries = 300, seed = "20261205")
    void mutatedShippedCasesNeverFailInside(@ForAll long seed) throws IOException {
        Random random = new Random(seed);
        List<Path> cases = shippedCases();
        String text = Files.readString(cases.get(random.nextInt(cases.size())), StandardCharsets.UTF_8);
        String mutated = random.nextBoolean() ? mutateTree(text, random) : mutateText(text, random);
        dryRun(mutated);
    }

    /** Random closed polygons and arcs, valid or not (crossing, cusps, below the axis, degenerate). */
    @Property(tries = 200, seed = "20261206")
    void randomContoursNeverFailInside(@ForAll long seed) throws IOException {
        Random random = new Random(seed);
        int n = 2 + random.nextInt(8);
        StringBuilder b = new StringBuilder("{\"name\": \"fuzz\", \"geometry\": {\"type\": \"contour\", ");
        double z0 = random.nextInt(200) - 100;
        double r0 = random.nextInt(120) - 10;
        b.append(String.format(Locale.ROOT, "\"start\": {\"z\": \"%s mm\", \"r\": \"%s mm\"}, \"segments\": [", z0, r0));
        for (int i = 0; i < n; i++) {
            boolean last = i == n - 1;
            double z = last ? z0 : random.nextInt(200) - 100;
            double r = last ? r0 : random.nextInt(120) - 10;
            if (i > 0) {
                b.append(", ");
            }
            if (random.nextInt(4) == 0) {
                b.append(String.format(Locale.ROOT, "{\"type\": \"arc\", \"to\": {\"z\": \"%s mm\", \"r\": \"%s mm\"}, "
                        + "\"center\": {\"z\": \"%s mm\", \"r\": \"%s mm\"}, \"direction\": \"%s\"}", z, r,
                        random.nextInt(200) - 100, random.nextInt(120), random.nextBoolean() ? "ccw" : "cw"));
            } else {
                b.append(String.format(Locale.ROOT, "{\"type\": \"line\", \"to\": {\"z\": \"%s mm\", \"r\": \"%s mm\"}}",
                        z, r));
            }
        }
        b.append("]}, \"mesh\": {\"order\": ").append(1 + random.nextInt(8)).append("}}");
        dryRun(b.toString());
    }

    /**
     * Mutations of the pillbox that keep it a pillbox of sensible proportions are solved in full: the
     * result folder is complete or absent, with no staging folder left behind.
     */
    @Property(tries = 12, seed = "20261207")
    void solvedMutationsLeaveACompleteFolderOrNone(@ForAll long seed) throws IOException {
        Random random = new Random(seed);
        ObjectNode c = (ObjectNode) JSON.readTree(Files.readString(CASES.resolve("pillbox.json")));
        ObjectNode g = (ObjectNode) c.get("geometry");
        g.put("radius", String.format(Locale.ROOT, "%.3f mm", 50 + 100 * random.nextDouble()));
        g.put("gap", String.format(Locale.ROOT, "%.3f mm", 30 + 150 * random.nextDouble()));
        ObjectNode mesh = (ObjectNode) c.get("mesh");
        mesh.set("order", JsonNodeFactory.instance.textNode(VALUES[random.nextInt(VALUES.length)]));
        if (random.nextBoolean()) {
            mesh.put("order", 1 + random.nextInt(9));
        }
        ((ObjectNode) c.with("solver")).put("modes", random.nextInt(4));
        Path dir = Files.createTempDirectory("fuzz");
        try {
            Path file = Files.writeString(dir.resolve("case.json"), c.toString());
            Path out = dir.resolve("out");
            CliHarness.Run run = CliHarness.run("solve", file.toString(), "--out", out.toString(), "--no-plots", "-q");
            check(run, c.toString());
            if (run.status() == ExitCodes.OK) {
                for (String f : List.of("summary.json", "modes.csv", ".cavity-files")) {
                    if (!Files.isRegularFile(out.resolve(f))) {
                        throw new AssertionError("success without " + f + " for " + c);
                    }
                }
            } else if (Files.exists(out)) {
                throw new AssertionError("status " + run.status() + " left " + out + " for " + c);
            }
            try (Stream<Path> left = Files.list(dir)) {
                List<String> names = left.map(p -> p.getFileName().toString()).filter(s -> s.startsWith(".")).toList();
                if (!names.isEmpty()) {
                    throw new AssertionError("staging left behind: " + names + " for " + c);
                }
            }
        } finally {
            delete(dir);
        }
    }

    private static void dryRun(String text) throws IOException {
        Path dir = Files.createTempDirectory("fuzz");
        try {
            Path file = Files.writeString(dir.resolve("case.json"), text, StandardCharsets.UTF_8);
            check(CliHarness.run("solve", file.toString(), "--dry-run", "-q"), text);
        } finally {
            delete(dir);
        }
    }

    /** Status 0, 2 or 3, and nothing of Java's inside on standard error. */
    private static void check(CliHarness.Run run, String input) {
        boolean clean = (run.status() == ExitCodes.OK || run.status() == ExitCodes.BAD_INPUT
                || run.status() == ExitCodes.SOLVE_FAILED)
                && !run.err().contains("internal error") && !run.err().contains("Exception")
                && !run.err().contains("\tat org.");
        if (!clean) {
            throw new AssertionError("status " + run.status() + ", stderr:\n" + run.err() + "\ninput:\n" + input);
        }
    }

    private static String mutateTree(String text, Random random) throws IOException {
        JsonNode root = JSON.readTree(text);
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode target = containers.get(random.nextInt(containers.size()));
        JsonNode value = JSON.readTree(VALUES[random.nextInt(VALUES.length)]);
        if (target instanceof ObjectNode o && o.size() > 0) {
            List<String> keys = new ArrayList<>();
            o.fieldNames().forEachRemaining(keys::add);
            String key = keys.get(random.nextInt(keys.size()));
            switch (random.nextInt(3)) {
                case 0 -> o.remove(key);
                case 1 -> o.set(key, value);
                default -> o.set(key + "x", value);
            }
        } else if (target instanceof ArrayNode a && a.size() > 0) {
            int i = random.nextInt(a.size());
            if (random.nextBoolean()) {
                a.remove(i);
            } else {
                a.set(i, value);
            }
        }
        return JSON.writeValueAsString(root);
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        if (node.isContainerNode()) {
            out.add(node);
            for (Iterator<JsonNode> it = node.elements(); it.hasNext();) {
                collect(it.next(), out);
            }
        }
    }

    private static String mutateText(String text, Random random) {
        StringBuilder b = new StringBuilder(text);
        int edits = 1 + random.nextInt(3);
        String alphabet = "{}[],:\"\\ 0123456789.-eE+abz/\n\u00e9\u2603";
        for (int k = 0; k < edits && b.length() > 0; k++) {
            int at = random.nextInt(b.length());
            switch (random.nextInt(4)) {
                case 0 -> b.deleteCharAt(at);
                case 1 -> b.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                case 2 -> b.setLength(at);
                default -> b.replace(at, Math.min(b.length(), at + random.nextInt(20)), "");
            }
        }
        return b.toString();
    }

    private static List<Path> shippedCases() {
        try (Stream<Path> s = Files.list(CASES)) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
