package org.cavityfem.solver.form;

/**
 * A kernel that can integrate a transformed local basis φ'_b = Σ_a T_ab φ_a directly. The assembler
 * uses it on elements whose numbering carries a transform
 * ({@link org.cavityfem.solver.assembly.ConstrainedElementDofs}): where single local functions make
 * an integrand singular (1/r on the axis) but the combinations do not, Tᵀ K_e T computed after
 * quadrature would cancel large numbers, while the transformed integrand is regular.
 *
 * @param <T> the kernel's tabulation of a rule
 */
public interface TransformableFormKernel<T> extends FormKernel<T> {

    /** Sets the transform (row-major localSize × localSize) for the next points, or null for none. */
    void transform(double[] t);
}
