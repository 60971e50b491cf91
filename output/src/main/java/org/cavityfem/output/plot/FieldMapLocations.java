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
 * <p>Thread-safe: modes drawn in parallel wait for the first one to locate the cells.
 */
public final class FieldMapLocations {

    /** The located cells of one grid in one mesh. */
    private record Located(ElementLocator locator, List<Double> grid, int[] element, double[] xi, double[] eta) {
    }

    private final List<Located> located = new ArrayList<>();

    /** The quantity over the plot's grid, NaN at cells outside the mesh. */
    FieldGrid sample(FieldMapPlot plot, ModeField field, ToDoubleFunction<FieldSample> quantity) {
        Located cells = cells(plot, field.locator());
        return plot.sampleCells((cell, z, r) -> {
            int element = cells.element()[cell];
            return element < 0 ? Double.NaN
                    : quantity.applyAsDouble(field.inElement(element, cells.xi()[cell], cells.eta()[cell]));
        });
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
