package org.cavityfem.analysis.quantity;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;

/**
 * One result quantity of a {@link QuantityTable}: its names, its unit and how to read it from an
 * analysed object of type {@code T} (a mode's analysis, a wall row, a segment, ...).
 *
 * @param <T> what the quantity is read from
 * @param key the key in summary.json, unit as a suffix ({@code RoverQ_ohm}); a dot nests it in an
 *     object of that name ({@code atEacc.a0_m}); for quantities that only appear in CSV or ParaView
 *     files, the same style of name
 * @param header the CSV column header or ParaView array name, unit in parentheses at the end
 *     ({@code "R/Q linac (Ohm)"}); dimensionless quantities have none
 * @param unit the unit as written in the header, e.g. {@code "Ohm"}, {@code "V/m"}; empty when
 *     dimensionless
 * @param description what it is, one line
 * @param reading how the value is read
 * @param outputs the files it is written to, in {@link Output} order
 * @param console its column in the console table, when it has one
 */
public record Quantity<T>(String key, String header, String unit, String description, Reading<T> reading,
        Set<Output> outputs, Optional<ConsoleColumn> console) {

    /** How a quantity's value is read from the analysed object. */
    public sealed interface Reading<T> {

        /** A real number; a value that does not apply to the object (e.g. no voltage) is NaN. */
        record Real<T>(ToDoubleFunction<T> of) implements Reading<T> {
        }

        /** A whole number, e.g. a segment index. */
        record Whole<T>(ToIntFunction<T> of) implements Reading<T> {
        }

        /** A text, e.g. a segment's name. */
        record Text<T>(Function<T, String> of) implements Reading<T> {
        }

        /** A point of the meridian plane, written as [z, r] (m). */
        record Point<T>(ToDoubleFunction<T> z, ToDoubleFunction<T> r) implements Reading<T> {
        }
    }

    public Quantity {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(reading, "reading");
        EnumSet<Output> copy = EnumSet.noneOf(Output.class);
        copy.addAll(outputs);
        outputs = Collections.unmodifiableSet(copy);
        Objects.requireNonNull(console, "console");
    }

    /** A real-valued quantity, written to no file yet (see {@link #in}). */
    public static <T> Quantity<T> real(String key, String header, String unit, String description,
            ToDoubleFunction<T> value) {
        return new Quantity<>(key, header, unit, description, new Reading.Real<>(value), Set.of(), Optional.empty());
    }

    /** A whole-number quantity, dimensionless. */
    public static <T> Quantity<T> whole(String key, String header, String description, ToIntFunction<T> value) {
        return new Quantity<>(key, header, "", description, new Reading.Whole<>(value), Set.of(), Optional.empty());
    }

    /** A text. */
    public static <T> Quantity<T> text(String key, String header, String description, Function<T, String> value) {
        return new Quantity<>(key, header, "", description, new Reading.Text<>(value), Set.of(), Optional.empty());
    }

    /** A point [z, r] of the meridian plane (m). */
    public static <T> Quantity<T> point(String key, String header, String description, ToDoubleFunction<T> z,
            ToDoubleFunction<T> r) {
        return new Quantity<>(key, header, "m", description, new Reading.Point<>(z, r), Set.of(), Optional.empty());
    }

    /** This quantity, also written to the given files. */
    public Quantity<T> in(Output first, Output... more) {
        EnumSet<Output> all = EnumSet.of(first, more);
        all.addAll(outputs);
        return new Quantity<>(key, header, unit, description, reading, all, console);
    }

    /** This quantity, also shown in the console table in the given column. */
    public Quantity<T> onConsole(ConsoleColumn column) {
        return new Quantity<>(key, header, unit, description, reading, outputs, Optional.of(column));
    }

    /** True when the quantity is written to {@code output}. */
    public boolean isIn(Output output) {
        return outputs.contains(output);
    }

    /**
     * The value of a real or whole-number quantity.
     *
     * @throws IllegalStateException for a text or a point
     */
    public double value(T of) {
        if (reading instanceof Reading.Real<T> real) {
            return real.of().applyAsDouble(of);
        }
        if (reading instanceof Reading.Whole<T> whole) {
            return whole.of().applyAsInt(of);
        }
        throw new IllegalStateException(key + " is not a number");
    }

    /**
     * The value as plain text, as the CSV files write it: a real as the shortest decimal that reads
     * back as it ({@link Decimal#text}, NaN as {@code NaN}), a whole number in decimal, a text as it
     * is.
     *
     * @throws IllegalStateException for a point, which no CSV file carries
     */
    public String text(T of) {
        if (reading instanceof Reading.Real<T> real) {
            return Decimal.text(real.of().applyAsDouble(of));
        }
        if (reading instanceof Reading.Whole<T> whole) {
            return Integer.toString(whole.of().applyAsInt(of));
        }
        if (reading instanceof Reading.Text<T> text) {
            return text.of().apply(of);
        }
        throw new IllegalStateException(key + " is a point");
    }
}
