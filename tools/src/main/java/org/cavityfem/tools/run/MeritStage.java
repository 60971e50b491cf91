package org.cavityfem.tools.run;

import java.util.ArrayList;
import java.util.List;
import org.cavityfem.postproc.field.ModeField;
import org.cavityfem.postproc.merit.ModeAnalysis;
import org.cavityfem.solver.Mode;
import org.cavityfem.solver.ModeSolution;
import org.cavityfem.tools.cases.ActiveLength;
import org.cavityfem.tools.cases.CaseDefinition;

/** The figures-of-merit step of a run: every mode scaled to the case's E_acc and analysed. */
public final class MeritStage {

    private MeritStage() {
    }

    /** One analysis per mode of the solution, in its order. */
    public static List<ModeAnalysis> analyse(ModeSolution solution, CaseDefinition c) {
        List<ModeAnalysis> out = new ArrayList<>();
        for (Mode mode : solution.modes()) {
            double length = ActiveLength.perMode(c, mode.frequency());
            out.add(ModeAnalysis.of(ModeField.of(solution.mesh(), mode), c.rf().settings(length)));
        }
        return List.copyOf(out);
    }
}
