package org.cavityfem.units;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The units a case file may use, and the only place where quantities cross between text and SI.
 *
 * <p>A quantity is written as a decimal number followed by its unit, e.g. {@code "115 mm"} or
 * {@code "1.3 GHz"}. The number is scaled by an exact power of ten before it is rounded to a
 * double, so {@code "115 mm"} and {@code "0.115 m"} give the same bits.
 */
public final class Units {

    /** The kinds of quantity a case file carries, each with its SI unit and accepted spellings. */
    public enum Dimension {
        /** Lengths: SI unit m. */
        LENGTH("length", "m", "115 mm", units("m", 0, "cm", -2, "mm", -3, "um", -6, "nm", -9)),
        /** Frequencies: SI unit Hz. */
        FREQUENCY("frequency", "Hz", "1.3 GHz", units("Hz", 0, "kHz", 3, "MHz", 6, "GHz", 9)),
        /** Electric field strengths: SI unit V/m. */
        ELECTRIC_FIELD("electric field", "V/m", "1 MV/m", units("V/m", 0, "kV/m", 3, "MV/m", 6)),
        /** Temperatures: SI unit K. */
        TEMPERATURE("temperature", "K", "2 K", units("K", 0, "mK", -3)),
        /** Resistances: SI unit Ω, written "Ohm" in results; "Ω" spellings are accepted too. */
        RESISTANCE("resistance", "Ohm", "10 nOhm", units("Ohm", 0, "mOhm", -3, "uOhm", -6, "nOhm", -9,
                "Ω", 0, "mΩ", -3, "µΩ", -6, "μΩ", -6, "nΩ", -9)),
        /** Electrical conductivities: SI unit S/m. */
        CONDUCTIVITY("conductivity", "S/m", "5.8e7 S/m", units("S/m", 0, "MS/m", 6)),
        /** Magnetic fields H: SI unit A/m. */
        MAGNETIC_FIELD("magnetic field", "A/m", "1.43e5 A/m", units("A/m", 0, "kA/m", 3)),
        /** Mass densities: SI unit kg/m^3. */
        MASS_DENSITY("mass density", "kg/m^3", "8570 kg/m^3", units("kg/m^3", 0, "g/cm^3", 3)),
        /** Number densities: SI unit 1/m^3. */
        NUMBER_DENSITY("number density", "1/m^3", "5.555e28 1/m^3", units("1/m^3", 0, "1/cm^3", 6)),
        /** Specific heats: SI unit J/kg/K. */
        SPECIFIC_HEAT("specific heat", "J/kg/K", "269.9 J/kg/K", units("J/kg/K", 0, "J/g/K", 3));

        private final String noun;
        private final String siUnit;
        private final String example;
        private final Map<String, Integer> decimalExponents;

        Dimension(String noun, String siUnit, String example, Map<String, Integer> decimalExponents) {
            this.noun = noun;
            this.siUnit = siUnit;
            this.example = example;
            this.decimalExponents = decimalExponents;
        }

        /** Name for messages, e.g. "length". */
        public String noun() {
            return noun;
        }

        /** SI unit symbol, e.g. "m". */
        public String siUnit() {
            return siUnit;
        }

        /** A well-formed example, e.g. "115 mm". */
        public String example() {
            return example;
        }

