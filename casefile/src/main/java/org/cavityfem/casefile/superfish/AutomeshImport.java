package org.cavityfem.casefile.superfish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;
import org.cavityfem.casefile.CaseDefinition;
import org.cavityfem.casefile.CaseException;
import org.cavityfem.casefile.ContourGeometry;
import org.cavityfem.casefile.MeshSpec;
import org.cavityfem.casefile.OutputSpec;
import org.cavityfem.casefile.RfSpec;
import org.cavityfem.casefile.SolverSpec;
import org.cavityfem.casefile.SourceLocation;
import org.cavityfem.casefile.SuperconductorSpec;
import org.cavityfem.casefile.WallSegment;
import org.cavityfem.mesh.geometry.Point;

/**
 * Maps an Automesh input file (Poisson Superfish's .AF / .AM) onto a case with a
 * {@code contour} geometry.
 *
 * <p>The mapping (docs/superfish.md has the table):
 * <ul>
 *   <li>The first {@code &reg}: {@code kprob=1} (an RF problem) and {@code icylin=1} (cylindrical
 *       coordinates) are required; {@code freq} (MHz) becomes {@code solver.targetFrequency};
 *       {@code dx}, {@code dy} (the spacing of Superfish's linear triangles) become
 *       {@code mesh.elementSize} = order × min(dx, dy), the size at which order-p elements have the
 *       same node spacing; {@code conv} (centimetres per user length unit, default 1: 0.1 for mm, 2.54 for
 *       inches; Superfish manual, Automesh "Entering coordinate data in units other than
 *       centimeters") scales every length;
 *       {@code beta} becomes {@code rf.beta}; {@code ezerot} (MV/m, with {@code norm=0}) becomes
 *       {@code rf.acceleratingField} over the axial length of the problem, as Superfish's E0T is
 *       V/L over the problem length; the boundary flags {@code nbsup, nbslo, nbsrt, nbslf} give the
 *       straight segments on the top, bottom, right and left edges of the problem's bounding box
 *       their condition (0, Neumann: metal wall; 1, Dirichlet: magnetic plane); segments on r = 0
 *       are the axis whatever the flag.</li>
 *   <li>Superfish's x is our z and its y our r.</li>
 *   <li>{@code &po} points: the first is the start; {@code nt=1} (default) draws a line to the
 *       point, {@code nt=2} an arc about (x0, y0) to it. A point is (x, y), or, with {@code r} and
 *       {@code theta} (degrees), the polar point (x0 + r cos θ, y0 + r sin θ). On an arc, x and y
 *       are relative to (x0, y0), as Superfish has them. An arc is circular, or elliptic with
 *       {@code a} (x semi-axis) and {@code b} (y semi-axis), or with {@code aovrb} = a/b and b
 *       from the end point; {@code radius} checks the circle's radius. {@code nt=4} and
 *       {@code nt=5} are taken when they describe circles. The arc drawn is the one of the two
 *       between the points that sweeps less than 180°; a half circle is ambiguous and an error
 *       (split it in two).</li>
 *   <li>A point that is off the arc its start point defines by less than 1e-4 (relative) is
 *       moved onto it, with a note; more is an error. The last point must return to the first.</li>
 * </ul>
 * Hyperbolas ({@code nt=3}), material regions (a second {@code &reg}, {@code mat} other than 1,
 * {@code &mt}), Poisson problems and Cartesian geometry are errors naming the line. The drive point
 * ({@code xdri, ydri}: a matrix eigen solver needs none) and Superfish's mesh lines are noted and
 * ignored.
 */
public final class AutomeshImport {

    /** Largest relative mismatch of a point from its arc that is corrected rather than refused. */
    static final double SNAP_TOLERANCE = 1e-4;

