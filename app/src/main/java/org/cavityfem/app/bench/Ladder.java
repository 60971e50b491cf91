package org.cavityfem.app.bench;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which meshes the bench runs: for each element order, the numbers n of elements across the
 * reference length (element size = length / n), coarse to fine.
 *
 * @param divisions order → divisions, ascending
 */
public record Ladder(Map<Integer, List<Integer>> divisions) {

    public Ladder {
        divisions = Collections.unmodifiableSortedMap(new TreeMap<>(divisions));
    }

    /**
     * The default ladder: per order, refinement down to where the error meets rounding (about
     * 1e-12) or the run time passes a few seconds; the whole bench takes about a minute.
     */
    public static Ladder full() {
        return new Ladder(Map.of(
                1, List.of(4, 8, 16, 32, 64, 128, 256, 512),
                2, List.of(2, 4, 8, 16, 32, 64, 128),
                3, List.of(2, 4, 8, 16, 32, 64),
                4, List.of(2, 4, 8, 16, 32)));
    }

    /** A few seconds' worth: a coarse and a finer mesh at orders 1 and 4. */
    public static Ladder quick() {
        return new Ladder(Map.of(
                1, List.of(4, 8),
                4, List.of(2, 4)));
    }

    /** Orders, ascending. */
    public List<Integer> orders() {
        return List.copyOf(divisions.keySet());
    }
}
