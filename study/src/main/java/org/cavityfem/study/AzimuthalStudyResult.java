package org.cavityfem.study;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.cavityfem.analysis.accuracy.AccuracyReport;
import org.cavityfem.analysis.accuracy.ModeErrors;
import org.cavityfem.analysis.hom.AzimuthalFigures;
import org.cavityfem.casefile.CaseDefinition;
import org.cavityfem.mesh.Mesh;

/**
 * The result of a case asking for TE0 modes, modes of order m ≥ 1 or a scan over orders (design.md
 * §2.10–2.13): per order, the modes with their labels and figures, the inertia proof and the
 * gradient kernel's dimension.
 *
 * @param caseFile the case file read
 * @param resolved the resolved case
 * @param mesh the mesh every order was solved on
 * @param statistics mesh statistics
 * @param orders one result per order of the case's scan, in case order
 * @param accuracy the error estimates (one per mode of {@link #modes()}, in that order), the target
 *     and the history of order raises, when the study made them (design.md §2.14)
 * @param accuracySeconds wall time of the reference solves, their figures, the estimates and the
 *     iterations before the reported one (s); 0 without estimates
 */
public record AzimuthalStudyResult(String caseFile, CaseDefinition resolved, Mesh mesh, MeshStatistics statistics,
        List<AzimuthalOrderResult> orders, Optional<AccuracyReport> accuracy, double accuracySeconds) {

    public AzimuthalStudyResult {
        orders = List.copyOf(orders);
    }

    /** A result without error estimates. */
    public AzimuthalStudyResult(String caseFile, CaseDefinition resolved, Mesh mesh, MeshStatistics statistics,
            List<AzimuthalOrderResult> orders) {
        this(caseFile, resolved, mesh, statistics, orders, Optional.empty(), 0);
    }

    /** The estimates of mode i of {@link #modes()}, when the study made them. */
    public Optional<ModeErrors> errors(int i) {
        return accuracy.map(a -> a.mode(i));
    }

    /** The indices into {@link #modes()} of {@link #byFrequency()}'s rows, in its order. */
    public List<Integer> byFrequencyIndices() {
        List<AzimuthalFigures> all = modes();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble(i -> all.get(i).frequency()));
        return List.copyOf(order);
    }

    /** Every mode of every order, in case order of the orders and ascending within each. */
    public List<AzimuthalFigures> modes() {
        List<AzimuthalFigures> all = new ArrayList<>();
        orders.forEach(o -> all.addAll(o.modes()));
        return List.copyOf(all);
    }

    /** Every mode of every order by ascending frequency: the HOM table's rows. */
    public List<AzimuthalFigures> byFrequency() {
        List<AzimuthalFigures> all = new ArrayList<>(modes());
        all.sort(Comparator.comparingDouble(AzimuthalFigures::frequency));
        return List.copyOf(all);
    }
}
