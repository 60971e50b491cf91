package org.cavityfem.app.bench;

import java.io.PrintStream;
import java.util.Locale;
import org.cavityfem.mesh.MeshSettings;
import org.cavityfem.mesh.build.SphericalCavity;
import org.cavityfem.mesh.geometry.Contour;
import org.cavityfem.solver.ModeRequest;
import org.cavityfem.study.Solved;
import org.cavityfem.study.Study;
import org.cavityfem.study.StudyException;

/**
 * Mesher cost against the number of contour segments: the sphere of radius 100 mm, its semicircle
 * as one arc and as polygons of 100, 1000 and 10 000 chords (the shape of an imported polyline), at
 * order 4 and h = 12.5 mm. Each row: elements, unknowns, the time to mesh and to solve the lowest
 * mode, and its relative difference to the sphere's k·a = 2.743707269992269 (Jackson §8.9), which the
 * polygons approach as 1/N². A measurement, never a test; the counts are checked by the mesh module's
 * PolygonScalingTest.
 */
public final class MesherBench {

    private static final double RADIUS = 0.1;
    private static final double KA = 2.743707269992269;

    private final Study study;
    private final PrintStream out;
    private int failures;

    public MesherBench(Study study, PrintStream out) {
        this.study = study;
        this.out = out;
    }

    /** Meshes that could not be made or solved. */
    public int failures() {
        return failures;
    }

    /** Prints the table; {@code quick} leaves out the 10 000-chord polygon. */
    public void run(boolean quick) {
        SphericalCavity sphere = new SphericalCavity(RADIUS);
        MeshSettings settings = MeshSettings.of(4, RADIUS / 8);
        out.printf(Locale.ROOT, "%-28s %5s %8s %9s %9s %9s %11s%n", "sphere a = 100 mm, wall as", "order",
                "elements", "unknowns", "mesh (s)", "solve (s)", "rel. diff");
        measure("one arc", sphere.contour(), settings);
        int[] chords = quick ? new int[] {100, 1000} : new int[] {100, 1000, 10_000};
        for (int n : chords) {
            measure(String.format(Locale.ROOT, "%,d chords", n), sphere.polygon(n), settings);
        }
    }

    private void measure(String name, Contour contour, MeshSettings settings) {
        try {
            Solved solved = study.solve(contour, settings, ModeRequest.lowest(1));
            double k = solved.solution().modes().get(0).waveNumber();
            out.printf(Locale.ROOT, "%-28s %5d %8d %9d %9.3f %9.3f %11.2e%n", name, settings.order(),
                    solved.mesh().elementCount(), solved.solution().unknowns(), solved.meshSeconds(),
                    solved.solution().assemblySeconds() + solved.solution().eigenSeconds(),
                    Math.abs(k * RADIUS - KA) / KA);
        } catch (StudyException | IllegalArgumentException e) {
            failures++;
            out.printf(Locale.ROOT, "%-28s failed: %s%n", name, e.getMessage());
        }
    }
}
