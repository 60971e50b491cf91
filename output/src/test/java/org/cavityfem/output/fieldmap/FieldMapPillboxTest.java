package org.cavityfem.output.fieldmap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.cavityfem.analysis.fieldmap.GridSpec;
import org.cavityfem.analysis.fieldmap.Normalisation;
import org.cavityfem.analysis.superconducting.ExactPillbox;
import org.cavityfem.casefile.CaseDefinition;
import org.cavityfem.casefile.CaseReader;
import org.cavityfem.casefile.FieldMapSpec;
import org.cavityfem.casefile.MeshSpec;
import org.cavityfem.solver.ModeSolver;
import org.cavityfem.study.PreparedCase;
import org.cavityfem.study.Study;
import org.cavityfem.study.StudyResult;
import org.cavityfem.units.PhysicalConstants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The field map files of the shipped pillbox (R = L = 115 mm, TM010) against its closed form: with
 * E_z(0, 0) = E0 and the phase convention E ~ cos ωt, B ~ sin ωt,
 *
 * <pre>  E_z = E0 J0(kr),  E_r = 0,  B_φ = −(E0/c) J1(kr),  k = j01/R</pre>
 *
 * (Jackson, Classical Electrodynamics, 3rd ed., §8.7, with Faraday's law fixing the sign of B for
 * E ~ cos ωt). The maps sample the finite-element field itself at the grid points, so they agree
 * with the closed form to the field's discretisation error: the shipped pillbox case meshed at
 * order 6 with 30 mm elements, within 1e-5 of E0 pointwise.
 */
class FieldMapPillboxTest {

    private static final double R = 0.115;
    private static final double K = PhysicalConstants.J01 / R;
    private static final double E0 = 1e6;
    private static StudyResult result;

    @BeforeAll
    static void solve() {
        CaseDefinition shipped = CaseReader.read(Path.of("..", "cases", "pillbox.json")).definition();
        // Order 6 at 30 mm: the derivative field E is then within 1e-5 of the closed form pointwise.
        CaseDefinition fine = shipped.withMesh(new MeshSpec(6, OptionalDouble.of(0.03), 25, 30, 1.3, true));
        result = new Study(new ModeSolver()).run(PreparedCase.of("pillbox-fine", fine));
    }

    private static FieldMaps.Made map(GridSpec grid, Normalisation norm) {
        return FieldMaps.make(result, new FieldMapSpec(0, Optional.of(grid), norm, 20));
    }

    private static double[][] numbers(String text, int skip) {
        return text.lines().skip(skip).map(l -> Arrays.stream(l.trim().split("\\s+"))
                .mapToDouble(Double::parseDouble).toArray()).toArray(double[][]::new);
    }

    /**
     * T7 as SF7 writes it. Poisson Superfish documentation (J. H. Billen, L. M. Young, LA-UR-96-1834,
     * rev. 2006, SFFILES "Data files for program Parmela"; text at
     * github.com/tnakaicode/LANL-PoissonSuperfish, Docs/SFFILES.pdf): lengths in cm whatever CONV,
     * the last number of each range line is the number of increments, Ez, Er and |E| in MV/m and H
     * in A/m, written by list-directed Fortran. The line breaks and the point order follow a T7
     * file SF7 wrote (SWIFEL.T7 in github.com/ChristopherMayes/PySuperfish, examples/data, read by
     * its parse_fish_t7): "zmin zmax nz", the frequency in MHz alone on line 2, "rmin rmax nr", then
     * the points with z fastest, the first nz + 1 of them on the axis (H = 0 there). The
     * manual's code fragment puts the frequency at the end of line 1, which list-directed reading
     * does not tell apart, and nests its loops the other way round; SF7's own file is followed.
     */
    @Test
    void t7LayoutAndClosedFormFields() {
        GridSpec grid = new GridSpec(-0.0575, 0.0575, 40, 0, R, 20);
        FieldMaps.Made m = map(grid, new Normalisation(Normalisation.Kind.PEAK_AXIS, E0));
        String t7 = FieldMapFormats.t7(m.map());
        List<String> lines = t7.lines().toList();
        assertEquals(3 + 41 * 21, lines.size());
        assertEquals(List.of(-5.75, 5.75, 40.0), Arrays.stream(lines.get(0).trim().split("\\s+"))
                .map(Double::parseDouble).toList());
        double fMHz = Double.parseDouble(lines.get(1).trim());
        assertEquals(PhysicalConstants.SPEED_OF_LIGHT * K / (2 * Math.PI) * 1e-6, fMHz, 1e-6);
        assertEquals(List.of(0.0, 11.5, 20.0), Arrays.stream(lines.get(2).trim().split("\\s+"))
                .map(Double::parseDouble).toList());
        double[][] rows = numbers(t7, 3);
        // z fastest: the first 41 points lie on the axis, where H vanishes; point 42 is at r = R/20.
        for (int i = 0; i <= 40; i++) {
            assertEquals(0, rows[i][3], 1e-9, "point " + i + " lies on the axis: H = 0");
        }
        assertTrue(Math.abs(rows[41][3]) > 1e-3 * E0 / PhysicalConstants.ETA_0, "point 42 is off the axis");
        double worst = 0;
        for (int j = 0; j <= 20; j++) {
            for (int i = 0; i <= 40; i++) {
                double[] row = rows[j * 41 + i];
                double r = grid.r(j);
                double ez = E0 * ExactPillbox.besselJ0(K * r);
                double h = -E0 / PhysicalConstants.ETA_0 * ExactPillbox.besselJ1(K * r);
                worst = Math.max(worst, Math.abs(row[0] * 1e6 - ez) / E0);
                worst = Math.max(worst, Math.abs(row[1] * 1e6) / E0);
                worst = Math.max(worst, Math.abs(row[2] * 1e6 - Math.abs(ez)) / E0);
                worst = Math.max(worst, Math.abs(row[3] - h) * PhysicalConstants.ETA_0 / E0);
            }
        }
        assertTrue(worst < 1e-5, "largest deviation from the closed form, relative to E0: " + worst);
    }

