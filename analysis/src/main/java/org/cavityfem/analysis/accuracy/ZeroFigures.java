package org.cavityfem.analysis.accuracy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cavityfem.analysis.quantity.Quantity;
import org.cavityfem.analysis.quantity.QuantityTable;
import org.cavityfem.units.PhysicalConstants;

/**
 * The one place that decides when a figure has no significant digit (design.md §2.14, "Figures
 * without digits"), for the monopole and the TE0 / m ≥ 1 estimates alike. Two verdicts:
 * <ul>
 * <li><b>zero by symmetry</b> ({@link #of}, {@link #complete}): the figure vanishes, proven against
 *     its natural scale; it is reported under {@code zeroBySymmetry} instead of an estimate;</li>
 * <li><b>no significant digit</b> ({@link #withoutDigits}): the figure's estimate is at least
 *     {@link #NO_DIGIT} on a mode whose frequency estimate is at most {@link #RESOLVED}. It keeps its
 *     estimate (which says it has no digit) but is no refinement target: a mode resolved that well has
 *     every real figure to about 1e-3 or better, so such an estimate is a zero the scale test could not
 *     prove, or an extraction that does not resolve the figure, not slow convergence that refining
 *     would cure. Both loops ({@code MonopoleRound}, {@code AzimuthalRound}) leave it out and name it
 *     on the console and in summary.json ({@code withoutDigits}).</li>
 * </ul>
 *
 * <p>Figures that vanish for a mode by its symmetry (design.md §2.14, "Figures that are zero"): a TE0
 * mode's surface E (E = E_φ is tangential, so it vanishes on the metal), the voltages and R/Q of a
 * pillbox TE-like mode (no E_z), a longitudinal voltage odd about the centre. Their computed value
 * is discretisation error, so its relative estimate |Q_p − Q_ref|/|Q_p| is about 1 and means
 * nothing; as a target it would refine for ever. Such a figure is reported as zero by symmetry, with
 * the reason, instead of an estimate, and does not drive the refinement.
 *
 * <p>The test is against the figure's natural scale at the mode's stored energy U and angular
 * frequency ω, from the impedance of free space Z0 and V0 = √(Z0 ω U) (the voltage of an R/Q equal
 * to Z0): a surface field k V0, a magnetic field k V0/Z0, a flux density μ0 k V0/Z0, an R/Q Z0 (Ω),
 * k Z0 (Ω/m), a loss factor ω Z0 (V/C), a kick factor ω Z0 k (V/(C m)), the transit-time factor 1. A
 * voltage is zero with its R/Q ({@link #complete}), which does not depend on the energy the fields
 * are scaled to. A quadratic figure (R/Q, loss and kick factors) is compared by the square root of its ratio. A
 * figure is zero when, in both solves, it is below {@link #ROUNDING} of its scale (rounding level),
 * or below {@link #SMALL} of it while no digit of the two solves agrees (relative estimate at least
 * {@link #UNCONVERGED}). A real figure of a real mode is a sizeable fraction of its scale (the
 * TESLA π-mode's R/Q is 2.8 Z0, the weakest 9-cell passband mode's 2.7e-6 Z0 with an estimate of
 * 4e-3); a location of a peak that is zero is zero with it.
 */
public final class ZeroFigures {

    /** Below this fraction of its natural scale (for both solves) a figure is rounding noise. */
    public static final double ROUNDING = 1e-8;
    /** Below this fraction of its natural scale, and unconverged, a figure is discretisation noise. */
    public static final double SMALL = 1e-2;
    /** A relative estimate at least this large: no digit of the two solves agrees. */
    public static final double UNCONVERGED = 0.5;
    /**
     * A mode whose frequency estimate is at most this is resolved: every real figure of it then has an
     * estimate of 1e-3 or less ({@link #withoutDigits}).
     */
    public static final double RESOLVED = 1e-6;
    /** On a resolved mode, an estimate at least this large leaves a figure no significant digit. */
    public static final double NO_DIGIT = 0.1;

    private ZeroFigures() {
    }

