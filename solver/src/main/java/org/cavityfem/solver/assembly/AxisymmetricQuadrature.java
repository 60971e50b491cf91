package org.cavityfem.solver.assembly;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.cavityfem.fem.ElementMap;
import org.cavityfem.fem.TriangleQuadrature;

/**
 * The quadrature rules of axisymmetric integrands on one mesh and the choice among them per
 * element. The integrands carry r and 1/r, so they are rational near the axis and, on curved
 * elements, through the blended map: rules are collapsed (Duffy) rules of p + 2 points per
 * direction, enriched to p + 6 and p + 14 where the integrand is not a polynomial.
 *
 * <p>Rules are numbered 0 .. 8 as 3 × collapse vertex + level (0 = standard, 1 = enriched,
 * 2 = most). Immutable.
 */
final class AxisymmetricQuadrature {

    /** Relative distance below which a vertex counts as lying on the axis. */
    private static final double AXIS_TOLERANCE = 1e-12;
    private static final int LEVELS = 3;

    /** The rules of each element order, in the order {@link #choose} indexes them. */
    private static final Map<Integer, List<TriangleQuadrature>> RULES = new ConcurrentHashMap<>();

    private final List<TriangleQuadrature> rules;
    private final double axisTolerance;

    /**
     * @param order polynomial order p of the elements
     * @param size size of the domain (m): the axis tolerance is relative to it
     */
    AxisymmetricQuadrature(int order, double size) {
        this.rules = RULES.computeIfAbsent(order, AxisymmetricQuadrature::rulesOfOrder);
        this.axisTolerance = AXIS_TOLERANCE * size;
    }

    /** The rules for elements of one order; built once per order, so their tables are shared too. */
    private static List<TriangleQuadrature> rulesOfOrder(int order) {
        List<TriangleQuadrature> list = new ArrayList<>(3 * LEVELS);
        for (int v = 0; v < 3; v++) {
            list.add(TriangleQuadrature.collapsed(order + 2, v));
            list.add(TriangleQuadrature.collapsed(order + 6, v));
            list.add(TriangleQuadrature.collapsed(order + 14, v));
        }
        return List.copyOf(list);
    }

    List<TriangleQuadrature> rules() {
        return rules;
    }

    /**
     * Picks the rule of an element. The collapse vertex goes on the axis when the element touches it
     * (the Duffy Jacobian cancels the 1/r there); otherwise, for a curved element, opposite its
     * curved edge, where the blend (λa + λb)² δ(λb / (λa + λb)) becomes u² δ(v), smooth in the
     * square. Curved and near-axis elements get more points; an element that is both curved and on
     * the axis, where the two wishes conflict, gets the most.
     */
    int choose(ElementMap map) {
        int axisVertex = -1;
        double rMin = Double.POSITIVE_INFINITY;
        for (int v = 0; v < 3; v++) {
            if (map.vertexR(v) < rMin) {
                rMin = map.vertexR(v);
                axisVertex = v;
            }
        }
        boolean onAxis = rMin <= axisTolerance;
        int opposite = map.curvedEdges().isEmpty() ? -1 : (map.curvedEdges().get(0).localEdge() + 2) % 3;
        int collapse = onAxis ? axisVertex : Math.max(opposite, 0);
        double diameter = Math.max(Math.hypot(map.vertexZ(1) - map.vertexZ(0), map.vertexR(1) - map.vertexR(0)),
                Math.max(Math.hypot(map.vertexZ(2) - map.vertexZ(1), map.vertexR(2) - map.vertexR(1)),
                        Math.hypot(map.vertexZ(0) - map.vertexZ(2), map.vertexR(0) - map.vertexR(2))));
        boolean nearAxis = onAxis || rMin < 2 * diameter;
        int level;
        if (onAxis && opposite >= 0 && opposite != axisVertex) {
            level = 2;
        } else {
            level = nearAxis || opposite >= 0 ? 1 : 0;
        }
        return LEVELS * collapse + level;
    }
}
