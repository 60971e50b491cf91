package org.cavityfem.analysis.accuracy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.cavityfem.analysis.quantity.Quantity;
import org.cavityfem.analysis.quantity.QuantityTable;

/**
 * The relative error estimate of every number of a quantity table: for a real quantity
 * |Q_p − Q_ref| / |Q_p|, the difference between the reported value and the same quantity of the
 * reference solve (the matched mode one order higher); for a point (a peak's location) the
 * distance between the two points over the size of the cavity. Texts and counts have none, and
 * neither has a quantity that does not apply (NaN in both solves).
 */
public final class QuantityErrors {

    /**
     * Quantities that get no estimate: the residual and the charge-current mismatch are themselves
     * error measures, β and the active length are inputs of the case.
     */
    public static final Set<String> NOT_ESTIMATED = Set.of("relativeResidual", "chargeCurrentMaxRelativeMismatch",
            "beta", "activeLength_m");

    private QuantityErrors() {
    }

    /**
     * The estimates of a table's quantities, keyed as the table, in its order.
     *
     * @param reported the object the reported values are read from
     * @param reference the same object of the reference solve
     * @param size the cavity's size (m), the scale of a location's relative error
     */
    public static <T> Map<String, Double> of(QuantityTable<T> table, T reported, T reference, double size) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Quantity<T> q : table.entries()) {
            if (NOT_ESTIMATED.contains(q.key())) {
                continue;
            }
            if (q.reading() instanceof Quantity.Reading.Real<T> real) {
                double a = real.of().applyAsDouble(reported);
                double b = real.of().applyAsDouble(reference);
                if (Double.isNaN(a) && Double.isNaN(b)) {
                    continue;
                }
                out.put(q.key(), relative(a, b));
            } else if (q.reading() instanceof Quantity.Reading.Point<T> point) {
                double dz = point.z().applyAsDouble(reported) - point.z().applyAsDouble(reference);
                double dr = point.r().applyAsDouble(reported) - point.r().applyAsDouble(reference);
                double d = Math.hypot(dz, dr) / size;
                if (!Double.isNaN(d)) {
                    out.put(q.key(), d);
                }
            }
        }
        return out;
    }

    /** |a − b| / |a|, 0 when both are 0, infinite when only one is finite. */
    public static double relative(double a, double b) {
        if (!Double.isFinite(a) || !Double.isFinite(b)) {
            return Double.POSITIVE_INFINITY;
        }
        double scale = Math.max(Math.abs(a), Math.abs(b));
        return scale == 0 ? 0 : Math.abs(a - b) / scale;
    }
}
