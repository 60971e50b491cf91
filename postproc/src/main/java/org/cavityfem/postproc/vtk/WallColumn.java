package org.cavityfem.postproc.vtk;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.cavityfem.postproc.merit.WallRow;

/**
 * One numeric column of the wall poly-lines: its name with its unit, as in the wall CSV files, and
 * how to get it from a wall row. Further wall quantities become columns by adding to the lists
 * given to {@link WallLines#of}.
 *
 * @param name array name shown in ParaView, e.g. {@code "E_n (V/m)"}
 * @param value the value at a row
 */
public record WallColumn(String name, ToDoubleFunction<WallRow> value) {

    /** The wall table's own quantities, signs as in {@link org.cavityfem.postproc.wall.WallTable}. */
    public static final List<WallColumn> FIELDS = List.of(
            new WallColumn("s (m)", r -> r.point().arcLength()),
            new WallColumn("n_z", WallRow::normalZ),
            new WallColumn("n_r", WallRow::normalR),
            new WallColumn("H_t = K (A/m)", r -> r.point().surfaceCurrent()),
            new WallColumn("E_n (V/m)", r -> r.point().normalElectricField()),
            new WallColumn("sigma (C/m^2)", r -> r.point().surfaceCharge()),
            new WallColumn("B (T)", r -> r.point().magneticFluxDensity()),
            new WallColumn("I = 2 pi r K (A)", r -> r.point().enclosedCurrent()));

    /** The quantities that need the surface resistance and stored energy. */
    public static final List<WallColumn> LOSSES = List.of(
            new WallColumn("power density (W/m^2)", WallRow::powerDensity),
            new WallColumn("dF/dZ (Hz/m per m of wall)", WallRow::dfDz),
            new WallColumn("dF/dR (Hz/m per m of wall)", WallRow::dfDr));
}
