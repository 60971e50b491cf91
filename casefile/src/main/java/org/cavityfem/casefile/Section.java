package org.cavityfem.casefile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cavityfem.mesh.geometry.Point;
import org.cavityfem.units.Units;

/**
 * One JSON object of a case file being read: typed access to its members, each failure reported
 * as a {@link CaseException} that names the member's path and place in the file.
 */
public final class Section {

    private final JsonDocument doc;
    private final ObjectNode node;
    private final String path;

    private Section(JsonDocument doc, ObjectNode node, String path) {
        this.doc = doc;
        this.node = node;
        this.path = path;
    }

    /** The top-level object of a document. */
    public static Section root(JsonDocument doc) {
        return new Section(doc, doc.root(), "");
    }

    /** JSON path of this object. */
    public String path() {
        return path;
    }

    /** Path of one of its members. */
    public String pathOf(String key) {
        return JsonDocument.member(path, key);
    }

    /** True when the member is written. */
    public boolean has(String key) {
        return node.has(key);
    }

    /** True when the member is the string {@code text}. */
    public boolean isText(String key, String text) {
        JsonNode value = node.get(key);
        return value != null && value.isTextual() && value.textValue().equals(text);
    }

    /**
     * Rejects every member not in {@code allowed}.
     *
     * @param what what this object is, for the message, e.g. "a pillbox geometry"
     */
    public void allowOnly(String what, String... allowed) {
        List<String> keys = Arrays.asList(allowed);
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            String key = it.next();
            if (!keys.contains(key)) {
                String child = pathOf(key);
                throw new CaseException(doc.file(), child, doc.keyLocation(child), fromCommandLine(child,
                        unknownKey(key, what, keys)));
            }
        }
    }

    /** The sentence for a key that {@code what} does not allow, with the nearest allowed key as a hint. */
    static String unknownKey(String key, String what, List<String> keys) {
        String hint = Keys.closest(key, keys).map(k -> "did you mean \"" + k + "\"? ").orElse("");
        return String.format(Locale.ROOT, "unknown key \"%s\" in %s; %sallowed keys here: %s", key, what, hint,
                String.join(", ", keys));
    }

    /** An error about member {@code key}, located at its value (or at this object when it is absent). */
    public CaseException error(String key, String problem) {
        String child = pathOf(key);
        SourceLocation where = has(key) ? doc.valueLocation(child) : doc.valueLocation(path);
        return new CaseException(doc.file(), child, where, fromCommandLine(child, problem));
    }

    /** An error about this object as a whole. */
    public CaseException error(String problem) {
        return new CaseException(doc.file(), path, doc.valueLocation(path), fromCommandLine(path, problem));
    }

    /** The problem, saying which --set gave the value when the command line did. */
    private String fromCommandLine(String at, String problem) {
        return doc.override(at).map(a -> problem + " (set by --set " + a + ")").orElse(problem);
    }

    /** The member's node; an error naming an example when it is missing. */
    public JsonNode required(String key, String example) {
        JsonNode value = node.get(key);
        if (value == null) {
            String where = path.isEmpty() ? "the case" : path;
            throw new CaseException(doc.file(), pathOf(key), doc.valueLocation(path), String.format(Locale.ROOT,
                    "missing required key \"%s\" in %s; add it, e.g. \"%s\": %s", key, where, key, example));
        }
        return value;
    }

    /** A nested object (required). */
    public Section object(String key, String example) {
        return asObject(key, required(key, example));
    }

    /** A nested object, if written. */
    public Optional<Section> optionalObject(String key) {
        return has(key) ? Optional.of(asObject(key, node.get(key))) : Optional.empty();
    }

    private Section asObject(String key, JsonNode value) {
        if (!value.isObject()) {
            throw error(key, "expected an object { ... }, got " + Keys.describe(value));
        }
        return new Section(doc, (ObjectNode) value, pathOf(key));
    }

    /** Element {@code index} of the array member {@code key}, which must be an object. */
    public Section element(String key, int index) {
        JsonNode value = node.get(key).get(index);
        String child = JsonDocument.element(pathOf(key), index);
        if (!value.isObject()) {
            throw new CaseException(doc.file(), child, doc.valueLocation(child),
                    "expected an object { ... }, got " + Keys.describe(value));
        }
        return new Section(doc, (ObjectNode) value, child);
    }

    /** Size of the array member {@code key} (required). */
    public int arraySize(String key, String example) {
        JsonNode value = required(key, example);
        if (!value.isArray()) {
            throw error(key, "expected an array [ ... ], got " + Keys.describe(value));
        }
        return value.size();
    }

    /** True when the member is a JSON array. */
    boolean isArray(String key) {
        JsonNode value = node.get(key);
        return value != null && value.isArray();
    }

    /** Element {@code index} of an array member, a plain number. */
    double arrayNumber(String key, int index) {
        JsonNode value = node.get(key).get(index);
        if (value == null || !value.isNumber()) {
            String path = JsonDocument.element(pathOf(key), index);
            throw new CaseException(doc.file(), path, doc.valueLocation(path), "expected a plain number, got "
                    + (value == null ? "nothing" : Keys.describe(value)));
        }
        return value.doubleValue();
    }

    /** A string member (required). */
    public String string(String key, String example) {
        return asString(key, required(key, example));
    }

    /** A string member, if written. */
    public Optional<String> optionalString(String key) {
        return has(key) ? Optional.of(asString(key, node.get(key))) : Optional.empty();
    }

    private String asString(String key, JsonNode value) {
        if (!value.isTextual()) {
            throw error(key, "expected a string, got " + Keys.describe(value));
        }
        return value.textValue();
    }

    /** A quantity with its unit (required), in SI. */
    public double quantity(String key, Units.Dimension dimension) {
        return asQuantity(key, required(key, "\"" + dimension.example() + "\""), dimension);
    }

    /** A quantity with its unit, in SI, if written. */
    public Optional<Double> optionalQuantity(String key, Units.Dimension dimension) {
        return has(key) ? Optional.of(asQuantity(key, node.get(key), dimension)) : Optional.empty();
    }

    private double asQuantity(String key, JsonNode value, Units.Dimension dimension) {
        if (value.isNumber()) {
            throw error(key, String.format(Locale.ROOT,
                    "got the bare number %s, but a %s needs its unit: write it as a string, e.g. \"%s %s\"",
                    value.asText(), dimension.noun(), value.asText(),
                    dimension.example().substring(dimension.example().indexOf(' ') + 1)));
        }
        if (!value.isTextual()) {
            throw error(key, String.format(Locale.ROOT, "expected a %s such as \"%s\", got %s",
                    dimension.noun(), dimension.example(), Keys.describe(value)));
        }
        try {
            return Units.parse(value.textValue(), dimension);
        } catch (Units.QuantityFormatException e) {
            throw error(key, e.getMessage());
        }
    }

    /** A length (required) that must be > 0, in metres. */
    public double positiveLength(String key) {
        double value = quantity(key, Units.Dimension.LENGTH);
        if (!(value > 0)) {
            throw error(key, "must be a positive length, got \"" + node.get(key).textValue() + "\"");
        }
        return value;
    }

    /** A point {"z": length, "r": length} (required) with r >= 0, in metres. */
    public Point point(String key) {
        Section p = object(key, "{\"z\": \"0 mm\", \"r\": \"10 mm\"}");
        p.allowOnly("a point", "z", "r");
        double z = p.quantity("z", Units.Dimension.LENGTH);
        double r = p.quantity("r", Units.Dimension.LENGTH);
        if (r < 0) {
            throw p.error("r", "the radial coordinate must be >= 0 (the meridian half-plane), got \""
                    + p.node.get("r").textValue() + "\"");
        }
        return new Point(z, r);
    }

    /** An integer member in [min, max], or {@code fallback} when absent. */
    public int integer(String key, int min, int max, int fallback) {
        if (!has(key)) {
            return fallback;
        }
        JsonNode value = node.get(key);
        if (!value.isIntegralNumber()) {
            throw error(key, "expected a whole number, got " + Keys.describe(value));
        }
        if (!value.canConvertToInt() || value.intValue() < min || value.intValue() > max) {
            throw error(key, String.format(Locale.ROOT, "must be between %d and %d, got %s", min, max, value.asText()));
        }
        return value.intValue();
    }

    /** A true/false member, or {@code fallback} when absent. */
    public boolean flag(String key, boolean fallback) {
        if (!has(key)) {
            return fallback;
        }
        JsonNode value = node.get(key);
        if (!value.isBoolean()) {
            throw error(key, "expected true or false, got " + Keys.describe(value));
        }
        return value.booleanValue();
    }

    /** A plain (unitless) number member, or {@code fallback} when absent. */
    public double number(String key, double fallback) {
        if (!has(key)) {
            return fallback;
        }
        JsonNode value = node.get(key);
        if (!value.isNumber()) {
            throw error(key, "expected a number, got " + Keys.describe(value));
        }
        return value.doubleValue();
    }

    /** True when the member is written and is an object. */
    public boolean isObject(String key) {
        return has(key) && node.get(key).isObject();
    }

    /** The member names, in the order written. */
    public List<String> keys() {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    /** An error about member {@code key}, located at its key (where a name is what is wrong). */
    public CaseException keyError(String key, String problem) {
        String child = pathOf(key);
        return new CaseException(doc.file(), child, doc.keyLocation(child), problem);
    }

    /** Element {@code index} of the array member {@code key}: a quantity with its unit, in SI. */
    public double quantityElement(String key, int index, Units.Dimension dimension) {
        JsonNode value = node.get(key).get(index);
        String child = JsonDocument.element(pathOf(key), index);
        if (!value.isTextual()) {
            throw new CaseException(doc.file(), child, doc.valueLocation(child), String.format(Locale.ROOT,
                    "expected a %s such as \"%s\", got %s", dimension.noun(), dimension.example(),
                    Keys.describe(value)));
        }
        try {
            return Units.parse(value.textValue(), dimension);
        } catch (Units.QuantityFormatException e) {
            throw new CaseException(doc.file(), child, doc.valueLocation(child), e.getMessage());
        }
    }

    /** Element {@code index} of the array member {@code key}: a string. */
    public String stringElement(String key, int index) {
        JsonNode value = node.get(key).get(index);
        String child = JsonDocument.element(pathOf(key), index);
        if (!value.isTextual()) {
            throw new CaseException(doc.file(), child, doc.valueLocation(child),
                    "expected a string, got " + Keys.describe(value));
        }
        return value.textValue();
    }

    /** An error about element {@code index} of the array member {@code key}. */
    public CaseException elementError(String key, int index, String problem) {
        String child = JsonDocument.element(pathOf(key), index);
        return new CaseException(doc.file(), child, doc.valueLocation(child), problem);
    }
}
