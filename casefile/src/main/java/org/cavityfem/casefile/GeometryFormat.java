package org.cavityfem.casefile;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The reader and writer of one {@code geometry.type}: reads the {@code geometry} section strictly
 * (every key known, every value checked) and writes the geometry back, every key present, lengths
 * in metres, so that reading the output gives an equal geometry.
 *
 * @param <G> the geometry kind
 */
interface GeometryFormat<G extends Geometry> {

    /** The value of {@code geometry.type}. */
    String type();

    /** The record of this kind. */
    Class<G> kind();

    /**
     * Reads the section (its {@code type} already checked).
     *
     * @throws CaseException naming the key at fault
     */
    G read(Section g);

    /** Adds the keys of {@code g} after {@code type} to {@code out}. */
    void write(G g, ObjectNode out);
}
