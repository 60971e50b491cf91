package org.cavityfem.paper.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The paper's printed values, its model recomputed, and the same quantities from the wall fields of
 * real cavities (the exact pillbox, finite-element pillbox and TESLA cavity), with a note per row on
 * why they differ.
 */
public final class PaperComparison {

    private final PaperTable paper;
    private final List<CavityColumn> columns;
    private final List<ComparisonRow> rows = new ArrayList<>();

    private PaperComparison(PaperTable paper, List<CavityColumn> columns) {
        this.paper = paper;
        this.columns = List.copyOf(columns);
        for (PaperRow row : paper.rows()) {
            List<Double> values = new ArrayList<>();
            for (CavityColumn c : this.columns) {
                values.add(c.value(row.quantity()));
            }
            rows.add(new ComparisonRow(row, values, cavityNote(row, values)));
        }
    }

    /**
     * Compares the paper with cavity columns.
     *
     * @param paper the paper's table
     * @param columns the cavities, in display order
     */
    public static PaperComparison of(PaperTable paper, List<CavityColumn> columns) {
        return new PaperComparison(Objects.requireNonNull(paper, "paper"), columns);
    }

    /** The paper's table. */
    public PaperTable paper() {
        return paper;
    }

    /** The cavity columns. */
    public List<CavityColumn> columns() {
        return columns;
    }

    /** The rows, in the paper's order. */
    public List<ComparisonRow> rows() {
        return List.copyOf(rows);
    }

    /** Why the cavity columns differ from the model, with the ratio of the first cavity value to the model. */
    private String cavityNote(PaperRow row, List<Double> values) {
        double first = values.stream().filter(Double::isFinite).findFirst().orElse(Double.NaN);
        if (!Double.isFinite(first)) {
            return "";
        }
        String why = switch (row.quantity()) {
            case CENTRE_FIELD_COEFFICIENT, PLATE_CHARGE_PER_EACC, ELECTRONS_PER_COHERENCE_AREA_PER_EACC,
                    ELECTRONS_PER_COHERENCE_AREA_AT_50 ->
                    "cavities: the field at the plate is D/ε0 and E_c = D0/ε0, so the Coulomb integral (4) "
                            + "underestimates E_c per charge and (5) overestimates q0";
            case PEAK_FIELD_RADIUS -> "cavities: J1(kr) peaks at 0.7656 r0; the linear charge profile at 0.75 r0";
            case MODE_FREQUENCY -> "cavities: their own TM010 frequency";
            case IMPEDANCE_COEFFICIENT, SPACE_IMPEDANCE_OVER_ETA, SPACE_IMPEDANCE, VORTEX_ENTRY_PILLBOX,
                    VORTEX_ENTRY_AT_OPERATING_TEMPERATURE ->
                    "cavities: H_pk from the true current, at the mode's own ω; the model's q0 is too large";
            case SKIN_DEPTH_VELOCITY_PER_EACC, VELOCITY_PER_EACC, VELOCITY_AT_50, EXCURSION_PER_EACC, EXCURSION_AT_50,
                    EXCURSION_OVER_COHERENCE_AT_10, LORENTZ_FIELD_PER_EACC, HEATING_PER_EACC_SQUARED,
                    HEATING_RATE_ROOM_AT_10, HEATING_RATE_DEBYE_AT_10 ->
                    "cavities: from the peak surface current H_pk (the paper: the side-wall current I0/(2π r0))";
            case NORMAL_SKIN_DEPTH -> "cavities: at their own frequency";
            case SPACE_IMPEDANCE_TESLA, VORTEX_ENTRY_TESLA -> "TESLA: π-mode of the periodic mid-cell (flat field), "
                    + "E_acc = V_acc/(cell length); ref. [2]'s 4.26 mT/(MV/m) is for the whole 9-cell cavity";
            case CONTINUITY_MISMATCH -> "cavities: q(s) = ∫2πrσ ds (piecewise-quadratic along the wall samples) "
                    + "against I = 2πrK. Exact pillbox: σ and K are independent Bessel expressions, so this checks (6) "
                    + "itself; FEM: σ comes from d(rH)/ds on the wall, so it checks only the integration of q (the "
                    + "figures of merit's charge-current check, with I from Faraday's law, measures the FEM error)";
            default -> "";
        };
        if (!Double.isFinite(row.recomputed()) || row.recomputed() == 0) {
            return why;
        }
        return String.format(Locale.ROOT, "%s; %s/model = %.4g", why, firstTitle(values), first / row.recomputed());
    }

    private String firstTitle(List<Double> values) {
        for (int i = 0; i < values.size(); i++) {
            if (Double.isFinite(values.get(i))) {
                return columns.get(i).title();
            }
        }
        return "";
    }
}
