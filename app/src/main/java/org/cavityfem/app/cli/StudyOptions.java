package org.cavityfem.app.cli;

import java.nio.file.Path;
import org.cavityfem.output.ResultWriter;
import org.cavityfem.sweep.StudySpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What {@code cavity sweep} and {@code cavity optimize} both take: the study file, its folder, workers. */
final class StudyOptions {

    @Parameters(index = "0", paramLabel = "STUDY.json", description = "The study file (see docs/study-format.md).")
    Path studyFile;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Study folder (default: out/<study name>).")
    Path out;

    @Option(names = {"-w", "--workers"}, paramLabel = "N",
            description = "Worker threads, one solve each (default: every available core).")
    Integer workers;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
    boolean quiet;

    /** The number of workers: as asked, or every available core. */
    int workers() {
        if (workers == null) {
            return Runtime.getRuntime().availableProcessors();
        }
        if (workers < 1 || workers > 1024) {
            throw new UsageException("--workers must be between 1 and 1024, got " + workers);
        }
        return workers;
    }

    /** The study folder: as given, or out/<study name>. */
    Path folder(StudySpec spec) {
        return out != null ? out : ResultWriter.DEFAULT_OUTPUT_ROOT.resolve(spec.name());
    }
}
