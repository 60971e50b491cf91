package org.cavityfem.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.cavityfem.analysis.quantity.Output;
import org.cavityfem.analysis.quantity.Quantity;
import org.cavityfem.analysis.quantity.Quantity.Reading;
import org.cavityfem.analysis.quantity.QuantityTable;

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

    /** Puts every quantity of a table that summary.json shows, in table order. */
    static <T> void quantities(ObjectNode node, QuantityTable<T> table, T of) {
        for (Quantity<T> q : table.in(Output.SUMMARY)) {
            quantity(node, q, of);
        }
    }

    /**
     * Puts one quantity under its key: a real number as by {@link #number}, a point as [z, r]; a key
     * {@code group.name} goes into the object {@code group}, created at its first quantity.
     */
    static <T> void quantity(ObjectNode node, Quantity<T> q, T of) {
        ObjectNode into = node;
        String name = q.key();
        for (int dot = name.indexOf('.'); dot >= 0; dot = name.indexOf('.')) {
            String group = name.substring(0, dot);
            JsonNode existing = into.get(group);
            into = existing instanceof ObjectNode o ? o : into.putObject(group);
            name = name.substring(dot + 1);
        }
        Reading<T> reading = q.reading();
        if (reading instanceof Reading.Real<T> real) {
            number(into, name, real.of().applyAsDouble(of));
        } else if (reading instanceof Reading.Whole<T> whole) {
            into.put(name, whole.of().applyAsInt(of));
        } else if (reading instanceof Reading.Text<T> text) {
            into.put(name, text.of().apply(of));
        } else if (reading instanceof Reading.Point<T> point) {
            into.putArray(name).add(point.z().applyAsDouble(of)).add(point.r().applyAsDouble(of));
        }
    }
}
