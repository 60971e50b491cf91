package org.cavityfem.casefile;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.cavityfem.units.Units;
import org.cavityfem.units.Units.Dimension;

/** Reads and writes a {@code "type": "sphere"} geometry. */
final class SphereFormat implements GeometryFormat<SphereGeometry> {

    @Override
    public String type() {
        return SphereGeometry.TYPE;
    }

    @Override
    public Class<SphereGeometry> kind() {
        return SphereGeometry.class;
    }

    @Override
    public SphereGeometry read(Section g) {
        g.allowOnly("a sphere geometry", "type", "radius");
        return new SphereGeometry(g.positiveLength("radius"));
    }

    @Override
    public void write(SphereGeometry s, ObjectNode out) {
        out.put("radius", Units.format(s.radius(), Dimension.LENGTH));
    }
}
