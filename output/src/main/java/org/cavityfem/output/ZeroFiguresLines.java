package org.cavityfem.output;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.cavityfem.analysis.accuracy.ModeErrors;

/**
 * The console's lines naming the figures without digits (analysis.accuracy.ZeroFigures): those zero by
 * symmetry carry no relative estimate and are no refinement targets, and the console says so instead
 * of showing an estimate near 1; those without a significant digit on a resolved mode keep their
 * estimate and are no targets either. The reasons are in summary.json ({@code zeroBySymmetry},
 * {@code withoutDigits}).
 */
public final class ZeroFiguresLines {

    private ZeroFiguresLines() {
    }

    /**
     * Prints one line listing, per mode, its figures that are zero by symmetry; nothing when there are
     * none.
     *
     * @param errors the estimates, one per mode
     * @param label the label of mode i
     */
    public static void print(PrintStream out, List<ModeErrors> errors, IntFunction<String> label) {
        line(out, "zero by symmetry, no estimate and no target (summary.json \"zeroBySymmetry\" says why): ",
                errors, ModeErrors::zero, label);
        line(out, "no significant digit on a resolved mode, no target (summary.json \"withoutDigits\" says why): ",
                errors, ModeErrors::withoutDigits, label);
    }

    /** The heading and, per mode with any, its label and the keys of its verdicts; nothing when none has one. */
    private static void line(PrintStream out, String heading, List<ModeErrors> errors,
            Function<ModeErrors, Map<String, String>> verdicts, IntFunction<String> label) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < errors.size(); i++) {
            Map<String, String> keys = verdicts.apply(errors.get(i));
            if (!keys.isEmpty()) {
                parts.add(label.apply(i) + " (" + String.join(", ", keys.keySet()) + ")");
            }
        }
        if (!parts.isEmpty()) {
            out.println(heading + String.join("; ", parts));
        }
    }
}
