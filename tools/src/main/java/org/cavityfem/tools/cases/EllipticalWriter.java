package org.cavityfem.tools.cases;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.cavityfem.mesh.build.EllipticalHalfCell;
import org.cavityfem.tools.cases.Units.Dimension;

/** Writes an elliptical geometry back as case-file JSON, every key present, lengths in metres. */
final class EllipticalWriter {

    private EllipticalWriter() {
    }

    /** Adds the keys of {@code g} (after {@code type}) to {@code out}. */
    static void write(EllipticalGeometry g, ObjectNode out) {
        out.put("cells", g.cells());
        for (String key : EllipticalGeometry.HALF_CELLS) {
            if (key.equals("leftEndCell") && g.leftEndCell().isEmpty()
                    || key.equals("rightEndCell") && g.rightEndCell().isEmpty()) {
                continue; // a mid half-cell: written once, under midCell
            }
            ObjectNode cell = out.putObject(key);
            EllipticalHalfCell half = g.halfCell(key);
            for (String p : EllipticalHalfCell.PARAMETER_NAMES) {
                cell.put(p, Units.format(half.parameter(p), Dimension.LENGTH));
            }
        }
        g.beamPipe().ifPresent(pipe -> {
            ObjectNode bp = out.putObject("beamPipe");
            bp.put("radius", Units.format(pipe.radius(), Dimension.LENGTH));
            bp.put("length", Units.format(pipe.length(), Dimension.LENGTH));
        });
        out.put("endPlanes", g.endPlanes().key());
        out.put("midPlane", g.midPlane().map(k -> k.key()).orElse("none"));
    }
}
