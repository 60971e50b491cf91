package org.cavityfem.fem;

/**
 * An element map evaluated at one reference point (ξ, η): the physical point (z, r), the Jacobian
 *
 * <pre>  J = [[∂z/∂ξ, ∂z/∂η], [∂r/∂ξ, ∂r/∂η]],  det J = ∂z/∂ξ ∂r/∂η − ∂z/∂η ∂r/∂ξ,
 *   J⁻¹ = (1/det J) [[∂r/∂η, −∂z/∂η], [−∂r/∂ξ, ∂z/∂ξ]],</pre>
 *
 * and what follows from them: physical gradients of functions given by their reference gradients,
 * (∂f/∂z, ∂f/∂r) = J⁻ᵀ (∂f/∂ξ, ∂f/∂η), and reference steps of physical displacements, J⁻¹ (dz, dr).
 *
 * <p>Mutable scratch filled by {@link ElementMap#evaluate}; one instance per thread. Lengths in
 * metres; the Jacobian and its determinant are in m and m² per reference unit.
 */
public final class MapPoint {

    private double z;
    private double r;
    private double zXi;
    private double zEta;
    private double rXi;
    private double rEta;
    private double det;

    /** Sets the point (m) and the Jacobian entries (m); the determinant follows. */
    void set(double z, double r, double zXi, double zEta, double rXi, double rEta) {
        this.z = z;
        this.r = r;
        this.zXi = zXi;
        this.zEta = zEta;
        this.rXi = rXi;
        this.rEta = rEta;
        this.det = zXi * rEta - zEta * rXi;
    }

    /** Axial coordinate z of the point (m). */
    public double z() {
        return z;
    }

    /** Radial coordinate r of the point (m). */
    public double r() {
        return r;
    }

    /** ∂z/∂ξ (m). */
    public double zXi() {
        return zXi;
    }

    /** ∂z/∂η (m). */
    public double zEta() {
        return zEta;
    }

    /** ∂r/∂ξ (m). */
    public double rXi() {
        return rXi;
    }

    /** ∂r/∂η (m). */
    public double rEta() {
        return rEta;
    }

    /** det J (m²); positive where the map keeps the orientation of the reference triangle. */
    public double det() {
        return det;
    }

    /** ∂ξ/∂z, entry (0, 0) of J⁻¹ (1/m). */
    public double xiZ() {
        return rEta / det;
    }

    /** ∂ξ/∂r, entry (0, 1) of J⁻¹ (1/m). */
    public double xiR() {
        return -zEta / det;
    }

    /** ∂η/∂z, entry (1, 0) of J⁻¹ (1/m). */
    public double etaZ() {
        return -rXi / det;
    }

    /** ∂η/∂r, entry (1, 1) of J⁻¹ (1/m). */
    public double etaR() {
        return zXi / det;
    }

    /** ∂f/∂z of a function with reference gradient (fξ, fη) (units of f per m). */
    public double dz(double fXi, double fEta) {
        return (rEta * fXi - rXi * fEta) / det;
    }

    /** ∂f/∂r of a function with reference gradient (fξ, fη) (units of f per m). */
    public double dr(double fXi, double fEta) {
        return (zXi * fEta - zEta * fXi) / det;
    }

    /**
     * Physical gradients of n functions from their tabulated reference gradients: gz[k] = ∂φk/∂z,
     * gr[k] = ∂φk/∂r (1/m per unit of φ). One reciprocal of det J serves all n functions.
     */
    public void gradients(double[] dXi, double[] dEta, int n, double[] gz, double[] gr) {
        double inv = 1 / det;
        for (int k = 0; k < n; k++) {
            gz[k] = (rEta * dXi[k] - rXi * dEta[k]) * inv;
            gr[k] = (zXi * dEta[k] - zEta * dXi[k]) * inv;
        }
    }

    /** ξ component of J⁻¹ (dz, dr): the reference step of a physical displacement (dz, dr) (m). */
    public double stepXi(double dz, double dr) {
        return (rEta * dz - zEta * dr) / det;
    }

    /** η component of J⁻¹ (dz, dr) (m). */
    public double stepEta(double dz, double dr) {
        return (zXi * dr - rXi * dz) / det;
    }
}
