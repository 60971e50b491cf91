package org.cavityfem.analysis.material;

import java.util.List;
import java.util.Optional;

/** Named materials a case file can select. */
public final class Materials {

    /** Niobium's relative atomic mass, the paper's Table 1 (g/mol). */
    public static final double NIOBIUM_ATOMIC_WEIGHT = 92.906;
    /** Niobium's density, the paper's Table 1 (kg/m³). */
    public static final double NIOBIUM_DENSITY = 8.57e3;

    private Materials() {
    }

    /**
     * Niobium with the values of M. Egi, "The consistency of the surface impedance for
     * superconducting accelerating cavities" (KEK), Table 1 and §3: atomic weight 92.906, density
     * 8.57e3 kg/m³, one conduction electron per atom (valence 4d⁴ 5s¹, the 5s¹ electron), so
     * n_e = ρ N_A / M = 5.555e28 m⁻³ (the paper prints 5.55e28); σ_n = 6.2e6 S/m; c = 0.2699e3
     * J/(kg K) at room temperature; T_c = 9.25 K; H_c1(0) = 1.43e5 A/m (the paper's ref. [4],
     * K. Saito, SRF2001); ξ0 = 40 nm; Debye temperature 275 K (C. Kittel, Introduction to Solid
     * State Physics, Table 5.1).
     */
    public static Superconductor niobium() {
        return new Superconductor("niobium", NIOBIUM_ATOMIC_WEIGHT, NIOBIUM_DENSITY,
                Superconductor.conductionElectronDensity(1, NIOBIUM_ATOMIC_WEIGHT, NIOBIUM_DENSITY),
                6.2e6, 0.2699e3, 9.25, 1.43e5, 40e-9, 275);
    }

    /** Names {@link #byName} knows. */
    public static List<String> names() {
        return List.of("niobium");
    }

    /** The named material, if known (names are exact, lower case). */
    public static Optional<Superconductor> byName(String name) {
        return switch (name) {
            case "niobium" -> Optional.of(niobium());
            default -> Optional.empty();
        };
    }
}
