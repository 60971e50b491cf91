package org.cavityfem.postproc.superconducting;

import java.util.List;
import java.util.function.IntToDoubleFunction;

/**
 * One per-wall-point quantity of a {@link SurfaceProfile} as a named column, for the wall CSV and the
 * ParaView wall file: a header with its unit, an array name without spaces, and the values in the
 * order of the wall samples.
 *
 * @param header CSV header with unit, e.g. {@code "v0 (m/s)"}
 * @param arrayName data-array name for VTK files, e.g. {@code "v0_m_per_s"}
 * @param values one value per wall sample
 */
public record SurfaceColumn(String header, String arrayName, double[] values) {

    /** The skin-layer columns of a profile, in a fixed order. */
    public static List<SurfaceColumn> of(SurfaceProfile p) {
        return List.of(
                column(p, "electrons per xi0^2", "electrons_per_xi0_squared", p::electronsPerCoherenceArea),
                column(p, "v0 superconducting (m/s)", "v0_superconducting_m_per_s",
                        i -> p.velocity(i, SkinLayer.SUPERCONDUCTING)),
                column(p, "v0 normal-conducting (m/s)", "v0_normal_m_per_s",
                        i -> p.velocity(i, SkinLayer.NORMAL_CONDUCTING)),
                column(p, "a0 (m)", "a0_m", p::excursion),
                column(p, "a0/xi0", "a0_over_xi0", p::excursionOverCoherenceLength),
                column(p, "E_L (V/m)", "vortex_Lorentz_field_V_per_m", p::lorentzField),
                column(p, "heating 1/2 sigma_n E_L^2 (W/m^3)", "vortex_heating_W_per_m3", p::heatingDensity),
                column(p, "enclosed charge q (C)", "enclosed_charge_C", p::enclosedCharge),
                column(p, "crossing current 2 pi r K (A)", "crossing_current_A", p::crossingCurrent));
    }

    private static SurfaceColumn column(SurfaceProfile p, String header, String arrayName, IntToDoubleFunction f) {
        double[] values = new double[p.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = f.applyAsDouble(i);
        }
        return new SurfaceColumn(header, arrayName, values);
    }
}
