package org.cavityfem.study;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Wall time per stage of a run (s), in the order the stages ran; the keys of {@code timing_s} in
 * summary.json. Not shared between threads: each study fills its own, and a writer continues a
 * {@link #copy()}.
 */
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

    /** A copy to which further stages can be added without changing this one. */
    public StageTimes copy() {
        StageTimes out = new StageTimes();
        out.seconds.putAll(seconds);
        return out;
    }

    /** All stages in order, read-only. */
    public Map<String, Double> asMap() {
        return Collections.unmodifiableMap(seconds);
    }
}
