package org.cavityfem.casefile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cavityfem.analysis.fieldmap.GridSpec;
import org.cavityfem.analysis.fieldmap.Normalisation;
import org.cavityfem.units.Units;

/** Reads the {@code output} section of a case. */
final class OutputReader {

    private static final List<String> ENCODINGS = Arrays.stream(OutputSpec.Encoding.values()).map(OutputSpec.Encoding::key).toList();

    private OutputReader() {
    }

    static OutputSpec read(Section o) {
        o.allowOnly("the output section", "paraviewEncoding", "revolvedSteps", "plots", "fieldMaps");
        OutputSpec d = OutputSpec.defaults();
        OutputSpec.Encoding encoding = d.paraviewEncoding();
        if (o.has("paraviewEncoding")) {
            String word = Keys.choice(o, "paraviewEncoding", o.string("paraviewEncoding", "\"binary\""), ENCODINGS);
            encoding = OutputSpec.Encoding.valueOf(word.toUpperCase(Locale.ROOT));
        }
        int steps = o.integer("revolvedSteps", 0, 3600, d.revolvedSteps());
        if (steps == 1 || steps == 2) {
            throw o.error("revolvedSteps", "the revolved view needs at least 3 angular steps (0 writes none), got "
                    + steps);
        }
        List<FieldMapSpec> maps = new ArrayList<>();
        if (o.has("fieldMaps")) {
            int n = o.arraySize("fieldMaps", "[{\"mode\": 0}]");
            for (int i = 0; i < n; i++) {
                maps.add(fieldMap(o.element("fieldMaps", i)));
            }
        }
        return new OutputSpec(encoding, steps, o.flag("plots", d.plots()), maps);
    }

    private static FieldMapSpec fieldMap(Section m) {
        m.allowOnly("a field map", "mode", "grid", "normalise", "harmonics");
        FieldMapSpec d = FieldMapSpec.defaults(0);
        int mode = m.integer("mode", 0, 99, 0);
        Optional<GridSpec> grid = Optional.empty();
        if (m.has("grid")) {
            Section g = m.object("grid", GRID_EXAMPLE);
            g.allowOnly("a field map grid", "z", "r");
            Section z = g.object("z", "{\"from\": \"0 mm\", \"to\": \"115 mm\", \"intervals\": 700}");
            Section r = g.object("r", "{\"from\": \"0 mm\", \"to\": \"115 mm\", \"intervals\": 75}");
            double[] zs = axis(z);
            double[] rs = axis(r);
            if (rs[0] < 0) {
                throw r.error("from", "the grid starts at r >= 0, got " + rs[0] + " m");
            }
            grid = Optional.of(new GridSpec(zs[0], zs[1], (int) zs[2], rs[0], rs[1], (int) rs[2]));
        }
        Normalisation norm = d.normalisation();
        if (m.has("normalise")) {
            Section n = m.object("normalise", "{\"peakAxis\": \"1 MV/m\"}");
            n.allowOnly("a field map normalisation (one of)", "peakAxis", "Eacc", "storedEnergy_J");
            List<Normalisation> found = new ArrayList<>();
            if (n.has("peakAxis")) {
                found.add(new Normalisation(Normalisation.Kind.PEAK_AXIS, positiveField(n, "peakAxis")));
            }
            if (n.has("Eacc")) {
                found.add(new Normalisation(Normalisation.Kind.EACC, positiveField(n, "Eacc")));
            }
            if (n.has("storedEnergy_J")) {
                double u = n.number("storedEnergy_J", 1);
                if (!(u > 0)) {
                    throw n.error("storedEnergy_J", "the stored energy must be positive (J), got " + u);
                }
                found.add(new Normalisation(Normalisation.Kind.ENERGY, u));
            }
            if (found.size() != 1) {
                throw m.error("normalise", "give exactly one of peakAxis, Eacc (fields such as \"1 MV/m\") or "
                        + "storedEnergy_J (a number), got " + found.size());
            }
            norm = found.get(0);
        }
        int harmonics = m.integer("harmonics", 0, 10_000, d.harmonics());
        return new FieldMapSpec(mode, grid, norm, harmonics);
    }

    private static final String GRID_EXAMPLE = "{\"z\": {\"from\": \"0 mm\", \"to\": \"115 mm\", \"intervals\": 700}, "
            + "\"r\": {...}}";

    private static double positiveField(Section n, String key) {
        double v = n.quantity(key, Units.Dimension.ELECTRIC_FIELD);
        if (!(v > 0)) {
            throw n.error(key, "must be a positive field such as \"1 MV/m\"");
        }
        return v;
    }

    /** from, to, intervals of one grid axis. */
    private static double[] axis(Section a) {
        a.allowOnly("a grid axis", "from", "to", "intervals");
        double from = a.quantity("from", Units.Dimension.LENGTH);
        double to = a.quantity("to", Units.Dimension.LENGTH);
        if (!(to > from)) {
            throw a.error("to", "the grid axis must end after it starts (from " + from + " m)");
        }
        if (!a.has("intervals")) {
            throw a.error("the grid axis needs \"intervals\" (a whole number >= 1)");
        }
        int n = a.integer("intervals", 1, 100_000, 1);
        return new double[] {from, to, n};
    }
}
