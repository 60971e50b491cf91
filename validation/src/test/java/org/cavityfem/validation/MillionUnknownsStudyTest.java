package org.cavityfem.validation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import org.cavityfem.mesh.Mesh;
import org.cavityfem.mesh.MeshGenerator;
import org.cavityfem.mesh.MeshSettings;
import org.cavityfem.solver.Mode;
import org.cavityfem.solver.ModeRequest;
import org.cavityfem.solver.ModeSolution;
import org.cavityfem.solver.ModeSolver;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Size study (run with {@code mvn verify -Plong}): the pillbox TM010 on a mesh of about one million
 * order-4 unknowns, with time per stage and peak heap printed. It checks that such a problem fits
 * the machine and still gives the closed-form frequency (k = j01/R, Jackson §8.7).
 */
@Tag("slow")
class MillionUnknownsStudyTest {

    @Test
    void pillboxWithAMillionUnknowns() {
        ClosedFormCase c = ClosedFormCase.pillbox(0.115, 0.115);
        long t0 = System.nanoTime();
        Mesh mesh = MeshGenerator.generate(c.contour().get(), MeshSettings.of(4, 0.115 / 205));
        long t1 = System.nanoTime();
        ModeSolution s = new ModeSolver().solve(mesh, ModeRequest.lowest(1));
        long t2 = System.nanoTime();
        Mode m = s.modes().get(0);
        double peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("million-unknown pillbox: elements %d, unknowns %d, K nnz %d, factor nnz %d%n",
                mesh.elementCount(), s.unknowns(), s.matrixNonZeros(), s.factorNonZeros());
        System.out.printf("  mesh %.1f s, assemble %.1f s, eigen %.1f s, total %.1f s, peak heap %.2f GiB%n",
                (t1 - t0) * 1e-9, s.assemblySeconds(), s.eigenSeconds(), (t2 - t0) * 1e-9, peak / (1 << 30));
        System.out.printf("  frequency error %.2e, residual %.1e, inertia complete %b%n",
                c.frequencyError(m), m.relativeResidual(), s.inertia().complete());
        assertTrue(s.unknowns() > 900_000, "unknowns " + s.unknowns());
        assertTrue(c.frequencyError(m) < 1e-10);
        assertTrue(s.inertia().complete());
    }
}
