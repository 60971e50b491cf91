package org.cavityfem.tools.paper;

import java.util.ArrayList;
import java.util.List;
import org.cavityfem.postproc.material.Superconductor;
import org.cavityfem.postproc.paper.CavityColumn;
import org.cavityfem.postproc.superconducting.ExactPillbox;
import org.cavityfem.postproc.superconducting.SurfaceProfile;
import org.cavityfem.postproc.superconducting.SurfaceSummary;

/** The cavity columns of {@code cavity paper}: the exact pillbox, then the finite-element cavities. */
public final class PaperColumns {

    /** Intervals per wall of the exact pillbox's sampled fields (the enclosed charge is integrated by trapezoids). */
    public static final int EXACT_SAMPLES_PER_WALL = 4000;

    private PaperColumns() {
    }

    /** The exact TM010 pillbox r0 = l0 = 0.115 m, E_acc = E_c/√2 as in the paper. */
    public static CavityColumn exactPillbox(Superconductor material, double temperature) {
        SurfaceProfile profile = SurfaceProfile.of(
                ExactPillbox.paper().wallFields(1e6, EXACT_SAMPLES_PER_WALL), material);
        return new CavityColumn("exact pillbox", CavityColumn.Kind.PILLBOX, SurfaceSummary.of(profile, temperature));
    }

    /** All columns available. */
    public static List<CavityColumn> all(Superconductor material, double temperature) {
        List<CavityColumn> columns = new ArrayList<>();
        columns.add(exactPillbox(material, temperature));
        return columns;
    }
}
