package org.cavityfem.tools.output;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.cavityfem.mesh.build.EllipticalHalfCell;
import org.cavityfem.tools.cases.EllipticalGeometry;

/** The {@code elliptical} section of summary.json: the cell chain and each half-cell's wall angle. */
public final class EllipticalJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private EllipticalJson() {
    }

    /** The section. */
    public static ObjectNode section(EllipticalGeometry g) {
        ObjectNode out = NODES.objectNode();
        out.put("cells", g.cellCount());
        out.put("cellsLength_m", g.cavity().cellsLength());
        ObjectNode angles = out.putObject("wallAngle_deg");
        for (String key : EllipticalGeometry.HALF_CELLS) {
            EllipticalHalfCell half = g.halfCell(key);
            angles.put(key, half.wallAngleDeg());
        }
        out.put("wallAngleDefinition", "angle between the straight wall and the axis on the equator side: 90 for "
                + "a vertical wall, above 90 for a wall leaning towards the iris, below 90 for a re-entrant cell");
        return out;
    }
}