    private static final Set<String> REG_MAPPED = Set.of("kprob", "icylin", "freq", "dx", "dy", "conv", "nbsup",
            "nbslo", "nbsrt", "nbslf", "beta", "ezerot", "norm", "mat");
    private static final Set<String> REG_IGNORED = Set.of("xdri", "ydri", "npoint", "xmin", "xmax", "ymin",
            "ymax", "kmax", "lmax", "lines");
    private static final Set<String> REG_UNMAPPED = Set.of("epsil", "mu", "mtid", "ibound", "cur", "rmass",
            "kmethod", "ienergy", "mode", "nsym", "dslope", "rint");
    private static final Set<String> PO_VARIABLES = Set.of("nt", "x", "y", "x0", "y0", "r", "theta", "a", "b",
            "aovrb", "radius");

    private AutomeshImport() {
    }

    /**
     * Reads an Automesh input file.
     *
     * @throws CaseException when the file cannot be read, its syntax is wrong or it does not map
     */
    public static ImportedCase read(Path path) {
        return read(path, path.toString());
    }

    /**
     * Reads an Automesh input file that messages name otherwise than the path it is read from (see
     * {@link org.cavityfem.casefile.CaseReader#read(Path, String, java.util.List)}).
     *
     * @param path where the file is read
     * @param file the file as the user named it, for messages
     * @throws CaseException when the file cannot be read, its syntax is wrong or it does not map
     */
    public static ImportedCase read(Path path, String file) {
        String text;
        try {
            text = Files.readString(path, StandardCharsets.ISO_8859_1);
        } catch (NoSuchFileException e) {
            throw new CaseException(file, "", SourceLocation.UNKNOWN, "no such file; check the path");
        } catch (IOException e) {
            throw new CaseException(file, "", SourceLocation.UNKNOWN, "cannot read the file: " + e);
        }
        return parse(file, caseName(path), text);
    }

    /**
     * Maps the text of an Automesh input file.
     *
     * @param file the file as the user named it, for messages
     * @param name the case name
     * @param text the file's content
     */
    public static ImportedCase parse(String file, String name, String text) {
        NamelistFile nl = NamelistParser.parse(file, text);
        return new AutomeshImport.Mapper(file, nl).map(name);
    }

    /** A case name from a file name: its stem with characters a case name cannot hold replaced. */
    public static String caseName(Path path) {
        String stem = path.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        String name = stem.replaceAll("[^A-Za-z0-9._-]", "_");
        if (name.isEmpty() || !Character.isLetterOrDigit(name.charAt(0))) {
            name = "sf" + name;
        }
        return name.length() > 100 ? name.substring(0, 100) : name;
    }