    /**
     * ASTRA's on-axis profile: two columns, z in m and E_z, no header, as openPMD-beamphysics writes
     * it for ASTRA (write_astra_1d_fieldmap in github.com/ChristopherMayes/openPMD-beamphysics,
     * pmd_beamphysics/interfaces/astra.py; ASTRA scales the profile by MaxE). The ASTRA manual
     * itself (K. Floettmann, DESY) was not reachable as text here; see docs/superfish.md. Its
     * integral with the transit phase reproduces V_acc = E_acc L_active, the figures of merit's
     * own voltage.
     */
    @Test
    void astraProfileIntegratesToTheAcceleratingVoltage() {
        GridSpec grid = new GridSpec(-0.0575, 0.0575, 800, 0, R, 4);
        FieldMaps.Made m = map(grid, new Normalisation(Normalisation.Kind.EACC, E0));
        double[][] rows = numbers(FieldMapFormats.astra(m.map()), 0);
        assertEquals(801, rows.length);
        double omega = 2 * Math.PI * m.map().frequency();
        double re = 0;
        double im = 0;
        for (int i = 0; i + 1 < rows.length; i++) {
            for (int s = 0; s < 2; s++) {
                double[] p = rows[i + s];
                double w = 0.5 * (rows[i + 1][0] - rows[i][0]);
                re += w * p[1] * Math.cos(omega * p[0] / PhysicalConstants.SPEED_OF_LIGHT);
                im += w * p[1] * Math.sin(omega * p[0] / PhysicalConstants.SPEED_OF_LIGHT);
            }
        }
        double vacc = result.analyses().get(0).figures().voltage() * (E0
                / result.analyses().get(0).figures().acceleratingField());
        assertEquals(E0 * R, vacc, 1e-6 * E0 * R, "the case's active length is the gap");
        // Trapezoidal rule error (h k)^2/12 with h = L/800, k = ω/c: below 1e-6.
        assertEquals(vacc, Math.hypot(re, im), 2e-6 * vacc);
        // The T7 and GPT maps hold the same on-axis samples.
        double[][] t7 = numbers(FieldMapFormats.t7(m.map()), 3);
        double[][] gpt = numbers(FieldMapFormats.gpt(m.map()), 1);
        for (int i = 0; i < rows.length; i++) {
            assertEquals(rows[i][1] * 1e-6, t7[i][0], 1e-8 * E0 * 1e-6 * 10);
            assertEquals(rows[i][1], gpt[i][3], 1e-8 * rows[i][1] * 10);
        }
    }

    /**
     * The GPT text map: a header line naming the columns, then r z Er Ez Bphi inside per point, z
     * fastest, in m, V/m and T; B_φ = −(E0/c) J1(kr); points beyond the wall hold zeros and inside
     * = 0. The column names are those GPT's map25D_TM is given by users' scripts (lume-gpt,
     * github.com/ChristopherMayes/lume-gpt, gpt/maps.py: z, r, Ez, Er, Bphi), with the phase
     * E ~ cos(ωt + φ), B_φ ~ sin(ωt + φ). The GPT manual (Pulsar Physics) and asci2gdf's own
     * description were not reachable as text here; see docs/superfish.md.
     */
    @Test
    void gptMapColumnsAndOutsidePoints() {
        GridSpec grid = new GridSpec(-0.0575, 0.0575, 10, 0, 0.15, 30);
        FieldMaps.Made m = map(grid, new Normalisation(Normalisation.Kind.PEAK_AXIS, E0));
        String gpt = FieldMapFormats.gpt(m.map());
        assertEquals("r z Er Ez Bphi inside", gpt.lines().findFirst().orElseThrow());
        double[][] rows = numbers(gpt, 1);
        assertEquals(11 * 31, rows.length);
        int outside = 0;
        for (double[] row : rows) {
            boolean in = row[0] <= R * (1 + 1e-12);
            assertEquals(in ? 1 : 0, (int) row[5], "inside flag at r = " + row[0]);
            if (!in) {
                outside++;
                assertEquals(0, row[2]);
                assertEquals(0, row[3]);
                assertEquals(0, row[4]);
            } else {
                double b = -E0 / PhysicalConstants.SPEED_OF_LIGHT * ExactPillbox.besselJ1(K * row[0]);
                assertEquals(b, row[4], 1e-5 * E0 / PhysicalConstants.SPEED_OF_LIGHT);
            }
        }
        assertEquals(7 * 11, outside, "rows r = 120 ... 150 mm lie outside");
        assertEquals(outside, grid.points() - m.map().insideCount());
        assertEquals(0.0575, rows[10][1], 1e-15, "z runs fastest");
    }

