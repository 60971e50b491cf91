package org.cavityfem.casefile;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.cavityfem.mesh.geometry.BoundaryKind;
import org.cavityfem.mesh.geometry.Contour;
import org.cavityfem.mesh.geometry.ContourSegment;
import org.cavityfem.mesh.geometry.Point;
import org.cavityfem.units.Units;
import org.cavityfem.units.Units.Dimension;

/**
 * Fills in the defaults that depend on the geometry, giving the case exactly as it is computed:
 * the element size (a fraction of the cavity size), the active length ({@link ActiveLength}), where
 * the voltage is integrated (the cells of an elliptical cavity with pipes, the whole axis otherwise) and,
 * for a general contour, the boundary kind each segment ends up with (segments on r = 0 become the
 * axis).
 */
public final class CaseResolver {

    private CaseResolver() {
    }

    /**
     * The resolved case.
     *
     * @param definition the case as read
     * @param contour its validated contour
     */
    public static CaseDefinition resolve(CaseDefinition definition, Contour contour) {
        CaseDefinition resolved = definition;
        if (definition.mesh().elementSize().isEmpty()) {
            resolved = resolved.withMesh(definition.mesh().withElementSize(defaultElementSize(contour)));
        }
        if (definition.rf().activeLength().isEmpty()) {
            OptionalDouble length = ActiveLength.defaultFor(definition.geometry(), contour);
            if (length.isPresent()) {
                resolved = resolved.withRf(definition.rf().withActiveLength(length.getAsDouble()));
            }
        }
        if (definition.rf().span() == RfSpec.Span.DEFAULT && definition.geometry().voltageOverCells()) {
            // Written as "cells" into the resolved case: the range follows the cells when they are tuned.
            resolved = resolved.withRf(resolved.rf().withSpan(RfSpec.Span.CELLS));
        }
        return resolved.withGeometry(definition.geometry().resolved(contour));
    }

    /**
     * Default element size (m): {@link MeshSpec#DEFAULT_SIZE_FRACTION} of the larger side of the
     * contour's bounding box, rounded to three significant digits so the resolved file reads well.
     */
    public static double defaultElementSize(Contour contour) {
        double size = contour.boundingSize() * MeshSpec.DEFAULT_SIZE_FRACTION;
        return new BigDecimal(size).round(new MathContext(3)).doubleValue();
    }

    /**
     * Checks what can be judged only against the contour: a voltage range must meet the axis (the
     * accelerating voltage is integrated along it).
     *
     * @throws CaseException located at the offending key
     */
    public static void checkAgainst(CaseFile caseFile, Contour contour) {
        RfSpec rf = caseFile.definition().rf();
        if (rf.span() == RfSpec.Span.CELLS && caseFile.definition().geometry().cellsRange().isEmpty()) {
            String key = "rf.voltageRange";
            throw new CaseException(caseFile.file(), key, caseFile.document().valueLocation(key),
                    "\"cells\" needs a cavity of cells (geometry type elliptical); give \"axis\" or a range "
                            + "{\"from\": ..., \"to\": ...}");
        }
        Optional<RfSpec.VoltageRange> range = rf.voltageRange();
        if (range.isEmpty()) {
            return;
        }
        double zMin = Double.POSITIVE_INFINITY;
        double zMax = Double.NEGATIVE_INFINITY;
        for (ContourSegment segment : contour.segments()) {
            if (segment.kind() == BoundaryKind.AXIS) {
                for (Point end : List.of(segment.shape().start(), segment.shape().end())) {
                    zMin = Math.min(zMin, end.z());
                    zMax = Math.max(zMax, end.z());
                }
            }
        }
        String where = "rf.voltageRange";
        if (zMin > zMax) {
            throw new CaseException(caseFile.file(), where, caseFile.document().valueLocation(where),
                    "the contour does not reach the axis, so there is no accelerating voltage to integrate; "
                            + "remove voltageRange");
        }
        RfSpec.VoltageRange r = range.get();
        if (r.to() <= zMin || r.from() >= zMax) {
            throw new CaseException(caseFile.file(), where, caseFile.document().valueLocation(where),
                    String.format(Locale.ROOT, "the voltage range (z from %s to %s) lies outside the cavity's axis "
                            + "(z from %s to %s); give a range that overlaps it",
                            Units.formatForMessage(r.from(), Dimension.LENGTH),
                            Units.formatForMessage(r.to(), Dimension.LENGTH),
                            Units.formatForMessage(zMin, Dimension.LENGTH),
                            Units.formatForMessage(zMax, Dimension.LENGTH)));
        }
    }
}
