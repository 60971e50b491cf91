package org.cavityfem.analysis.superconducting;

import static org.cavityfem.units.PhysicalConstants.ELEMENTARY_CHARGE;
import static org.cavityfem.units.PhysicalConstants.EPSILON_0;
import static org.cavityfem.units.PhysicalConstants.FLUX_QUANTUM;

import java.util.List;
import org.cavityfem.analysis.material.Superconductor;

/**
 * The figures of a wall's skin-layer electrons, as slopes per V/m of E_acc (they scale linearly, the
 * heating quadratically) and where on the wall the extremes are. Velocities and fields use the peak
 * surface current, the charge figures the peak surface charge density.
 *
 * @param profile the point-by-point profile this summarises
 * @param operatingTemperature the temperature for H_c1(T) and the Debye heat capacity (K)
 * @param peakCurrentSample the wall point of the largest |K|
 * @param peakChargeSample the wall point of the largest |σ|
 * @param largestChargeSample the wall point where the enclosed charge |q| is largest (the "plate charge")
 * @param largestCharge that largest enclosed charge |q| (C)
 */
public record SurfaceSummary(SurfaceProfile profile, double operatingTemperature, WallSample peakCurrentSample,
        WallSample peakChargeSample, WallSample largestChargeSample, double largestCharge) {

    /** Summarises a profile at an operating temperature (K). */
    public static SurfaceSummary of(SurfaceProfile profile, double operatingTemperature) {
        List<WallSample> samples = profile.fields().samples();
        int kMax = 0;
        int sMax = 0;
        int qMax = 0;
        for (int i = 1; i < samples.size(); i++) {
            if (Math.abs(samples.get(i).surfaceCurrent()) > Math.abs(samples.get(kMax).surfaceCurrent())) {
                kMax = i;
            }
            if (Math.abs(samples.get(i).surfaceCharge()) > Math.abs(samples.get(sMax).surfaceCharge())) {
                sMax = i;
            }
            if (Math.abs(profile.enclosedCharge(i)) > Math.abs(profile.enclosedCharge(qMax))) {
                qMax = i;
            }
        }
        return new SurfaceSummary(profile, operatingTemperature, samples.get(kMax), samples.get(sMax),
                samples.get(qMax), Math.abs(profile.enclosedCharge(qMax)));
    }

    private Superconductor material() {
        return profile.material();
    }

    private double eacc() {
        return profile.fields().acceleratingField();
    }

    /** The mode's angular frequency ω (rad/s). */
    public double angularFrequency() {
        return profile.fields().angularFrequency();
    }

    /** Peak surface magnetic field H_pk = max |K| per E_acc (A/m per V/m). */
    public double peakSurfaceFieldPerEacc() {
        return Math.abs(peakCurrentSample.surfaceCurrent()) / eacc();
    }

    /** Space impedance E_acc/H_pk (Ω). */
    public double spaceImpedance() {
        return 1 / peakSurfaceFieldPerEacc();
    }

    /** Largest wall radius (m), the r0 of ε0 ω r0 E_acc/H_pk. */
    public double largestRadius() {
        return profile.fields().samples().stream().mapToDouble(WallSample::r).max().orElseThrow();
    }

    /** ε0 ω r_max E_acc/H_pk, the paper's eq. (10) coefficient (dimensionless). */
    public double impedanceCoefficient() {
        return EPSILON_0 * angularFrequency() * largestRadius() * spaceImpedance();
    }

    /** Peak axial field over the peak surface charge density, E_c ε0/|σ|_max, the paper's eq. (4) (dimensionless). */
    public double centreFieldCoefficient() {
        return profile.fields().peakAxialField() * EPSILON_0 / Math.abs(peakChargeSample.surfaceCharge());
    }

    /** Largest enclosed charge |q| per E_acc (C per V/m), the paper's plate charge q0 (eq. (5)). */
    public double plateChargePerEacc() {
        return largestCharge / eacc();
    }

    /** Peak |σ| ξ0²/e per E_acc (electrons per V/m), eq. (14). */
    public double electronsPerCoherenceAreaPerEacc() {
        double xi = material().coherenceLength();
        return Math.abs(peakChargeSample.surfaceCharge()) * xi * xi
                / ELEMENTARY_CHARGE / eacc();
    }

    /** δ v0 = H_pk/(n_e e) per E_acc ((m²/s) per V/m), eq. (17). */
    public double skinDepthVelocityPerEacc() {
        return peakSurfaceFieldPerEacc()
                / (material().conductionElectronDensity() * ELEMENTARY_CHARGE);
    }

    /** Peak current velocity per E_acc in a skin layer ((m/s) per V/m), eq. (18). */
    public double velocityPerEacc(SkinLayer layer) {
        double depth = layer == SkinLayer.SUPERCONDUCTING ? material().coherenceLength()
                : material().normalSkinDepth(angularFrequency());
        return skinDepthVelocityPerEacc() / depth;
    }

    /** Peak excursion a0 = v0/ω per E_acc, δ = ξ0 (m per V/m), eq. (19). */
    public double excursionPerEacc() {
        return velocityPerEacc(SkinLayer.SUPERCONDUCTING) / angularFrequency();
    }

    /** Peak vortex Lorentz field E_L = (Φ0/ξ0²) v0 per E_acc (dimensionless), eq. (20). */
    public double lorentzFieldPerEacc() {
        double xi = material().coherenceLength();
        return FLUX_QUANTUM / (xi * xi)
                * velocityPerEacc(SkinLayer.SUPERCONDUCTING);
    }

    /** Peak heating density ½ σ_n E_L² per E_acc² ((W/m³) per (V/m)²), eq. (21). */
    public double heatingPerEaccSquared() {
        double el = lorentzFieldPerEacc();
        return 0.5 * material().normalConductivity() * el * el;
    }

    /** E_acc at which H_pk reaches H_c1(T) (V/m); 0 at or above T_c. */
    public double vortexEntryField(double temperature) {
        return material().lowerCriticalField(temperature) * spaceImpedance();
    }

    /** Peak temperature rise rate at {@code eacc} with the room-temperature ρ c (K/s), the paper's §3.4. */
    public double heatingRateRoomTemperature(double eacc) {
        return heatingPerEaccSquared() * eacc * eacc / material().roomTemperatureHeatCapacity();
    }

    /** Peak temperature rise rate at {@code eacc} with the Debye heat capacity at the operating temperature (K/s). */
    public double heatingRateOperating(double eacc) {
        return heatingPerEaccSquared() * eacc * eacc / material().debyeHeatCapacity(operatingTemperature);
    }

    /** Normal-conducting skin depth at the mode's frequency (m). */
    public double normalSkinDepth() {
        return material().normalSkinDepth(angularFrequency());
    }

    /** Largest | |I| − ω|q| | along the wall over the largest |I| (dimensionless). */
    public double continuityMismatch() {
        return profile.continuityMismatch();
    }
}
