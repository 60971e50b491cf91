package org.cavityfem.solver.hphi;

import org.cavityfem.mesh.Mesh;
import org.cavityfem.solver.assembly.FormAssembler;
import org.cavityfem.solver.assembly.FormSystem;
import org.cavityfem.solver.assembly.GeometryMode;
import org.cavityfem.solver.form.HphiForm;

/** Assembles the stiffness and mass matrices of the H_phi problem on a mesh. */
public final class HphiAssembler {

    private HphiAssembler() {
    }

    /**
     * Assembles K and M with the Dirichlet nodes of {@code dofs} eliminated.
     *
     * @throws IllegalStateException when an element is inverted
     */
    public static HphiSystem assemble(Mesh mesh, DofMap dofs) {
        return assemble(mesh, dofs, GeometryMode.EXACT);
    }

    /**
     * Assembles K and M with the given treatment of curved walls.
     *
     * @throws IllegalStateException when an element is inverted
     */
    public static HphiSystem assemble(Mesh mesh, DofMap dofs, GeometryMode geometry) {
        FormSystem system = FormAssembler.assemble(mesh, new HphiForm(mesh.order()), dofs, geometry);
        return new HphiSystem(dofs, system.stiffness(), system.mass());
    }
}
