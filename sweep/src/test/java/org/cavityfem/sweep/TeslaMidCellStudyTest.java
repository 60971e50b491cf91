package org.cavityfem.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.cavityfem.solver.ModeSolver;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The TESLA mid-cell studies of the README: its shape reproduces the published figures, a smaller
 * iris raises R/Q and lowers both peak-field ratios, and the optimised front of E_pk/E_acc against
 * B_pk/E_acc reaches the low-loss side (lower B_pk at the cost of E_pk).
 */
class TeslaMidCellStudyTest {

    @TempDir
    Path dir;

    /**
     * Two tuned designs. Ri = 35 mm is the TESLA cell: E_pk/E_acc = 2.0 and B_pk/E_acc = 4.26
     * mT/(MV/m) are published for the whole 9-cell cavity (Aune et al., Phys. Rev. ST Accel. Beams 3,
     * 092001 (2000), Table I); the periodic mid-cell alone, without the end cells, lies within 2 %
     * and 3 % of them (README). At Ri = 33 mm R/Q is higher and both peak ratios lower: a smaller
     * aperture concentrates the field on the axis (Padamsee, Knobloch, Hays, RF Superconductivity for
     * Accelerators, ch. 5: the aperture trades R/Q and the peak fields against the coupling).
     */
    @Test
    void aSmallerIrisRaisesRoverQAndLowersThePeakFields() throws IOException {
        Path study = java.nio.file.Files.writeString(dir.resolve("iris.json"), """
                {"name": "iris", "baseCase": "%s",
                 "parameters": {"midCell.Ri": {"values": ["33 mm", "35 mm"]}},
                 "tune": {"parameter": "midCell.Req", "frequency": "1.3 GHz", "tolerance": 1e-7}}
                """.formatted(Path.of("..", "cases", "tesla-midcell.json").toAbsolutePath().toString()
                        .replace("\\", "/")));
        Map<Integer, PointRow> rows = Sweep.run(StudyReader.read(study), dir.resolve("out"), 2, ModeSolver::new,
                null, false).rows();
        PointRow small = rows.get(0);
        PointRow tesla = rows.get(1);
        assertEquals(1.3e9, tesla.figure(Figures.FREQUENCY), 1.3e9 * 1e-7);
        assertEquals(2.0, tesla.figure("EpkOverEacc"), 0.02 * 2.0);
        assertEquals(4.26, tesla.figure("BpkOverEacc_mT_per_MVm"), 0.03 * 4.26);
        assertTrue(small.figure("RoverQ_ohm") > tesla.figure("RoverQ_ohm"));
        assertTrue(small.figure("EpkOverEacc") < tesla.figure("EpkOverEacc"));
        assertTrue(small.figure("BpkOverEacc_mT_per_MVm") < tesla.figure("BpkOverEacc_mT_per_MVm"));
    }

    /**
     * studies/tesla-midcell-shape.json in full (264 tuned designs): the Pareto front of E_pk/E_acc
     * against B_pk/E_acc holds a design with B_pk/E_acc at least 5 % below the TESLA cell's
     * (4.16 mT/(MV/m) computed, 4.26 published for the whole cavity) whose E_pk/E_acc is above
     * TESLA's (1.98 computed, 2.0 published): the direction of the low-loss shape, which gives up
     * peak electric field for a lower peak magnetic field and less loss.
     */
    @Test
    @Tag("slow")
    void theShapeFrontTradesPeakElectricForPeakMagneticField() throws IOException {
        StudySpec spec = StudyReader.read(Path.of("..", "studies", "tesla-midcell-shape.json"));
        Optimization.Outcome o = Optimization.run(spec, dir.resolve("shape"), 2, ModeSolver::new, null);
        List<PointRow> front = List.copyOf(o.pareto().values());
        assertTrue(front.size() >= 5);
        assertTrue(front.stream().anyMatch(r -> r.figure("BpkOverEacc_mT_per_MVm") < 0.95 * 4.16
                && r.figure("EpkOverEacc") > 1.98), "no low-loss-like design on the front");
        for (PointRow r : front) {
            assertTrue(r.figure(Figures.COUPLING) >= 0.015);
        }
    }
}
