package org.cavityfem.mesh.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.cavityfem.mesh.geometry.BoundaryKind;
import org.cavityfem.mesh.geometry.Contour;
import org.cavityfem.mesh.geometry.ContourSegment;
import org.cavityfem.mesh.geometry.EllipticArc;
import org.cavityfem.mesh.geometry.InvalidGeometryException;
import org.cavityfem.mesh.geometry.Line;
import org.cavityfem.mesh.geometry.Point;
import org.cavityfem.mesh.geometry.Segment;

/**
 * A chain of N elliptical cells with optional beam pipes. Cell i (1-based, from the left) is a
 * left half-cell and a mirrored right half-cell meeting at its equator; every half is the mid
 * half-cell except the outer half of cell 1 (the left end half-cell) and of cell N (the right end
 * half-cell). The left iris plane of cell 1 is z = 0.
 *
 * <p>The ends are closed by planes of kind {@code endPlanes}: at the far end of each beam pipe,
 * or, without a pipe, at the end iris plane itself. A single cell without pipes closed by magnetic
 * planes is the π-mode cell of the infinite periodic chain (E_z reverses from cell to cell, so
 * every iris plane is a plane of antisymmetry of E_z, where tangential H vanishes); closed by
 * electric planes, the 0-mode cell (E_z repeats, tangential E vanishes there).
 *
 * <p>With a mid-plane kind, only the half of a mirror-symmetric cavity left of its mid-plane is
 * modelled, closed there by an electric plane (modes whose E_z is even about it, such as the
 * π-mode of an odd number of cells) or a magnetic plane (odd modes).
 *
 * <p>Wall segments are named for wall tables: {@code "cell 3 iris (left half)"},
 * {@code "cell 3 wall (right half)"}, {@code "left pipe"}, {@code "right pipe end"}, ...
 *
 * @param cells number of cells N, >= 1
 * @param midCell the inner half-cells
 * @param leftEndCell outer half of cell 1
 * @param rightEndCell outer half of cell N
 * @param leftPipe beam pipe on the left, if any
 * @param rightPipe beam pipe on the right, if any
 * @param endPlanes kind of the planes closing the two ends: metal, electric or magnetic
 * @param midPlane kind of the mid-plane for a half model, empty for the whole cavity
 */
