package org.cavityfem.examples;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.cavityfem.analysis.merit.MeritSettings;
import org.cavityfem.analysis.merit.ModeAnalysis;
import org.cavityfem.analysis.merit.ModeQuantities;
import org.cavityfem.analysis.quantity.Output;
import org.cavityfem.analysis.quantity.Quantity;
import org.cavityfem.analysis.resistance.NormalConductor;
import org.cavityfem.mesh.Mesh;
import org.cavityfem.mesh.MeshGenerator;
import org.cavityfem.mesh.MeshSettings;
import org.cavityfem.mesh.geometry.BoundaryKind;
import org.cavityfem.mesh.geometry.Contour;
import org.cavityfem.mesh.geometry.ContourSegment;
import org.cavityfem.mesh.geometry.Line;
import org.cavityfem.mesh.geometry.Point;
import org.cavityfem.solver.Mode;
import org.cavityfem.solver.ModeRequest;
import org.cavityfem.solver.ModeSolution;
import org.cavityfem.solver.ModeSolver;
import org.cavityfem.units.PhysicalConstants;

/**
 * The TM010 mode of a copper pillbox, R = L = 115 mm, through the library: contour, mesh, eigen
 * solve, figures of merit, printed beside the closed form f = c j01 / (2π R).
 *
 * <p>Run: {@code mvn -q test -pl examples -am} (its test runs it and checks the answer), or its
 * {@code main} from an IDE with the module's dependencies on the class path.
 */
public final class PillboxMode {

    private PillboxMode() {
    }

    /** Prints the pillbox's TM010 mode and its figures of merit to standard output. */
    public static void main(String[] args) {
        run(System.out);
    }

    /** Computes the mode and prints it; returns its relative frequency error against the closed form. */
    public static double run(PrintStream out) {
        // 1. The contour: the meridian section in the (z, r) half-plane, counter-clockwise, with
        //    the axis as one side and metal walls elsewhere (lengths in m).
        double radius = 0.115;
        double gap = 0.115;
        Contour contour = Contour.of(List.of(
                side(0, 0, gap, 0, BoundaryKind.AXIS, "axis"),
                side(gap, 0, gap, radius, BoundaryKind.METAL, "right plate"),
                side(gap, radius, 0, radius, BoundaryKind.METAL, "outer wall"),
                side(0, radius, 0, 0, BoundaryKind.METAL, "left plate")));

        // 2. The mesh: order-4 triangles of about 40 mm (curved walls would be followed exactly).
        Mesh mesh = MeshGenerator.generate(contour, MeshSettings.of(4, 0.040));

        // 3. The eigen solve: the lowest monopole (TM0) mode, with its inertia proof.
        ModeSolution solution = new ModeSolver().solve(mesh, ModeRequest.lowest(1));
        Mode mode = solution.modes().get(0);

        // 4. The analysis: fields scaled to E_acc = 1 MV/m over the gap, copper walls (5.8e7 S/m).
        MeritSettings settings = new MeritSettings(1e6, gap, 1.0, new NormalConductor(5.8e7));
        ModeAnalysis analysis = ModeAnalysis.of(mesh, mode, settings);

        // 5. Print: the frequency against the closed form, then the figures of merit that modes.csv
        //    carries, from the one table of result quantities every writer uses.
        double exact = PhysicalConstants.SPEED_OF_LIGHT * PhysicalConstants.J01 / (2 * Math.PI * radius);
        double error = Math.abs(mode.frequency() - exact) / exact;
        out.printf(Locale.ROOT, "%d elements of order %d, %d unknowns; inertia check complete: %b%n",
                mesh.elementCount(), mesh.order(), solution.unknowns(), solution.inertia().complete());
        out.printf(Locale.ROOT, "f = %.9f MHz, closed form %.9f MHz, relative error %.1e%n",
                mode.frequency() / 1e6, exact / 1e6, error);
        for (Quantity<ModeAnalysis> q : ModeQuantities.FIGURES.in(Output.MODES_CSV)) {
            out.printf(Locale.ROOT, "  %-34s %s%n", q.header(), q.text(analysis));
        }
        return error;
    }

    private static ContourSegment side(double z0, double r0, double z1, double r1, BoundaryKind kind, String name) {
        return new ContourSegment(new Line(new Point(z0, r0), new Point(z1, r1)), kind, name);
    }
}
