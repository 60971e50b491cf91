package org.cavityfem.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.cavityfem.analysis.merit.ModeAnalysis;
import org.cavityfem.analysis.quantity.Output;
import org.cavityfem.analysis.superconducting.ModeSurface;
import org.cavityfem.analysis.superconducting.SurfaceColumn;
import org.cavityfem.casefile.CaseDefinition;
import org.cavityfem.casefile.CaseException;
import org.cavityfem.casefile.CaseWriter;
import org.cavityfem.casefile.OutputSpec;
import org.cavityfem.casefile.SourceLocation;
import org.cavityfem.output.fieldmap.FieldMapFiles;
import org.cavityfem.output.fieldmap.FieldMaps;
import org.cavityfem.output.plot.PlotImage;
import org.cavityfem.output.transit.TransitTables;
import org.cavityfem.output.vtk.ParaViewOptions;
import org.cavityfem.output.vtk.VtkEncoding;
import org.cavityfem.study.StageTimes;
import org.cavityfem.study.StudyListener;
import org.cavityfem.study.StudyResult;

/**
 * Writes a study's result folder: ParaView files, the resolved case, modes.csv, the wall tables,
 * plots and, last, summary.json, everything into a staging folder that is then moved into place
 * ({@link OutputFolder}). Each stage is timed and added to the study's {@code timing_s}. The plots
 * are drawn on another thread, and the wall tables' text made on a third, while the ParaView files
 * are written; the plots' stage is the
 * time they add on top of those (the wait for the drawing, then writing their files), so the stages
 * stay disjoint and add up to the total.
 */
public final class ResultWriter {

    /** Stage names of the writers, as in {@code timing_s} of summary.json. */
    public static final String PARAVIEW = "paraview";
    public static final String WRITE = "write";
    public static final String PLOTS = "plots";
    /** What no stage covers (bookkeeping between stages); the stages and it add up to {@link #TOTAL}. */
    public static final String OTHER = "other";
    /** Stage of the field maps for beam-dynamics codes. */
    public static final String FIELD_MAPS = "fieldMaps";
    public static final String TOTAL = "total";

    /** Default parent of result folders, relative to the working directory. */
    public static final Path DEFAULT_OUTPUT_ROOT = Path.of("out");

    private ResultWriter() {
    }

    /**
     * A finished run.
     *
     * @param report what was computed
     * @param folder the result folder written
     */
    public record Written(RunReport report, Path folder) {
    }

    /** The result folder of a case: {@code out} when given, otherwise {@code out/<case name>}. */
    public static Path target(CaseDefinition c, Path out) {
        return out != null ? out : DEFAULT_OUTPUT_ROOT.resolve(c.name());
    }

    /**
     * Checks, before anything is computed, that the result folder can be written.
     *
     * @param caseFile the case file, for the message
     * @throws CaseException saying why not
     */
    public static void checkTarget(String caseFile, Path target) {
        try {
            OutputFolder.checkTarget(target);
        } catch (IllegalArgumentException e) {
            throw new CaseException(caseFile, "", SourceLocation.UNKNOWN, "cannot write the result: " + e.getMessage());
        }
    }

    /** The ParaView writer's options for a case's {@code output} section. */
    public static ParaViewOptions paraView(OutputSpec output) {
        return new ParaViewOptions(VtkEncoding.valueOf(output.paraviewEncoding().name()), output.revolvedSteps());
    }

