package org.cavityfem.casefile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Wording helpers for case-file messages: what a JSON value is, and which known word was meant. */
final class Keys {

    /** Largest edit distance at which a misspelt word is matched to a known one. */
    private static final int MAX_TYPO_DISTANCE = 2;

    private Keys() {
    }

    /** A short description of a JSON value, e.g. {@code the number 115} or {@code an object}. */
    static String describe(JsonNode value) {
        if (value.isTextual()) {
            return "the string \"" + value.textValue() + "\"";
        }
        if (value.isNumber()) {
            return "the number " + value.asText();
        }
        if (value.isBoolean()) {
            return value.asText();
        }
        if (value.isNull()) {
            return "null";
        }
        return value.isArray() ? "an array" : "an object";
    }

    /** The known word closest to {@code word}, when it is a plausible typo of it. */
    static Optional<String> closest(String word, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = distance(word.toLowerCase(Locale.ROOT), k.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        return bestDistance <= Math.min(MAX_TYPO_DISTANCE, word.length() / 2) ? Optional.ofNullable(best)
                : Optional.empty();
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }

    /**
     * Checks that {@code value} is one of {@code choices}.
     *
     * @return the value
     * @throws CaseException naming the choices otherwise
     */
    static String choice(Section section, String key, String value, Collection<String> choices) {
        if (choices.contains(value)) {
            return value;
        }
        String hint = closest(value, choices).map(c -> "did you mean \"" + c + "\"? ").orElse("");
        throw section.error(key, String.format(Locale.ROOT, "unknown %s \"%s\"; %suse one of: %s",
                key, value, hint, String.join(", ", choices)));
    }
}
