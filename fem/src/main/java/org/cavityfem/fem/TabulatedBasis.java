package org.cavityfem.fem;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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

    /** Tables of the fixed rules, by basis order and rule (a rule is equal only to itself: its arrays). */
    private static final Map<Key, TabulatedBasis> SHARED = new ConcurrentHashMap<>();

    private record Key(int order, TriangleQuadrature rule) {

        // Written out, with the meaning of the generated ones (a rule's components are arrays, which
        // are equal only to themselves): a record's generated hashCode and equals are bootstrapped
        // through method handles (java.lang.runtime.ObjectMethods), whose first call spins some forty
        // classes at run time, on the critical path of every solve in a JVM of its own.
        @Override
        public int hashCode() {
            return ((order * 31 + System.identityHashCode(rule.xi())) * 31 + System.identityHashCode(rule.eta())) * 31
                    + System.identityHashCode(rule.weights());
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.order == order && k.rule.xi() == rule.xi() && k.rule.eta() == rule.eta()
                    && k.rule.weights() == rule.weights();
        }
    }

    /**
     * The table of an order-p Lagrange basis at a rule that lives as long as the program (the
     * assembler's rules), computed once and shared: the geometry and the forms integrated with the
     * same rule read the same table. The arrays are shared, so callers must not modify them.
     */
    public static TabulatedBasis shared(LagrangeTriangle basis, TriangleQuadrature rule) {
        return SHARED.computeIfAbsent(new Key(basis.order(), rule), key -> of(basis, rule));
    }

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
