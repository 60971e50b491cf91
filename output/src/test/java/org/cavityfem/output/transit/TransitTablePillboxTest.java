package org.cavityfem.output.transit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.cavityfem.analysis.transit.TransitTimeFactors;
import org.cavityfem.analysis.transit.TransitTimeRow;
import org.cavityfem.casefile.CaseDefinition;
import org.cavityfem.casefile.CaseReader;
import org.cavityfem.casefile.MeshSpec;
import org.cavityfem.casefile.RfSpec;
import org.cavityfem.output.plot.PlotImage;
import org.cavityfem.solver.ModeSolver;
import org.cavityfem.study.PreparedCase;
import org.cavityfem.study.Study;
import org.cavityfem.study.StudyResult;
import org.cavityfem.units.PhysicalConstants;
import org.junit.jupiter.api.Test;

/**
 * Transit-time factors of the pillbox gap (R = L = 115 mm, TM010, order 6 at 30 mm) against the
 * closed form of a uniform field E0 over −L/2 ≤ z ≤ L/2 (Wangler, RF Linear Accelerators, eq. 2.16):
 * with x = kL/2, k = ω/(βc),
 *
 * <pre>  T = sin x / x,  T' = dT/dk = (L/2)(x cos x − sin x)/x²,
 *  T'' = (L/2)² (−sin x/x − 2 cos x/x² + 2 sin x/x³),  S = S' = S'' = 0,</pre>
 *
 * about the cell centre, which is also the electrical centre (S = 0 there by symmetry), for
 * β = 0.1, 0.15, ..., 1.
 */
class TransitTablePillboxTest {

    private static final double L = 0.115;

    @Test
    void matchesTheUniformGapClosedFormAndItsDerivatives() {
        CaseDefinition shipped = CaseReader.read(Path.of("..", "cases", "pillbox.json")).definition();
        List<Double> betas = new ArrayList<>();
        for (int i = 0; i <= 18; i++) {
            betas.add(0.1 + 0.05 * i);
        }
        RfSpec rf = shipped.rf();
        CaseDefinition c = shipped.withMesh(new MeshSpec(6, OptionalDouble.of(0.03), 25, 30, 1.3, true))
                .withRf(new RfSpec(rf.acceleratingField(), rf.activeLength(), rf.beta(), rf.surfaceResistance(),
                        rf.voltageRange(), betas));
        StudyResult result = new Study(new ModeSolver()).run(PreparedCase.of("pillbox-transit", c));
        List<TransitTables.ModeTable> tables = TransitTables.of(result);
        assertEquals(1, tables.size());
        List<TransitTimeRow> rows = tables.get(0).rows();
        assertEquals(2 * betas.size(), rows.size(), "cell centre and electrical centre per beta; one region");
        double omega = 2 * Math.PI * result.solution().modes().get(0).frequency();
        for (TransitTimeRow r : rows) {
            double k = omega / (r.beta() * PhysicalConstants.SPEED_OF_LIGHT);
            double x = k * L / 2;
            double t = Math.sin(x) / x;
            double tp = L / 2 * (x * Math.cos(x) - Math.sin(x)) / (x * x);
            double tpp = L * L / 4 * (-Math.sin(x) / x - 2 * Math.cos(x) / (x * x) + 2 * Math.sin(x) / (x * x * x));
            String at = r.origin() + " at beta " + r.beta();
            assertEquals(k, r.k(), 1e-12 * k);
            assertEquals(t, r.t(), 1e-6, at);
            assertEquals(tp, r.tPrime(), 1e-6 * L, at);
            assertEquals(tpp, r.tSecond(), 1e-6 * L * L, at);
            assertEquals(0, r.s(), 1e-6, at);
            assertEquals(0, r.sPrime(), 1e-6 * L, at);
            assertEquals(0, r.sSecond(), 1e-6 * L * L, at);
            if (r.origin().equals(TransitTimeFactors.ELECTRICAL_CENTRE)) {
                assertEquals(0, r.z0(), 1e-6 * L, "the electrical centre of the symmetric gap is its centre");
            }
        }
        String csv = TransitTables.csv(rows);
        assertTrue(csv.startsWith(TransitTables.HEADER + "\n"));
        assertEquals(rows.size() + 1, csv.lines().count());
        assertEquals(betas.size(), TransitTables.json(tables).path("modes").get(0).path("rows").size() / 2);
        PlotImage plot = TransitTables.plot(tables.get(0));
        assertEquals("transit/TM010_T_beta.png", plot.pngFile());
        assertTrue(plot.png().length > 1000);
    }
}
