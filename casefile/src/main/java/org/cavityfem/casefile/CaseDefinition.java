package org.cavityfem.casefile;

import java.util.Objects;

/**
 * One cavity computation as described by a case file. All lengths are in metres and all
 * frequencies in hertz: units are converted when the file is read.
 *
 * @param name case name, {@code [A-Za-z0-9][A-Za-z0-9._-]*}; names the output folder
 * @param description free text, empty when not given
 * @param geometry the cavity cross-section
 * @param mesh how to mesh it
 * @param solver which modes to compute
 * @param rf what the figures of merit are computed for
 * @param output how the result files are written
 * @param superconductor wall material and temperature of the superconducting-surface analysis
 */
public record CaseDefinition(String name, String description, Geometry geometry, MeshSpec mesh, SolverSpec solver,
        RfSpec rf, OutputSpec output, SuperconductorSpec superconductor) {

    /** A case with the default {@code rf}, {@code output} and {@code superconductor} sections. */
    public CaseDefinition(String name, String description, Geometry geometry, MeshSpec mesh, SolverSpec solver) {
        this(name, description, geometry, mesh, solver, RfSpec.defaults(), OutputSpec.defaults(),
                SuperconductorSpec.defaults());
    }

    /** A case with the default {@code superconductor} section. */
    public CaseDefinition(String name, String description, Geometry geometry, MeshSpec mesh, SolverSpec solver,
            RfSpec rf, OutputSpec output) {
        this(name, description, geometry, mesh, solver, rf, output, SuperconductorSpec.defaults());
    }

    public CaseDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(geometry, "geometry");
        Objects.requireNonNull(mesh, "mesh");
        Objects.requireNonNull(solver, "solver");
        Objects.requireNonNull(rf, "rf");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(superconductor, "superconductor");
    }

    /** A copy with another description. */
    public CaseDefinition withDescription(String newDescription) {
        return new CaseDefinition(name, newDescription, geometry, mesh, solver, rf, output, superconductor);
    }

    /** A copy under another name (the result folder's name; see {@link CaseReader#NAME}). */
    public CaseDefinition withName(String newName) {
        return new CaseDefinition(newName, description, geometry, mesh, solver, rf, output, superconductor);
    }

    /** A copy with other mesh settings. */
    public CaseDefinition withMesh(MeshSpec newMesh) {
        return new CaseDefinition(name, description, geometry, newMesh, solver, rf, output, superconductor);
    }

    /** A copy with another rf section. */
    public CaseDefinition withRf(RfSpec newRf) {
        return new CaseDefinition(name, description, geometry, mesh, solver, newRf, output, superconductor);
    }

    /** A copy with another geometry. */
    public CaseDefinition withGeometry(Geometry newGeometry) {
        return new CaseDefinition(name, description, newGeometry, mesh, solver, rf, output, superconductor);
    }

    /** A copy with other output settings. */
    public CaseDefinition withOutput(OutputSpec newOutput) {
        return new CaseDefinition(name, description, geometry, mesh, solver, rf, newOutput, superconductor);
    }
}
