package org.cavityfem.solver.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CancellationException;
import java.util.stream.IntStream;
import org.cavityfem.mesh.Mesh;
import org.cavityfem.solver.StructuredMeshes;
import org.cavityfem.solver.form.HphiForm;
import org.cavityfem.solver.hphi.DofMap;
import org.cavityfem.solver.hphi.HphiAssembler;
import org.cavityfem.solver.hphi.HphiSystem;
import org.cavityfem.solver.linalg.CsrMatrix;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generic assembler with the H_phi kernel against closed forms on a pillbox R × L, and its
 * handling of eliminated unknowns and signs.
 */
class FormAssemblerTest {

    private static final double R = 0.115;
    private static final double L = 0.08;

    /** Every node an unknown, numbered as the mesh numbers its nodes; signs from {@code flip}. */
    private record AllNodes(Mesh mesh, boolean flip) implements ElementDofs {

        @Override
        public int size() {
            return mesh.nodeCount();
        }

        @Override
        public int localSize() {
            return mesh.layout().nodeCount();
        }

        @Override
        public void element(int element, int[] index, double[] sign) {
            for (int a = 0; a < index.length; a++) {
                index[a] = mesh.node(element, a);
                sign[a] = flip && index[a] % 2 == 1 ? -1 : 1;
            }
        }
    }

    private static double quadratic(CsrMatrix a, double[] x) {
        double[] y = new double[x.length];
        a.multiply(x, y);
        return IntStream.range(0, x.length).mapToDouble(i -> x[i] * y[i]).sum();
    }

    /**
     * Σφ = 1, so the entries of M sum to ∫∫ r dr dz = L R²/2; r is in the space, and for H = r,
     * ∂z H = 0 and ∂r(r H) = 2r, so xᵀKx = ∫∫ 4r dr dz = 2 L R² and xᵀMx = ∫∫ r³ dr dz = L R⁴/4.
     */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 5})
    void hphiKernelIntegratesClosedForms(int order) {
        Mesh mesh = StructuredMeshes.pillbox(R, L, 3, 4, order);
        FormSystem system = FormAssembler.assemble(mesh, new HphiForm(order), new AllNodes(mesh, false),
                GeometryMode.EXACT);
        double sum = 0;
        for (double v : system.mass().values()) {
            sum += v;
        }
        assertEquals(L * R * R / 2, sum, 1e-15);
        double[] x = new double[mesh.nodeCount()];
        for (int i = 0; i < x.length; i++) {
            x[i] = mesh.r(i);
        }
        assertEquals(2 * L * R * R, quadratic(system.stiffness(), x), 1e-14);
        assertEquals(L * R * R * R * R / 4, quadratic(system.mass(), x), 1e-17);
    }

    /** Eliminating unknowns only drops rows and columns: the kept entries are the very same sums. */
    @ParameterizedTest
    @ValueSource(ints = {1, 3})
    void eliminationDropsRowsAndColumns(int order) {
        Mesh mesh = StructuredMeshes.pillbox(R, L, 3, 4, order);
        DofMap dofs = DofMap.of(mesh);
        HphiSystem reduced = HphiAssembler.assemble(mesh, dofs);
        FormSystem full = FormAssembler.assemble(mesh, new HphiForm(order), new AllNodes(mesh, false),
                GeometryMode.EXACT);
        for (int i = 0; i < dofs.size(); i++) {
            for (int j = 0; j < dofs.size(); j++) {
                assertEquals(full.stiffness().get(dofs.node(i), dofs.node(j)), reduced.stiffness().get(i, j), 0.0);
                assertEquals(full.mass().get(dofs.node(i), dofs.node(j)), reduced.mass().get(i, j), 0.0);
            }
        }
    }

    /** A sign −1 on an unknown flips its row and column: S K S with S = diag(±1). */
    @ParameterizedTest
    @ValueSource(ints = {2})
    void signsFlipRowsAndColumns(int order) {
        Mesh mesh = StructuredMeshes.pillbox(R, L, 2, 2, order);
        FormSystem plain = FormAssembler.assemble(mesh, new HphiForm(order), new AllNodes(mesh, false),
                GeometryMode.EXACT);
        FormSystem signed = FormAssembler.assemble(mesh, new HphiForm(order), new AllNodes(mesh, true),
                GeometryMode.EXACT);
        for (int i = 0; i < mesh.nodeCount(); i++) {
            for (int j = 0; j < mesh.nodeCount(); j++) {
                double s = (i % 2 == 1 ? -1 : 1) * (j % 2 == 1 ? -1 : 1);
                assertEquals(s * plain.stiffness().get(i, j), signed.stiffness().get(i, j), 0.0);
                assertEquals(s * plain.mass().get(i, j), signed.mass().get(i, j), 0.0);
            }
        }
    }

    /**
     * A cancelled run (the warm server interrupts its thread on Ctrl-C) gets the cancellation from
     * the assembly, not matrices: it checks at its first element and every 64 after. The flag is left
     * set, as the caller reads it.
     */
    @ParameterizedTest
    @ValueSource(ints = {3})
    void anInterruptedThreadGetsTheCancellationInsteadOfMatrices(int order) {
        Mesh mesh = StructuredMeshes.pillbox(R, L, 3, 4, order);
        try {
            Thread.currentThread().interrupt();
            assertThrows(CancellationException.class, () -> FormAssembler.assemble(mesh, new HphiForm(order),
                    new AllNodes(mesh, false), GeometryMode.EXACT));
            assertTrue(Thread.currentThread().isInterrupted());
        } finally {
            Thread.interrupted();
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {2})
    void refusesANumberingOfAnotherLocalSize(int order) {
        Mesh mesh = StructuredMeshes.pillbox(R, L, 2, 2, order);
        assertThrows(IllegalArgumentException.class, () -> FormAssembler.assemble(mesh, new HphiForm(order + 1),
                new AllNodes(mesh, false), GeometryMode.EXACT));
    }
}
