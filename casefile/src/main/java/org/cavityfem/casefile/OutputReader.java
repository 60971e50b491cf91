package org.cavityfem.casefile;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Reads the {@code output} section of a case. */
final class OutputReader {

    private static final List<String> ENCODINGS = Arrays.stream(OutputSpec.Encoding.values()).map(OutputSpec.Encoding::key).toList();

    private OutputReader() {
    }

    static OutputSpec read(Section o) {
        o.allowOnly("the output section", "paraviewEncoding", "revolvedSteps", "plots");
        OutputSpec d = OutputSpec.defaults();
        OutputSpec.Encoding encoding = d.paraviewEncoding();
        if (o.has("paraviewEncoding")) {
            String word = Keys.choice(o, "paraviewEncoding", o.string("paraviewEncoding", "\"binary\""), ENCODINGS);
            encoding = OutputSpec.Encoding.valueOf(word.toUpperCase(Locale.ROOT));
        }
        int steps = o.integer("revolvedSteps", 0, 3600, d.revolvedSteps());
        if (steps == 1 || steps == 2) {
            throw o.error("revolvedSteps", "the revolved view needs at least 3 angular steps (0 writes none), got "
                    + steps);
        }
        return new OutputSpec(encoding, steps, o.flag("plots", d.plots()));
    }
}
