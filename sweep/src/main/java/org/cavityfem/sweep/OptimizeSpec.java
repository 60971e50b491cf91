package org.cavityfem.sweep;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The {@code optimize} section of a study file: NSGA-II over the study's variables within their
 * bounds.
 *
 * @param objectives two or more figures to minimise or maximise
 * @param population individuals per generation (even)
 * @param generations generations after the first
 * @param seed seed of the algorithm's random numbers
 * @param minWallAngleDeg smallest wall angle (degrees) of every elliptical half-cell; 90 forbids
 *     re-entrant walls, less allows them
 * @param minWallThickness smallest iris wall thickness 2a (m) of every elliptical half-cell, if set
 * @param minCoupling smallest cell-to-cell coupling k_cc (fraction), if set
 */
public record OptimizeSpec(List<Objective> objectives, int population, int generations, long seed,
        OptionalDouble minWallAngleDeg, OptionalDouble minWallThickness, OptionalDouble minCoupling) {

    public OptimizeSpec {
        objectives = List.copyOf(objectives);
    }
}
