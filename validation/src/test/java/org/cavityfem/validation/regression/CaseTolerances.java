package org.cavityfem.validation.regression;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * The tolerances of one regression case, read from {@code cases/ref/<case>/tolerance.json}: a
 * {@code default} rule, per-column rules keyed by the modes.csv header, and per-mode column rules
 * keyed by the mode label (for a mode whose figures are more, or less, sensitive than the rest),
 * each with its reason. The most specific rule applies: mode and column, then column, then default.
 *
 * @param byColumn rules of the columns named under {@code columns}
 * @param byMode per mode label, rules of the columns named under {@code modes.<label>}
 * @param fallback the rule of every other column
 */
record CaseTolerances(Map<String, ColumnTolerance> byColumn, Map<String, Map<String, ColumnTolerance>> byMode,
        ColumnTolerance fallback) {

    static CaseTolerances read(Path file) {
        JsonNode root;
        try {
            root = JsonMapper.builder()
                    .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
                    .build()
                    .readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ColumnTolerance fallback = rule(file, "default", root.path("default"));
        Map<String, Map<String, ColumnTolerance>> modes = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("modes").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            modes.put(e.getKey(), columns(file, e.getValue()));
        }
        return new CaseTolerances(columns(file, root.path("columns")), Map.copyOf(modes), fallback);
    }

    /** The rule of a modes.csv column for the mode with the given label. */
    ColumnTolerance of(String label, String column) {
        ColumnTolerance forMode = byMode.getOrDefault(label, Map.of()).get(column);
        return forMode != null ? forMode : byColumn.getOrDefault(column, fallback);
    }

    private static Map<String, ColumnTolerance> columns(Path file, JsonNode node) {
        Map<String, ColumnTolerance> columns = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            columns.put(e.getKey(), rule(file, e.getKey(), e.getValue()));
        }
        return Map.copyOf(columns);
    }

    private static ColumnTolerance rule(Path file, String name, JsonNode node) {
        if (!node.isObject() || !node.path("why").isTextual()) {
            throw new IllegalArgumentException(file + ": \"" + name + "\" needs an object with a \"why\"");
        }
        boolean bounded = node.has("atMost");
        if (!bounded && !node.has("relative")) {
            throw new IllegalArgumentException(file + ": \"" + name + "\" needs \"relative\" or \"atMost\"");
        }
        return new ColumnTolerance(
                node.path("relative").asDouble(0),
                node.path("absolute").asDouble(0),
                bounded ? node.path("atMost").asDouble() : Double.NaN,
                node.path("why").asText());
    }
}