    /**
     * The keys of a table's figures that are zero by symmetry, each with its reason, in table order.
     *
     * @param errors the relative estimates of the table's quantities, keyed as the table
     * @param omega the mode's angular frequency (rad/s)
     * @param energy the stored energy the figures are at (J)
     */
    public static <T> Map<String, String> of(QuantityTable<T> table, T reported, T reference, Map<String, Double> errors,
            double omega, double energy) {
        Map<String, String> out = new LinkedHashMap<>();
        double k = omega / PhysicalConstants.SPEED_OF_LIGHT;
        double z0 = PhysicalConstants.ETA_0;
        // The fields' scale at the stored energy the figures are at; the R/Q and factors need none.
        double volt = Math.sqrt(z0 * omega * energy);
        for (Quantity<T> q : table.entries()) {
            if (!(q.reading() instanceof Quantity.Reading.Real<T> real) || !errors.containsKey(q.key())) {
                continue;
            }
            double scale;
            boolean quadratic = false;
            String name;
            switch (q.unit()) {
                case "V/m" -> {
                    scale = k * volt;
                    name = "k V0";
                }
                case "A/m" -> {
                    scale = k * volt / z0;
                    name = "k V0 / Z0";
                }
                case "T" -> {
                    scale = PhysicalConstants.MU_0 * k * volt / z0;
                    name = "mu0 k V0 / Z0";
                }
                case "Ohm" -> {
                    scale = z0;
                    quadratic = true;
                    name = "Z0";
                }
                case "Ohm/m" -> {
                    scale = k * z0;
                    quadratic = true;
                    name = "k Z0";
                }
                case "V/C" -> {
                    scale = omega * z0;
                    quadratic = true;
                    name = "omega Z0";
                }
                case "V/(C m)" -> {
                    scale = omega * z0 * k;
                    quadratic = true;
                    name = "omega Z0 k";
                }
                default -> {
                    if (!q.key().equals("transitTimeFactor")) {
                        continue;
                    }
                    scale = 1;
                    name = "1";
                }
            }
            if (q.key().startsWith("G_") || q.key().startsWith("surfaceResistance")
                    || q.key().startsWith("shuntImpedance")) {
                continue; // G and R_s are never zero; an impedance is zero with its R/Q
            }
            double a = Math.abs(real.of().applyAsDouble(reported));
            double b = Math.abs(real.of().applyAsDouble(reference));
            if (!Double.isFinite(a) || !Double.isFinite(b)) {
                continue;
            }
            double ratio = Math.max(a, b) / scale;
            double linear = quadratic ? Math.sqrt(ratio) : ratio;
            double estimate = errors.get(q.key());
            String unit = q.unit().isEmpty() ? "" : " " + q.unit();
            if (linear <= ROUNDING) {
                out.put(q.key(), String.format(Locale.ROOT, "%.3g%s is %.1e of its scale %s = %.4g%s: rounding level",
                        a, unit, ratio, name, scale, unit));
            } else if (linear <= SMALL && estimate >= UNCONVERGED) {
                out.put(q.key(), String.format(Locale.ROOT, "%.3g%s is %.1e of its scale %s = %.4g%s and no digit agrees "
                        + "with the reference solve (estimate %.2g): discretisation noise", a, unit, ratio, name, scale,
                        unit, estimate));
            }
        }
        return out;
    }

    /**
     * {@code zero} (found by {@link #of} in one or more tables) with the figures that follow a zero
     * one: the voltages and the other conventions of a zero R/Q, and the location of a zero peak,
     * where {@code errors} has them. A voltage is never judged on its own: its R/Q says the same
     * without depending on the energy the fields are scaled to.
     */
    public static Map<String, String> complete(Map<String, String> zero, Map<String, Double> errors) {
        return follow(zero, errors, "zero with ");
    }