public record EllipticalCavity(int cells, EllipticalHalfCell midCell, EllipticalHalfCell leftEndCell,
        EllipticalHalfCell rightEndCell, Optional<BeamPipe> leftPipe, Optional<BeamPipe> rightPipe,
        BoundaryKind endPlanes, Optional<BoundaryKind> midPlane) {

    /** Most cells a cavity may have. */
    public static final int MAX_CELLS = 50;

    public EllipticalCavity {
        Objects.requireNonNull(midCell, "midCell");
        Objects.requireNonNull(leftEndCell, "leftEndCell");
        Objects.requireNonNull(rightEndCell, "rightEndCell");
        Objects.requireNonNull(leftPipe, "leftPipe");
        Objects.requireNonNull(rightPipe, "rightPipe");
        Objects.requireNonNull(midPlane, "midPlane");
        if (cells < 1 || cells > MAX_CELLS) {
            throw new InvalidGeometryException("an elliptical cavity needs 1 to " + MAX_CELLS + " cells, got " + cells);
        }
        if (endPlanes == BoundaryKind.AXIS) {
            throw new InvalidGeometryException("the end planes of a cavity can be metal, electric or magnetic, not axis");
        }
        if (midPlane.isPresent() && midPlane.get() != BoundaryKind.ELECTRIC && midPlane.get() != BoundaryKind.MAGNETIC) {
            throw new InvalidGeometryException("a mid-plane is an electric or magnetic symmetry plane, got "
                    + midPlane.get().key());
        }
        if (midPlane.isPresent() && (!leftEndCell.equals(rightEndCell) || !leftPipe.equals(rightPipe))) {
            throw new InvalidGeometryException("a half model by the mid-plane needs a mirror-symmetric cavity: the "
                    + "left and right end half-cells and beam pipes must be equal");
        }
        for (int i = 1; i <= cells; i++) {
            EllipticalHalfCell left = half(i, true, cells, midCell, leftEndCell, rightEndCell);
            EllipticalHalfCell right = half(i, false, cells, midCell, leftEndCell, rightEndCell);
            if (left.equatorRadius() != right.equatorRadius()) {
                throw new InvalidGeometryException(String.format(Locale.ROOT,
                        "the two halves of cell %d meet at the equator with different radii: Req = %s (%s) and %s (%s); "
                                + "give both the same Req",
                        i, EllipticalHalfCell.mm(left.equatorRadius()), halfName(i, true, cells),
                        EllipticalHalfCell.mm(right.equatorRadius()), halfName(i, false, cells)));
            }
        }
    }

    /** A cavity of N cells with equal end half-cells and the same beam pipe on both sides, metal-closed. */
    public static EllipticalCavity withPipes(int cells, EllipticalHalfCell mid, EllipticalHalfCell end, BeamPipe pipe) {
        return new EllipticalCavity(cells, mid, end, end, Optional.of(pipe), Optional.of(pipe), BoundaryKind.METAL,
                Optional.empty());
    }

    /**
     * One cell of the infinite periodic chain of mid half-cells: magnetic iris planes give its
     * π-mode, electric ones its 0-mode.
     */
    public static EllipticalCavity periodicCell(EllipticalHalfCell mid, BoundaryKind irisPlanes) {
        return new EllipticalCavity(1, mid, mid, mid, Optional.empty(), Optional.empty(), irisPlanes, Optional.empty());
    }

    private static EllipticalHalfCell half(int cell, boolean leftHalf, int cells, EllipticalHalfCell mid,
            EllipticalHalfCell leftEnd, EllipticalHalfCell rightEnd) {
        if (leftHalf && cell == 1) {
            return leftEnd;
        }
        if (!leftHalf && cell == cells) {
            return rightEnd;
        }
        return mid;
    }

    private static String halfName(int cell, boolean leftHalf, int cells) {
        if (leftHalf && cell == 1) {
            return "left end half-cell";
        }
        return !leftHalf && cell == cells ? "right end half-cell" : "mid half-cell";
    }

    /** The half-cell forming the left (true) or right half of cell {@code cell} (1-based). */
    public EllipticalHalfCell halfCell(int cell, boolean leftHalf) {
        return half(cell, leftHalf, cells, midCell, leftEndCell, rightEndCell);
    }

    /** z of the N + 1 iris planes, left to right, of the whole cavity (m); the first is 0. */
    public double[] irisPlanes() {
        double[] z = new double[cells + 1];
        for (int i = 1; i <= cells; i++) {
            z[i] = z[i - 1] + halfCell(i, true).length() + halfCell(i, false).length();
        }
        return z;
    }

    /** z of the equator plane of cell {@code cell} (1-based) (m). */
    public double equatorPlane(int cell) {
        return irisPlanes()[cell - 1] + halfCell(cell, true).length();
    }

    /** Length of the cells from the first to the last iris plane, pipes excluded (m). */
    public double cellsLength() {
        return irisPlanes()[cells];
    }

    /** z of the mid-plane of the cell chain (m). */
    public double midPlaneZ() {
        return cellsLength() / 2;
    }

    /**
     * The wall contour.
     *
     * @throws InvalidGeometryException when a half-cell has no valid wall or the pieces cross
     */
    public Contour contour() {
        List<ContourSegment> wall = new ArrayList<>();
        double zLeft = 0;
        Point start;
        if (leftPipe.isPresent()) {
            BeamPipe p = leftPipe.get();
            double zEnd = zLeft - p.length();
            start = new Point(zEnd, 0);
            add(wall, new Line(start, new Point(zEnd, p.radius())), endPlanes, "left pipe end");
            add(wall, new Line(new Point(zEnd, p.radius()), new Point(zLeft, p.radius())), BoundaryKind.METAL,
                    "left pipe");
            step(wall, zLeft, p.radius(), leftEndCell.irisRadius(), "left pipe step");
        } else {
            start = new Point(zLeft, 0);
            add(wall, new Line(start, new Point(zLeft, leftEndCell.irisRadius())), endPlanes, "left iris plane");
        }
        double[] iris = irisPlanes();
        double zCut = midPlane.isPresent() ? midPlaneZ() : Double.POSITIVE_INFINITY;
        for (int i = 1; i <= cells; i++) {
            double zEquator = iris[i - 1] + halfCell(i, true).length();
            if (zEquator > zCut * (1 + 1e-12)) {
                break;
            }
            addHalf(wall, halfCell(i, true), iris[i - 1], false, "cell " + i, "left half");
            if (iris[i] > zCut * (1 + 1e-12)) {
                break;
            }
            addHalf(wall, halfCell(i, false), zEquator, true, "cell " + i, "right half");
        }
        Point end = wall.get(wall.size() - 1).shape().end();
        if (midPlane.isPresent()) {
            Point foot = new Point(end.z(), 0);
            add(wall, new Line(end, foot), midPlane.get(), "mid-plane");
            add(wall, new Line(foot, start), BoundaryKind.AXIS, "axis");
            return Contour.of(wall);
        }
        double zRight = iris[cells];
        if (rightPipe.isPresent()) {
            BeamPipe p = rightPipe.get();
            step(wall, zRight, rightEndCell.irisRadius(), p.radius(), "right pipe step");
            double zEnd = zRight + p.length();
            add(wall, new Line(new Point(zRight, p.radius()), new Point(zEnd, p.radius())), BoundaryKind.METAL,
                    "right pipe");
            add(wall, new Line(new Point(zEnd, p.radius()), new Point(zEnd, 0)), endPlanes, "right pipe end");
            add(wall, new Line(new Point(zEnd, 0), start), BoundaryKind.AXIS, "axis");
        } else {
            add(wall, new Line(new Point(zRight, rightEndCell.irisRadius()), new Point(zRight, 0)), endPlanes,
                    "right iris plane");
            add(wall, new Line(new Point(zRight, 0), start), BoundaryKind.AXIS, "axis");
        }
        return Contour.of(wall);
    }

    private static void step(List<ContourSegment> wall, double z, double fromR, double toR, String name) {
        if (fromR != toR) {
            add(wall, new Line(new Point(z, fromR), new Point(z, toR)), BoundaryKind.METAL, name);
        }
    }

    /**
     * Appends a half-cell's wall, left to right: iris at {@code z0} when not mirrored, equator at
     * {@code z0} and iris at z0 + L when mirrored.
     */
    private static void addHalf(List<ContourSegment> wall, EllipticalHalfCell half, double z0, boolean mirrored,
            String cell, String side) {
        EllipticalHalfCell.Profile p = half.profile();
        Segment[] pieces = {p.iris(), p.wall(), p.equator()};
        String[] names = {"iris", "wall", "equator"};
        if (!mirrored) {
            for (int k = 0; k < 3; k++) {
                add(wall, shifted(pieces[k], z0), BoundaryKind.METAL, cell + " " + names[k] + " (" + side + ")");
            }
        } else {
            double axis = z0 + half.length();
            for (int k = 2; k >= 0; k--) {
                add(wall, mirrored(pieces[k], axis).reversed(), BoundaryKind.METAL,
                        cell + " " + names[k] + " (" + side + ")");
            }
        }
    }

    private static Segment shifted(Segment s, double dz) {
        if (s instanceof EllipticArc e) {
            return new EllipticArc(e.center().plus(dz, 0), e.semiAxisZ(), e.semiAxisR(), e.startAngle(), e.sweep());
        }
        Line l = (Line) s;
        return new Line(l.from().plus(dz, 0), l.to().plus(dz, 0));
    }

    /** The image of a piece under z → zMirror − z. */
    private static Segment mirrored(Segment s, double zMirror) {
        if (s instanceof EllipticArc e) {
            return new EllipticArc(new Point(zMirror - e.center().z(), e.center().r()), e.semiAxisZ(), e.semiAxisR(),
                    Math.PI - e.startAngle(), -e.sweep());
        }
        Line l = (Line) s;
        return new Line(new Point(zMirror - l.from().z(), l.from().r()), new Point(zMirror - l.to().z(), l.to().r()));
    }

    private static void add(List<ContourSegment> wall, Segment shape, BoundaryKind kind, String name) {
        wall.add(new ContourSegment(shape, kind, name));
    }
}
