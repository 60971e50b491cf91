package org.cavityfem.casefile;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.cavityfem.casefile.WallSegment.ArcTo;
import org.cavityfem.casefile.WallSegment.EllipticArcTo;
import org.cavityfem.mesh.geometry.Point;
import org.cavityfem.units.Units;
import org.cavityfem.units.Units.Dimension;

/** Reads ({@link ContourReader}) and writes a {@code "type": "contour"} geometry. */
final class ContourFormat implements GeometryFormat<ContourGeometry> {

    @Override
    public String type() {
        return ContourGeometry.TYPE;
    }

    @Override
    public Class<ContourGeometry> kind() {
        return ContourGeometry.class;
    }

    @Override
    public ContourGeometry read(Section g) {
        g.allowOnly("a contour geometry", "type", "start", "segments");
        return ContourReader.contour(g);
    }

    @Override
    public void write(ContourGeometry c, ObjectNode out) {
        out.set("start", point(out, c.start()));
        ArrayNode segments = out.putArray("segments");
        for (WallSegment s : c.segments()) {
            segments.add(segment(out, s));
        }
    }

    private static ObjectNode segment(ObjectNode parent, WallSegment s) {
        ObjectNode out = parent.objectNode();
        out.put("type", s.type());
        out.set("to", point(parent, s.to()));
        if (s instanceof ArcTo a) {
            out.set("center", point(parent, a.center()));
            out.put("direction", a.counterClockwise() ? "ccw" : "cw");
        } else if (s instanceof EllipticArcTo e) {
            out.set("center", point(parent, e.center()));
            out.put("semiAxisZ", Units.format(e.semiAxisZ(), Dimension.LENGTH));
            out.put("semiAxisR", Units.format(e.semiAxisR(), Dimension.LENGTH));
            out.put("direction", e.counterClockwise() ? "ccw" : "cw");
        }
        out.put("boundary", s.boundary().key());
        return out;
    }

    private static ObjectNode point(ObjectNode parent, Point p) {
        ObjectNode out = parent.objectNode();
        out.put("z", Units.format(p.z(), Dimension.LENGTH));
        out.put("r", Units.format(p.r(), Dimension.LENGTH));
        return out;
    }
}
