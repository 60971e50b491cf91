package org.cavityfem.casefile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sets one value of a case's JSON tree by its path, for {@code --set PATH=VALUE}. */
final class OverridePath {

    /** One step of a path: a member name with optional array indices, e.g. {@code segments[2]}. */
    private static final Pattern STEP = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)((?:\\[\\d+])*)");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

    private OverridePath() {
    }

    /**
     * Sets {@code value} at {@code path} in {@code root}, creating missing objects on the way.
     *
     * @throws CaseException naming the assignment when a step is malformed, an index is outside its
     *     array, or the path runs through a value that is not an object or array
     */
    static void set(String file, ObjectNode root, String path, JsonNode value, String assignment) {
        List<Object> steps = new ArrayList<>();
        for (String part : path.split("\\.", -1)) {
            Matcher m = STEP.matcher(part);
            if (!m.matches()) {
                throw error(file, assignment, "\"" + part + "\" is not a key; a path is keys joined by dots, with "
                        + "[i] for array elements, e.g. geometry.segments[2].to.z");
            }
            steps.add(m.group(1));
            Matcher i = INDEX.matcher(m.group(2));
            while (i.find()) {
                steps.add(Integer.parseInt(i.group(1)));
            }
        }
        JsonNode node = root;
        for (int k = 0; k < steps.size(); k++) {
            Object step = steps.get(k);
            boolean last = k == steps.size() - 1;
            if (step instanceof String key) {
                if (!(node instanceof ObjectNode object)) {
                    throw error(file, assignment, "the path runs into a value that is not an object before \""
                            + key + "\"");
                }
                if (last) {
                    object.set(key, value);
                    return;
                }
                JsonNode next = object.get(key);
                if (next == null || next.isNull()) {
                    next = steps.get(k + 1) instanceof String ? object.putObject(key) : null;
                    if (next == null) {
                        throw error(file, assignment, "there is no array \"" + key + "\" to index");
                    }
                }
                node = next;
            } else {
                int index = (Integer) step;
                if (!(node instanceof ArrayNode array) || index >= array.size()) {
                    throw error(file, assignment, "index [" + index + "] is outside the array (it has "
                            + (node instanceof ArrayNode a ? a.size() : 0) + " elements)");
                }
                if (last) {
                    array.set(index, value);
                    return;
                }
                node = array.get(index);
            }
        }
    }

    private static CaseException error(String file, String assignment, String problem) {
        return new CaseException(file, "", SourceLocation.UNKNOWN, "--set " + assignment + ": " + problem);
    }
}
