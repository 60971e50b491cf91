package org.cavityfem.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.cavityfem.analysis.fieldmap.GridSpec;
import org.cavityfem.analysis.fieldmap.Normalisation;
import org.cavityfem.casefile.FieldMapSpec;
import org.cavityfem.casefile.superfish.AutomeshImport;
import org.cavityfem.output.fieldmap.FieldMaps;
import org.cavityfem.study.PreparedCase;
import org.cavityfem.study.Progress;
import org.cavityfem.study.Study;
import org.cavityfem.study.StudyResult;
import org.cavityfem.units.Units;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code cavity fieldmap RESULT_DIR|CASE.json [--mode N] [--z FROM:TO:N] [--r FROM:TO:N] [--norm KIND=VALUE]}:
 * field maps for beam-dynamics codes.
 */
@Command(name = "fieldmap",
        mixinStandardHelpOptions = true,
        description = {
            "Write field maps of one mode for beam-dynamics codes: Superfish/Parmela T7, ASTRA on-axis Ez, a GPT "
                    + "2D text map and Impact-T rfdata Fourier coefficients, with fieldmaps.json and README.txt "
                    + "(normalisation, phase convention E ~ cos wt, B ~ sin wt).",
            "RESULT_DIR is a folder written by 'cavity solve' (its <case>_resolved.json is solved again); a case "
                    + "file or a Superfish .AF file is solved directly."
        })
final class FieldMapCommand implements Callable<Integer> {

    @ParentCommand
    CavityCli cli;

    @Parameters(index = "0", paramLabel = "RESULT_DIR|CASE.json", description = "A result folder or a case file.")
    Path source;

    @Option(names = "--mode", paramLabel = "N", description = "Mode index, from 0 as in summary.json (default 0).")
    int mode;

    @Option(names = "--z", paramLabel = "FROM:TO:N",
            description = "Grid along z: from, to (lengths with units, e.g. '0 mm:115 mm:700') and intervals.")
    String zGrid;

    @Option(names = "--r", paramLabel = "FROM:TO:N", description = "Grid along r, as --z (default: the axis to "
            + "the largest radius, 50 intervals).")
    String rGrid;

    @Option(names = "--norm", paramLabel = "KIND=VALUE",
            description = "peakAxis=<field> (default peakAxis=1 MV/m), Eacc=<field> or storedEnergy=<joules>.")
    String norm;

