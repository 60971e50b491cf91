package org.cavityfem.tools.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.cavityfem.mesh.Mesh;
import org.cavityfem.mesh.MeshGenerator;
import org.cavityfem.mesh.MeshSettings;
import org.cavityfem.mesh.geometry.Contour;
import org.cavityfem.mesh.geometry.InvalidGeometryException;
import org.cavityfem.postproc.merit.ModeAnalysis;
import org.cavityfem.postproc.superconducting.ModeSurface;
import org.cavityfem.postproc.superconducting.SurfaceColumn;
import org.cavityfem.postproc.passband.Passband;
import org.cavityfem.solver.ModeSolution;
import org.cavityfem.solver.ModeSolver;
import org.cavityfem.solver.eigen.EigenSolveException;
import org.cavityfem.solver.eigen.InertiaCheck;
import org.cavityfem.tools.cases.CaseDefinition;
import org.cavityfem.tools.cases.CaseException;
import org.cavityfem.tools.cases.CaseFile;
import org.cavityfem.tools.cases.CaseReader;
import org.cavityfem.tools.cases.CaseResolver;
import org.cavityfem.tools.cases.CaseWriter;
import org.cavityfem.tools.cases.OutputSpec;
import org.cavityfem.tools.cases.ContourFactory;
import org.cavityfem.tools.cases.SourceLocation;
import org.cavityfem.tools.output.ModeRow;
import org.cavityfem.tools.output.ModesCsv;
import org.cavityfem.tools.output.OutputFolder;
import org.cavityfem.tools.output.ParaViewFiles;
import org.cavityfem.tools.output.PlotOutput;
import org.cavityfem.tools.output.RunReport;
import org.cavityfem.tools.output.StageTimes;
import org.cavityfem.tools.output.SummaryJson;
import org.cavityfem.tools.output.WallCsv;

/**
 * One case, end to end: read the case, build its contour, mesh it, solve for the modes, write the
 * result folder. Each stage is timed.
 *
 * <p>Failures keep their kind: {@link CaseException} for bad input (the case file, its geometry,
 * or an output folder that cannot be used), {@link EigenSolveException} when the modes cannot be
 * found, {@link IOException} when the result cannot be written. Nothing is written before the
 * modes are known, and the result folder appears complete or not at all.
 */
public final class SolvePipeline {

    /** Stage names, as in {@code timing_s} of summary.json. */
    public static final String READ = "read";
    public static final String MESH = "mesh";
    public static final String ASSEMBLE = "assemble";
    public static final String EIGEN = "eigen";
    public static final String FIGURES = "figures";
    public static final String PARAVIEW = "paraview";
    public static final String WRITE = "write";
    public static final String PLOTS = "plots";
    public static final String TOTAL = "total";

    /** Default parent of result folders, relative to the working directory. */
    public static final Path DEFAULT_OUTPUT_ROOT = Path.of("out");

    private final ModeSolver solver;
    private final Progress progress;
    private UnaryOperator<OutputSpec> outputOverride = UnaryOperator.identity();
    private boolean plots = true;

    /**
     * @param solver the mode solver to use
     * @param progress where stage lines go
     */
    public SolvePipeline(ModeSolver solver, Progress progress) {
        this.solver = solver;
        this.progress = progress;
    }

    /**
     * Output settings given on the command line, applied over the case's {@code output} section
     * (and recorded in the resolved case).
     *
     * @return this pipeline
     */
    public SolvePipeline withOutputOverride(UnaryOperator<OutputSpec> override) {
        this.outputOverride = override;
        return this;
    }

    /**
     * A case read, checked and resolved, with its contour.
     *
     * @param caseFile the case, its definition resolved
     * @param contour the validated wall contour
     */
    public record Prepared(CaseFile caseFile, Contour contour) {

        /** The resolved case. */
        public CaseDefinition resolved() {
            return caseFile.definition();
        }
    }