    /**
     * The figures of one mode that have no significant digit (see the class comment): every figure
     * whose estimate is at least {@link #NO_DIGIT} when the mode's frequency estimate is at most
     * {@link #RESOLVED}, with the figures that follow it ({@link #complete}'s: its voltages and other
     * conventions, a peak's location, which is never judged on its own), key → reason. Empty when the
     * mode is not resolved that well or has no such figure.
     *
     * @param errors the mode's relative estimates, keyed as in summary.json (figures zero by symmetry
     *     already taken out)
     */
    public static Map<String, String> withoutDigits(Map<String, Double> errors) {
        Double frequency = errors.get("frequency_Hz");
        if (frequency == null || !(frequency <= RESOLVED)) {
            return Map.of();
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, Double> q : errors.entrySet()) {
            if (q.getValue() >= NO_DIGIT && !LOCATIONS.contains(q.getKey())) {
                out.put(q.getKey(), String.format(Locale.ROOT, "estimate %.2g while the mode's frequency estimate is "
                        + "%.1e: no significant digit (a zero not proven against its scale, or unresolved)",
                        q.getValue(), frequency));
            }
        }
        return follow(out, errors, "no digit with ");
    }

    /** {@code verdict} with the figures that follow one of its keys, each with {@code why} and that key. */
    private static Map<String, String> follow(Map<String, String> verdict, Map<String, Double> errors, String why) {
        Map<String, String> out = new LinkedHashMap<>(verdict);
        for (Map.Entry<String, String[]> d : FOLLOWERS.entrySet()) {
            if (verdict.containsKey(d.getKey())) {
                for (String key : d.getValue()) {
                    if (errors.containsKey(key)) {
                        out.putIfAbsent(key, why + d.getKey());
                    }
                }
            }
        }
        return out;
    }

    /** Locations of peaks: judged with their peak, never on their own. */
    private static final java.util.Set<String> LOCATIONS = java.util.Set.of("Epk_location_m", "Hpk_location_m");

    /**
     * The figures that are zero when the key's figure is (same voltage, or the place of the peak), in a
     * fixed order: {@code Map.of} iterates in an order that changes from one JVM to the next, and the
     * followers' order is that of the console line and of summary.json's {@code zeroBySymmetry}.
     */
    private static final Map<String, String[]> FOLLOWERS = ordered(
            "RoverQ_ohm", new String[] {"Vacc_V", "RoverQ_circuit_ohm", "lossFactor_V_per_C", "transitTimeFactor"},
            "RoverQ_axis_linac_ohm", new String[] {"Vz_axis_V"},
            "RoverQ_long_linac_ohm", new String[] {"shuntImpedance_long_ohm"},
            "RoverQ_perp_linac_ohm", new String[] {"Vperp_V", "RoverQ_perp_circuit_ohm", "RoverQ_perp_linac_ohm_per_m",
                "RoverQ_perp_circuit_ohm_per_m", "kickFactor_V_per_C_m", "shuntImpedance_perp_ohm_per_m"},
            "RoverQ_long_atOffset_linac_ohm", new String[] {"Vz_atOffset_V", "RoverQ_long_atOffset_circuit_ohm"},
            "Epk_V_per_m", new String[] {"Epk_location_m"},
            "Hpk_A_per_m", new String[] {"Hpk_location_m"});

    /**
     * {@code key} and the figures that follow it (zero when it is: its voltage, or its peak's place),
     * in their fixed order; {@code key} alone when none follow it. {@code "RoverQ_perp_linac_ohm"}
     * gives every figure of the transverse voltage, and so of the axis limit c_m.
     */
    public static List<String> withFollowers(String key) {
        List<String> out = new java.util.ArrayList<>();
        out.add(key);
        out.addAll(java.util.Arrays.asList(FOLLOWERS.getOrDefault(key, new String[0])));
        return List.copyOf(out);
    }

    /** Key, value, key, value, ... in their order. */
    private static Map<String, String[]> ordered(Object... keysAndValues) {
        Map<String, String[]> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], (String[]) keysAndValues[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    /** A table's real quantity of an object, by key; NaN when the table has none. */
    public static <T> double value(QuantityTable<T> table, String key, T of) {
        for (Quantity<T> q : table.entries()) {
            if (q.key().equals(key) && q.reading() instanceof Quantity.Reading.Real<T> real) {
                return real.of().applyAsDouble(of);
            }
        }
        return Double.NaN;
    }
}
