package org.cavityfem.analysis.merit;

import java.util.List;
import org.cavityfem.analysis.field.ModeField;
import org.cavityfem.analysis.field.ReferencePoints;
import org.cavityfem.analysis.wall.WallEdge;
import org.cavityfem.analysis.wall.WallTable;
import org.cavityfem.units.PhysicalConstants;

/**
 * Charge continuity on the walls: the current crossing the circle of radius r on a wall,
 * I = 2π r K, equals ω times the charge q on the wall between that circle and a point where no
 * current flows (docs/design.md §2.6; the I0 = ω q0 of the surface-impedance analysis).
 *
 * <p>q is integrated from σ = ε0 E_n (E from the discrete H_phi by Ampère's law) over the wall,
 * dq = σ 2π r ds. The current is taken from the same E through Faraday's law, K_F (see
 * {@link FaradayCurrent}), so the two sides are two independent readings of the discrete field:
 * with K the trace of H_phi itself they would agree to rounding for any mesh, because the
 * tangential derivative of r H integrates back to r H. The mismatch max |I_F ∓ ω q| over the
 * wall, divided by max |2π r K| there, therefore measures the discretisation error and falls as
 * the mesh is refined.
 *
 * <p>A wall is a maximal chain of metal segments and electric planes. The charge is counted from
 * an end where the current vanishes: where the wall meets the axis (r = 0) or a magnetic plane
 * (H = 0). From the start of the chain, I = −ω q (q counted along the counter-clockwise run, with
 * the sign conventions of {@link WallTable}); from its end, I = +ω q. A chain with neither end of
 * zero current (between two electric planes, or a closed loop of metal) has no reference point
 * and is not checked.
 */
public final class ChargeCurrentCheck {

    private ChargeCurrentCheck() {
    }

    /**
     * The largest relative mismatch over every wall that can be checked, or NaN when none can.
     *
     * @param field the mode (at any amplitude: the ratio does not depend on it)
     * @param table its wall table
     */
    public static double largestMismatch(ModeField field, WallTable table) {
        // The walls' geometry and the stencils are the mesh's: made by the first mode that asks and
        // shared by the others.
        ReferencePoints points = field.points();
        ChargeCurrentStencils stencils = points.perMesh(ChargeCurrentStencils.class,
                p -> ChargeCurrentStencils.of(p, table));
        if (!stencils.fits(table)) {
            stencils = ChargeCurrentStencils.of(points, table);
        }
        return largestMismatch(field, table, stencils);
    }

    /**
     * Makes the walls' geometry and stencils of the check on a field's mesh now and keeps them with the
     * field's {@link ModeField#points()}, where {@link #largestMismatch(ModeField, WallTable)} of
     * every mode sharing those points finds them: they take as long as a few modes' analyses, so a
     * caller analysing several modes can make them beside the analyses instead of having every other
     * thread wait at its first check. The mismatches are the same bits either way.
     *
     * @param field any mode of the mesh
     */
    public static void prepare(ModeField field) {
        field.points().perMesh(ChargeCurrentStencils.class, p -> ChargeCurrentStencils.of(p, WallTable.of(field)));
    }

    /** {@link #largestMismatch(ModeField, WallTable)} at the given stencils of the table's mesh. */
    static double largestMismatch(ModeField field, WallTable table, ChargeCurrentStencils stencils) {
        FaradayCurrent faraday = new FaradayCurrent(field);
        double worst = Double.NaN;
        for (ChargeCurrentStencils.Run run : stencils.runs()) {
            double mismatch = mismatch(run, table.edges(), faraday, field.angularFrequency());
            worst = Double.isNaN(worst) ? mismatch : Math.max(worst, mismatch);
        }
        return worst;
    }

    /**
     * Runs the chain from its zero-current end, accumulating q, and compares 2π r K_F with
     * sign·ω q at 2p + 1 points per edge.
     */
    private static double mismatch(ChargeCurrentStencils.Run run, List<WallEdge> edges, FaradayCurrent faraday,
            double omega) {
        int sign = run.sign();
        double charge = 0;
        double largestCurrent = 0;
        double largestMismatch = 0;
        for (ChargeCurrentStencils.Step step : run.steps()) {
            WallEdge edge = edges.get(step.edge());
            int m = step.samples();
            double[] weights = step.weights();
            int n = weights.length;
            for (int j = 0; j <= m; j++) {
                double f1 = (double) j / m;
                if (j > 0) {
                    double f0 = (double) (j - 1) / m;
                    double piece = 0;
                    for (int q = 0; q < n; q++) {
                        WallEdge.Station at = step.charge()[(j - 1) * n + q];
                        // The charge density and radius of the wall point, without the rest of a wall
                        // sample (its arc length integral).
                        double surfaceCharge = PhysicalConstants.EPSILON_0 * edge.normalElectricField(at);
                        piece += weights[q] * surfaceCharge * 2 * Math.PI * at.r() * at.lengthPerParameter();
                    }
                    charge += piece * (f1 - f0);
                }
                WallEdge.Station at = step.check()[j];
                double r = at.r();
                double current = 2 * Math.PI * r * faraday.at(step.faraday()[j]);
                largestCurrent = Math.max(largestCurrent, Math.abs(2 * Math.PI * r * edge.magneticField(at)));
                largestMismatch = Math.max(largestMismatch, Math.abs(current - sign * omega * charge));
            }
        }
        return largestCurrent > 0 ? largestMismatch / largestCurrent : Double.NaN;
    }
}