    /**
     * Writes the result folder of a study.
     *
     * @param progress hears the writers' stages
     * @return the report (with the writers' stage times) and the folder written
     * @throws IOException when the result cannot be written
     */
    public static Written write(StudyResult study, Path target, StudyListener progress) throws IOException {
        long start = System.nanoTime();
        CaseDefinition c = study.resolved();
        StageTimes timing = study.timing();
        RunReport report = RunReport.of(study, timing);
        List<ModeRow> rows = report.modes();
        List<ModeAnalysis> analyses = study.analyses();
        List<ModeSurface> surfaces = study.surfaces();
        Path written;
        // The plots are drawn on a thread of their own while the ParaView files and tables are
        // written; they are only written into the folder, in their usual place, after those.
        Optional<CompletableFuture<List<PlotImage>>> drawing = c.output().plots()
                ? Optional.of(CompletableFuture.supplyAsync(
                        () -> PlotOutput.render(c.name(), rows, analyses, study.passband()), task -> daemon(task, "plots")))
                : Optional.empty();
        // The skin-layer columns of the wall tables and the ParaView wall files, computed once for both.
        List<List<SurfaceColumn>> surfaceColumns = surfaces.stream()
                .map(s -> SurfaceColumn.of(s.rows(), EnumSet.of(Output.WALL_CSV, Output.PARAVIEW))).toList();
        // The wall tables' text is made on a thread of its own while the ParaView files are written: once
        // the plots are drawn, the writers would otherwise leave a core idle.
        CompletableFuture<List<String>> wallTables = CompletableFuture.supplyAsync(
                () -> WallCsv.walls(analyses,
                        surfaceColumns.stream().map(s -> SurfaceColumn.in(s, Output.WALL_CSV)).toList()),
                task -> daemon(task, "tables"));
        try (OutputFolder folder = OutputFolder.create(target)) {
            // ParaView files of every mode.
            long t = System.nanoTime();
            List<String> paraview = ParaViewFiles.write(folder, rows, analyses, paraView(c.output()), surfaceColumns);
            timing.add(PARAVIEW, seconds(t));
            progress.stage(PARAVIEW, String.format(Locale.ROOT, "%d files (%s) in %.3f s", paraview.size(),
                    c.output().paraviewEncoding().key(), timing.get(PARAVIEW)));
            t = System.nanoTime();
            folder.writeText(report.resolvedFileName(), CaseWriter.toJson(c));
            folder.writeText(ModesCsv.FILE, ModesCsv.format(rows, analyses));
            List<String> walls = finished(wallTables);
            for (int i = 0; i < rows.size(); i++) {
                folder.writeText(WallCsv.wallFile(rows.get(i).label()), walls.get(i));
                folder.writeText(WallCsv.segmentFile(rows.get(i).label()), WallCsv.segments(analyses.get(i)));
            }
            double plots = 0;
            if (drawing.isPresent()) {
                // What the plots add to the run: the wait for the drawing left after the writers above
                // (its time in parallel with them is theirs) and writing the files.
                long p = System.nanoTime();
                int files = PlotOutput.write(folder, finished(drawing.get()));
                plots = seconds(p);
                progress.stage(PLOTS, String.format(Locale.ROOT, "%d files in %s/ in %.3f s", files,
                        PlotOutput.FOLDER, plots));
            }
            double fieldMaps = 0;
            for (int i = 0; i < c.output().fieldMaps().size(); i++) {
                long f = System.nanoTime();
                FieldMaps.Made made;
                try {
                    made = FieldMaps.make(study, c.output().fieldMaps().get(i));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("output.fieldMaps[" + i + "]: " + e.getMessage(), e);
                }
                FieldMapFiles.write(folder, String.format(Locale.ROOT, "fieldmaps/map_%02d/", i), made.map(),
                        made.details());
                fieldMaps += seconds(f);
                progress.stage(FIELD_MAPS, FieldMaps.describe(made));
            }
            List<TransitTables.ModeTable> transit = TransitTables.of(study);
            for (TransitTables.ModeTable table : transit) {
                folder.writeText(TransitTables.csvFile(table.label()), TransitTables.csv(table.rows()));
                if (c.output().plots()) {
                    PlotImage image = TransitTables.plot(table);
                    folder.writeBytes(image.pngFile(), image.png());
                    folder.writeBytes(image.svgFile(), image.svgBytes());
                }
            }
            // The stages are disjoint: write is the tables and the resolved case, without the plots
            // and the field maps.
            if (c.output().plots()) {
                timing.add(PLOTS, plots);
            }
            if (!c.output().fieldMaps().isEmpty()) {
                timing.add(FIELD_MAPS, fieldMaps);
            }
            timing.add(WRITE, seconds(t) - plots - fieldMaps);
            // summary.json is written last, so the times cover everything but itself.
            double total = study.seconds() + seconds(start);
            double staged = timing.asMap().values().stream().mapToDouble(Double::doubleValue).sum();
            timing.add(OTHER, Math.max(0, total - staged));
            timing.add(TOTAL, total);
            folder.writeText(SummaryJson.FILE, transit.isEmpty() ? SummaryJson.format(report)
                    : SummaryJson.format(report, "transitTime", TransitTables.json(transit)));
            written = folder.commit();
        }
        progress.stage(WRITE, written.toString());
        return new Written(report, written);
    }

    private static void daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** The result of work on another thread, or its failure as it was thrown. */
    private static <T> T finished(CompletableFuture<T> drawing) {
        try {
            return drawing.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) * 1e-9;
    }
}
