package org.cavityfem.tools.output;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** JSON writing helpers shared by the result writers. */
final class Json {

    private Json() {
    }

    /** Puts a number, or null when it is not finite (a quantity that does not apply to the mode). */
    static void number(ObjectNode node, String key, double value) {
        if (Double.isFinite(value)) {
            node.put(key, value);
        } else {
            node.putNull(key);
        }
    }
}
