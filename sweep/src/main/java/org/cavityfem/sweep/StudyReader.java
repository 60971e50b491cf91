package org.cavityfem.sweep;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.cavityfem.casefile.CaseDefinition;
import org.cavityfem.casefile.CaseException;
import org.cavityfem.casefile.CaseFile;
import org.cavityfem.casefile.CaseReader;
import org.cavityfem.casefile.EllipticalGeometry;
import org.cavityfem.casefile.Geometry;
import org.cavityfem.casefile.JsonDocument;
import org.cavityfem.casefile.Section;
import org.cavityfem.casefile.SourceLocation;
import org.cavityfem.study.PreparedCase;
import org.cavityfem.units.Units;

/**
 * Reads a study file strictly, with the case-file reader's machinery and messages
 * ({@code file:line:column: path: problem}): every key known, every length with its unit, every
 * parameter name one of the base geometry's, every bound checked against the base case before
 * anything is computed (docs/study-format.md).
 */
public final class StudyReader {

    private static final int MAX_POINTS = 10_000_000;

    private StudyReader() {
    }

    /**
     * Reads and checks a study file; its base case is read relative to the study file's folder.
     *
     * @throws CaseException when anything in the study file or its base case is wrong
     */
    public static StudySpec read(Path path) {
        String file = path.toString();
        Path folder = path.toAbsolutePath().getParent();
        return parse(file, text(file, path), name -> {
            Path basePath = folder.resolve(name);
            return new BaseCase(basePath.toString(), Files.readString(basePath, StandardCharsets.UTF_8));
        });
    }

    /**
     * The base case a study file names: the path it was read from (for messages) and its text.
     *
     * @param file the base case file
     * @param text its content
     */
    public record BaseCase(String file, String text) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** Finds the base case named by a study file's {@code baseCase}. */
    @FunctionalInterface
    public interface BaseSource {
        /** The base case named {@code name}. */
        BaseCase load(String name) throws IOException;
    }

    /**
     * Reads and checks a study file's text, its base case from {@code bases}: what a worker that has
     * no file system of the study (a cluster's executor) reads.
     *
     * @throws CaseException when anything in the study or its base case is wrong
     */
    public static StudySpec parse(String file, String text, BaseSource bases) {
        JsonDocument doc = JsonDocument.parse(file, text);
        Section root = Section.root(doc);
        root.allowOnly("a study", "name", "description", "baseCase", "parameters", "design", "tune", "output",
                "optimize", "cellCoupling");
        String name = root.string("name", "\"tesla-midcell-shape\"");
        if (!CaseReader.NAME.matcher(name).matches()) {
            throw root.error("name", "\"" + name + "\" cannot name an output folder; use letters, digits, '.', "
                    + "'_' and '-' only, starting with a letter or digit");
        }
        root.optionalString("description");
        String baseName = root.string("baseCase", "\"../cases/tesla-midcell.json\"");
        BaseCase source;
        try {
            source = bases.load(baseName);
        } catch (IOException e) {
            throw root.error("baseCase", "cannot read the base case " + baseName + " (" + e.getClass().getSimpleName()
                    + "); the path is relative to the study file's folder");
        }
        String baseText = source.text();
        CaseFile base = CaseReader.parse(source.file(), baseText);
        PreparedCase.of(base.file(), base.definition());
        Geometry geometry = base.definition().geometry();

        Optional<TuneSpec> tune = root.optionalObject("tune").map(t -> tune(t, geometry));
        List<Variable> variables = variables(root, geometry, tune);
        Design design = design(root, variables);
        Optional<OptimizeSpec> optimize = root.optionalObject("optimize").map(o -> optimize(o, variables));
        if (optimize.isEmpty()) {
            checkDesign(root.object("parameters", "{}"), design, variables);
        }
        checkBounds(root, base.definition(), variables);
        boolean pointFolders = root.optionalObject("output").map(o -> {
            o.allowOnly("the output section", "pointFolders");
            return o.flag("pointFolders", false);
        }).orElse(false);
        long count = variables.stream().mapToLong(v -> v.gridValues().length).reduce(1, (a, b) -> a * b);
        if (design instanceof Design.Grid && count > MAX_POINTS) {
            throw root.error("parameters", "the grid has " + count + " points, more than " + MAX_POINTS
                    + "; use fewer steps or a Latin hypercube");
        }
        boolean coupling = root.flag("cellCoupling", false);
        if (coupling && !(geometry instanceof EllipticalGeometry)) {
            throw root.error("cellCoupling", "k_cc of the periodic mid-cell needs an elliptical base case, this one is "
                    + geometry.type());
        }
        return new StudySpec(file, name, base.definition(), baseText, variables, design, tune, pointFolders,
                coupling, optimize, digest(text, baseText));
    }

