package org.cavityfem.solver.assembly;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.cavityfem.fem.ElementMap;
import org.cavityfem.fem.LagrangeTriangle;
import org.cavityfem.fem.MapPoint;
import org.cavityfem.fem.TabulatedBasis;
import org.cavityfem.fem.TriangleQuadrature;
import org.cavityfem.mesh.Mesh;
import org.cavityfem.solver.form.FormKernel;

/**
 * Element matrices of a form on one triangle: the element's map, the rule
 * {@link AxisymmetricQuadrature} picks, and the kernel at each point of it.
 *
 * <p>Elements with an edge on a curved wall are integrated through their exact map
 * ({@link Mesh#elementMap}) by default, so the discrete domain is the true one and the eigenvalue
 * keeps its h^{2p} rate; {@link GeometryMode#ISOPARAMETRIC} uses the polynomial interpolant of the
 * nodes instead, whose O(h^{p+1}) wall error limits that rate for odd p. Straight elements use the
 * interpolant of their nodes in both modes: it is their affine map, evaluated from the tabulated
 * basis the rules already carry. Not thread-safe: one instance per thread.
 *
 * @param <T> the kernel's tabulation of a rule
 */
final class ElementIntegrator<T> {

    private final Mesh mesh;
    private final GeometryMode geometry;
    private final FormKernel<T> kernel;
    private final AxisymmetricQuadrature quadrature;
    /** The geometry basis (order-p Lagrange) at the points of each rule, for isoparametric maps. */
    private final TabulatedBasis[] geometryTables;
    private final List<T> kernelTables;
    private final MapPoint point = new MapPoint();
    private final int n;

    ElementIntegrator(Mesh mesh, FormKernel<T> kernel, GeometryMode geometry) {
        this.mesh = mesh;
        this.geometry = geometry;
        this.kernel = kernel;
        this.n = kernel.localSize();
        this.quadrature = new AxisymmetricQuadrature(mesh.order(), mesh.contour().boundingSize());
        LagrangeTriangle basis = LagrangeTriangle.of(mesh.order());
        List<TriangleQuadrature> rules = quadrature.rules();
        this.geometryTables = new TabulatedBasis[rules.size()];
        List<T> kernelList = new ArrayList<>(rules.size());
        for (int i = 0; i < rules.size(); i++) {
            geometryTables[i] = TabulatedBasis.shared(basis, rules.get(i));
            kernelList.add(kernel.tabulate(rules.get(i)));
        }
        this.kernelTables = kernelList;
    }

    /**
     * Writes the element stiffness and mass matrices (row-major n × n) of element e.
     *
     * @throws IllegalStateException when the element map is inverted somewhere
     */
    void integrate(int e, double[] stiffness, double[] mass) {
        boolean exact = geometry == GeometryMode.EXACT && mesh.isCurved(e);
        ElementMap map = exact ? mesh.elementMap(e) : mesh.isoparametricMap(e);
        int rule = quadrature.choose(map);
        TabulatedBasis geometryTable = geometryTables[rule];
        T kernelTable = kernelTables.get(rule);
        Arrays.fill(stiffness, 0, n * n, 0);
        Arrays.fill(mass, 0, n * n, 0);
        double[] w = geometryTable.rule().weights();
        for (int q = 0; q < w.length; q++) {
            map.evaluate(geometryTable, q, point);
            if (!(point.det() > 0)) {
                throw new IllegalStateException(String.format(Locale.ROOT,
                        "element %d is inverted near (z=%.6g m, r=%.6g m)", e, map.vertexZ(0), map.vertexR(0)));
            }
            kernel.add(point, kernelTable, q, w[q], stiffness, mass);
        }
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < a; b++) {
                stiffness[a * n + b] = stiffness[b * n + a];
                mass[a * n + b] = mass[b * n + a];
            }
        }
    }
}
