package org.cavityfem.sweep;

import java.nio.file.Path;
import org.cavityfem.solver.ModeSolver;

/** A sweep in a process of its own, for the tests that kill it: {@code STUDY.json FOLDER WORKERS}. */
public final class SweepMain {

    private SweepMain() {
    }

    public static void main(String[] args) throws Exception {
        Sweep.run(StudyReader.read(Path.of(args[0])), Path.of(args[1]), Integer.parseInt(args[2]), ModeSolver::new,
                null, false);
    }
}
