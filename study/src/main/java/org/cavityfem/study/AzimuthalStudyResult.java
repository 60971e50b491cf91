package org.cavityfem.study;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
 */
public record AzimuthalStudyResult(String caseFile, CaseDefinition resolved, Mesh mesh, MeshStatistics statistics,
        List<AzimuthalOrderResult> orders) {

    public AzimuthalStudyResult {
        orders = List.copyOf(orders);
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
