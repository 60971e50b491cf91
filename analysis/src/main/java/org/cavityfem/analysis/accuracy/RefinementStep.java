package org.cavityfem.analysis.accuracy;

import java.util.Map;

/**
 * One iteration of adaptive refinement, as summary.json's history records it.
 *
 * @param iteration 0 for the first solve
 * @param order element order of the reported solve
 * @param elements triangles of the mesh
 * @param unknowns unknowns of the reported solve
 * @param worst the largest relative estimate over the modes, per quantity class
 *     ({@code frequency}, {@code figures})
 * @param worstKey the quantity with the largest estimate relative to its target
 * @param action what the next iteration changes ({@code "refine h"}, {@code "raise order"}, {@code "done"}, ...)
 * @param seconds wall time of the iteration (mesh, both solves, analyses) (s)
 */
public record RefinementStep(int iteration, int order, int elements, int unknowns, Map<String, Double> worst,
        String worstKey, String action, double seconds) {

    public RefinementStep {
        worst = Map.copyOf(worst);
    }
}
