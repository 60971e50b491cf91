package org.cavityfem.analysis.merit;

import java.util.ArrayList;
import java.util.List;
import org.cavityfem.analysis.field.ModeField;
import org.cavityfem.analysis.wall.WallEdge;
import org.cavityfem.analysis.wall.WallTable;
import org.cavityfem.fem.GaussLegendre;
import org.cavityfem.mesh.geometry.BoundaryKind;
import org.cavityfem.mesh.geometry.Contour;
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
        FaradayCurrent faraday = new FaradayCurrent(field);
        Contour contour = field.mesh().contour();
        double worst = Double.NaN;
        for (List<WallEdge> chain : chains(table.edges(), contour)) {
            int first = chain.get(0).segmentIndex();
            int last = chain.get(chain.size() - 1).segmentIndex();
            int n = contour.size();
            boolean closedLoop = chain.size() == table.edges().size() && allWall(contour);
            if (closedLoop) {
                continue;
            }
            boolean startFree = zeroCurrent(contour.segment((first + n - 1) % n).kind());
            boolean endFree = zeroCurrent(contour.segment((last + 1) % n).kind());
            if (!startFree && !endFree) {
                continue;
            }
            double mismatch = startFree ? mismatch(forwards(chain), faraday, field.angularFrequency(), -1)
                    : mismatch(reversed(chain), faraday, field.angularFrequency(), +1);
            worst = Double.isNaN(worst) ? mismatch : Math.max(worst, mismatch);
        }
        return worst;
    }

    private static boolean zeroCurrent(BoundaryKind kind) {
        return kind == BoundaryKind.AXIS || kind == BoundaryKind.MAGNETIC;
    }

    private static boolean allWall(Contour contour) {
        for (int i = 0; i < contour.size(); i++) {
            if (zeroCurrent(contour.segment(i).kind())) {
                return false;
            }
        }
        return true;
    }

    /** The edges split into chains of contiguous wall segments. */
    private static List<List<WallEdge>> chains(List<WallEdge> edges, Contour contour) {
        List<List<WallEdge>> chains = new ArrayList<>();
        List<WallEdge> current = new ArrayList<>();
        for (WallEdge e : edges) {
            if (!current.isEmpty()) {
                int previous = current.get(current.size() - 1).segmentIndex();
                boolean contiguous = e.segmentIndex() == previous
                        || e.segmentIndex() == (previous + 1) % contour.size();
                if (!contiguous) {
                    chains.add(current);
                    current = new ArrayList<>();
                }
            }
            current.add(e);
        }
        if (!current.isEmpty()) {
            chains.add(current);
        }
        return chains;
    }

    /** Edges with a flag to run them backwards. */
    private record Oriented(WallEdge edge, boolean backwards) {
        double u(double fraction) {
            return backwards ? 1 - fraction : fraction;
        }
    }

    private static List<Oriented> reversed(List<WallEdge> chain) {
        List<Oriented> out = new ArrayList<>();
        for (int i = chain.size() - 1; i >= 0; i--) {
            out.add(new Oriented(chain.get(i), true));
        }
        return out;
    }

    private static List<Oriented> forwards(List<WallEdge> chain) {
        List<Oriented> out = new ArrayList<>();
        for (WallEdge e : chain) {
            out.add(new Oriented(e, false));
        }
        return out;
    }

    /**
     * Runs the chain from its zero-current end, accumulating q, and compares 2π r K_F with
     * sign·ω q at 2p + 1 points per edge.
     */
    private static double mismatch(List<Oriented> chain, FaradayCurrent faraday, double omega, int sign) {
        double charge = 0;
        double largestCurrent = 0;
        double largestMismatch = 0;
        for (Oriented o : chain) {
            WallEdge edge = o.edge();
            int m = 2 * edge.order();
            GaussLegendre rule = GaussLegendre.of(edge.order() + 4);
            for (int j = 0; j <= m; j++) {
                double f1 = (double) j / m;
                if (j > 0) {
                    double f0 = (double) (j - 1) / m;
                    double piece = 0;
                    for (int q = 0; q < rule.size(); q++) {
                        double u = o.u(f0 + rule.nodes()[q] * (f1 - f0));
                        // The charge density and radius of the wall point at u, without the rest of
                        // edge.sample(u) (its arc length integral): the same values, a third of the work.
                        double surfaceCharge = PhysicalConstants.EPSILON_0 * edge.normalElectricField(u);
                        piece += rule.weights()[q] * surfaceCharge * 2 * Math.PI * edge.point(u).r()
                                * edge.lengthPerParameter(u);
                    }
                    charge += piece * (f1 - f0);
                }
                double u = o.u(f1);
                double r = edge.point(u).r();
                double current = 2 * Math.PI * r * faraday.at(edge, u);
                largestCurrent = Math.max(largestCurrent, Math.abs(2 * Math.PI * r * edge.magneticField(u)));
                largestMismatch = Math.max(largestMismatch, Math.abs(current - sign * omega * charge));
            }
        }
        return largestCurrent > 0 ? largestMismatch / largestCurrent : Double.NaN;
    }
}