        /** Accepted unit symbols, for messages, e.g. "m, cm or mm". */
        public String unitList() {
            String[] symbols = decimalExponents.keySet().toArray(new String[0]);
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < symbols.length; i++) {
                if (i > 0) {
                    b.append(i == symbols.length - 1 ? " or " : ", ");
                }
                b.append(symbols[i]);
            }
            return b.toString();
        }
    }

    /** Thrown for text that is not a quantity of the wanted dimension; the message says how to fix it. */
    public static final class QuantityFormatException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        QuantityFormatException(String message) {
            super(message);
        }
    }

    /** A number and a unit separated by spaces on one line (no tabs or line breaks inside a quantity). */
    private static final Pattern QUANTITY = Pattern.compile(
            " *([+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?) *([^\\s]*) *");
    /** Largest decimal exponent a quantity may carry; far beyond any double, so only nonsense is refused. */
    private static final int MAX_EXPONENT = 400;

    private Units() {
    }

    private static Map<String, Integer> units(Object... symbolExponentPairs) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < symbolExponentPairs.length; i += 2) {
            map.put((String) symbolExponentPairs[i], (Integer) symbolExponentPairs[i + 1]);
        }
        return map;
    }

    /**
     * Parses a quantity written with its unit.
     *
     * @param text e.g. "115 mm"
     * @param dimension what the quantity must be
     * @return the value in the SI unit of the dimension (m or Hz)
     * @throws QuantityFormatException when the text has no number, no unit, or a unit of another kind
     */
    public static double parse(String text, Dimension dimension) {
        Matcher m = QUANTITY.matcher(text);
        if (!m.matches()) {
            throw new QuantityFormatException(String.format(Locale.ROOT,
                    "\"%s\" is not a %s; write a number and a unit, e.g. \"%s\"",
                    text, dimension.noun(), dimension.example()));
        }
        String number = m.group(1);
        String unit = m.group(2);
        if (unit.isEmpty()) {
            throw new QuantityFormatException(String.format(Locale.ROOT,
                    "\"%s\" has no unit; a %s needs one, e.g. \"%s %s\" (units: %s)",
                    text, dimension.noun(), number, exampleUnit(dimension), dimension.unitList()));
        }
        Integer exponent = dimension.decimalExponents.get(unit);
        if (exponent == null) {
            throw new QuantityFormatException(unknownUnit(text, unit, dimension));
        }
        BigDecimal decimal;
        try {
            decimal = new BigDecimal(number);
        } catch (NumberFormatException e) { // an exponent beyond the range of int
            throw outOfRange(text, dimension);
        }
        if (decimal.signum() != 0
                && Math.abs((long) decimal.precision() - decimal.scale() - 1 + exponent) > MAX_EXPONENT) {
            throw outOfRange(text, dimension);
        }
        double value = decimal.scaleByPowerOfTen(exponent).doubleValue();
        if (Double.isInfinite(value)) {
            throw new QuantityFormatException(String.format(Locale.ROOT,
                    "\"%s\" is too large to be a %s", text, dimension.noun()));
        }
        return value;
    }

    private static QuantityFormatException outOfRange(String text, Dimension dimension) {
        return new QuantityFormatException(String.format(Locale.ROOT,
                "\"%s\" is out of range for a %s (its magnitude is beyond 1e±%d)", text, dimension.noun(), MAX_EXPONENT));
    }

    private static String exampleUnit(Dimension dimension) {
        return dimension.example().substring(dimension.example().indexOf(' ') + 1);
    }

    private static String unknownUnit(String text, String unit, Dimension dimension) {
        for (String known : dimension.decimalExponents.keySet()) {
            if (known.equalsIgnoreCase(unit)) {
                return String.format(Locale.ROOT, "unknown %s unit \"%s\" in \"%s\"; did you mean \"%s\"? (units: %s)",
                        dimension.noun(), unit, text, known, dimension.unitList());
            }
        }
        for (Dimension other : Dimension.values()) {
            if (other != dimension && other.decimalExponents.containsKey(unit)) {
                return String.format(Locale.ROOT, "\"%s\" is a %s, but a %s is needed here (units: %s)",
                        text, other.noun(), dimension.noun(), dimension.unitList());
            }
        }
        return String.format(Locale.ROOT, "unknown %s unit \"%s\" in \"%s\"; use %s",
                dimension.noun(), unit, text, dimension.unitList());
    }

    /**
     * Writes an SI value with its SI unit, in the shortest decimal that reads back to the same double,
     * e.g. 0.115 → "0.115 m".
     */
    public static String format(double siValue, Dimension dimension) {
        return plain(siValue) + " " + dimension.siUnit();
    }

    /**
     * Writes an SI value with its SI unit to ten significant digits, for messages, e.g.
     * 0.051000000000000004 → "0.051 m".
     */
    public static String formatForMessage(double siValue, Dimension dimension) {
        BigDecimal rounded = new BigDecimal(siValue).round(new MathContext(10)).stripTrailingZeros();
        return rounded.toPlainString() + " " + dimension.siUnit();
    }

    /** Shortest round-tripping decimal of a finite double, without exponent (e.g. "1300000000"). */
    static String plain(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a finite value: " + value);
        }
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }
}
