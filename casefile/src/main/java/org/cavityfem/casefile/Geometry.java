package org.cavityfem.casefile;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.cavityfem.mesh.geometry.Contour;
import org.cavityfem.mesh.geometry.InvalidGeometryException;

/**
 * The cavity cross-section a case describes: a preset with a few dimensions, or a general contour.
 * Each kind carries what differs between kinds (its contour, the default active length, its cell
 * chain if it has a passband, the parameters {@code cavity tune} moves and the block it adds to
 * summary.json), so that nothing else tells the kinds apart. A new kind is one record here, its
 * builder in {@code mesh.build} and its reader/writer in {@link GeometryFormats}.
 */
public sealed interface Geometry permits PillboxGeometry, SphereGeometry, ContourGeometry, EllipticalGeometry {

    /** Case-file spelling of the kind, the value of {@code geometry.type}. */
    String type();

    /**
     * The wall contour in the (z, r) half-plane, validated.
     *
     * @throws InvalidGeometryException when the dimensions do not give a valid contour
     */
    Contour contour();

    /**
     * The default active length L_active (m) that E_acc = V_acc / L_active is averaged over, or
     * empty when it depends on the modes' frequency ({@link #activeLengthAt}).
     *
     * @param contour this geometry's contour
     */
    OptionalDouble defaultActiveLength(Contour contour);

    /**
     * The active length for a reference frequency f (m) of a geometry whose default depends on it
     * (N cells: N·c/(2f)); empty for the others, whose default is fixed.
     *
     * @param frequency the frequency that sets λ (Hz)
     */
    default OptionalDouble activeLengthAt(double frequency) {
        return OptionalDouble.empty();
    }

    /**
     * The cells of the cavity along the axis, from the first to the last iris plane (m), what
     * {@code "voltageRange": "cells"} integrates over; empty for a geometry without cells.
     */
    default Optional<RfSpec.VoltageRange> cellsRange() {
        return Optional.empty();
    }

    /**
     * True when the accelerating voltage is integrated over the cells by default
     * ({@link #cellsRange()}) rather than the whole axis: a cavity of cells with beam pipes, whose
     * axis reaches beyond the cells.
     */
    default boolean voltageOverCells() {
        return false;
    }

    /** The chain of cells whose TM010 passband a run analyses; empty when the geometry has no passband. */
    default Optional<CellChain> cellChain() {
        return Optional.empty();
    }

    /** True when a run finds the TM010 passband of this geometry among its modes. */
    default boolean hasPassband() {
        return cellChain().isPresent();
    }

    /** Every parameter name {@link #withParameter} accepts ({@code cavity tune -p}); empty when none. */
    default List<String> parameterNames() {
        return List.of();
    }

    /**
     * Value of a named parameter (m).
     *
     * @throws IllegalArgumentException for a name not in {@link #parameterNames()}
     */
    default double parameter(String name) {
        throw new IllegalArgumentException("a " + type() + " geometry has no tunable parameter \"" + name + "\"");
    }

    /**
     * A copy with one named parameter set to {@code value} (m).
     *
     * @throws IllegalArgumentException for a name not in {@link #parameterNames()}, or an
     *     {@link InvalidGeometryException} when the geometry cannot take the value
     */
    default Geometry withParameter(String name, double value) {
        throw new IllegalArgumentException("a " + type() + " geometry has no tunable parameter \"" + name + "\"");
    }

    /**
     * This geometry as it is computed on its contour: a general contour takes the boundary kinds its
     * contour gave the segments (segments on r = 0 become the axis); the presets are unchanged.
     *
     * @param contour this geometry's contour
     */
    default Geometry resolved(Contour contour) {
        return this;
    }

    /** The block this kind adds to summary.json, if any. */
    default Optional<SummaryBlock> summaryBlock() {
        return Optional.empty();
    }
}
