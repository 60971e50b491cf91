package org.cavityfem.casefile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cavityfem.analysis.material.Materials;
import org.cavityfem.analysis.material.Superconductor;
import org.cavityfem.units.Units;
import org.cavityfem.units.Units.Dimension;

/**
 * Reads the optional {@code superconductor} section: a named material (default niobium) with any of
 * its properties overridden, or {@code "material": "custom"} with every property given.
 */
final class SuperconductorReader {

    /** Property keys with their dimensions, in the documented order. */
    static final List<String> PROPERTY_KEYS = List.of("criticalTemperature", "lowerCriticalField", "coherenceLength",
            "conductionElectronDensity", "conductivity", "density", "atomicWeight", "specificHeat",
            "debyeTemperature");

    private SuperconductorReader() {
    }

    static SuperconductorSpec read(Section s) {
        List<String> allowed = new ArrayList<>(List.of("material", "name", "temperature", "electronsPerAtom"));
        allowed.addAll(PROPERTY_KEYS);
        s.allowOnly("the superconductor section", allowed.toArray(new String[0]));
        List<String> choices = new ArrayList<>(Materials.names());
        choices.add(SuperconductorSpec.CUSTOM);
        String preset = Keys.choice(s, "material", s.optionalString("material").orElse("niobium"), choices);
        Optional<Superconductor> base = Materials.byName(preset);
        if (base.isEmpty()) {
            for (String key : PROPERTY_KEYS) {
                if (!key.equals("conductionElectronDensity")) {
                    s.required(key, example(key));
                }
            }
            if (!s.has("conductionElectronDensity") && !s.has("electronsPerAtom")) {
                throw s.error("a custom material needs \"conductionElectronDensity\" (e.g. \"5.555e28 1/m^3\") or "
                        + "\"electronsPerAtom\" (e.g. 1, with density and atomicWeight)");
            }
        }
        Superconductor b = base.orElse(null);
        double tc = positive(s, "criticalTemperature", Dimension.TEMPERATURE, b == null ? 0 : b.criticalTemperature());
        double hc1 = positive(s, "lowerCriticalField", Dimension.MAGNETIC_FIELD, b == null ? 0 : b.lowerCriticalField());
        double xi = positive(s, "coherenceLength", Dimension.LENGTH, b == null ? 0 : b.coherenceLength());
        double sigma = positive(s, "conductivity", Dimension.CONDUCTIVITY, b == null ? 0 : b.normalConductivity());
        double density = positive(s, "density", Dimension.MASS_DENSITY, b == null ? 0 : b.density());
        double weight = s.number("atomicWeight", b == null ? 0 : b.atomicWeight());
        if (!(weight > 0)) {
            throw s.error("atomicWeight", "must be a positive relative atomic mass (g/mol), e.g. 92.906, got " + weight);
        }
        double heat = positive(s, "specificHeat", Dimension.SPECIFIC_HEAT, b == null ? 0 : b.specificHeat());
        double debye = positive(s, "debyeTemperature", Dimension.TEMPERATURE, b == null ? 0 : b.debyeTemperature());
        double electrons;
        if (s.has("conductionElectronDensity")) {
            electrons = positive(s, "conductionElectronDensity", Dimension.NUMBER_DENSITY, 0);
            if (s.has("electronsPerAtom")) {
                throw s.error("electronsPerAtom", "give either conductionElectronDensity or electronsPerAtom, not both");
            }
        } else if (b == null || s.has("electronsPerAtom") || s.has("density") || s.has("atomicWeight")) {
            double perAtom = s.number("electronsPerAtom", 1);
            if (!(perAtom > 0)) {
                throw s.error("electronsPerAtom", "must be positive, e.g. 1, got " + perAtom);
            }
            electrons = Superconductor.conductionElectronDensity(perAtom, weight, density);
        } else {
            electrons = b.conductionElectronDensity();
        }
        String name = s.optionalString("name").orElse(preset);
        double temperature = s.optionalQuantity("temperature", Dimension.TEMPERATURE)
                .orElse(SuperconductorSpec.DEFAULT_TEMPERATURE);
        if (!(temperature > 0 && temperature < tc)) {
            throw s.error("temperature", String.format(Locale.ROOT,
                    "the operating temperature must be above 0 K and below the critical temperature %s K, got %s K",
                    Double.toString(tc), Double.toString(temperature)));
        }
        Superconductor material = new Superconductor(name, weight, density, electrons, sigma, heat, tc, hc1, xi, debye);
        return new SuperconductorSpec(preset, material, temperature);
    }

    private static double positive(Section s, String key, Dimension dimension, double fallback) {
        if (!s.has(key)) {
            return fallback;
        }
        double v = s.quantity(key, dimension);
        if (!(v > 0) || !Double.isFinite(v)) {
            throw s.error(key, "must be a positive " + dimension.noun() + ", e.g. \"" + example(key) + "\"");
        }
        return v;
    }

    /** An example value for a property key. */
    static String example(String key) {
        return switch (key) {
            case "criticalTemperature" -> "\"9.25 K\"";
            case "lowerCriticalField" -> "\"1.43e5 A/m\"";
            case "coherenceLength" -> "\"40 nm\"";
            case "conductionElectronDensity" -> "\"5.555e28 1/m^3\"";
            case "conductivity" -> "\"6.2e6 S/m\"";
            case "density" -> "\"8570 kg/m^3\"";
            case "atomicWeight" -> "92.906";
            case "specificHeat" -> "\"269.9 J/kg/K\"";
            case "debyeTemperature" -> "\"275 K\"";
            default -> "...";
        };
    }
}
