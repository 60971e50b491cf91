package org.cavityfem.analysis.merit;

import static org.cavityfem.analysis.quantity.Output.PARAVIEW;
import static org.cavityfem.analysis.quantity.Output.WALL_CSV;

import org.cavityfem.analysis.quantity.Quantity;
import org.cavityfem.analysis.quantity.QuantityTable;

/**
 * The per-wall-sample quantities of a mode, one value per {@link WallRow}, in the order of the
 * columns of the wall CSV file and of the arrays of the ParaView wall file. Signs as in
 * {@link org.cavityfem.analysis.wall.WallTable}; the Slater sensitivities as in {@link WallRow}.
 */
public final class WallQuantities {

    /** What the wall table of a field gives on its own (no surface resistance or stored energy needed). */
    public static final QuantityTable<WallRow> FIELDS = QuantityTable.of("wall fields",
            Quantity.<WallRow>real("s_m", "s (m)", "m", "arc length along the wall from its start",
                    r -> r.point().arcLength()).in(WALL_CSV, PARAVIEW),
            Quantity.<WallRow>real("z_m", "z (m)", "m", "axial coordinate", r -> r.point().z()).in(WALL_CSV),
            Quantity.<WallRow>real("r_m", "r (m)", "m", "radial coordinate", r -> r.point().r()).in(WALL_CSV),
            Quantity.<WallRow>whole("segment", "segment", "index of the contour segment",
                    r -> r.point().segment()).in(WALL_CSV),
            Quantity.<WallRow>text("segmentName", "segment name", "name of the contour segment",
                    r -> r.point().segmentName()).in(WALL_CSV),
            Quantity.<WallRow>text("boundary", "boundary", "metal wall or electric plane",
                    r -> r.boundary().key()).in(WALL_CSV),
            Quantity.<WallRow>real("n_z", "n_z", "", "z component of the unit normal from the wall into the cavity",
                    WallRow::normalZ).in(WALL_CSV, PARAVIEW),
            Quantity.<WallRow>real("n_r", "n_r", "", "r component of the unit normal from the wall into the cavity",
                    WallRow::normalR).in(WALL_CSV, PARAVIEW),
            Quantity.<WallRow>real("K_A_per_m", "H_t = K (A/m)", "A/m",
                    "H_phi, the surface current density, positive along the counter-clockwise tangent",
                    r -> r.point().surfaceCurrent()).in(WALL_CSV, PARAVIEW),
            Quantity.<WallRow>real("En_V_per_m", "E_n (V/m)", "V/m", "normal electric field E·n",
                    r -> r.point().normalElectricField()).in(WALL_CSV, PARAVIEW),
            Quantity.<WallRow>real("sigma_C_per_m2", "sigma (C/m^2)", "C/m^2", "surface charge density ε0 E_n",
                    r -> r.point().surfaceCharge()).in(WALL_CSV, PARAVIEW),
            Quantity.<WallRow>real("B_T", "B (T)", "T", "magnetic flux density at the wall, μ0 K in magnitude",
                    r -> r.point().magneticFluxDensity()).in(PARAVIEW),
            Quantity.<WallRow>real("I_A", "I = 2 pi r K (A)", "A", "current crossing the wall circle through the point",
                    r -> r.point().enclosedCurrent()).in(PARAVIEW));

    /** What needs the surface resistance and the stored energy as well. */
    public static final QuantityTable<WallRow> LOSSES = QuantityTable.of("wall losses",
            Quantity.<WallRow>real("powerDensity_W_per_m2", "power density (W/m^2)", "W/m^2",
                    "dP/dA = (R_s/2) H_t² on metal walls, 0 on electric planes",
                    WallRow::powerDensity).in(WALL_CSV, PARAVIEW),
            Quantity.<WallRow>real("dFdZ_Hz_per_m2", "dF/dZ (Hz/m per m of wall)", "Hz/m per m of wall",
                    "Slater sensitivity: frequency shift per metre of +z displacement per metre of wall",
                    WallRow::dfDz).in(WALL_CSV, PARAVIEW),
            Quantity.<WallRow>real("dFdR_Hz_per_m2", "dF/dR (Hz/m per m of wall)", "Hz/m per m of wall",
                    "Slater sensitivity: frequency shift per metre of +r displacement per metre of wall",
                    WallRow::dfDr).in(WALL_CSV, PARAVIEW));

    /** Every wall quantity of an analysed mode: the fields, then the losses. */
    public static final QuantityTable<WallRow> ALL = FIELDS.followedBy(LOSSES);

    private WallQuantities() {
    }
}
