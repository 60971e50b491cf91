package org.cavityfem.analysis.transit;

/**
 * The transit-time factors of one stretch of the axis at one β about one origin z0:
 *
 * <pre>  T = ∫ E_z cos(k(z − z0)) dz / V0,   S = ∫ E_z sin(k(z − z0)) dz / V0,   V0 = ∫ E_z dz,
 *  T' = dT/dk = −∫ E_z (z − z0) sin(...) dz / V0,   T'' = −∫ E_z (z − z0)² cos(...) dz / V0,
 *  S' = dS/dk =  ∫ E_z (z − z0) cos(...) dz / V0,   S'' = −∫ E_z (z − z0)² sin(...) dz / V0,</pre>
 *
 * k = ω/(βc), the integrals over the stretch (T. P. Wangler, RF Linear Accelerators, 2nd ed.,
 * §2.2 and §7.2; the quantities SFO prints).
 *
 * @param region {@code cavity} or {@code cell N}
 * @param zFrom start of the stretch (m)
 * @param zTo end of the stretch (m)
 * @param origin {@code cell centre} or {@code electrical centre}
 * @param z0 the origin (m)
 * @param beta particle velocity over c
 * @param k wave number ω/(βc) (1/m)
 * @param t T
 * @param tPrime T' (m)
 * @param tSecond T'' (m²)
 * @param s S
 * @param sPrime S' (m)
 * @param sSecond S'' (m²)
 */
public record TransitTimeRow(String region, double zFrom, double zTo, String origin, double z0, double beta, double k,
        double t, double tPrime, double tSecond, double s, double sPrime, double sSecond) {
}
