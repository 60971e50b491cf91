package org.cavityfem.casefile;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.OptionalDouble;
import org.cavityfem.mesh.geometry.Contour;

/**
 * Fills in the defaults that depend on the geometry, giving the case exactly as it is computed:
 * the element size (a fraction of the cavity size), the active length ({@link ActiveLength}) and,
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
}
