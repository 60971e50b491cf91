package org.cavityfem.paper.model;

import java.util.Objects;

/**
 * One quantity of the paper: its printed value beside the value recomputed from the paper's own
 * equations, and a note on any difference.
 *
 * @param quantity which quantity (equation, description, unit, printed value)
 * @param recomputed the value from the paper's equations, in {@link PaperQuantity#unit()}; NaN when the
 *     model does not define it
 * @param agreement how the two compare at the printed digits
 * @param note which inputs and which ω0 the value uses, and why it differs when it does
 */
public record PaperRow(PaperQuantity quantity, double recomputed, Agreement agreement, String note) {

    public PaperRow {
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(note, "note");
    }

    /** A row judged against the quantity's printed value. */
    public static PaperRow of(PaperQuantity quantity, double recomputed, String note) {
        Agreement agreement = quantity.printed().map(p -> Agreement.of(p, recomputed)).orElse(Agreement.NOT_PRINTED);
        return new PaperRow(quantity, recomputed, agreement, note);
    }
}
