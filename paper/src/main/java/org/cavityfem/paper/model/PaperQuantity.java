package org.cavityfem.paper.model;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The quantities of the paper's pillbox analysis, each with the equation (or section) it comes from,
 * its unit and the value the paper prints. "Per E_acc" means per V/m of accelerating field; the
 * paper defines E_acc = E_c/√2 with E_c the peak field at the pillbox centre.
 */
public enum PaperQuantity {
    /** (4): E_c = 0.27818 D0/ε0, the Coulomb field of both plates' charge at the centre. */
    CENTRE_FIELD_COEFFICIENT("(4)", "centre field per plate-centre charge density, E_c ε0/D0", "1", "0.27818",
            Scope.EVERY_CAVITY),
    /** §2.1: the model pillbox's own TM010 frequency 2.405 c/(2π r0). */
    MODE_FREQUENCY("§2.1", "TM010 frequency of the r0 = l0 = 0.115 m pillbox", "Hz", "0.9978e9", Scope.EVERY_CAVITY),
    /** (5): q0 = 0.62309e-12 E_acc. */
    PLATE_CHARGE_PER_EACC("(5)", "plate charge q0 per E_acc", "C/(V/m)", "0.62309e-12", Scope.EVERY_CAVITY),
    /** (9): H_sp at r = 3 r0/4. */
    PEAK_FIELD_RADIUS("(9)", "radius of the peak surface field H_sp, r/r0", "1", "0.75", Scope.PILLBOX),
    /** (10): E_acc/H_sp = 1.0490/(ε0 ω0 r0). */
    IMPEDANCE_COEFFICIENT("(10)", "ε0 ω0 r0 E_acc/H_sp", "1", "1.0490", Scope.EVERY_CAVITY),
    /** (11): E_acc/H_sp = 0.43620 η. */
    SPACE_IMPEDANCE_OVER_ETA("(11)", "E_acc/(H_sp η0)", "1", "0.43620", Scope.EVERY_CAVITY),
    /** (11): E_acc/H_sp ≈ 164 Ω. */
    SPACE_IMPEDANCE("(11)", "space impedance E_acc/H_sp", "Ω", "164", Scope.PILLBOX),
    /** (12): V/I = (E_acc/H_sp) 2/(3π); the paper prints the formula, not its value. */
    SURFACE_IMPEDANCE_FACTOR("(12)", "surface impedance factor (V/I)/(E_acc/H_sp) = l0/(2π·3r0/4)", "1", null,
            Scope.PAPER),
    /** (12) evaluated with (11). */
    SURFACE_IMPEDANCE("(12)", "surface impedance V/I", "Ω", null, Scope.PAPER),
    /** §3.1: conduction electron density of Nb from Table 1. */
    ELECTRON_DENSITY("§3.1", "conduction electron density n_e (1 per Nb atom)", "1/m³", "5.55e28", Scope.PAPER),
    /** (13): n_e ξ0³ = 3.55e6. */
    ELECTRONS_PER_COHERENCE_VOLUME("(13)", "electrons in ξ0³, n_e ξ0³", "1", "3.55e6", Scope.PAPER),
    /** (14): D0 ξ0²/e = 4.49e-7 E_acc. */
    ELECTRONS_PER_COHERENCE_AREA_PER_EACC("(14)", "peak surface charge per ξ0², σ ξ0²/e, per E_acc", "1/(V/m)",
            "4.49e-7", Scope.EVERY_CAVITY),
    /** (14): 22.5 electrons per ξ0² at 50 MV/m. */
    ELECTRONS_PER_COHERENCE_AREA_AT_50("(14)", "peak surface charge per ξ0² at E_acc = 50 MV/m", "1", "22.5",
            Scope.EVERY_CAVITY),
    /** §3.1: 22.5 e ω0 = 2.94e-8 A. */
    CENTRE_CURRENT_AT_50("§3.1", "current into ξ0² at the plate centre, 22.5 e ω0, at 50 MV/m", "A", "2.94e-8",
            Scope.PAPER),
    /** (15): 2π r0 ξ0/(π r0²) = 6.95e-7. */
    SKIN_AREA_RATIO("(15)", "skin cross-section over plate area, 2ξ0/r0", "1", "6.95e-7", Scope.PAPER),
    /** (17): δ v0 = 0.792e-12 E_acc. */
    SKIN_DEPTH_VELOCITY_PER_EACC("(17)", "skin depth × current velocity δ v0 = K/(n_e e), per E_acc", "(m²/s)/(V/m)",
            "0.792e-12", Scope.EVERY_CAVITY),
    /** §3.2: normal-conducting skin depth 5.6e-6 m. */
    NORMAL_SKIN_DEPTH("§3.2", "normal-conducting skin depth √(2/(μ0 ω σ_n))", "m", "5.6e-6", Scope.EVERY_CAVITY),
    /** (18): v0 = 0.198e-4 E_acc with δ = ξ0. */
    VELOCITY_PER_EACC("(18)", "current velocity v0 (δ = ξ0) per E_acc", "(m/s)/(V/m)", "0.198e-4",
            Scope.EVERY_CAVITY),
    /** (18): v0 = 990 m/s at 50 MV/m. */
    VELOCITY_AT_50("(18)", "current velocity v0 at E_acc = 50 MV/m", "m/s", "990", Scope.EVERY_CAVITY),
    /** (19): a0 = 2.42e-15 E_acc. */
    EXCURSION_PER_EACC("(19)", "excursion a0 = v0/ω per E_acc", "m/(V/m)", "2.42e-15", Scope.EVERY_CAVITY),
    /** (19): a0 = 121 nm at 50 MV/m. */
    EXCURSION_AT_50("(19)", "excursion a0 at E_acc = 50 MV/m", "m", "121e-9", Scope.EVERY_CAVITY),
    /** §3.3: a0/ξ0 at 10 MV/m, "about half". */
    EXCURSION_OVER_COHERENCE_AT_10("§3.3", "a0/ξ0 at E_acc = 10 MV/m (\"about half\")", "1", null,
            Scope.EVERY_CAVITY),
    /** §3.3: vortex entry at H_sp = H_c1 in the pillbox, 23.4 MV/m. */
    VORTEX_ENTRY_PILLBOX("§3.3", "E_acc at which H_sp reaches H_c1(0) = 1.43e5 A/m, pillbox", "V/m", "23.4e6",
            Scope.PILLBOX),
    /** Beyond the paper: vortex entry at H_c1(T), T the operating temperature (default 2 K). */
    VORTEX_ENTRY_AT_OPERATING_TEMPERATURE("H_c1(T)", "E_acc at which H_pk reaches H_c1(T) at the operating temperature", "V/m", null,
            Scope.EVERY_CAVITY),
    /** §1: TESLA E_acc/H_sp = 295 Ω (the paper's ref. [2]). */
    SPACE_IMPEDANCE_TESLA("§1", "space impedance E_acc/H_pk, TESLA cavity", "Ω", "295", Scope.TESLA),
    /** §3.3: vortex entry in the TESLA cavity, 42.1 MV/m. */
    VORTEX_ENTRY_TESLA("§3.3", "E_acc at which H_pk reaches H_c1(0), TESLA cavity", "V/m", "42.1e6", Scope.TESLA),
    /** (20): E_L = (Φ0/ξ0²) v0 = 2.56e-5 E_acc. */
    LORENTZ_FIELD_PER_EACC("(20)", "vortex Lorentz field E_L = (Φ0/ξ0²) v0 per E_acc", "(V/m)/(V/m)", "2.56e-5",
            Scope.EVERY_CAVITY),
    /** (21): ½ σ E_L² = 4.06e-5 E_acc². */
    HEATING_PER_EACC_SQUARED("(21)", "heating density ½ σ_n E_L² per E_acc²", "(W/m³)/(V/m)²", "4.06e-5",
            Scope.EVERY_CAVITY),
    /** §3.4: ρ c = 2.31e6 J/(m³ K). */
    ROOM_TEMPERATURE_HEAT_CAPACITY("§3.4", "heat capacity per volume ρ c at room temperature", "J/(m³ K)", "2.31e6",
            Scope.PAPER),
    /** §3.4: 1750 K/s at 10 MV/m. */
    HEATING_RATE_ROOM_AT_10("§3.4", "temperature rise rate at 10 MV/m with room-temperature ρ c", "K/s", "1750",
            Scope.EVERY_CAVITY),
    /** Beyond the paper: Debye heat capacity at the operating temperature. */
    DEBYE_HEAT_CAPACITY("Debye", "lattice heat capacity (12π⁴/5) n k_B (T/T_D)³ at the operating temperature", "J/(m³ K)", null,
            Scope.PAPER),
    /** Beyond the paper: temperature rise rate at the operating temperature. */
    HEATING_RATE_DEBYE_AT_10("Debye", "temperature rise rate at 10 MV/m with the Debye heat capacity at T", "K/s",
            null, Scope.EVERY_CAVITY),
    /** Beyond the paper: how many times faster it heats at T than with room-temperature ρ c. */
    HEATING_SPEEDUP("Debye", "heating speed-up ρ c (room) / C(T)", "1", null, Scope.PAPER),
    /** (6): I = ω q, checked along the wall. */
    CONTINUITY_MISMATCH("(6)", "largest |2π r K − ω q| along the wall over the largest 2π r K", "1", null,
            Scope.EVERY_CAVITY);

