package org.cavityfem.analysis.superconducting;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cavityfem.analysis.quantity.Output;
import org.cavityfem.analysis.quantity.Quantity;

/**
 * One per-wall-point quantity of a {@link SurfaceProfile} as a named column, for the wall CSV and the
 * ParaView wall file: a name with its unit and the values in the order of the wall samples.
 *
 * @param key plain identifier with the unit as a suffix, as in summary.json, e.g. {@code "v0_m_per_s"}:
 *     the ParaView array name, usable in ParaView's Calculator and Python
 * @param header column name with unit, e.g. {@code "v0 superconducting (m/s)"}: the CSV header
 * @param values one value per wall sample
 */
public record SurfaceColumn(String key, String header, double[] values) {

    /** The skin-layer columns of a profile for the wall CSV file, in the order of {@link SurfaceQuantities#WALL}. */
    public static List<SurfaceColumn> of(SurfaceProfile p) {
        return of(p, Output.WALL_CSV);
    }

    /** The skin-layer columns of a profile written to {@code output}, in table order. */
    public static List<SurfaceColumn> of(SurfaceProfile p, Output output) {
        return of(p, EnumSet.of(output));
    }

    /**
     * The skin-layer columns of a profile written to any of {@code outputs}, in table order, each
     * computed once however many of them write it ({@link #in} picks one output's): the wall CSV and
     * the ParaView wall file of a mode share the arrays.
     */
    public static List<SurfaceColumn> of(SurfaceProfile p, Set<Output> outputs) {
        List<SurfaceColumn> columns = new ArrayList<>();
        for (Quantity<SurfaceQuantities.Sample> q : SurfaceQuantities.WALL.entries()) {
            if (Collections.disjoint(q.outputs(), outputs)) {
                continue;
            }
            double[] values = new double[p.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = q.value(new SurfaceQuantities.Sample(p, i));
            }
            columns.add(new SurfaceColumn(q.key(), q.header(), values));
        }
        return List.copyOf(columns);
    }

    /**
     * The columns among {@code columns} that {@code output} writes, in their order: what
     * {@link #of(SurfaceProfile, Output)} gives when {@code columns} came from {@link #of(SurfaceProfile, Set)}
     * with that output among its outputs.
     */
    public static List<SurfaceColumn> in(List<SurfaceColumn> columns, Output output) {
        Set<String> keys = new HashSet<>();
        for (Quantity<SurfaceQuantities.Sample> q : SurfaceQuantities.WALL.in(output)) {
            keys.add(q.key());
        }
        return columns.stream().filter(c -> keys.contains(c.key())).toList();
    }
}
