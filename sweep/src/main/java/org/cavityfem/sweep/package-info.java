/**
 * Design studies of many cases: a study file names a base case and the parameters to vary; a sweep
 * runs every point of a grid, a list or a Latin hypercube (each point tuned when asked) on every
 * local core into one resumable table, and an optimisation searches the same parameters for the
 * Pareto front of chosen figures of merit (NSGA-II of jMetal). Every point is one run of
 * {@link org.cavityfem.study.Study}; nothing here meshes or solves.
 */
package org.cavityfem.sweep;
