package org.cavityfem.study;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.cavityfem.analysis.field.ElementLocator;
import org.cavityfem.analysis.field.ModeField;
import org.cavityfem.analysis.merit.ModeAnalysis;
import org.cavityfem.analysis.passband.Passband;
import org.cavityfem.casefile.ActiveLength;
import org.cavityfem.casefile.CaseDefinition;
import org.cavityfem.solver.Mode;
import org.cavityfem.solver.ModeSolution;

/**
 * The figures-of-merit step of a run: every mode scaled to the case's E_acc and analysed. The modes
 * share one point locator and are analysed in parallel when there are several; each analysis is
 * the same sequential computation whatever the thread that runs it, so the results are the same
 * bits for any number of threads.
 */
public final class MeritStage {

    private MeritStage() {
    }

    /**
     * One analysis per mode of the solution, in its order.
     *
     * @param passband the TM010 passband when found: an N-cell cavity's default active length is
     *     N λ/2 of its π-mode for every mode (of each mode's own frequency otherwise)
     */
    public static List<ModeAnalysis> analyse(ModeSolution solution, CaseDefinition c, Optional<Passband> passband) {
        List<Mode> modes = solution.modes();
        if (modes.isEmpty()) {
            return List.of();
        }
        ElementLocator locator = ElementLocator.of(solution.mesh());
        IntStream indices = IntStream.range(0, modes.size());
        return (modes.size() > 1 ? indices.parallel() : indices)
                .mapToObj(i -> analyse(solution, modes.get(i), c, passband, locator))
                .toList();
    }

    private static ModeAnalysis analyse(ModeSolution solution, Mode mode, CaseDefinition c,
            Optional<Passband> passband, ElementLocator locator) {
        double reference = passband.map(p -> solution.modes().get(p.piMode().modeIndex()).frequency())
                .orElse(mode.frequency());
        double length = ActiveLength.perMode(c, reference);
        return ModeAnalysis.of(ModeField.of(solution.mesh(), mode, locator), c.rf().settings(length));
    }
}
