package org.cavityfem.postproc.superconducting;

import java.util.List;
import java.util.function.IntToDoubleFunction;

/**
 * One per-wall-point quantity of a {@link SurfaceProfile} as a named column, for the wall CSV and the
 * ParaView wall file: a name with its unit and the values in the order of the wall samples.
 *
 * @param header column name with unit, e.g. {@code "v0 superconducting (m/s)"}
 * @param values one value per wall sample
 */
public record SurfaceColumn(String header, double[] values) {

    /** The skin-layer columns of a profile, in a fixed order. */
    public static List<SurfaceColumn> of(SurfaceProfile p) {
        return List.of(
                column(p, "electrons per xi0^2", p::electronsPerCoherenceArea),
                column(p, "v0 superconducting (m/s)", i -> p.velocity(i, SkinLayer.SUPERCONDUCTING)),
                column(p, "v0 normal-conducting (m/s)", i -> p.velocity(i, SkinLayer.NORMAL_CONDUCTING)),
                column(p, "a0 (m)", p::excursion),
                column(p, "a0/xi0", p::excursionOverCoherenceLength),
                column(p, "E_L (V/m)", p::lorentzField),
                column(p, "heating 1/2 sigma_n E_L^2 (W/m^3)", p::heatingDensity),
                column(p, "enclosed charge q (C)", p::enclosedCharge));
    }

    private static SurfaceColumn column(SurfaceProfile p, String header, IntToDoubleFunction f) {
        double[] values = new double[p.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = f.applyAsDouble(i);
        }
        return new SurfaceColumn(header, values);
    }
}
