package org.cavityfem.casefile;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.cavityfem.mesh.build.BeamPipe;
import org.cavityfem.mesh.build.EllipticalCavity;
import org.cavityfem.mesh.build.EllipticalHalfCell;
import org.cavityfem.mesh.build.HalfCellException;
import org.cavityfem.mesh.geometry.BoundaryKind;
import org.cavityfem.units.Units;
import org.cavityfem.units.Units.Dimension;

/**
 * Reads and writes a {@code "type": "elliptical"} geometry. Each half-cell is built as it is read, so that a
 * half-cell without a valid wall (no common tangent, a wall folding back over a plane) is reported
 * at the parameter to change, e.g. {@code geometry.leftEndCell.L}.
 */
final class EllipticalFormat implements GeometryFormat<EllipticalGeometry> {

    private static final List<String> END_PLANES = List.of("metal", "electric", "magnetic");
    private static final List<String> MID_PLANES = List.of("none", "electric", "magnetic");
    private static final String HALF_CELL_EXAMPLE = "{\"Req\": \"103.3 mm\", \"Ri\": \"35 mm\", \"A\": \"42 mm\", "
            + "\"B\": \"42 mm\", \"a\": \"12 mm\", \"b\": \"19 mm\", \"L\": \"57.7 mm\"}";

    @Override
    public String type() {
        return EllipticalGeometry.TYPE;
    }

    @Override
    public Class<EllipticalGeometry> kind() {
        return EllipticalGeometry.class;
    }

    @Override
    public EllipticalGeometry read(Section g) {
        g.allowOnly("an elliptical geometry", "type", "cells", "midCell", "leftEndCell", "rightEndCell", "beamPipe",
                "leftBeamPipe", "rightBeamPipe", "endPlanes", "midPlane");
        if (!g.has("cells")) {
            g.required("cells", "9");
        }
        int cells = g.integer("cells", 1, EllipticalCavity.MAX_CELLS, 1);
        EllipticalHalfCell mid = halfCell(g.object("midCell", HALF_CELL_EXAMPLE));
        Optional<EllipticalHalfCell> leftGiven = g.optionalObject("leftEndCell").map(EllipticalFormat::halfCell);
        Optional<EllipticalHalfCell> rightGiven = g.optionalObject("rightEndCell").map(EllipticalFormat::halfCell);
        EllipticalHalfCell left = leftGiven.orElse(mid);
        EllipticalHalfCell right = rightGiven.orElse(mid);
        Optional<BeamPipe> pipe = g.optionalObject("beamPipe").map(EllipticalFormat::pipe);
        for (String side : List.of("leftBeamPipe", "rightBeamPipe")) {
            if (pipe.isPresent() && g.has(side)) {
                throw g.error(side, "beamPipe already puts the same pipe on both ends; give either beamPipe, or "
                        + "leftBeamPipe and/or rightBeamPipe for different pipes or a pipe on one end only");
            }
        }
        Optional<BeamPipe> leftPipe = pipe.isPresent() ? pipe
                : g.optionalObject("leftBeamPipe").map(EllipticalFormat::pipe);
        Optional<BeamPipe> rightPipe = pipe.isPresent() ? pipe
                : g.optionalObject("rightBeamPipe").map(EllipticalFormat::pipe);
        BoundaryKind ends = kind(Keys.choice(g, "endPlanes", g.optionalString("endPlanes").orElse("metal"),
                END_PLANES));
        String midPlane = Keys.choice(g, "midPlane", g.optionalString("midPlane").orElse("none"), MID_PLANES);
        Optional<BoundaryKind> mirror = midPlane.equals("none") ? Optional.empty() : Optional.of(kind(midPlane));
        if (mirror.isPresent() && !leftPipe.equals(rightPipe)) {
            throw g.error("midPlane", "a half model by the mid-plane needs a mirror-symmetric cavity, but the left "
                    + "and right beam pipes differ; give one beamPipe or set \"midPlane\": \"none\"");
        }
        if (mirror.isPresent() && !left.equals(right)) {
            throw g.error("midPlane", "a half model by the mid-plane needs a mirror-symmetric cavity, but "
                    + "leftEndCell and rightEndCell differ; make them equal or set \"midPlane\": \"none\"");
        }
        for (String side : List.of("leftEndCell", "rightEndCell")) {
            EllipticalHalfCell end = side.equals("leftEndCell") ? left : right;
            if (cells > 1 && end.equatorRadius() != mid.equatorRadius()) {
                Section at = g.has(side) ? g.optionalObject(side).orElseThrow() : g;
                throw at.error(g.has(side) ? "Req" : side, "the end half-cell meets a mid half-cell at the equator "
                        + "of its cell, so its Req must equal midCell.Req (" + Units.formatForMessage(
                                mid.equatorRadius(), Units.Dimension.LENGTH) + ")");
            }
        }
        if (cells == 1 && left.equatorRadius() != right.equatorRadius()) {
            Section at = g.has("rightEndCell") ? g.optionalObject("rightEndCell").orElseThrow() : g;
            throw at.error("Req", "the two halves of a single cell meet at its equator, so leftEndCell.Req and "
                    + "rightEndCell.Req must be equal");
        }
        return new EllipticalGeometry(cells, mid, leftGiven, rightGiven, leftPipe, rightPipe, ends, mirror);
    }

    private static BeamPipe pipe(Section p) {
        p.allowOnly("a beam pipe", "radius", "length");
        return new BeamPipe(p.positiveLength("radius"), p.positiveLength("length"));
    }

    @Override
    public void write(EllipticalGeometry g, ObjectNode out) {
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
        if (g.beamPipe().isPresent()) {
            writePipe(out, "beamPipe", g.beamPipe().get());
        } else {
            g.leftPipe().ifPresent(pipe -> writePipe(out, "leftBeamPipe", pipe));
            g.rightPipe().ifPresent(pipe -> writePipe(out, "rightBeamPipe", pipe));
        }
        out.put("endPlanes", g.endPlanes().key());
        out.put("midPlane", g.midPlane().map(k -> k.key()).orElse("none"));
    }

    private static EllipticalHalfCell halfCell(Section c) {
        c.allowOnly("an elliptical half-cell", EllipticalHalfCell.PARAMETER_NAMES);
        double[] v = new double[EllipticalHalfCell.PARAMETER_NAMES.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = c.positiveLength(EllipticalHalfCell.PARAMETER_NAMES[i]);
        }
        try {
            EllipticalHalfCell cell = new EllipticalHalfCell(v[0], v[1], v[2], v[3], v[4], v[5], v[6]);
            cell.profile();
            return cell;
        } catch (HalfCellException e) {
            throw c.error(e.parameter(), e.getMessage());
        }
    }

    private static BoundaryKind kind(String key) {
        return BoundaryKind.valueOf(key.toUpperCase(java.util.Locale.ROOT));
    }

    private static void writePipe(ObjectNode out, String key, BeamPipe pipe) {
        ObjectNode bp = out.putObject(key);
        bp.put("radius", Units.format(pipe.radius(), Dimension.LENGTH));
        bp.put("length", Units.format(pipe.length(), Dimension.LENGTH));
    }
}
