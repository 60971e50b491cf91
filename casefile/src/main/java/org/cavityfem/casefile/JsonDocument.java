package org.cavityfem.casefile;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JSON text read strictly into a Jackson tree that remembers where each value and each key
 * came from, so that errors found while walking the tree can point at a line and column.
 *
 * <p>Strict means: one top-level object, no duplicate keys, no trailing commas, no content after
 * the object. {@code //} and {@code /* *}{@code /} comments are allowed, for unit notes.
 *
 * <p>Paths are written as in messages: {@code geometry.segments[3].center.r}.
 */
public final class JsonDocument {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** Jackson's wording of a duplicate key, across its versions. */
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate (?:field|Object property) [\"'](.*)[\"']");

    private final String file;
    private final ObjectNode root;
    private final Map<String, SourceLocation> valueLocations;
    private final Map<String, SourceLocation> keyLocations;
    /** Paths set on the command line, each with its assignment as given ("mesh.order=6"). */
    private final Map<String, String> overrides;

    private JsonDocument(String file, ObjectNode root, Map<String, SourceLocation> valueLocations,
            Map<String, SourceLocation> keyLocations) {
        this(file, root, valueLocations, keyLocations, Map.of());
    }

    private JsonDocument(String file, ObjectNode root, Map<String, SourceLocation> valueLocations,
            Map<String, SourceLocation> keyLocations, Map<String, String> overrides) {
        this.file = file;
        this.root = root;
        this.valueLocations = Map.copyOf(valueLocations);
        this.keyLocations = Map.copyOf(keyLocations);
        this.overrides = Map.copyOf(overrides);
    }

    /**
     * The document with values set from the command line, each written {@code PATH=VALUE}: PATH is a
     * JSON path as in error messages ({@code mesh.order}, {@code geometry.midCell.Req},
     * {@code geometry.segments[2].to.z}; missing objects on the way are created), VALUE is JSON when
     * it reads as JSON ({@code 6}, {@code true}, {@code {"from": "0 mm", "to": "1 m"}}) and a string
     * otherwise ({@code 5 mm}). The result is read and checked exactly like the file; an error about
     * a value set here names the assignment.
     *
     * @throws CaseException for an assignment without {@code =} or a path that cannot be followed
     */
    public JsonDocument withOverrides(List<String> assignments) {
        if (assignments.isEmpty()) {
            return this;
        }
        ObjectNode copy = root.deepCopy();
        Map<String, String> set = new LinkedHashMap<>(overrides);
        Map<String, SourceLocation> values = new HashMap<>(valueLocations);
        for (String assignment : assignments) {
            int eq = assignment.indexOf('=');
            if (eq <= 0) {
                throw new CaseException(file, "", SourceLocation.UNKNOWN, "--set " + assignment
                        + ": write PATH=VALUE, e.g. mesh.order=6 or mesh.elementSize=\"5 mm\"");
            }
            String path = assignment.substring(0, eq).strip();
            OverridePath.set(file, copy, path, value(assignment.substring(eq + 1)), assignment);
            set.put(path, assignment);
            // The value no longer stands in the file: its old place would mislead.
            values.keySet().removeIf(p -> p.equals(path) || p.startsWith(path + ".") || p.startsWith(path + "["));
        }
        return new JsonDocument(file, copy, values, keyLocations, set);
    }

    private static JsonNode value(String text) {
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonNode node = new ObjectMapper(FACTORY).readTree(p);
            if (node != null && p.nextToken() == null) {
                return node;
            }
        } catch (IOException notJson) {
            // a plain string, such as 5 mm
        }
        return JsonNodeFactory.instance.textNode(text);
    }

    /** The command-line assignment that set {@code path} or an object or array holding it, if any. */
    public Optional<String> override(String path) {
        for (Map.Entry<String, String> e : overrides.entrySet()) {
            String p = e.getKey();
            if (path.equals(p) || path.startsWith(p + ".") || path.startsWith(p + "[")) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }

    /**
     * Reads a JSON object.
     *
     * @param file name of the file for messages
     * @param text its content
     * @throws CaseException on a syntax error, a duplicate key, or a top level that is not one object
     */
    public static JsonDocument parse(String file, String text) {
        return parse(file, text, null, List.of());
    }

    /**
     * Reads a JSON object whose top level may hold only the given keys: an unknown one is reported
     * when the reader meets it, before its value is read (a stray key holding megabytes of data is
     * refused at once, not after the whole tree and the place of each of its values are built).
     *
     * @param what the object's name in messages ("a case")
     * @param rootKeys the keys allowed at the top level
     * @throws CaseException as {@link #parse(String, String)}, and for an unknown top-level key
     */
    public static JsonDocument parse(String file, String text, String what, List<String> rootKeys) {
        Builder b = new Builder(file, what, rootKeys);
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new CaseException(file, "", SourceLocation.UNKNOWN,
                        "the file is empty; a case file is one JSON object { ... } (see docs/case-format.md)");
            }
            if (first != JsonToken.START_OBJECT) {
                throw new CaseException(file, "", b.location(p.currentTokenLocation()),
                        "a case file is one JSON object { ... }, but it starts with " + describe(first));
            }
            ObjectNode root = (ObjectNode) b.value(p, "");
            JsonToken after = p.nextToken();
            if (after != null) {
                throw new CaseException(file, "", b.location(p.currentTokenLocation()),
                        "unexpected " + describe(after) + " after the end of the case object; "
                                + "a case file holds exactly one JSON object");
            }
            return new JsonDocument(file, root, b.values, b.keys);
        } catch (JsonProcessingException e) {
            throw new CaseException(file, "", b.location(e.getLocation()),
                    "JSON syntax error: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new CaseException(file, "", SourceLocation.UNKNOWN, "cannot read: " + e.getMessage());
        }
    }

    /** The file name given to {@link #parse}. */
    public String file() {
        return file;
    }

    /** The top-level object. */
    public ObjectNode root() {
        return root;
    }

    /** Where the value at {@code path} starts, or {@link SourceLocation#UNKNOWN}. */
    public SourceLocation valueLocation(String path) {
        return valueLocations.getOrDefault(path, SourceLocation.UNKNOWN);
    }

    /** Where the key of the member at {@code path} is written, or {@link SourceLocation#UNKNOWN}. */
    public SourceLocation keyLocation(String path) {
        return keyLocations.getOrDefault(path, SourceLocation.UNKNOWN);
    }

    /** Path of member {@code key} of the object at {@code path}. */
    public static String member(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** Path of element {@code index} of the array at {@code path}. */
    public static String element(String path, int index) {
        return path + "[" + index + "]";
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case START_ARRAY -> "an array";
            case START_OBJECT -> "an object";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> "'" + token.asString() + "'";
        };
    }

    /** Builds the tree from the token stream, recording locations by path. */
    private static final class Builder {
        private final String file;
        private final JsonNodeFactory nodes = JsonNodeFactory.instance;
        private final Map<String, SourceLocation> values = new HashMap<>();
        private final Map<String, SourceLocation> keys = new HashMap<>();

        private final String rootWhat;
        private final List<String> rootKeys;

        Builder(String file, String rootWhat, List<String> rootKeys) {
            this.file = file;
            this.rootWhat = rootWhat;
            this.rootKeys = rootKeys;
        }

        SourceLocation location(JsonLocation loc) {
            if (loc == null || loc.getLineNr() < 1) {
                return SourceLocation.UNKNOWN;
            }
            return new SourceLocation(loc.getLineNr(), loc.getColumnNr());
        }

        JsonNode value(JsonParser p, String path) throws IOException {
            values.put(path, location(p.currentTokenLocation()));
            JsonToken token = p.currentToken();
            switch (token) {
                case START_OBJECT:
                    return object(p, path);
                case START_ARRAY:
                    ArrayNode array = nodes.arrayNode();
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        array.add(value(p, element(path, array.size())));
                    }
                    return array;
                case VALUE_STRING:
                    return nodes.textNode(text(p, path));
                case VALUE_NUMBER_INT:
                    return nodes.numberNode(p.getBigIntegerValue());
                case VALUE_NUMBER_FLOAT:
                    return nodes.numberNode(p.getDecimalValue());
                case VALUE_TRUE:
                case VALUE_FALSE:
                    return nodes.booleanNode(token == JsonToken.VALUE_TRUE);
                case VALUE_NULL:
                    return nodes.nullNode();
                default:
                    throw new CaseException(file, path, location(p.currentTokenLocation()),
                            "unexpected " + describe(token));
            }
        }

        /**
         * A string value, refused when it holds half of a UTF-16 surrogate pair (an escape such as
         * {@code \\ud800} alone), which is no character and could not be written back as UTF-8.
         */
        private String text(JsonParser p, String path) throws IOException {
            String text = p.getText();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                boolean paired = Character.isHighSurrogate(c) ? i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1)) : !Character.isLowSurrogate(c);
                if (!paired) {
                    throw new CaseException(file, path, location(p.currentTokenLocation()), String.format(
                            "the text holds a lone surrogate \\u%04x (half of a UTF-16 pair), which is no "
                                    + "character; remove it or write the whole pair", (int) c));
                }
                if (Character.isHighSurrogate(c)) {
                    i++;
                }
            }
            return text;
        }

        private ObjectNode object(JsonParser p, String path) throws IOException {
            ObjectNode object = nodes.objectNode();
            while (true) {
                JsonToken token;
                try {
                    token = p.nextToken();
                } catch (JsonProcessingException e) {
                    // STRICT_DUPLICATE_DETECTION reports the key; restate it with its path and both places.
                    Matcher m = DUPLICATE.matcher(String.valueOf(e.getOriginalMessage()));
                    if (m.find() && object.has(m.group(1))) {
                        String child = member(path, m.group(1));
                        throw new CaseException(file, child, location(e.getLocation()), String.format(
                                "duplicate key \"%s\" (first written at %s); each key may appear only once"
                                        + " in an object: remove one of them", m.group(1), keys.get(child)));
                    }
                    throw e;
                }
                if (token == JsonToken.END_OBJECT) {
                    return object;
                }
                String name = p.currentName();
                String child = member(path, name);
                keys.put(child, location(p.currentTokenLocation()));
                if (path.isEmpty() && rootWhat != null && !rootKeys.contains(name)) {
                    throw new CaseException(file, child, keys.get(child), Section.unknownKey(name, rootWhat, rootKeys));
                }
                p.nextToken();
                object.set(name, value(p, child));
            }
        }
    }
}