    private static String text(String file, Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new CaseException(file, "", SourceLocation.UNKNOWN, "no such file; check the path");
        } catch (IOException e) {
            throw new CaseException(file, "", SourceLocation.UNKNOWN, "cannot read the file: " + e);
        }
    }

    private static TuneSpec tune(Section t, Geometry geometry) {
        t.allowOnly("the tune section", "parameter", "frequency", "tolerance", "maxIterations");
        String p = t.string("parameter", "\"midCell.Req\"");
        if (!geometry.parameterNames().contains(p)) {
            throw t.error("parameter", unknownParameter(p, geometry));
        }
        double f = t.quantity("frequency", Units.Dimension.FREQUENCY);
        if (!(f > 0)) {
            throw t.error("frequency", "must be a positive frequency such as \"1.3 GHz\"");
        }
        double tolerance = t.number("tolerance", 1e-7);
        if (!(tolerance > 0 && tolerance < 1e-2)) {
            throw t.error("tolerance", "must be a relative error in (0, 0.01), e.g. 1e-7, got " + tolerance);
        }
        int iterations = t.integer("maxIterations", 2, 200, 20);
        return new TuneSpec(p, f, tolerance, iterations);
    }

    private static String unknownParameter(String p, Geometry geometry) {
        if (geometry.parameterNames().isEmpty()) {
            return "unknown parameter \"" + p + "\": a " + geometry.type() + " geometry has no parameters";
        }
        return "unknown parameter \"" + p + "\" of the base case's " + geometry.type() + " geometry; its parameters: "
                + String.join(", ", geometry.parameterNames());
    }

    private static List<Variable> variables(Section root, Geometry geometry, Optional<TuneSpec> tune) {
        Section params = root.object("parameters", "{\"midCell.Ri\": {\"from\": \"30 mm\", \"to\": \"40 mm\", "
                + "\"steps\": 3}}");
        List<String> names = params.keys();
        if (names.isEmpty()) {
            throw params.error("a study varies at least one parameter; add one, e.g. \"midCell.Ri\": "
                    + "{\"from\": \"30 mm\", \"to\": \"40 mm\", \"steps\": 3}");
        }
        List<Variable> variables = new ArrayList<>();
        for (String name : names) {
            if (!geometry.parameterNames().contains(name)) {
                throw params.keyError(name, unknownParameter(name, geometry));
            }
            if (tune.isPresent() && tune.get().parameter().equals(name)) {
                throw params.keyError(name, "\"" + name + "\" is the tuned parameter (tune.parameter); a study "
                        + "cannot also vary it");
            }
            Section v = params.object(name, "{\"from\": \"30 mm\", \"to\": \"40 mm\", \"steps\": 3}");
            v.allowOnly("a parameter", "from", "to", "steps", "values");
            List<Double> values = new ArrayList<>();
            double lower = Double.NaN;
            double upper = Double.NaN;
            int steps = 0;
            if (v.has("values")) {
                if (v.has("from") || v.has("to") || v.has("steps")) {
                    throw v.error("values", "give either \"values\" or \"from\"/\"to\"/\"steps\", not both");
                }
                int n = v.arraySize("values", "[\"30 mm\", \"35 mm\"]");
                if (n == 0) {
                    throw v.error("values", "needs at least one value");
                }
                for (int i = 0; i < n; i++) {
                    double x = v.quantityElement("values", i, Units.Dimension.LENGTH);
                    if (!(x > 0)) {
                        throw v.elementError("values", i, "must be a positive length");
                    }
                    values.add(x);
                }
                lower = values.stream().mapToDouble(Double::doubleValue).min().getAsDouble();
                upper = values.stream().mapToDouble(Double::doubleValue).max().getAsDouble();
            } else {
                lower = v.positiveLength("from");
                upper = v.positiveLength("to");
                if (!(upper >= lower)) {
                    throw v.error("to", String.format(Locale.ROOT, "the bounds are inverted: \"to\" (%s) is below "
                            + "\"from\" (%s)", Units.format(upper, Units.Dimension.LENGTH),
                            Units.format(lower, Units.Dimension.LENGTH)));
                }
                steps = v.integer("steps", 1, 100_000, upper > lower ? 0 : 1);
            }
            variables.add(new Variable(name, lower, upper, steps, values));
        }
        return variables;
    }

    private static Design design(Section root, List<Variable> variables) {
        if (!root.has("design") || root.isText("design", "grid")) {
            return new Design.Grid();
        }
        if (root.isText("design", "list")) {
            return new Design.ListDesign();
        }
        if (!root.isObject("design")) {
            throw root.error("design", "expected \"grid\", \"list\" or {\"latinHypercube\": {\"points\": 20, "
                    + "\"seed\": 1}}");
        }
        Section d = root.object("design", "{}");
        d.allowOnly("the design", "latinHypercube");
        Section lhs = d.object("latinHypercube", "{\"points\": 20, \"seed\": 1}");
        lhs.allowOnly("a Latin hypercube", "points", "seed");
        if (!lhs.has("points")) {
            throw lhs.error("points", "missing required key \"points\": how many points to sample");
        }
        int points = lhs.integer("points", 1, MAX_POINTS, 0);
        long seed = lhs.integer("seed", 0, Integer.MAX_VALUE, 1);
        return new Design.LatinHypercube(points, seed);
    }

    /** Checks each variable against its design: what the design needs of it. */
    static void checkDesign(Section params, Design design, List<Variable> variables) {
        for (Variable v : variables) {
            Section s = params.object(v.name(), "{}");
            if (design instanceof Design.Grid && v.values().isEmpty() && v.upper() > v.lower() && v.steps() < 2) {
                throw s.error("steps", "a grid over a range needs \"steps\" (at least 2), e.g. \"steps\": 5");
            }
            if (design instanceof Design.ListDesign) {
                if (v.values().isEmpty()) {
                    throw s.error("values", "a list design needs \"values\" for every parameter");
                }
                if (v.values().size() != variables.get(0).values().size()) {
                    throw s.error("values", String.format(Locale.ROOT, "a list design needs lists of one length: "
                            + "%s has %d values, %s has %d", v.name(), v.values().size(), variables.get(0).name(),
                            variables.get(0).values().size()));
                }
            }
            if (design instanceof Design.LatinHypercube && !v.values().isEmpty()) {
                throw s.error("values", "a Latin hypercube samples between \"from\" and \"to\"; give those instead");
            }
        }
    }

    private static OptimizeSpec optimize(Section o, List<Variable> variables) {
        o.allowOnly("the optimize section", "objectives", "population", "generations", "seed", "minWallAngle_deg",
                "minWallThickness", "minCoupling");
        int n = o.arraySize("objectives", "[\"min EpkOverEacc\", \"min BpkOverEacc_mT_per_MVm\"]");
        if (n == 0) {
            throw o.error("objectives", "needs at least one objective, e.g. \"min EpkOverEacc\"");
        }
        List<Objective> objectives = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String text = o.stringElement("objectives", i).trim();
            String[] parts = text.split("\\s+");
            if (parts.length != 2 || !(parts[0].equals("min") || parts[0].equals("max"))) {
                throw o.elementError("objectives", i, "write an objective as \"min FIGURE\" or \"max FIGURE\", got \""
                        + text + "\"");
            }
            if (Figures.index(parts[1]) < 0) {
                throw o.elementError("objectives", i, "unknown figure \"" + parts[1] + "\"; the figures are: "
                        + String.join(", ", Figures.columns()));
            }
            objectives.add(new Objective(parts[1], parts[0].equals("max")));
        }
        for (Variable v : variables) {
            if (!v.values().isEmpty()) {
                throw o.error("optimisation needs bounds \"from\"/\"to\" for every parameter; " + v.name()
                        + " gives \"values\"");
            }
        }
        int population = o.integer("population", 4, 100_000, 24);
        if (population % 2 != 0) {
            throw o.error("population", "must be even (NSGA-II mates pairs), got " + population);
        }
        int generations = o.integer("generations", 1, 100_000, 10);
        long seed = o.integer("seed", 0, Integer.MAX_VALUE, 1);
        OptionalDouble angle = o.has("minWallAngle_deg") ? OptionalDouble.of(o.number("minWallAngle_deg", 90))
                : OptionalDouble.empty();
        if (angle.isPresent() && !(angle.getAsDouble() > 0 && angle.getAsDouble() <= 180)) {
            throw o.error("minWallAngle_deg", "must be in (0, 180] degrees, got " + angle.getAsDouble());
        }
        OptionalDouble thickness = o.has("minWallThickness") ? OptionalDouble.of(o.positiveLength("minWallThickness"))
                : OptionalDouble.empty();
        OptionalDouble coupling = o.has("minCoupling") ? OptionalDouble.of(o.number("minCoupling", 0))
                : OptionalDouble.empty();
        if (coupling.isPresent() && !(coupling.getAsDouble() >= 0 && coupling.getAsDouble() < 1)) {
            throw o.error("minCoupling", "must be a fraction in [0, 1), e.g. 0.015, got " + coupling.getAsDouble());
        }
        return new OptimizeSpec(objectives, population, generations, seed, angle, thickness, coupling);
    }

    /** The base case with each variable at each bound (the others as in the base) must be a valid case. */
    private static void checkBounds(Section root, CaseDefinition base, List<Variable> variables) {
        Section params = root.object("parameters", "{}");
        for (Variable v : variables) {
            Section s = params.object(v.name(), "{}");
            for (String bound : new String[] {"from", "to"}) {
                double x = bound.equals("from") ? v.lower() : v.upper();
                String key = s.has(bound) ? bound : "values";
                try {
                    PreparedCase.of("bound", base.withGeometry(base.geometry().withParameter(v.name(), x)));
                } catch (CaseException e) {
                    throw s.error(key, "with " + v.name() + " = " + Units.format(x, Units.Dimension.LENGTH)
                            + " (the other parameters as in the base case) the base case is not valid: "
                            + e.problem());
                } catch (IllegalArgumentException e) {
                    throw s.error(key, "with " + v.name() + " = " + Units.format(x, Units.Dimension.LENGTH)
                            + " (the other parameters as in the base case) the base case is not valid: "
                            + e.getMessage());
                }
            }
        }
    }

    private static String digest(String study, String base) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(study.getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(base.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