    /**
     * Whether the result folder gets {@code plots/} (on by default).
     *
     * @return this pipeline
     */
    public SolvePipeline withPlots(boolean on) {
        this.plots = on;
        return this;
    }

    /**
     * Steps 1–2 only: reads, checks and resolves a case without meshing it (the dry run).
     *
     * @throws CaseException when the case is not valid
     */
    public static Prepared prepare(Path caseFile) {
        // 1. Read the case file strictly.
        CaseFile read = CaseReader.read(caseFile);
        // 2. Build the wall contour (validating the geometry) and fill in the geometry-dependent defaults.
        Contour contour = ContourFactory.build(read);
        CaseDefinition resolved = CaseResolver.resolve(read.definition(), contour);
        return new Prepared(read.withDefinition(resolved), contour);
    }

    /**
     * A finished run.
     *
     * @param report what was computed
     * @param folder the result folder written
     */
    public record Result(RunReport report, Path folder) {
    }

    /**
     * Runs a case and writes its result folder.
     *
     * @param caseFile the case file
     * @param out the result folder, or null for {@code out/<case name>}
     * @return what was computed and where it was written
     * @throws CaseException on bad input
     * @throws EigenSolveException when the modes cannot be found
     * @throws IOException when the result cannot be written
     */
    public Result run(Path caseFile, Path out) throws IOException {
        StageTimes timing = new StageTimes();
        long start = System.nanoTime();

        // 1–2. Read, check and resolve the case; build the contour.
        Prepared read = prepare(caseFile);
        Prepared prepared = new Prepared(read.caseFile().withDefinition(
                read.resolved().withOutput(outputOverride.apply(read.resolved().output()))), read.contour());
        CaseDefinition c = prepared.resolved();
        Path target = out != null ? out : DEFAULT_OUTPUT_ROOT.resolve(c.name());
        checkTarget(prepared.caseFile(), target);
        timing.add(READ, seconds(start));
        progress.stage(READ, String.format(Locale.ROOT, "%s: %s \"%s\", order %d, element size %.4g mm",
                prepared.caseFile().file(), c.geometry().type(), c.name(), c.mesh().order(),
                c.mesh().settings().elementSize() * 1e3));

        // 3. Mesh the contour.
        long t = System.nanoTime();
        Mesh mesh = mesh(prepared);
        timing.add(MESH, seconds(t));
        progress.stage(MESH, String.format(Locale.ROOT, "%d elements, %d nodes, smallest angle %.1f°",
                mesh.elementCount(), mesh.nodeCount(), mesh.minAngleDeg()));

        // 4. Assemble and solve the eigenproblem.
        ModeSolution solution = solver.solve(mesh, c.solver().request());
        checkComplete(solution.inertia());
        timing.add(ASSEMBLE, solution.assemblySeconds());
        timing.add(EIGEN, solution.eigenSeconds());
        progress.stage(ASSEMBLE, String.format(Locale.ROOT, "%d unknowns, %d matrix entries in %.3f s",
                solution.unknowns(), solution.matrixNonZeros(), solution.assemblySeconds()));
        progress.stage(EIGEN, String.format(Locale.ROOT, "%d mode%s, %d factor entries in %.3f s",
                solution.modes().size(), solution.modes().size() == 1 ? "" : "s", solution.factorNonZeros(),
                solution.eigenSeconds()));

        // 5. The TM010 passband of a multi-cell cavity.
        t = System.nanoTime();
        Optional<Passband> passband = PassbandStep.analyse(c, solution, solver, progress);
        if (PassbandStep.applies(c)) {
            timing.add(PassbandStep.STAGE, seconds(t));
        }

        // 6. Figures of merit and wall tables, every mode scaled to the case's accelerating field.
        t = System.nanoTime();
        List<ModeAnalysis> analyses = MeritStage.analyse(solution, c, passband);
        timing.add(FIGURES, seconds(t));
        progress.stage(FIGURES, String.format(Locale.ROOT, "scaled to Eacc = %.6g MV/m, %d wall points per mode",
                c.rf().acceleratingField() * 1e-6, analyses.isEmpty() ? 0 : analyses.get(0).wall().points().size()));
        List<ModeSurface> surfaces = SurfaceStage.analyse(analyses, c.superconductor());

        // 7. Write the result folder: everything into a staging folder, then move it into place.
        t = System.nanoTime();
        List<ModeRow> rows = PassbandStep.labelled(ModeRow.of(solution), passband);
        RunReport report = new RunReport(prepared.caseFile().file(), c, solution, rows, timing, passband, analyses);
        Path written;
        try (OutputFolder folder = OutputFolder.create(target)) {
            // 7a. ParaView files of every mode.
            t = System.nanoTime();
            List<String> paraview = ParaViewFiles.write(folder, rows, analyses, c.output().paraView(),
                    surfaces.stream().map(ModeSurface::rows).toList());
            timing.add(PARAVIEW, seconds(t));
            progress.stage(PARAVIEW, String.format(Locale.ROOT, "%d files (%s) in %.3f s", paraview.size(),
                    c.output().paraviewEncoding().key(), timing.get(PARAVIEW)));
            t = System.nanoTime();
            folder.writeText(report.resolvedFileName(), CaseWriter.toJson(c));
            folder.writeText(ModesCsv.FILE, ModesCsv.format(rows, analyses));
            for (int i = 0; i < rows.size(); i++) {
                folder.writeText(WallCsv.wallFile(rows.get(i).label()),
                        WallCsv.wall(analyses.get(i), SurfaceColumn.of(surfaces.get(i).rows())));
                folder.writeText(WallCsv.segmentFile(rows.get(i).label()), WallCsv.segments(analyses.get(i)));
            }
            if (plots) {
                long p = System.nanoTime();
                int files = PlotOutput.write(folder, c.name(), rows, analyses, passband);
                timing.add(PLOTS, seconds(p));
                progress.stage(PLOTS, String.format(Locale.ROOT, "%d files in %s/ in %.3f s", files,
                        PlotOutput.FOLDER, seconds(p)));
            }
            // summary.json is written last, so its write and total times cover everything but itself.
            timing.add(WRITE, seconds(t));
            timing.add(TOTAL, seconds(start));
            folder.writeText(SummaryJson.FILE, SummaryJson.format(report));
            written = folder.commit();
        }
        progress.stage(WRITE, written.toString());
        return new Result(report, written);
    }

