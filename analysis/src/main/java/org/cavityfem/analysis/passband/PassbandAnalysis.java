package org.cavityfem.analysis.passband;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cavityfem.analysis.field.AxisProfile;
import org.cavityfem.analysis.field.ModeField;

/**
 * Finds the fundamental passband among the computed modes of an N-cell cavity.
 *
 * <p>A mode is TM010-like when its axial field keeps one sign within each cell (single-lobe
 * fraction, {@link CellFields#singleLobeFraction()}, at least {@link #MIN_SINGLE_LOBE}). Its
 * per-cell ∫E_z dz is compared with the coupled-oscillator patterns sin(mπ(j − ½)/N); each phase
 * number m takes the lowest TM010-like mode that matches it best among all patterns. The passband
 * is found when every m = 1..N has a mode, their frequencies rise with m, and each matches its
 * pattern to at least {@link #MIN_PATTERN_MATCH}.
 */
public final class PassbandAnalysis {

    /** Least single-lobe fraction of a TM010-like mode. */
    public static final double MIN_SINGLE_LOBE = 0.8;
    /** Least |cos| between a mode's cell amplitudes and its coupled-oscillator pattern. */
    public static final double MIN_PATTERN_MATCH = 0.7;

    private PassbandAnalysis() {
    }

    /**
     * The passband, or empty with the reason when it is not among the modes.
     *
     * @param fields the computed modes, ascending in frequency
     * @param irisPlanes z of the N + 1 iris planes (m), N >= 2
     */
    public static Result analyse(List<ModeField> fields, double[] irisPlanes) {
        int cells = irisPlanes.length - 1;
        if (cells < 2) {
            throw new IllegalArgumentException("a passband needs at least 2 cells, got " + cells);
        }
        if (fields.size() < cells) {
            return Result.notFound(String.format(Locale.ROOT,
                    "%d modes computed but the passband of %d cells has %d; ask for at least %d modes",
                    fields.size(), cells, cells, cells));
        }
        PassbandMode[] byPhase = new PassbandMode[cells + 1];
        CellFields piFields = null;
        for (int i = 0; i < fields.size(); i++) {
            ModeField field = fields.get(i);
            CellFields cf = CellFields.of(AxisProfile.of(field), irisPlanes);
            if (cf.singleLobeFraction() < MIN_SINGLE_LOBE) {
                continue;
            }
            int bestM = 1;
            double best = -1;
            for (int m = 1; m <= cells; m++) {
                double match = PhaseAdvance.match(cf.signedIntegrals(), m);
                if (match > best) {
                    best = match;
                    bestM = m;
                }
            }
            if (byPhase[bestM] == null && best >= MIN_PATTERN_MATCH) {
                byPhase[bestM] = new PassbandMode(field.mode().index(), bestM, PhaseAdvance.label(bestM, cells),
                        field.mode().frequency(), best);
                if (bestM == cells) {
                    piFields = cf;
                }
            }
        }
        List<PassbandMode> modes = new ArrayList<>();
        for (int m = 1; m <= cells; m++) {
            if (byPhase[m] == null) {
                return Result.notFound(String.format(Locale.ROOT,
                        "no computed mode matches the %s pattern of the TM010 passband; ask for more modes",
                        PhaseAdvance.label(m, cells)));
            }
            if (m > 1 && byPhase[m].frequency() <= byPhase[m - 1].frequency()) {
                return Result.notFound(String.format(Locale.ROOT,
                        "the modes matching %s (%.9g Hz) and %s (%.9g Hz) are out of order; the cells are too "
                                + "detuned for a coupled-oscillator passband",
                        byPhase[m - 1].label(), byPhase[m - 1].frequency(), byPhase[m].label(), byPhase[m].frequency()));
            }
            modes.add(byPhase[m]);
        }
        double[] phases = new double[cells];
        double[] frequencies = new double[cells];
        for (int m = 1; m <= cells; m++) {
            phases[m - 1] = PhaseAdvance.phase(m, cells);
            frequencies[m - 1] = modes.get(m - 1).frequency();
        }
        DispersionFit fit = DispersionFit.of(phases, frequencies);
        return new Result(Optional.of(new Passband(cells, modes, fit, piFields.relativePeaks(), Optional.empty())), "");
    }

    /**
     * The outcome of the search.
     *
     * @param passband the passband when found
     * @param reason why it was not found, empty when found
     */
    public record Result(Optional<Passband> passband, String reason) {

        static Result notFound(String reason) {
            return new Result(Optional.empty(), reason);
        }
    }
}
