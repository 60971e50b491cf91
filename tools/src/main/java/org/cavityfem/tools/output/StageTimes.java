package org.cavityfem.tools.output;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Wall time per pipeline stage (s), in the order the stages ran. */
public final class StageTimes {

    private final Map<String, Double> seconds = new LinkedHashMap<>();

    /** Records the time of a stage (s); a stage recorded twice keeps the sum. */
    public StageTimes add(String stage, double stageSeconds) {
        seconds.merge(stage, stageSeconds, Double::sum);
        return this;
    }

    /** Time of one stage (s), 0 when it did not run. */
    public double get(String stage) {
        return seconds.getOrDefault(stage, 0.0);
    }

    /** All stages in order, read-only. */
    public Map<String, Double> asMap() {
        return Collections.unmodifiableMap(seconds);
    }
}