    /** True for the extensions Superfish gives its Automesh input files (.af, .am, any case). */
    public static boolean isAutomeshFile(Path path) {
        String n = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".af") || n.endsWith(".am");
    }

    private static final class Mapper {
        private final String file;
        private final NamelistFile input;
        private final List<String> notes = new ArrayList<>();

        Mapper(String file, NamelistFile input) {
            this.file = file;
            this.input = input;
        }

        ImportedCase map(String name) {
            List<Namelist> groups = input.namelists();
            if (groups.isEmpty() || !groups.get(0).name().equals("reg")) {
                SourceLocation at = groups.isEmpty() ? SourceLocation.UNKNOWN : groups.get(0).location();
                throw new CaseException(file, "", at, "an Automesh file starts with the &reg namelist (after the "
                        + "title line), e.g. &reg kprob=1, icylin=1, dx=0.2, freq=1300 &");
            }
            Namelist reg = groups.get(0);
            RegSettings settings = reg(reg);
            List<Namelist> points = new ArrayList<>();
            for (Namelist g : groups.subList(1, groups.size())) {
                switch (g.name()) {
                    case "po" -> points.add(g);
                    case "reg" -> throw error(g.location(), "a second &reg starts another region (a material or "
                            + "an internal region); only a single vacuum region maps onto a case");
                    case "mt", "ma" -> throw error(g.location(), "&" + g.name() + " defines material properties; "
                            + "materials do not map onto a case (the cavity is vacuum inside perfect walls)");
                    default -> throw error(g.location(), "unknown namelist &" + g.name()
                            + "; an Automesh file holds &reg and &po");
                }
            }
            ContourBuilder builder = new ContourBuilder(file, settings, notes);
            ContourGeometry geometry = builder.build(points, reg.location());
            MeshSpec mesh = MeshSpec.defaults();
            if (settings.spacing().isPresent()) {
                mesh = mesh.withElementSize(mesh.order() * settings.spacing().getAsDouble());
            }
            SolverSpec solver = new SolverSpec(1, settings.frequency(), SolverSpec.defaults().tolerance());
            RfSpec rf = RfSpec.defaults();
            rf = new RfSpec(settings.e0t().orElse(rf.acceleratingField()), rf.activeLength(),
                    settings.beta().orElse(rf.beta()), rf.surfaceResistance());
            String description = "imported from the Superfish file " + Path.of(file).getFileName()
                    + (input.title().isEmpty() ? "" : ": " + input.title());
            CaseDefinition c = new CaseDefinition(name, description, geometry, mesh, solver, rf,
                    OutputSpec.defaults(), SuperconductorSpec.defaults());
            return new ImportedCase(c, notes, file, builder.segmentLines());
        }

        private RegSettings reg(Namelist reg) {
            for (Namelist.Assignment a : reg.assignments()) {
                String v = a.name();
                if (REG_MAPPED.contains(v)) {
                    continue;
                }
                if (REG_IGNORED.contains(v) || v.matches("[xykl]reg\\d*")) {
                    String why = v.startsWith("xdri") || v.startsWith("ydri")
                            ? "the drive point only starts Superfish's root finder; a matrix eigen solver needs none"
                            : "Superfish's mesh lines do not apply to this mesher";
                    notes.add(location(a.location()) + ": " + v + " ignored: " + why);
                    continue;
                }
                if (REG_UNMAPPED.contains(v)) {
                    throw error(a.location(), "&reg " + v + " has no counterpart in a case (materials, "
                            + "Poisson settings and particle-energy settings do not map); remove it");
                }
                throw error(a.location(), "unknown variable '" + v + "' in &reg; the variables read are "
                        + String.join(", ", REG_MAPPED.stream().sorted().toList()));
            }
            Values r = new Values(file, reg);
            int kprob = r.integer("kprob", 0);
            if (kprob != 1) {
                throw error(r.at("kprob"), "kprob = " + kprob + " is a Poisson (static) problem; only RF "
                        + "problems (kprob=1, Superfish) map onto a case");
            }
            int icylin = r.integer("icylin", 0);
            if (icylin != 1) {
                throw error(r.at("icylin"), "icylin = " + icylin + " is Cartesian (x, y) geometry; a case is "
                        + "axisymmetric: set icylin=1");
            }
            int mat = r.integer("mat", 1);
            if (mat != 1) {
                throw error(r.at("mat"), "mat = " + mat + " fills the region with a material; only vacuum "
                        + "(mat=1) maps onto a case");
            }
            double conv = r.number("conv", 1);
            if (!(conv > 0)) {
                throw error(r.at("conv"), "conv must be positive (centimetres per length unit: 0.1 for mm, "
                        + "2.54 for inches), got " + conv);
            }
            double metresPerUnit = 0.01 * conv;
            OptionalDouble frequency = OptionalDouble.empty();
            if (r.has("freq")) {
                double f = r.number("freq", 0);
                if (!(f > 0)) {
                    throw error(r.at("freq"), "freq must be a positive frequency in MHz, got " + f);
                }
                frequency = OptionalDouble.of(f * 1e6);
            }
            OptionalDouble spacing = OptionalDouble.empty();
            for (String d : List.of("dx", "dy")) {
                if (r.has(d)) {
                    double h = r.number(d, 0);
                    if (!(h > 0)) {
                        throw error(r.at(d), d + " must be a positive mesh spacing, got " + h);
                    }
                    spacing = OptionalDouble.of(Math.min(spacing.orElse(Double.POSITIVE_INFINITY),
                            h * metresPerUnit));
                }
            }
            OptionalDouble beta = OptionalDouble.empty();
            if (r.has("beta")) {
                double b = r.number("beta", 0);
                if (!(b > 0 && b <= 1)) {
                    throw error(r.at("beta"), "beta must be in (0, 1], got " + b);
                }
                beta = OptionalDouble.of(b);
            }
            OptionalDouble e0t = OptionalDouble.empty();
            int norm = r.integer("norm", 0);
            if (norm != 0) {
                throw error(r.at("norm"), "norm = " + norm + ": only norm=0 (fields scaled to E0T = ezerot) maps "
                        + "onto a case (rf.acceleratingField)");
            }
            if (r.has("ezerot")) {
                double e = r.number("ezerot", 0);
                if (!(e > 0)) {
                    throw error(r.at("ezerot"), "ezerot must be a positive field in MV/m, got " + e);
                }
                e0t = OptionalDouble.of(e * 1e6);
            }
            int[] flags = new int[4];
            String[] names = {"nbsup", "nbslo", "nbsrt", "nbslf"};
            for (int i = 0; i < 4; i++) {
                flags[i] = r.integer(names[i], 0);
                if (flags[i] != 0 && flags[i] != 1) {
                    throw error(r.at(names[i]), names[i] + " must be 0 (Neumann: a metal wall) or 1 (Dirichlet: a "
                            + "magnetic plane), got " + flags[i]);
                }
            }
            return new RegSettings(metresPerUnit, frequency, spacing, beta, e0t, flags[0], flags[1], flags[2],
                    flags[3]);
        }

        private String location(SourceLocation at) {
            return file + ":" + at.line() + ":" + at.column();
        }

        private CaseException error(SourceLocation at, String problem) {
            return new CaseException(file, "", at, problem);
        }
    }

    /**
     * What the first {@code &reg} says.
     *
     * @param metresPerUnit metres per user length unit
     * @param frequency the target frequency (Hz), when given
     * @param spacing Superfish's mesh spacing (m), when given
     * @param beta particle velocity over c, when given
     * @param e0t the normalisation field E0T (V/m), when given
     * @param nbsup 0 or 1, the top edge
     * @param nbslo 0 or 1, the bottom edge
     * @param nbsrt 0 or 1, the right edge
     * @param nbslf 0 or 1, the left edge
     */
    record RegSettings(double metresPerUnit, OptionalDouble frequency, OptionalDouble spacing, OptionalDouble beta,
            OptionalDouble e0t, int nbsup, int nbslo, int nbsrt, int nbslf) {
    }

    /** Typed access to the variables of one namelist, with errors at the value. */
    static final class Values {
        private final String file;
        private final Namelist group;

        Values(String file, Namelist group) {
            this.file = file;
            this.group = group;
        }

        boolean has(String v) {
            return group.find(v).isPresent();
        }

        SourceLocation at(String v) {
            return group.find(v).map(Namelist.Assignment::location).orElse(group.location());
        }

        double number(String v, double otherwise) {
            var a = group.find(v);
            if (a.isEmpty()) {
                return otherwise;
            }
            if (a.get().values().size() != 1) {
                throw new CaseException(file, "", a.get().location(), v + " takes one value, got "
                        + a.get().values().size());
            }
            String t = a.get().values().get(0);
            try {
                return Double.parseDouble(t.replace('d', 'e').replace('D', 'e'));
            } catch (NumberFormatException e) {
                throw new CaseException(file, "", a.get().location(), v + " must be a number, got " + t);
            }
        }

        int integer(String v, int otherwise) {
            double d = number(v, otherwise);
            if (d != Math.rint(d)) {
                throw new CaseException(file, "", at(v), v + " must be a whole number, got " + d);
            }
            return (int) d;
        }
    }

    /** A point in the file's (x, y), unscaled, for messages. */
    static String xy(Point p, double metresPerUnit) {
        return String.format(Locale.ROOT, "(x=%.9g, y=%.9g)", p.z() / metresPerUnit, p.r() / metresPerUnit);
    }

    /** The segment list of a geometry, for the builder. */
    static ContourGeometry geometry(Point start, List<WallSegment> segments) {
        return new ContourGeometry(start, segments);
    }
}
