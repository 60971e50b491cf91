package org.cavityfem.analysis.superconducting;

import static org.cavityfem.units.PhysicalConstants.ELEMENTARY_CHARGE;
import static org.cavityfem.units.PhysicalConstants.FLUX_QUANTUM;

import java.util.List;
import org.cavityfem.analysis.material.Superconductor;

/**
 * The skin-layer electrons along a wall, point by point, at the field level of the wall fields
 * (peak amplitudes). For a point with surface current K and surface charge σ:
 * electrons per ξ0² = |σ| ξ0²/e; current velocity v0 = |K|/(n_e e δ) with δ = ξ0 (superconducting)
 * or the classical skin depth (normal-conducting); excursion a0 = v0/ω; vortex Lorentz field
 * E_L = (Φ0/ξ0²) v0 (the paper's eq. (20)); heating density ½ σ_n E_L² (eq. (21)). Along the wall,
 * the charge q(s) = ∫ 2π r σ ds (along the samples' arc length) enclosed by the wall circle through s and the current
 * I(s) = 2π r K crossing it obey I = ω q (the paper's eq. (6)).
 */
public final class SurfaceProfile {

    private final WallFields fields;
    private final Superconductor material;
    private final double[] electronsPerCoherenceArea;
    private final double[] superconductingVelocity;
    private final double[] normalVelocity;
    private final double[] excursion;
    private final double[] lorentzField;
    private final double[] heatingDensity;
    private final double[] enclosedCharge;
    private final double[] crossingCurrent;

    private SurfaceProfile(WallFields fields, Superconductor material) {
        this.fields = fields;
        this.material = material;
        List<WallSample> samples = fields.samples();
        int n = samples.size();
        electronsPerCoherenceArea = new double[n];
        superconductingVelocity = new double[n];
        normalVelocity = new double[n];
        excursion = new double[n];
        lorentzField = new double[n];
        heatingDensity = new double[n];
        enclosedCharge = new double[n];
        crossingCurrent = new double[n];
        double xi = material.coherenceLength();
        double omega = fields.angularFrequency();
        double carriers = material.conductionElectronDensity() * ELEMENTARY_CHARGE;
        double normalDepth = material.normalSkinDepth(omega);
        double q = 0;
        for (int i = 0; i < n; i++) {
            WallSample p = samples.get(i);
            if (i > 0) {
                q += chargeBetween(samples, i - 1);
            }
            enclosedCharge[i] = q;
            crossingCurrent[i] = 2 * Math.PI * p.r() * p.surfaceCurrent();
            double k = Math.abs(p.surfaceCurrent());
            electronsPerCoherenceArea[i] = Math.abs(p.surfaceCharge()) * xi * xi / ELEMENTARY_CHARGE;
            superconductingVelocity[i] = k / (carriers * xi);
            normalVelocity[i] = k / (carriers * normalDepth);
            excursion[i] = superconductingVelocity[i] / omega;
            lorentzField[i] = FLUX_QUANTUM / (xi * xi) * superconductingVelocity[i];
            heatingDensity[i] = 0.5 * material.normalConductivity() * lorentzField[i] * lorentzField[i];
        }
    }

    /**
     * ∫ 2π r σ ds from sample i to i + 1 (C): the quadratic through i, i + 1 and a neighbour on the same
     * segment integrated exactly (third-order accurate for smooth fields), the trapezoid when the segment
     * has only these two samples. Arc length from the samples (exact along curved walls).
     */
    private static double chargeBetween(List<WallSample> samples, int i) {
        WallSample a = samples.get(i);
        WallSample b = samples.get(i + 1);
        double ds = b.arcLength() - a.arcLength();
        if (!(ds > 0)) {
            return 0;
        }
        WallSample c = null;
        if (i > 0 && sameSegment(samples.get(i - 1), a, b)) {
            c = samples.get(i - 1);
        } else if (i + 2 < samples.size() && sameSegment(samples.get(i + 2), a, b)) {
            c = samples.get(i + 2);
        }
        if (c == null) {
            return 0.5 * ds * (density(a) + density(b));
        }
        // Local coordinate from a, so that the cubic antiderivatives do not cancel.
        double[] x = {0, ds, c.arcLength() - a.arcLength()};
        double[] f = {density(a), density(b), density(c)};
        double sum = 0;
        for (int k = 0; k < 3; k++) {
            double p = x[(k + 1) % 3];
            double r = x[(k + 2) % 3];
            sum += f[k] * (antiderivative(x[1], p, r) - antiderivative(x[0], p, r)) / ((x[k] - p) * (x[k] - r));
        }
        return sum;
    }

    /** ∫ (t − p)(t − r) dt evaluated at t = x. */
    private static double antiderivative(double x, double p, double r) {
        return x * x * x / 3 - (p + r) * x * x / 2 + p * r * x;
    }

    private static boolean sameSegment(WallSample c, WallSample a, WallSample b) {
        return c.segment() == a.segment() && c.segment() == b.segment() && c.arcLength() != a.arcLength()
                && c.arcLength() != b.arcLength();
    }

    /** Charge per arc length 2π r σ (C/m). */
    private static double density(WallSample p) {
        return 2 * Math.PI * p.r() * p.surfaceCharge();
    }

    /** The profile of {@code fields} for a wall of {@code material}. */
    public static SurfaceProfile of(WallFields fields, Superconductor material) {
        return new SurfaceProfile(fields, material);
    }

    /** The wall fields. */
    public WallFields fields() {
        return fields;
    }

    /** The wall material. */
    public Superconductor material() {
        return material;
    }

    /** Number of wall points. */
    public int size() {
        return enclosedCharge.length;
    }

    /** Surface charge per coherence area |σ| ξ0²/e (electrons). */
    public double electronsPerCoherenceArea(int i) {
        return electronsPerCoherenceArea[i];
    }

    /** Current velocity v0 = |K|/(n_e e δ) (m/s) in the given skin layer. */
    public double velocity(int i, SkinLayer layer) {
        return layer == SkinLayer.SUPERCONDUCTING ? superconductingVelocity[i] : normalVelocity[i];
    }

    /** Excursion of the superconducting electrons a0 = v0/ω, δ = ξ0 (m). */
    public double excursion(int i) {
        return excursion[i];
    }

    /** a0/ξ0 (dimensionless). */
    public double excursionOverCoherenceLength(int i) {
        return excursion[i] / material.coherenceLength();
    }

    /** Vortex Lorentz field E_L = (Φ0/ξ0²) v0 (V/m). */
    public double lorentzField(int i) {
        return lorentzField[i];
    }

    /** Heating density ½ σ_n E_L² (W/m³). */
    public double heatingDensity(int i) {
        return heatingDensity[i];
    }

    /** Charge q(s) = ∫ 2π r σ ds from the start of the wall to point i (C), trapezoidal rule. */
    public double enclosedCharge(int i) {
        return enclosedCharge[i];
    }

    /** Current crossing the wall circle through point i, I = 2π r K (A). */
    public double crossingCurrent(int i) {
        return crossingCurrent[i];
    }

    /** Largest | |I(s)| − ω |q(s)| | along the wall over the largest |I| (dimensionless); 0 for exact continuity. */
    public double continuityMismatch() {
        double largest = 0;
        double mismatch = 0;
        for (int i = 0; i < size(); i++) {
            largest = Math.max(largest, Math.abs(crossingCurrent[i]));
            mismatch = Math.max(mismatch,
                    Math.abs(Math.abs(crossingCurrent[i]) - fields.angularFrequency() * Math.abs(enclosedCharge[i])));
        }
        return largest > 0 ? mismatch / largest : 0;
    }
}