    private Mesh mesh(Prepared prepared) {
        MeshSettings settings;
        try {
            settings = prepared.resolved().mesh().settings();
        } catch (IllegalArgumentException e) {
            throw prepared.caseFile().error("mesh", e.getMessage());
        }
        try {
            return MeshGenerator.generate(prepared.contour(), settings);
        } catch (InvalidGeometryException e) {
            throw ContourFactory.located(prepared.caseFile(), "mesh", e.getMessage());
        }
    }

    private static void checkTarget(CaseFile caseFile, Path target) {
        try {
            OutputFolder.checkTarget(target);
        } catch (IllegalArgumentException e) {
            throw new CaseException(caseFile.file(), "", SourceLocation.UNKNOWN,
                    "cannot write the result: " + e.getMessage());
        }
    }

    /** A solution that missed modes inside its own window is not a result. */
    private static void checkComplete(InertiaCheck inertia) {
        if (!inertia.complete()) {
            throw new EigenSolveException(String.format(Locale.ROOT,
                    "the inertia check found %d eigenvalues in [%.9g, %.9g] 1/m² but the solver returned %d; "
                            + "ask for more modes or move solver.targetFrequency",
                    inertia.expected(), inertia.lower(), inertia.upper(), inertia.found()));
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) * 1e-9;
    }
}
