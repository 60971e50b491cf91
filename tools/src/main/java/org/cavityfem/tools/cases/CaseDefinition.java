package org.cavityfem.tools.cases;

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
 * @param superconductor wall material and temperature of the superconducting-surface analysis
 */
public record CaseDefinition(String name, String description, Geometry geometry, MeshSpec mesh, SolverSpec solver,
        SuperconductorSpec superconductor) {

    public CaseDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(geometry, "geometry");
        Objects.requireNonNull(mesh, "mesh");
        Objects.requireNonNull(solver, "solver");
        Objects.requireNonNull(superconductor, "superconductor");
    }

    /** A case with the default superconductor (niobium at 2 K). */
    public CaseDefinition(String name, String description, Geometry geometry, MeshSpec mesh, SolverSpec solver) {
        this(name, description, geometry, mesh, solver, SuperconductorSpec.defaults());
    }

    /** A copy with other mesh settings. */
    public CaseDefinition withMesh(MeshSpec newMesh) {
        return new CaseDefinition(name, description, geometry, newMesh, solver, superconductor);
    }

    /** A copy with another geometry. */
    public CaseDefinition withGeometry(Geometry newGeometry) {
        return new CaseDefinition(name, description, newGeometry, mesh, solver, superconductor);
    }
}
