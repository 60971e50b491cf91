package org.cavityfem.analysis.quantity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An ordered list of the quantities of one kind of result object; the order is the order of the
 * keys in summary.json and of the columns in every file. Keys and headers are unique within a table.
 *
 * @param <T> what the quantities are read from
 */
public final class QuantityTable<T> {

    private final String name;
    private final List<Quantity<T>> entries;

    /**
     * A table.
     *
     * @param name what its quantities describe, e.g. {@code "per-mode figures of merit"}
     * @param entries the quantities, in output order
     * @throws IllegalArgumentException when two entries share a key or a header
     */
    public QuantityTable(String name, List<Quantity<T>> entries) {
        this.name = name;
        this.entries = List.copyOf(entries);
        Set<String> keys = new HashSet<>();
        Set<String> headers = new HashSet<>();
        for (Quantity<T> q : this.entries) {
            if (!keys.add(q.key()) || !headers.add(q.header())) {
                throw new IllegalArgumentException(name + ": key " + q.key() + " or header " + q.header()
                        + " appears twice");
            }
        }
    }

    /** A table of the given entries. */
    @SafeVarargs
    public static <T> QuantityTable<T> of(String name, Quantity<T>... entries) {
        return new QuantityTable<>(name, List.of(entries));
    }

    /** What the quantities describe. */
    public String name() {
        return name;
    }

    /** Every entry, in output order. */
    public List<Quantity<T>> entries() {
        return entries;
    }

    /** The entries written to {@code output}, in output order. */
    public List<Quantity<T>> in(Output output) {
        return entries.stream().filter(q -> q.isIn(output)).toList();
    }

    /** The entries with a console column, in output order. */
    public List<Quantity<T>> onConsole() {
        return entries.stream().filter(q -> q.console().isPresent()).toList();
    }

    /**
     * The entry of a key.
     *
     * @throws IllegalArgumentException when there is none
     */
    public Quantity<T> get(String key) {
        return entries.stream().filter(q -> q.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(name + " has no quantity " + key));
    }

    /** This table's entries followed by another's, e.g. a wall's fields followed by its losses. */
    public QuantityTable<T> followedBy(QuantityTable<T> more) {
        List<Quantity<T>> all = new ArrayList<>(entries);
        all.addAll(more.entries);
        return new QuantityTable<>(name + " and " + more.name, all);
    }

    @Override
    public String toString() {
        return name;
    }
}
