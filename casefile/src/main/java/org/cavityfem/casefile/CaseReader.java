package org.cavityfem.casefile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;
import org.cavityfem.analysis.accuracy.AccuracyTarget;
import org.cavityfem.fem.TriangleNodeLayout;
import org.cavityfem.solver.ModeFamily;
import org.cavityfem.units.Units;

/**
 * Reads a case file strictly (the format is described in docs/case-format.md): every key is known,
 * every length and frequency carries its unit, and every value is checked before anything is
 * computed. Defaults that do not depend on the geometry are filled in here; the element size,
 * which does, is filled in by {@link CaseResolver}.
 */
public final class CaseReader {

    /** Largest case file read (bytes): 16 MiB. */
    public static final int MAX_BYTES = 16 << 20;
    /** Allowed case names: they become folder names. */
    public static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    /** Keys of a case's top level. */
    private static final List<String> ROOT_KEYS = List.of("name", "description", "geometry", "mesh", "solver", "rf",
            "output", "superconductor");

    /** Largest number of modes one case may ask for. */
    public static final int MAX_MODES = 100;
    /** Largest azimuthal order {@code solver.m} a case may ask for. */
    public static final int MAX_AZIMUTHAL_ORDER = 20;

    private CaseReader() {
    }

    /**
     * Reads and checks a case file.
     *
     * @throws CaseException when the file cannot be read or anything in it is wrong
     */
    public static CaseFile read(Path path) {
        return read(path, List.of());
    }

    /**
     * Reads and checks a case file with values set from the command line ({@link
     * JsonDocument#withOverrides}); they are checked like the file and end up in the resolved case.
     *
     * @throws CaseException when the file cannot be read or anything in it is wrong
     */
    public static CaseFile read(Path path, List<String> overrides) {
        return read(path, path.toString(), overrides);
    }

    /**
     * Reads and checks a case file that messages and the results name otherwise than the path it is
     * read from: a warm server ({@code cavity daemon}) reads {@code cases/x.json} of a request's
     * working directory through an absolute path, while messages and summary.json keep the name the
     * user typed.
     *
     * @param path where the file is read
     * @param file the file as the user named it, for messages and results
     * @throws CaseException when the file cannot be read or anything in it is wrong
     */
    public static CaseFile read(Path path, String file, List<String> overrides) {
        String text;
        try {
            if (Files.isDirectory(path)) {
                throw new CaseException(file, "", SourceLocation.UNKNOWN, "is a folder, not a case file");
            }
            text = boundedText(path, file);
        } catch (NoSuchFileException e) {
            throw new CaseException(file, "", SourceLocation.UNKNOWN, "no such file; check the path");
        } catch (CharacterCodingException e) {
            throw new CaseException(file, "", SourceLocation.UNKNOWN,
                    "is not UTF-8 text; a case file is a JSON text file (see docs/case-format.md)");
        } catch (AccessDeniedException e) {
            throw new CaseException(file, "", SourceLocation.UNKNOWN, "cannot read the file: permission denied");
        } catch (IOException e) {
            throw new CaseException(file, "", SourceLocation.UNKNOWN, "cannot read the file: " + e.getMessage());
        }
        return parse(file, text, overrides);
    }

