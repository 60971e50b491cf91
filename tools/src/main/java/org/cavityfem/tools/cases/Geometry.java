package org.cavityfem.tools.cases;

/** The cavity cross-section a case describes: a preset with a few dimensions, or a general contour. */
public sealed interface Geometry permits PillboxGeometry, SphereGeometry, ContourGeometry, EllipticalGeometry {

    /** Case-file spelling of the kind, the value of {@code geometry.type}. */
    String type();
}
