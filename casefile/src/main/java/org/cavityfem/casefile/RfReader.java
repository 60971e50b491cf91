package org.cavityfem.casefile;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.cavityfem.analysis.merit.Normalization;
import org.cavityfem.analysis.resistance.FixedResistance;
import org.cavityfem.analysis.resistance.NormalConductor;
import org.cavityfem.analysis.resistance.PadamseeBcs;
import org.cavityfem.analysis.resistance.PielBcs;
import org.cavityfem.analysis.resistance.SurfaceResistance;
import org.cavityfem.units.Units;
import org.cavityfem.units.Units.Dimension;

/** Reads the {@code rf} section of a case (docs/case-format.md). */
final class RfReader {

    /** Highest temperature the niobium fits accept: niobium's Tc (K). */
    static final double NIOBIUM_TC = PielBcs.NIOBIUM_TC;

    private static final List<String> MODELS =
            List.of(PadamseeBcs.MODEL, PielBcs.MODEL, NormalConductor.MODEL, FixedResistance.MODEL);

    private RfReader() {
    }

    /**
     * Largest accelerating field a case may ask for (V/m): 10⁶ MV/m, far beyond any cavity, where the
     * stored energy (∝ E_acc²) is still a finite double.
     */
    static final double MAX_ACCELERATING_FIELD = 1e12;

    /** Largest stored energy a case may scale to (J), where energies and losses are still finite doubles. */
    static final double MAX_STORED_ENERGY = 1e12;

    static RfSpec rf(Section s) {
        s.allowOnly("the rf section", "acceleratingField", "activeLength", "beta", "surfaceResistance",
                "voltageRange", "betaTable", "normalization", "storedEnergy_J", "peakSurfaceField");
        RfSpec d = RfSpec.defaults();
        double field = s.has("acceleratingField") ? positive(s, "acceleratingField", Dimension.ELECTRIC_FIELD)
                : d.acceleratingField();
        if (field > MAX_ACCELERATING_FIELD) {
            throw s.error("acceleratingField", String.format(Locale.ROOT, "%.3g V/m is beyond any accelerating "
                    + "field; the fields are scaled to it, and energies and losses would overflow (at most %.0e V/m, "
                    + "that is 1e6 MV/m)", field, MAX_ACCELERATING_FIELD));
        }
        OptionalDouble length = s.has("activeLength") ? OptionalDouble.of(s.positiveLength("activeLength"))
                : OptionalDouble.empty();
        double beta = s.number("beta", d.beta());
        if (!(beta > 0 && beta <= 1)) {
            throw s.error("beta", "the particle velocity over c must be in (0, 1], e.g. 1 or 0.65, got " + beta);
        }
        SurfaceResistance model = s.optionalObject("surfaceResistance").map(RfReader::surfaceResistance)
                .orElse(d.surfaceResistance());
        RfSpec.Span span = RfSpec.Span.DEFAULT;
        Optional<RfSpec.VoltageRange> range = Optional.empty();
        if (s.has("voltageRange") && !s.isObject("voltageRange")) {
            String word = Keys.choice(s, "voltageRange", s.string("voltageRange", "\"cells\""),
                    List.of(RfSpec.Span.AXIS.key(), RfSpec.Span.CELLS.key()));
            span = word.equals(RfSpec.Span.AXIS.key()) ? RfSpec.Span.AXIS : RfSpec.Span.CELLS;
        } else {
            range = s.optionalObject("voltageRange").map(RfReader::voltageRange);
            span = range.isPresent() ? RfSpec.Span.RANGE : RfSpec.Span.DEFAULT;
        }
        return new RfSpec(field, length, beta, model, range, betaTable(s), normalization(s), span);
    }

    /**
     * {@code "normalization": "Eacc" | "storedEnergy" | "Epk"} with {@code storedEnergy_J} (a number of
     * joules, default 1) and {@code peakSurfaceField} (an electric field, default 1 MV/m).
     */
    private static Normalization normalization(Section s) {
        List<String> kinds = java.util.Arrays.stream(Normalization.Kind.values()).map(Normalization.Kind::key).toList();
        Normalization.Kind kind = Normalization.Kind.of(Keys.choice(s, "normalization",
                s.optionalString("normalization").orElse(Normalization.Kind.ACCELERATING_FIELD.key()), kinds))
                .orElseThrow();
        double energy = s.number("storedEnergy_J", Normalization.DEFAULT_STORED_ENERGY);
        if (!(energy > 0) || !(energy <= MAX_STORED_ENERGY)) {
            throw s.error("storedEnergy_J", String.format(Locale.ROOT, "the stored energy the fields are scaled to "
                    + "must be a positive number of joules up to %.0e, e.g. 1, got %s", MAX_STORED_ENERGY, energy));
        }
        double peak = s.has("peakSurfaceField") ? positive(s, "peakSurfaceField", Dimension.ELECTRIC_FIELD)
                : Normalization.DEFAULT_PEAK_SURFACE_FIELD;
        if (peak > MAX_ACCELERATING_FIELD) {
            throw s.error("peakSurfaceField", String.format(Locale.ROOT, "%.3g V/m is beyond any surface field; "
                    + "energies and losses would overflow (at most %.0e V/m, that is 1e6 MV/m)", peak,
                    MAX_ACCELERATING_FIELD));
        }
        return new Normalization(kind, energy, peak);
    }

