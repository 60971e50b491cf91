package org.cavityfem.output.plot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import org.cavityfem.analysis.field.ElementLocator;
import org.cavityfem.analysis.field.FieldSample;
import org.cavityfem.analysis.field.ModeField;

/**
 * The cells of the field maps located in the mesh once and reused by every mode of that mesh: the
 * modes of a solution share their mesh and so their grid, and locating a point (a bin search and, in
 * a curved element, Newton's method) costs more than evaluating the field there. Each cell's value
 * is the field at the very element and reference point {@link ModeField#at} would find, so the maps
 * are the same bits.
 *
 * <p>Made with the modes that will be drawn, it also evaluates their fields together: on the first
 * request for a grid and quantity, one pass over the cells evaluates the element map and the basis
 * once per cell for all of those modes ({@link ModeField#inElement(List, int, double, double)}),
 * instead of once per cell and mode; each map is still the same bits.
 *
 * <p>Thread-safe: modes drawn in parallel wait for the first one to locate the cells.
 */
public final class FieldMapLocations {

    /** The located cells of one grid in one mesh. */
    private record Located(ElementLocator locator, List<Double> grid, int[] element, double[] xi, double[] eta) {
    }

    /** One quantity of every mode of {@link #modes} at the cells of one grid, by mode and cell. */
    private record Evaluated(Located cells, ToDoubleFunction<FieldSample> quantity, double[][] values) {
    }

    private final List<ModeField> modes;
    private final List<Located> located = new ArrayList<>();
    private final List<Evaluated> evaluated = new ArrayList<>();

    /** Locations shared by the modes of a mesh, each mode's fields evaluated on its own. */
    public FieldMapLocations() {
        this(List.of());
    }

    /**
     * Locations shared by the modes of a mesh, and the fields of {@code modes} evaluated in one pass.
     *
     * @param modes the modes whose maps will be asked for (the same instances); of several meshes,
     *     each mode is evaluated on its own
     */
    public FieldMapLocations(List<ModeField> modes) {
        boolean oneMesh = modes.stream().allMatch(m -> m.mesh() == modes.get(0).mesh());
        this.modes = oneMesh ? List.copyOf(modes) : List.of();
    }

    /**
     * The quantity over the plot's grid, NaN at cells outside the mesh. Modes of the constructor's
     * list that ask with the same {@code quantity} instance are evaluated together.
     */
    FieldGrid sample(FieldMapPlot plot, ModeField field, ToDoubleFunction<FieldSample> quantity) {
        Located cells = cells(plot, field.locator());
        int index = indexOf(field);
        if (index >= 0) {
            double[] values = evaluated(plot, cells, quantity).values()[index];
            return plot.sampleCells((cell, z, r) -> values[cell]);
        }
        return plot.sampleCells((cell, z, r) -> {
            int element = cells.element()[cell];
            return element < 0 ? Double.NaN
                    : quantity.applyAsDouble(field.inElement(element, cells.xi()[cell], cells.eta()[cell]));
        });
    }

    private int indexOf(ModeField field) {
        for (int i = 0; i < modes.size(); i++) {
            if (modes.get(i) == field) {
                return i;
            }
        }
        return -1;
    }

    private synchronized Evaluated evaluated(FieldMapPlot plot, Located cells,
            ToDoubleFunction<FieldSample> quantity) {
        for (Evaluated e : evaluated) {
            if (e.cells() == cells && e.quantity() == quantity) {
                return e;
            }
        }
        double[][] values = new double[modes.size()][cells.element().length];
        // The geometry of each cell into working arrays of the thread's own (the grid's rows are
        // sampled in parallel) instead of new ones per cell: the same bits.
        ThreadLocal<ModeField.Scratch> scratch = ThreadLocal.withInitial(() -> new ModeField.Scratch(modes.get(0).mesh()));
        ThreadLocal<FieldSample[]> samples = ThreadLocal.withInitial(() -> new FieldSample[modes.size()]);
        // The cells the grid asks for (of a mirrored grid, the upper half), every mode at once.
        plot.sampleCells((cell, z, r) -> {
            int element = cells.element()[cell];
            if (element < 0) {
                for (double[] v : values) {
                    v[cell] = Double.NaN;
                }
            } else {
                FieldSample[] s = samples.get();
                ModeField.inElement(modes, element, cells.xi()[cell], cells.eta()[cell], scratch.get(), s);
                for (int f = 0; f < s.length; f++) {
                    values[f][cell] = quantity.applyAsDouble(s[f]);
                }
            }
            return 0;
        });
        Evaluated e = new Evaluated(cells, quantity, values);
        evaluated.add(e);
        return e;
    }

    private synchronized Located cells(FieldMapPlot plot, ElementLocator locator) {
        List<Double> grid = plot.gridKey();
        for (Located l : located) {
            if (l.locator() == locator && l.grid().equals(grid)) {
                return l;
            }
        }
        // A first, empty pass gives the grid's cell count.
        int n = plot.sampleCells((cell, z, r) -> 0).values().length;
        int[] element = new int[n];
        double[] xi = new double[n];
        double[] eta = new double[n];
        Arrays.fill(element, -1);
        plot.sampleCells((cell, z, r) -> {
            Optional<ElementLocator.Location> at = locator.locate(z, r);
            if (at.isPresent()) {
                element[cell] = at.get().element();
                xi[cell] = at.get().xi();
                eta[cell] = at.get().eta();
            }
            return 0;
        });
        Located l = new Located(locator, grid, element, xi, eta);
        located.add(l);
        return l;
    }
}
