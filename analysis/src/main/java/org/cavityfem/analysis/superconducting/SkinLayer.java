package org.cavityfem.analysis.superconducting;

/** Which skin depth δ carries the surface current K = n_e e δ v0. */
public enum SkinLayer {
    /** Superconducting: δ = ξ0, the coherence length (the paper's §3.2). */
    SUPERCONDUCTING,
    /** Normal-conducting: the classical skin depth √(2/(μ0 ω σ_n)). */
    NORMAL_CONDUCTING
}