    /**
     * {@code "betaTable": [0.5, 0.8, 1]} or {@code {"from": 0.1, "to": 1, "step": 0.05}}: each β in
     * (0, 1], a range with from < to and a step that divides it into at most 1000 values.
     */
    static List<Double> betaTable(Section s) {
        if (!s.has("betaTable")) {
            return List.of();
        }
        List<Double> betas = new java.util.ArrayList<>();
        if (s.isArray("betaTable")) {
            int n = s.arraySize("betaTable", "[0.5, 0.8, 1]");
            for (int i = 0; i < n; i++) {
                betas.add(s.arrayNumber("betaTable", i));
            }
        } else {
            Section r = s.object("betaTable", "{\"from\": 0.1, \"to\": 1, \"step\": 0.05}");
            r.allowOnly("a beta range", "from", "to", "step");
            for (String k : List.of("from", "to", "step")) {
                if (!r.has(k)) {
                    throw r.error("a beta range needs \"" + k + "\", e.g. {\"from\": 0.1, \"to\": 1, \"step\": 0.05}");
                }
            }
            double from = r.number("from", 0);
            double to = r.number("to", 0);
            double step = r.number("step", 0);
            if (!(from < to) || !(step > 0) || (to - from) / step > 1000) {
                throw r.error("step", "a beta range needs from < to and a positive step giving at most 1000 values");
            }
            int n = (int) Math.floor((to - from) / step + 1e-9);
            for (int i = 0; i <= n; i++) {
                betas.add(i == n && Math.abs(from + n * step - to) < 1e-9 * step ? to : from + i * step);
            }
        }
        if (betas.isEmpty()) {
            throw s.error("betaTable", "give at least one beta");
        }
        for (double b : betas) {
            if (!(b > 0 && b <= 1)) {
                throw s.error("betaTable", "each beta must be in (0, 1], got " + b);
            }
        }
        return betas;
    }

    /** {@code "voltageRange": {"from": "0 mm", "to": "1037.7 mm"}}: both ends required, from below to. */
    private static RfSpec.VoltageRange voltageRange(Section s) {
        s.allowOnly("the voltage range", "from", "to");
        double from = s.quantity("from", Dimension.LENGTH);
        double to = s.quantity("to", Dimension.LENGTH);
        if (!(from < to)) {
            throw s.error("to", String.format(Locale.ROOT,
                    "the voltage range must end after it starts (from %s, to %s); swap or correct them",
                    Units.formatForMessage(from, Dimension.LENGTH), Units.formatForMessage(to, Dimension.LENGTH)));
        }
        return new RfSpec.VoltageRange(from, to);
    }

    private static SurfaceResistance surfaceResistance(Section s) {
        String model = Keys.choice(s, "model", s.string("model", "\"" + PadamseeBcs.MODEL + "\""), MODELS);
        switch (model) {
            case PadamseeBcs.MODEL: {
                s.allowOnly("the " + model + " model", "model", "temperature", "residualResistance");
                double t = temperature(s, NIOBIUM_TC, "niobium's critical temperature 9.2 K");
                return new PadamseeBcs(t, nonNegative(s, "residualResistance", Dimension.RESISTANCE));
            }
            case PielBcs.MODEL: {
                s.allowOnly("the " + model + " model", "model", "temperature", "criticalTemperature",
                        "residualResistance");
                double tc = s.has("criticalTemperature") ? positive(s, "criticalTemperature", Dimension.TEMPERATURE)
                        : PielBcs.NIOBIUM_TC;
                double t = temperature(s, tc, String.format(Locale.ROOT, "the critical temperature %s",
                        Units.formatForMessage(tc, Dimension.TEMPERATURE)));
                return new PielBcs(t, tc, nonNegative(s, "residualResistance", Dimension.RESISTANCE));
            }
            case NormalConductor.MODEL:
                s.allowOnly("the " + model + " model", "model", "conductivity");
                return new NormalConductor(positive(s, "conductivity", Dimension.CONDUCTIVITY));
            default:
                s.allowOnly("the " + model + " model", "model", "value");
                return new FixedResistance(positive(s, "value", Dimension.RESISTANCE));
        }
    }

    /** The temperature (required), positive and below {@code limit}. */
    private static double temperature(Section s, double limit, String limitName) {
        double t = positive(s, "temperature", Dimension.TEMPERATURE);
        if (!(t < limit)) {
            throw s.error("temperature", String.format(Locale.ROOT,
                    "%s is not below %s: the wall would not be superconducting; lower the temperature "
                            + "or choose the normalConductor or fixed model",
                    Units.formatForMessage(t, Dimension.TEMPERATURE), limitName));
        }
        return t;
    }

    private static double positive(Section s, String key, Dimension dimension) {
        double value = s.quantity(key, dimension);
        if (!(value > 0)) {
            throw s.error(key, String.format(Locale.ROOT, "must be a positive %s such as \"%s\", got %s",
                    dimension.noun(), dimension.example(), Units.formatForMessage(value, dimension)));
        }
        return value;
    }

    private static double nonNegative(Section s, String key, Dimension dimension) {
        double value = s.quantity(key, dimension);
        if (!(value >= 0)) {
            throw s.error(key, String.format(Locale.ROOT, "must not be negative (\"0 %s\" for none), got %s",
                    dimension.siUnit(), Units.formatForMessage(value, dimension)));
        }
        return value;
    }
}
