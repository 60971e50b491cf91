package org.cavityfem.spark;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.cavityfem.solver.ModeSolver;
import org.cavityfem.sweep.PointEvaluator;
import org.cavityfem.sweep.StudyReader;
import org.cavityfem.sweep.StudySpec;

/**
 * A study file and its base case as text: what is sent to the executors, which need not see the
 * driver's files. Each executor JVM reads it once into its own evaluator.
 *
 * @param file the study file as the user named it
 * @param text its content
 * @param base the base case it names
 */
record StudyText(String file, String text, StudyReader.BaseCase base) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One evaluator per study and executor JVM. */
    private static final Map<StudyText, PointEvaluator> EVALUATORS = new ConcurrentHashMap<>();

    /**
     * Reads and checks a study file and its base case on the driver.
     *
     * @throws org.cavityfem.casefile.CaseException when the study is not valid
     */
    static StudyText read(Path path) throws IOException {
        String text = Files.readString(path, StandardCharsets.UTF_8);
        Path folder = path.toAbsolutePath().getParent();
        StudyReader.BaseCase[] base = new StudyReader.BaseCase[1];
        StudyReader.parse(path.toString(), text, name -> {
            Path file = folder.resolve(name);
            base[0] = new StudyReader.BaseCase(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
            return base[0];
        });
        return new StudyText(path.toString(), text, base[0]);
    }

    /** The study, parsed from the text. */
    StudySpec spec() {
        return StudyReader.parse(file, text, name -> base);
    }

    /** This JVM's evaluator of the study. */
    PointEvaluator evaluator() {
        return EVALUATORS.computeIfAbsent(this, t -> new PointEvaluator(t.spec(), ModeSolver::new));
    }
}
