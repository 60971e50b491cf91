package org.cavityfem.sweep;

import java.util.List;
import java.util.Optional;
import org.cavityfem.casefile.CaseDefinition;

/**
 * A study file as read: what to vary in which base case, and how.
 *
 * @param file the study file as the user named it
 * @param name the study's name (the default output folder)
 * @param base the base case as read (not resolved: each point is resolved as its own case file)
 * @param baseText the base case's text, part of the study's fingerprint
 * @param variables the varied parameters, in the order of the file
 * @param design how the sweep's points are chosen
 * @param tune the per-point tuning, if any
 * @param pointFolders true to write every point's result folder
 * @param cellCoupling true to compute k_cc of an elliptical mid-cell from its periodic 0- and π-modes
 *     (two more solves per point) when the case has no passband that gives it
 * @param optimize the optimisation settings, if any
 * @param fingerprint a digest of the study file and the base case: a journal is resumed only by
 *     the study that began it
 */
public record StudySpec(String file, String name, CaseDefinition base, String baseText, List<Variable> variables,
        Design design, Optional<TuneSpec> tune, boolean pointFolders, boolean cellCoupling, Optional<OptimizeSpec> optimize,
        String fingerprint) {

    public StudySpec {
        variables = List.copyOf(variables);
    }

    /** The variables' names. */
    public List<String> names() {
        return variables.stream().map(Variable::name).toList();
    }
}
