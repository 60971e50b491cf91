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
        String file = path.toString();
        String text;
        try {
            if (Files.isDirectory(path)) {
                throw new CaseException(file, "", SourceLocation.UNKNOWN, "is a folder, not a case file");
            }
            text = boundedText(path);
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
    private static String boundedText(Path path) throws IOException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(path)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        }
        if (bytes.length > MAX_BYTES) {
            throw new CaseException(path.toString(), "", SourceLocation.UNKNOWN, String.format(Locale.ROOT,
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
                "singularRefinement");
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
        return new MeshSpec(order, size, minAngle, arcAngle, grading, singular);
    }

    private static SolverSpec solver(Section s) {
        s.allowOnly("the solver section", "modes", "targetFrequency", "tolerance", "m", "family", "from", "to");
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
        int m = s.integer("m", 0, MAX_AZIMUTHAL_ORDER, 0);
        ModeFamily family = ModeFamily.TM;
        if (s.has("family")) {
            if (m > 0) {
                throw s.error("family", "applies to m = 0 only (TM or TE monopole modes); a mode of order m >= 1 "
                        + "is labelled TM-like or TE-like from its fields");
            }
            String name = s.string("family", "\"TM\"");
            try {
                family = ModeFamily.valueOf(name);
            } catch (IllegalArgumentException e) {
                throw s.error("family", "must be \"TM\" or \"TE\", got \"" + name + "\"");
            }
        }
        Optional<SolverSpec.FrequencyWindow> window = Optional.empty();
        if (s.has("from") || s.has("to")) {
            if (!s.has("from") || !s.has("to")) {
                throw s.error(s.has("from") ? "to" : "from", "a frequency window needs both \"from\" and \"to\"");
            }
            if (m == 0) {
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
        } else if (m > 0 && target.isPresent()) {
            throw s.error("targetFrequency", "is supported for m = 0 only; for m >= 1 give \"from\" and \"to\"");
        }
        return new SolverSpec(modes, target, tolerance, m, family, window);
    }
}