    /** Which cavities a quantity is defined for besides the paper's model. */
    public enum Scope {
        /** The paper's model only (material constants, model-specific ratios). */
        PAPER,
        /** The paper's model and pillboxes. */
        PILLBOX,
        /** The paper's model (from its printed TESLA impedance) and the TESLA cavity. */
        TESLA,
        /** The paper's model and any cavity's wall fields. */
        EVERY_CAVITY
    }

    private final String equation;
    private final String description;
    private final String unit;
    private final String printed;
    private final Scope scope;

    PaperQuantity(String equation, String description, String unit, String printed, Scope scope) {
        this.equation = equation;
        this.description = description;
        this.unit = unit;
        this.printed = printed;
        this.scope = scope;
    }

    /** Equation number or section of the paper, e.g. "(17)" or "§3.3". */
    public String equation() {
        return equation;
    }

    /** What the quantity is. */
    public String description() {
        return description;
    }

    /** SI unit, "1" for a number. */
    public String unit() {
        return unit;
    }

    /** The value as the paper prints it (in the unit above), e.g. "0.62309e-12"; empty when it prints none. */
    public Optional<String> printedText() {
        return Optional.ofNullable(printed);
    }

    /** The printed value, exactly as a decimal. */
    public Optional<BigDecimal> printed() {
        return printedText().map(BigDecimal::new);
    }

    /** Which cavities it is defined for. */
    public Scope scope() {
        return scope;
    }
}