    /**
     * Impact-T rfdata as openPMD-beamphysics forms it "according to the Impact-T manual"
     * (create_impact_solrf_fieldmap_fourier in pmd_beamphysics/interfaces/impact.py, after J. Qiang's
     * RFcoeflcls.f90 in github.com/impact-lbl/IMPACT-T, utilities): per field an E_z block and a B_z
     * block, each the number of coefficients, z_start = 0, z_end = L, L, then a0, a1, b1, a2, b2, ...
     * of the series a0/2 + Σ a_n cos(2πn(z − L/2)/L) + b_n sin(2πn(z − L/2)/L) normalised to the
     * largest |E_z|; a field that is zero is the single coefficient 0. The file's series reproduces
     * the on-axis field to the reported error, and the constant field of the pillbox is its a0/2 = 1.
     */
    @Test
    void impactTCoefficientsReproduceTheAxisFieldToTheReportedError() {
        GridSpec grid = new GridSpec(-0.0575, 0.0575, 200, 0, R, 2);
        FieldMaps.Made m = map(grid, new Normalisation(Normalisation.Kind.PEAK_AXIS, E0));
        double[] data = FieldMapFormats.impactT(m.details().fourier()).lines().mapToDouble(Double::parseDouble)
                .toArray();
        int n = (int) data[0];
        assertEquals(41, n);
        assertEquals(0, data[1]);
        double length = data[3];
        assertEquals(R, length, 1e-12);
        assertEquals(R, data[2], 1e-12);
        double[] c = Arrays.copyOfRange(data, 4, 4 + n);
        assertEquals(2, c[0], 1e-4, "a0/2 = 1 for the constant on-axis field");
        assertEquals(List.of(1.0, 0.0, R, R, 0.0), Arrays.stream(Arrays.copyOfRange(data, 4 + n, data.length))
                .boxed().toList().stream().map(x -> Math.abs(x - R) < 1e-12 ? R : x).toList());
        double err = m.details().fourier().maxRelativeError();
        assertTrue(err < 1e-3, "reported error " + err);
        double[][] astra = numbers(FieldMapFormats.astra(m.map()), 0);
        double worst = 0;
        for (double[] p : astra) {
            double zEdge = p[0] - m.details().fourier().zStart();
            double kk = 2 * Math.PI * (zEdge - length / 2) / length;
            double s = c[0] / 2;
            for (int k = 1; 2 * k < n; k++) {
                s += c[2 * k - 1] * Math.cos(k * kk) + c[2 * k] * Math.sin(k * kk);
            }
            worst = Math.max(worst, Math.abs(s - p[1] / m.details().fourier().peak()));
        }
        // The file holds 9 significant digits of E_z: 1e-9 of rounding on top.
        assertTrue(worst <= err * 1.05 + 1e-9, worst + " against the reported " + err);
    }

    @Test
    void badRequestsAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FieldMaps.make(result,
                new FieldMapSpec(1, Optional.empty(), new Normalisation(Normalisation.Kind.PEAK_AXIS, 1), 4)));
        assertTrue(e.getMessage().contains("mode 1 does not exist"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> map(new GridSpec(1, 2, 4, 0, 1, 4),
                new Normalisation(Normalisation.Kind.PEAK_AXIS, 1)));
        assertTrue(e.getMessage().contains("lies inside the cavity"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new GridSpec(0, 1, 0, 0, 1, 4));
        assertFalse(FieldMapFiles.readme(map(new GridSpec(-0.05, 0.05, 4, 0, 0.1, 4),
                new Normalisation(Normalisation.Kind.ENERGY, 1)).map(), map(new GridSpec(-0.05, 0.05, 4, 0, 0.1, 4),
                new Normalisation(Normalisation.Kind.ENERGY, 1)).details()).isEmpty());
    }
}
