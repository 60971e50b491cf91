package org.cavityfem.output.vtk;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.cavityfem.analysis.merit.WallQuantities;
import org.cavityfem.analysis.merit.WallRow;
import org.cavityfem.analysis.quantity.Output;
import org.cavityfem.analysis.quantity.QuantityTable;

/**
 * One numeric column of the wall poly-lines: its name with its unit, as in the wall CSV files, and
 * how to get it from a wall row. The columns are the entries of {@link WallQuantities} written to
 * {@link Output#PARAVIEW}; a further wall quantity is an entry there.
 *
 * @param name array name shown in ParaView: the quantity's summary.json key, a plain identifier with
 *     its unit as a suffix, e.g. {@code "En_V_per_m"}
 * @param value the value at a row
 */
public record WallColumn(String name, ToDoubleFunction<WallRow> value) {

    /** The wall table's own quantities, signs as in {@link org.cavityfem.analysis.wall.WallTable}. */
    public static final List<WallColumn> FIELDS = of(WallQuantities.FIELDS);

    /** The quantities that need the surface resistance and stored energy. */
    public static final List<WallColumn> LOSSES = of(WallQuantities.LOSSES);

    private static List<WallColumn> of(QuantityTable<WallRow> table) {
        return table.in(Output.PARAVIEW).stream().map(q -> new WallColumn(q.key(), q::value)).toList();
    }
}
