package org.cavityfem.casefile;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.cavityfem.analysis.passband.ActiveLength;
import org.cavityfem.mesh.build.BeamPipe;
import org.cavityfem.mesh.build.EllipticalCavity;
import org.cavityfem.mesh.build.EllipticalHalfCell;
import org.cavityfem.mesh.geometry.BoundaryKind;
import org.cavityfem.mesh.geometry.Contour;

/**
 * A chain of elliptical cells ({@link EllipticalCavity}): mid half-cells, distinct end half-cells,
 * optional beam pipes, end planes and an optional symmetry mid-plane.
 *
 * @param cells number of cells N
 * @param midCell the inner half-cells
 * @param leftEndCell outer half of cell 1; empty when it is a mid half-cell (and follows midCell when tuned)
 * @param rightEndCell outer half of cell N; empty when it is a mid half-cell
 * @param leftPipe the beam pipe on the left end (before cell 1), if any
 * @param rightPipe the beam pipe on the right end (after cell N), if any
 * @param endPlanes kind of the planes closing the ends (pipe ends, or end iris planes without pipes)
 * @param midPlane kind of the symmetry plane of a half model, empty for the whole cavity
 */
public record EllipticalGeometry(int cells, EllipticalHalfCell midCell, Optional<EllipticalHalfCell> leftEndCell,
        Optional<EllipticalHalfCell> rightEndCell, Optional<BeamPipe> leftPipe, Optional<BeamPipe> rightPipe,
        BoundaryKind endPlanes, Optional<BoundaryKind> midPlane) implements Geometry {

    /** Case-file type name. */
    public static final String TYPE = "elliptical";

    /** Case-file keys of the three half-cells, in file order. */
    public static final List<String> HALF_CELLS = List.of("midCell", "leftEndCell", "rightEndCell");

    /** Tuning name of both end half-cells at once: {@code endCells.L} sets L of both. */
    public static final String BOTH_ENDS = "endCells";

    /**
     * Every name {@link #withParameter} accepts, e.g. {@code midCell.Req}, {@code endCells.L}
     * ({@code midCell.Req} moves every equator; the end half-cells' Req cannot move alone).
     */
    public static final List<String> PARAMETER_NAMES = names();

    public EllipticalGeometry {
        Objects.requireNonNull(midCell, "midCell");
        Objects.requireNonNull(leftEndCell, "leftEndCell");
        Objects.requireNonNull(rightEndCell, "rightEndCell");
        Objects.requireNonNull(leftPipe, "leftPipe");
        Objects.requireNonNull(rightPipe, "rightPipe");
        Objects.requireNonNull(endPlanes, "endPlanes");
        Objects.requireNonNull(midPlane, "midPlane");
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Contour contour() {
        return cavity().contour();
    }

    /** None: N λ/2 of the π-mode, known only once the modes are ({@link #activeLengthAt}). */
    @Override
    public OptionalDouble defaultActiveLength(Contour contour) {
        return OptionalDouble.empty();
    }

    /** N λ/2 = N c / (2 f) with f the π-mode's frequency (or the mode's own when no passband was found). */
    @Override
    public OptionalDouble activeLengthAt(double frequency) {
        return OptionalDouble.of(ActiveLength.ofCells(cellCount(), frequency));
    }

    /** From the first to the last iris plane (a half model's range reaches past its mid-plane). */
    @Override
    public Optional<RfSpec.VoltageRange> cellsRange() {
        double[] irises = cavity().irisPlanes();
        return Optional.of(new RfSpec.VoltageRange(irises[0], irises[irises.length - 1]));
    }

    /**
     * True with a beam pipe on either end: R/Q, E_acc and the ratios over E_acc then take the voltage
     * of the cells, iris to iris, as published multi-cell figures do (docs/design.md §2.7).
     */
    @Override
    public boolean voltageOverCells() {
        return leftPipe.isPresent() || rightPipe.isPresent();
    }

    /** The chain of a whole cavity of two or more cells; none for one cell or a half model by the mid-plane. */
    @Override
    public Optional<CellChain> cellChain() {
        if (cells < 2 || midPlane.isPresent()) {
            return Optional.empty();
        }
        return Optional.of(new CellChain(cells, cavity().irisPlanes(), endPlanes,
                leftPipe.isPresent() && rightPipe.isPresent() || endPlanes == BoundaryKind.MAGNETIC, midCell));
    }

    /** The {@code elliptical} section of summary.json: the cell chain and each half-cell's wall angle. */
    @Override
    public Optional<SummaryBlock> summaryBlock() {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("cells", cellCount());
        out.put("cellsLength_m", cavity().cellsLength());
        ObjectNode angles = out.putObject("wallAngle_deg");
        for (String key : HALF_CELLS) {
            angles.put(key, halfCell(key).wallAngleDeg());
        }
        out.put("wallAngleDefinition", "angle between the straight wall and the axis on the equator side: 90 for "
                + "a vertical wall, above 90 for a wall leaning towards the iris, below 90 for a re-entrant cell");
        return Optional.of(new SummaryBlock(TYPE, out));
    }

    /** The beam pipe of both ends (the case file's {@code beamPipe}): present when both ends have the same pipe. */
    public Optional<BeamPipe> beamPipe() {
        return leftPipe.equals(rightPipe) ? leftPipe : Optional.empty();
    }

    /** The cavity builder. */
    public EllipticalCavity cavity() {
        return new EllipticalCavity(cells, midCell, leftEnd(), rightEnd(), leftPipe, rightPipe, endPlanes, midPlane);
    }

    /** Outer half of cell 1 (the mid half-cell unless given). */
    public EllipticalHalfCell leftEnd() {
        return leftEndCell.orElse(midCell);
    }

    /** Outer half of cell N (the mid half-cell unless given). */
    public EllipticalHalfCell rightEnd() {
        return rightEndCell.orElse(midCell);
    }

    /** Number of cells N: the default active length of the cavity is N λ/2 of its π-mode. */
    public int cellCount() {
        return cells;
    }

    /** The half-cell written under {@code key} ({@link #HALF_CELLS}). */
    public EllipticalHalfCell halfCell(String key) {
        return switch (key) {
            case "midCell" -> midCell;
            case "leftEndCell" -> leftEnd();
            case "rightEndCell" -> rightEnd();
            default -> throw new IllegalArgumentException("no half-cell \"" + key + "\"");
        };
    }

    @Override
    public List<String> parameterNames() {
        return PARAMETER_NAMES;
    }

    private static List<String> names() {
        List<String> names = new ArrayList<>();
        for (String cell : List.of("midCell", "leftEndCell", "rightEndCell", BOTH_ENDS)) {
            for (String p : EllipticalHalfCell.PARAMETER_NAMES) {
                if (cell.equals("midCell") || !p.equals("Req")) {
                    names.add(cell + "." + p);
                }
            }
        }
        return List.copyOf(names);
    }

    /**
     * Value of a named parameter (m); for {@code endCells.X} the left end's.
     *
     * @throws IllegalArgumentException for a name not in {@link #PARAMETER_NAMES}
     */
    @Override
    public double parameter(String name) {
        String[] parts = split(name);
        String cell = parts[0].equals(BOTH_ENDS) ? "leftEndCell" : parts[0];
        return halfCell(cell).parameter(parts[1]);
    }

    /**
     * A copy with one named parameter set to {@code value} (m).
     *
     * @throws IllegalArgumentException for a name not in {@link #PARAMETER_NAMES}
     * @throws org.cavityfem.mesh.geometry.InvalidGeometryException when the half-cell cannot take the value
     */
    @Override
    public EllipticalGeometry withParameter(String name, double value) {
        String[] parts = split(name);
        EllipticalHalfCell mid = midCell;
        Optional<EllipticalHalfCell> left = leftEndCell;
        Optional<EllipticalHalfCell> right = rightEndCell;
        if (parts[1].equals("Req")) {
            // Both halves of a cell share its equator: Req moves in every half-cell at once.
            return new EllipticalGeometry(cells, mid.with("Req", value), left.map(c -> c.with("Req", value)),
                    right.map(c -> c.with("Req", value)), leftPipe, rightPipe, endPlanes, midPlane);
        }
        // An end half-cell not given separately is a mid half-cell and moves with it.
        switch (parts[0]) {
            case "midCell" -> mid = mid.with(parts[1], value);
            case "leftEndCell" -> left = Optional.of(leftEnd().with(parts[1], value));
            case "rightEndCell" -> right = Optional.of(rightEnd().with(parts[1], value));
            default -> {
                left = Optional.of(leftEnd().with(parts[1], value));
                right = Optional.of(rightEnd().with(parts[1], value));
            }
        }
        return new EllipticalGeometry(cells, mid, left, right, leftPipe, rightPipe, endPlanes, midPlane);
    }

    private static String[] split(String name) {
        if (name.endsWith(".Req") && PARAMETER_NAMES.contains("midCell.Req") && !name.equals("midCell.Req")
                && PARAMETER_NAMES.contains(name.replace(".Req", ".L"))) {
            throw new IllegalArgumentException("\"" + name + "\": Req is shared by both halves of every cell; tune "
                    + "midCell.Req, which moves the equators of all cells (end half-cells included)");
        }
        if (!PARAMETER_NAMES.contains(name)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "unknown parameter \"%s\"; use <half-cell>.<parameter> with half-cell one of midCell, "
                            + "leftEndCell, rightEndCell, endCells (both ends) and parameter one of %s, "
                            + "e.g. midCell.Req", name, String.join(", ", EllipticalHalfCell.PARAMETER_NAMES)));
        }
        return name.split("\\.");
    }
}
