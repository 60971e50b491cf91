package org.cavityfem.casefile;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Optional;
import org.cavityfem.casefile.PillboxGeometry.BeamPipe;
import org.cavityfem.units.Units;
import org.cavityfem.units.Units.Dimension;

/** Reads and writes a {@code "type": "pillbox"} geometry. */
final class PillboxFormat implements GeometryFormat<PillboxGeometry> {

    @Override
    public String type() {
        return PillboxGeometry.TYPE;
    }

    @Override
    public Class<PillboxGeometry> kind() {
        return PillboxGeometry.class;
    }

    @Override
    public PillboxGeometry read(Section g) {
        g.allowOnly("a pillbox geometry", "type", "radius", "gap", "beamPipe");
        double radius = g.positiveLength("radius");
        double gap = g.positiveLength("gap");
        Optional<BeamPipe> pipe = g.optionalObject("beamPipe").map(p -> {
            p.allowOnly("a beam pipe", "radius", "length", "blendRadius");
            double pipeRadius = p.positiveLength("radius");
            if (!(pipeRadius < radius)) {
                throw p.error("radius", String.format(Locale.ROOT,
                        "the beam pipe radius (%s) must be smaller than the pillbox radius (%s)",
                        Units.formatForMessage(pipeRadius, Units.Dimension.LENGTH),
                        Units.formatForMessage(radius, Units.Dimension.LENGTH)));
            }
            double length = p.positiveLength("length");
            double blend = p.has("blendRadius") ? p.positiveLength("blendRadius") : 0;
            if (blend > 0 && !(blend < length && blend < radius - pipeRadius)) {
                throw p.error("blendRadius", String.format(Locale.ROOT, "the blend radius must be smaller than the "
                        + "pipe length (%s) and the end plate's height, radius - pipe radius (%s)",
                        Units.formatForMessage(length, Units.Dimension.LENGTH),
                        Units.formatForMessage(radius - pipeRadius, Units.Dimension.LENGTH)));
            }
            return new BeamPipe(pipeRadius, length, blend);
        });
        return new PillboxGeometry(radius, gap, pipe);
    }

    @Override
    public void write(PillboxGeometry p, ObjectNode out) {
        out.put("radius", Units.format(p.radius(), Dimension.LENGTH));
        out.put("gap", Units.format(p.gap(), Dimension.LENGTH));
        p.beamPipe().ifPresent(pipe -> {
            ObjectNode bp = out.putObject("beamPipe");
            bp.put("radius", Units.format(pipe.radius(), Dimension.LENGTH));
            bp.put("length", Units.format(pipe.length(), Dimension.LENGTH));
            if (pipe.blendRadius() > 0) {
                bp.put("blendRadius", Units.format(pipe.blendRadius(), Dimension.LENGTH));
            }
        });
    }
}