    /**
     * The file as text, read through a bounded buffer: a case file larger than {@value #MAX_BYTES}
     * bytes (or an endless stream such as /dev/zero) is refused before it can exhaust the memory.
     */
    private static String boundedText(Path path, String file) throws IOException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(path)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        }
        if (bytes.length > MAX_BYTES) {
            throw new CaseException(file, "", SourceLocation.UNKNOWN, String.format(Locale.ROOT,
                    "is larger than %d MiB; a case file is a short JSON text (a wall of 10 000 segments takes "
                            + "about 1 MiB)", MAX_BYTES >> 20));
        }
        return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    }

    /**
     * Reads and checks case text.
     *
     * @param file name of the file for messages
     * @param text JSON text
     * @throws CaseException when anything in it is wrong
     */
    public static CaseFile parse(String file, String text) {
        return parse(file, text, List.of());
    }

    /** Reads and checks case text with values set from the command line ({@link JsonDocument#withOverrides}). */
    public static CaseFile parse(String file, String text, List<String> overrides) {
        JsonDocument doc = JsonDocument.parse(file, text, "a case", ROOT_KEYS).withOverrides(overrides);
        Section root = Section.root(doc);
        root.allowOnly("a case", ROOT_KEYS.toArray(String[]::new));
        String name = root.string("name", "\"pillbox\"");
        if (!NAME.matcher(name).matches()) {
            throw root.error("name", "\"" + name + "\" cannot name an output folder; use letters, digits, '.', "
                    + "'_' and '-' only, starting with a letter or digit (at most 100 characters)");
        }
        String description = root.optionalString("description").orElse("");
        Geometry geometry = GeometryFormats.read(root.object("geometry", "{\"type\": \"pillbox\", ...}"));
        MeshSpec mesh = root.optionalObject("mesh").map(CaseReader::mesh).orElse(MeshSpec.defaults());
        SolverSpec solver = root.optionalObject("solver").map(CaseReader::solver).orElse(SolverSpec.defaults());
        RfSpec rf = root.optionalObject("rf").map(RfReader::rf).orElse(RfSpec.defaults());
        OutputSpec output = root.optionalObject("output").map(OutputReader::read).orElse(OutputSpec.defaults());
        SuperconductorSpec superconductor = root.optionalObject("superconductor").map(SuperconductorReader::read)
                .orElse(SuperconductorSpec.defaults());
        for (int i = 0; i < output.fieldMaps().size(); i++) {
            int mode = output.fieldMaps().get(i).mode();
            if (mode >= solver.modes()) {
                String path = "output.fieldMaps[" + i + "].mode";
                throw new CaseException(file, path, doc.valueLocation(path), "mode " + mode + " does not exist: the "
                        + "case asks for " + solver.modes() + " mode" + (solver.modes() == 1 ? "" : "s")
                        + " (indices 0 to " + (solver.modes() - 1) + "); raise solver.modes or pick another");
            }
        }
        return new CaseFile(file, new CaseDefinition(name, description, geometry, mesh, solver, rf, output,
                superconductor), doc);
    }

    private static MeshSpec mesh(Section m) {
        m.allowOnly("the mesh section", "order", "elementSize", "minAngle_deg", "maxArcAngle_deg", "grading",
                "singularRefinement", "accuracy", "errorEstimate");
        MeshSpec d = MeshSpec.defaults();
        int order = m.integer("order", 1, TriangleNodeLayout.MAX_ORDER, d.order());
        OptionalDouble size = m.has("elementSize") ? OptionalDouble.of(m.positiveLength("elementSize"))
                : OptionalDouble.empty();
        double minAngle = m.number("minAngle_deg", d.minAngleDeg());
        if (!(minAngle > 0 && minAngle <= 33)) {
            throw m.error("minAngle_deg", "must be in (0, 33] degrees (a quality triangulation cannot guarantee "
                    + "more than about 33°), got " + minAngle);
        }
        double arcAngle = m.number("maxArcAngle_deg", d.maxArcAngleDeg());
        if (!(arcAngle > 0 && arcAngle <= 90)) {
            throw m.error("maxArcAngle_deg", "must be in (0, 90] degrees, got " + arcAngle);
        }
        double grading = m.number("grading", d.grading());
        if (!(grading > 1 && grading <= 4)) {
            throw m.error("grading", "must be in (1, 4] (the size ratio of neighbouring elements), got " + grading);
        }
        boolean singular = m.flag("singularRefinement", d.singularRefinement());
        Optional<AccuracyTarget> accuracy = accuracy(m);
        Optional<Boolean> estimate = Optional.empty();
        if (m.has("errorEstimate") && !m.isText("errorEstimate", "auto")) {
            estimate = Optional.of(m.flag("errorEstimate", true));
            if (!estimate.get() && accuracy.isPresent()) {
                throw m.error("errorEstimate", "mesh.accuracy needs the error estimates: remove \"errorEstimate\": "
                        + "false or mesh.accuracy");
            }
        }
        return new MeshSpec(order, size, minAngle, arcAngle, grading, singular, accuracy, estimate);
    }

    /**
     * {@code mesh.accuracy}: one relative accuracy for every quantity, or
     * {@code {"frequency": 1e-10, "figures": 1e-6}} (either key defaults to the other's value), with
     * {@code "surface"} when the superconducting-surface figures are to meet a target too.
     */
    private static Optional<AccuracyTarget> accuracy(Section m) {
        if (!m.has("accuracy")) {
            return Optional.empty();
        }
        if (m.isObject("accuracy")) {
            Section a = m.object("accuracy", "{\"frequency\": 1e-10, \"figures\": 1e-6}");
            a.allowOnly("mesh.accuracy", "frequency", "figures", "surface");
            if (!a.has("frequency") && !a.has("figures")) {
                throw m.error("accuracy", "give \"frequency\", \"figures\" or both, e.g. {\"frequency\": 1e-10, "
                        + "\"figures\": 1e-6}");
            }
            double f = relativeAccuracy(a, "frequency", a.has("frequency") ? Double.NaN : a.number("figures", 0));
            double g = relativeAccuracy(a, "figures", f);
            // The superconducting-surface figures are targets only when named (docs/case-format.md).
            double surface = a.has("surface") ? relativeAccuracy(a, "surface", Double.NaN) : Double.NaN;
            return Optional.of(new AccuracyTarget(f, g, surface));
        }
        double all = relativeAccuracy(m, "accuracy", Double.NaN);
        return Optional.of(AccuracyTarget.of(all));
    }

    private static double relativeAccuracy(Section s, String key, double fallback) {
        double v = s.has(key) ? s.number(key, fallback) : fallback;
        if (!(v >= 1e-13 && v < 1)) {
            throw s.error(key, "must be a relative accuracy in [1e-13, 1), such as 1e-8, got " + v
                    + " (below 1e-13 rounding dominates)");
        }
        return v;
    }

    private static SolverSpec solver(Section s) {
        s.allowOnly("the solver section", "modes", "targetFrequency", "tolerance", "m", "family", "from", "to",
                "offset", "externalQ");
        SolverSpec d = SolverSpec.defaults();
        int modes = s.integer("modes", 1, MAX_MODES, d.modes());
        OptionalDouble target = OptionalDouble.empty();
        if (s.has("targetFrequency") && !s.isText("targetFrequency", SolverSpec.LOWEST)) {
            double f = s.quantity("targetFrequency", Units.Dimension.FREQUENCY);
            if (!(f > 0)) {
                throw s.error("targetFrequency", "must be a positive frequency such as \"1.3 GHz\", or \""
                        + SolverSpec.LOWEST + "\" for the lowest modes");
            }
            target = OptionalDouble.of(f);
        }
        double tolerance = s.number("tolerance", d.tolerance());
        if (!(tolerance > 0 && tolerance < 1e-3)) {
            throw s.error("tolerance", "must be in (0, 1e-3), e.g. 1e-13, got " + tolerance);
        }
        List<Integer> orders = orders(s);
        int m = orders.get(0);
        List<ModeFamily> families = families(s, orders);
        ModeFamily family = orders.get(0) == 0 ? families.get(0) : ModeFamily.TM;
        List<SolverSpec.Order> scan = new java.util.ArrayList<>();
        for (int order : orders) {
            if (order == 0) {
                for (ModeFamily f : families) {
                    scan.add(new SolverSpec.Order(0, f));
                }
            } else {
                scan.add(new SolverSpec.Order(order, ModeFamily.TM));
            }
        }
        Optional<SolverSpec.FrequencyWindow> window = Optional.empty();
        if (s.has("from") || s.has("to")) {
            if (!s.has("from") || !s.has("to")) {
                throw s.error(s.has("from") ? "to" : "from", "a frequency window needs both \"from\" and \"to\"");
            }
            if (orders.stream().allMatch(o -> o == 0)) {
                throw s.error("from", "a frequency window is supported for m >= 1 only; for m = 0 give \"modes\" "
                        + "and \"targetFrequency\"");
            }
            if (target.isPresent()) {
                throw s.error("from", "give either a frequency window or \"targetFrequency\", not both");
            }
            double from = s.quantity("from", Units.Dimension.FREQUENCY);
            double to = s.quantity("to", Units.Dimension.FREQUENCY);
            if (!(from > 0)) {
                throw s.error("from", "must be a positive frequency, got " + from + " Hz");
            }
            if (!(to > from)) {
                throw s.error("to", "must be above \"from\" (" + from + " Hz), got " + to + " Hz");
            }
            window = Optional.of(new SolverSpec.FrequencyWindow(from, to));
        } else if (orders.stream().anyMatch(o -> o > 0) && target.isPresent()) {
            throw s.error("targetFrequency", "is supported for m = 0 only; for m >= 1 give \"from\" and \"to\"");
        }
        double offset = SolverSpec.DEFAULT_OFFSET;
        if (s.has("offset")) {
            offset = s.quantity("offset", Units.Dimension.LENGTH);
            if (!(offset > 0)) {
                throw s.error("offset", "must be a positive length such as \"10 mm\" (r0 of the longitudinal R/Q), got "
                        + offset + " m");
            }
        }
        OptionalDouble externalQ = OptionalDouble.empty();
        List<SolverSpec.ModeQ> modeExternalQ = new java.util.ArrayList<>();
        if (s.isObject("externalQ")) {
            Section q = s.object("externalQ", "{\"default\": 1e5, \"modes\": [{\"m\": 1, \"number\": 7, \"Q\": 2e4}]}");
            q.allowOnly("solver.externalQ", "default", "modes");
            if (q.has("default")) {
                externalQ = OptionalDouble.of(positiveQ(q, "default"));
            }
            int n = q.has("modes") ? q.arraySize("modes", "[{\"m\": 1, \"number\": 7, \"Q\": 2e4}]") : 0;
            for (int i = 0; i < n; i++) {
                Section e = q.element("modes", i);
                e.allowOnly("an external Q of one mode", "m", "family", "number", "Q");
                int order = e.integer("m", 0, MAX_AZIMUTHAL_ORDER, -1);
                if (order < 0) {
                    throw e.error("m", "is required: the mode's azimuthal order");
                }
                ModeFamily f = ModeFamily.TM;
                if (e.has("family")) {
                    if (order > 0) {
                        throw e.error("family", "applies to m = 0 only");
                    }
                    f = family(e, e.string("family", "\"TE\""), -1);
                }
                if (!scan.contains(new SolverSpec.Order(order, f))) {
                    throw e.error("m", "order m = " + order + (order == 0 ? " " + f.key() : "")
                            + " is not among the orders the case solves");
                }
                int number = e.integer("number", 1, 100000, -1);
                if (number < 0) {
                    throw e.error("number", "is required: the mode's place in the spectrum of its order, from 1");
                }
                SolverSpec.ModeQ entry = new SolverSpec.ModeQ(order, f, number, positiveQ(e, "Q"));
                for (SolverSpec.ModeQ other : modeExternalQ) {
                    if (other.m() == order && other.family() == f && other.number() == number) {
                        throw e.error("number", "mode " + number + " of order m = " + order + " has an external Q "
                                + "already");
                    }
                }
                modeExternalQ.add(entry);
            }
        } else if (s.has("externalQ")) {
            externalQ = OptionalDouble.of(positiveQ(s, "externalQ"));
        }
        return new SolverSpec(modes, target, tolerance, m, family, window, scan, offset, externalQ, modeExternalQ);
    }

    private static double positiveQ(Section s, String key) {
        if (!s.has(key)) {
            throw s.error(key, "is required: a positive number such as 2e4");
        }
        double q = s.number(key, 0);
        if (!(q > 0) || !Double.isFinite(q)) {
            throw s.error(key, "must be a positive number (an external Q), got " + q);
        }
        return q;
    }

    /** {@code m}: one order or a list of distinct orders, each in [0, MAX_AZIMUTHAL_ORDER]. */
    private static List<Integer> orders(Section s) {
        if (!s.isArray("m")) {
            return List.of(s.integer("m", 0, MAX_AZIMUTHAL_ORDER, 0));
        }
        int n = s.arraySize("m", "[0, 1, 2]");
        if (n == 0) {
            throw s.error("m", "a list of azimuthal orders must not be empty, e.g. [0, 1, 2]");
        }
        List<Integer> out = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            double v = s.arrayNumber("m", i);
            if (v != Math.rint(v) || v < 0 || v > MAX_AZIMUTHAL_ORDER) {
                throw s.elementError("m", i, "must be a whole number between 0 and " + MAX_AZIMUTHAL_ORDER + ", got " + v);
            }
            if (out.contains((int) v)) {
                throw s.elementError("m", i, "order " + (int) v + " appears twice");
            }
            out.add((int) v);
        }
        return List.copyOf(out);
    }

    /** {@code family}: one of TM, TE or a list of them; only when the orders include m = 0. */
    private static List<ModeFamily> families(Section s, List<Integer> orders) {
        if (!s.has("family")) {
            return List.of(ModeFamily.TM);
        }
        if (!orders.contains(0)) {
            throw s.error("family", "applies to m = 0 only (TM or TE monopole modes); a mode of order m >= 1 "
                    + "is labelled TM-like or TE-like from its fields");
        }
        if (!s.isArray("family")) {
            return List.of(family(s, s.string("family", "\"TM\""), -1));
        }
        int n = s.arraySize("family", "[\"TM\", \"TE\"]");
        if (n == 0) {
            throw s.error("family", "a list of families must not be empty, e.g. [\"TM\", \"TE\"]");
        }
        List<ModeFamily> out = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            ModeFamily f = family(s, s.stringElement("family", i), i);
            if (out.contains(f)) {
                throw s.elementError("family", i, f.key() + " appears twice");
            }
            out.add(f);
        }
        return List.copyOf(out);
    }

    private static ModeFamily family(Section s, String name, int index) {
        try {
            return ModeFamily.valueOf(name);
        } catch (IllegalArgumentException e) {
            String problem = "must be \"TM\" or \"TE\", got \"" + name + "\"";
            throw index < 0 ? s.error("family", problem) : s.elementError("family", index, problem);
        }
    }
}
