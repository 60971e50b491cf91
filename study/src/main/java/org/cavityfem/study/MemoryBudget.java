package org.cavityfem.study;

import java.util.Locale;

/**
 * The heap a solve needs, predicted from its number of unknowns before anything large is
 * allocated, and the refusal of a case the JVM cannot hold: a clear sentence with the estimate and
 * the setting that would suffice, instead of an OutOfMemoryError minutes later.
 *
 * <p>The sparse LDLᵀ factor of a 2-D finite-element matrix grows like n log n under a fill-reducing
 * ordering, and it dominates the peak. The coefficient is fitted to the measured peaks of the order-4
 * pillbox (README, "Large problems": 2.0 GiB at 1.01 million unknowns, 3.3 GiB at 1.62 million) and
 * rounded up; a JVM base of 64 MiB is added.
 */
public final class MemoryBudget {

    /** Peak heap per unknown and per binary digit of the unknown count (bytes). */
    static final double BYTES_PER_UNKNOWN_AND_DIGIT = 110;
    /** The JVM's own share that does not grow with the case (bytes). */
    static final long BASE = 64L << 20;

    private MemoryBudget() {
    }

    /** Predicted peak heap of a solve with {@code unknowns} unknowns (bytes). */
    public static long estimate(long unknowns) {
        double n = Math.max(unknowns, 2);
        return BASE + (long) (BYTES_PER_UNKNOWN_AND_DIGIT * n * (Math.log(n) / Math.log(2)));
    }

    /**
     * Refuses a solve whose predicted peak exceeds the heap the JVM may use.
     *
     * @param unknowns number of unknowns (or nodes, which bound them)
     * @param maxHeap the JVM's heap limit (bytes), {@link Runtime#maxMemory()}
     * @throws CaseTooLargeException saying what it needs, what there is, and what to change
     */
    public static void check(long unknowns, long maxHeap) {
        long need = estimate(unknowns);
        if (need > maxHeap) {
            long gib = (long) Math.ceil(need * 1.25 / (1L << 30));
            throw new CaseTooLargeException(String.format(Locale.ROOT,
                    "the mesh has about %,d unknowns; solving them needs about %.1f GiB of heap, but this Java may use "
                            + "%.1f GiB; run with CAVITY_JAVA_OPTS=-Xmx%dg (on a machine with that much memory), or "
                            + "coarsen the mesh (a larger mesh.elementSize or a lower mesh.order)",
                    unknowns, need / (double) (1L << 30), maxHeap / (double) (1L << 30), gib));
        }
    }

    /**
     * Refuses, before meshing, a case whose predicted mesh the heap cannot solve: the counts come
     * from the size field ({@link org.cavityfem.mesh.MeshPlan}), so the refusal takes the time of
     * the estimate instead of the meshing.
     *
     * @param elements predicted elements
     * @param nodes predicted nodes (a bound on the unknowns)
     * @param maxHeap the JVM's heap limit (bytes), {@link Runtime#maxMemory()}
     * @param finest where the walls ask for their smallest elements, for the message
     * @throws CaseTooLargeException saying what it needs, what there is, and what to change
     */
    public static void checkPlanned(long elements, long nodes, long maxHeap, String finest) {
        long need = estimate(nodes);
        if (need > maxHeap) {
            long gib = (long) Math.ceil(need * 1.25 / (1L << 30));
            throw new CaseTooLargeException(String.format(Locale.ROOT,
                    "the mesh would have about %,d elements and %,d unknowns (predicted from the element sizes "
                            + "before meshing; the walls ask for %s); solving them needs about %.1f GiB of heap, "
                            + "but this Java may use %.1f GiB; coarsen the mesh (a larger mesh.elementSize or a lower mesh.order; "
                            + "geometry thinner than the element size, such as a narrow gap, forces elements of "
                            + "its own width), or run with CAVITY_JAVA_OPTS=-Xmx%dg on a machine with that much memory",
                    elements, nodes, finest, need / (double) (1L << 30), maxHeap / (double) (1L << 30), gib));
        }
    }

    /** A case too large for the memory this JVM may use. */
    public static final class CaseTooLargeException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        CaseTooLargeException(String message) {
            super(message);
        }
    }
}
