package org.cavityfem.paper.model;

import java.util.List;
import java.util.Objects;

/**
 * One line of the comparison: the printed value, the paper's model recomputed, and the same quantity
 * from each cavity's fields (NaN where it does not apply).
 *
 * @param paper the printed and recomputed values with the note on the paper's own consistency
 * @param cavities one value per cavity column, in the columns' order, in {@link PaperQuantity#unit()}
 * @param note why the cavities' values differ from the paper's model
 */
public record ComparisonRow(PaperRow paper, List<Double> cavities, String note) {

    public ComparisonRow {
        Objects.requireNonNull(paper, "paper");
        cavities = List.copyOf(cavities);
        Objects.requireNonNull(note, "note");
    }

    /** The quantity. */
    public PaperQuantity quantity() {
        return paper.quantity();
    }
}
