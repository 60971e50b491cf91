package org.cavityfem.fem;


/**
 * Basis values and reference gradients at the points of one quadrature rule, computed once and
 * reused for every element integrated with that rule. Arrays are indexed [point][function].
 *
 * @param rule the quadrature rule
 * @param value φ_k at each point
 * @param dXi ∂φ_k/∂ξ at each point
 * @param dEta ∂φ_k/∂η at each point
 */
public record TabulatedBasis(TriangleQuadrature rule, double[][] value, double[][] dXi, double[][] dEta) {

    /** Tabulates a basis at the points of a rule. */
    public static TabulatedBasis of(LagrangeTriangle basis, TriangleQuadrature rule) {
        int q = rule.size();
        int n = basis.size();
        double[][] v = new double[q][n];
        double[][] dx = new double[q][n];
        double[][] dy = new double[q][n];
        for (int i = 0; i < q; i++) {
            basis.evaluate(rule.xi()[i], rule.eta()[i], v[i], dx[i], dy[i]);
        }
        return new TabulatedBasis(rule, v, dx, dy);
    }
}
