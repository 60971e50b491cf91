package org.cavityfem.mesh;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import org.cavityfem.mesh.build.Pillbox;
import org.cavityfem.mesh.build.SphericalCavity;
import org.cavityfem.mesh.geometry.Contour;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Meshes of about a million unknowns, timed and printed (run with {@code mvn -Plong -pl mesh test
 * -Dtest=LargeMeshTimingTest}). Not a timed assertion: machines differ; it checks the meshes are
 * valid at that scale and reports wall and CPU time.
 */
@Tag("slow")
class LargeMeshTimingTest {

    @ParameterizedTest(name = "{0} order {1} size {2} m")
    @CsvSource({
        "pillbox, 4, 0.0056",
        "pillbox, 1, 0.0013",
        "sphere, 4, 0.006",
        "sphere, 1, 0.0015",
    })
    void meshesAMillionUnknowns(String shape, int order, double size) {
        Contour contour = shape.equals("sphere") ? new SphericalCavity(1).contour()
                : new Pillbox(1, 1, 0.3, 0.5).contour();
        MeshSettings settings = MeshSettings.of(order, size);
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        MeshGenerator.generate(contour, settings.withElementSize(20 * size));
        long cpu0 = bean.getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        Mesh mesh = MeshGenerator.generate(contour, settings);
        double wall = (System.nanoTime() - wall0) * 1e-9;
        double cpu = (bean.getCurrentThreadCpuTime() - cpu0) * 1e-9;
        System.out.printf(Locale.ROOT, "%s P%d h=%.4g m: %d elements, %d vertices, %d nodes, min angle %.2f deg, "
                + "%.2f s wall, %.2f s CPU%n", shape, order, size, mesh.elementCount(), mesh.vertexCount(),
                mesh.nodeCount(), mesh.minAngleDeg(), wall, cpu);
        assertTrue(mesh.nodeCount() > 900_000, "about a million nodes");
        assertTrue(mesh.minAngleDeg() >= settings.minAngleDeg());
        MeshAssertions.trianglesAreCounterClockwise(mesh);
    }
}