    @Option(names = "--harmonics", paramLabel = "N",
            description = "Fourier harmonics of the Impact-T series (default ${DEFAULT-VALUE}).")
    int harmonics = FieldMapSpec.DEFAULT_HARMONICS;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR",
            description = "Folder for the maps (default: RESULT_DIR/fieldmaps, or out/<case>/fieldmaps).")
    Path out;

    @Option(names = {"-q", "--quiet"}, description = "No progress lines on standard error.")
    boolean quiet;

    @Override
    public Integer call() {
        PrintStream stderr = cli.err();
        try {
            FieldMapSpec spec = spec();
            Path caseFile = caseFile();
            PreparedCase prepared = AutomeshImport.isAutomeshFile(caseFile)
                    ? ImportedCases.prepare(AutomeshImport.read(caseFile))
                    : PreparedCase.read(caseFile);
            int modes = prepared.resolved().solver().modes();
            if (spec.mode() >= modes) {
                throw new UsageException(source + ": mode " + spec.mode() + " does not exist: the case asks for "
                        + modes + " mode" + (modes == 1 ? "" : "s") + " (indices 0 to " + (modes - 1) + ")");
            }
            Path target = out != null ? out
                    : Files.isDirectory(source) ? source.resolve("fieldmaps")
                    : Path.of("out", prepared.resolved().name(), "fieldmaps");
            StudyResult result = new Study(cli.modeSolver(), new Progress(stderr, quiet)).run(prepared);
            FieldMaps.Made made;
            try {
                made = FieldMaps.write(result, spec, target);
            } catch (IllegalArgumentException e) {
                throw new UsageException(source + ": " + e.getMessage());
            }
            cli.out().println(FieldMaps.describe(made));
            cli.out().println("field maps: " + target);
            return ExitCodes.OK;
        } catch (Exception e) {
            return Failures.report(e, new Failures.Context(source.toString(), "the modes could not be found",
                    "cannot write the field maps"), cli);
        }
    }

    /** The resolved case of a result folder, or the case file itself. */
    private Path caseFile() throws IOException {
        if (!Files.isDirectory(source)) {
            return source;
        }
        try (Stream<Path> files = Files.list(source)) {
            List<Path> resolved = files.filter(p -> p.getFileName().toString().endsWith("_resolved.json")).toList();
            if (resolved.size() != 1) {
                throw new UsageException(source + " is not a result folder of 'cavity solve' (it needs exactly one "
                        + "<case>_resolved.json, found " + resolved.size() + ")");
            }
            return resolved.get(0);
        }
    }

    private FieldMapSpec spec() {
        if (mode < 0) {
            throw new UsageException("--mode must be 0 or more, got " + mode);
        }
        if (harmonics < 0 || harmonics > 10_000) {
            throw new UsageException("--harmonics must be 0 to 10000, got " + harmonics);
        }
        Optional<GridSpec> grid = Optional.empty();
        if (zGrid != null || rGrid != null) {
            if (zGrid == null || rGrid == null) {
                throw new UsageException("give both --z and --r (or neither, for the default grid)");
            }
            double[] z = axis("--z", zGrid);
            double[] r = axis("--r", rGrid);
            if (z[2] < 1 || r[2] < 1) {
                throw new UsageException("the field map grid needs at least 1 interval along z and along r, got "
                        + (int) z[2] + " x " + (int) r[2]);
            }
            try {
                grid = Optional.of(new GridSpec(z[0], z[1], (int) z[2], r[0], r[1], (int) r[2]));
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
        }
        return new FieldMapSpec(mode, grid, normalisation(), harmonics);
    }

    private static double[] axis(String option, String text) {
        String[] parts = text.split(":");
        if (parts.length != 3) {
            throw new UsageException(option + " needs FROM:TO:N, e.g. '0 mm:115 mm:700', got '" + text + "'");
        }
        try {
            double from = Units.parse(parts[0].strip(), Units.Dimension.LENGTH);
            double to = Units.parse(parts[1].strip(), Units.Dimension.LENGTH);
            int n = Integer.parseInt(parts[2].strip());
            return new double[] {from, to, n};
        } catch (NumberFormatException e) {
            throw new UsageException(option + ": the number of intervals must be a whole number, got '"
                    + parts[2].strip() + "'");
        } catch (IllegalArgumentException e) {
            throw new UsageException(option + ": " + e.getMessage());
        }
    }

    private Normalisation normalisation() {
        if (norm == null) {
            return FieldMapSpec.defaults(0).normalisation();
        }
        String[] kv = norm.split("=", 2);
        if (kv.length != 2) {
            throw new UsageException("--norm needs KIND=VALUE, e.g. 'peakAxis=1 MV/m', 'Eacc=5 MV/m' or "
                    + "'storedEnergy=1', got '" + norm + "'");
        }
        try {
            for (Normalisation.Kind k : Normalisation.Kind.values()) {
                if (k.key().equals(kv[0].strip())) {
                    double v = k == Normalisation.Kind.ENERGY ? Double.parseDouble(kv[1].strip())
                            : Units.parse(kv[1].strip(), Units.Dimension.ELECTRIC_FIELD);
                    return new Normalisation(k, v);
                }
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException("--norm: " + e.getMessage());
        }
        throw new UsageException("--norm: unknown kind '" + kv[0].strip() + "'; use peakAxis, Eacc or storedEnergy");
    }
}
