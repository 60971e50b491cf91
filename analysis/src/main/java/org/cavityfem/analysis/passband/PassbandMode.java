package org.cavityfem.analysis.passband;

/**
 * One mode of the fundamental passband.
 *
 * @param modeIndex index of the mode in the solution
 * @param phaseNumber m of the phase advance mπ/N, 1..N
 * @param label e.g. {@code TM010-2pi/9}
 * @param frequency f (Hz)
 * @param patternMatch |cos| of the angle between the mode's per-cell ∫E_z dz and the
 *     coupled-oscillator pattern of mode m, 1 for a perfect match
 */
public record PassbandMode(int modeIndex, int phaseNumber, String label, double frequency, double patternMatch) {
}
