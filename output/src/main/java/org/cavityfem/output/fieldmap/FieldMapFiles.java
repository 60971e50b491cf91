package org.cavityfem.output.fieldmap;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Locale;
import org.cavityfem.analysis.fieldmap.AxisFourier;
import org.cavityfem.analysis.fieldmap.FieldMap;
import org.cavityfem.analysis.fieldmap.GridSpec;
import org.cavityfem.output.OutputFolder;
import org.cavityfem.output.ResultJson;

/**
 * Writes one mode's field maps into a folder: {@code <label>.t7}, {@code <label>_astra.dat},
 * {@code <label>_gpt.txt}, {@code <label>_impactt.rfdata}, and {@code fieldmaps.json} and
 * {@code README.txt} describing them.
 */
public final class FieldMapFiles {

    /** The file marking a field map folder (it may be replaced by a later run). */
    public static final String MARKER = "fieldmaps.json";

    private static final ObjectMapper MAPPER = ResultJson.MAPPER;

    /**
     * What one map needs besides its samples.
     *
     * @param caseName the case
     * @param modeIndex the mode's index in the result (from 0)
     * @param label the mode's label, e.g. {@code TM010-pi}
     * @param fourier the on-axis Fourier series, for Impact-T
     * @param sampleSeconds wall time of sampling the grid (s)
     */
    public record Details(String caseName, int modeIndex, String label, AxisFourier fourier, double sampleSeconds) {
    }

    private FieldMapFiles() {
    }

    /** Writes the files of one map into a staged folder. */
    public static void write(OutputFolder folder, FieldMap map, Details d) throws IOException {
        write(folder, "", map, d);
    }

    /**
     * Writes the files of one map into a staged folder, each name prefixed, e.g. by
     * {@code fieldmaps/map_00/}.
     */
    public static void write(OutputFolder folder, String prefix, FieldMap map, Details d) throws IOException {
        String stem = prefix + d.label().replace('/', '_');
        folder.writeText(stem + ".t7", FieldMapFormats.t7(map));
        if (map.grid().rMin() == 0) {
            folder.writeText(stem + "_astra.dat", FieldMapFormats.astra(map));
        }
        folder.writeText(stem + "_gpt.txt", FieldMapFormats.gpt(map));
        folder.writeText(stem + "_impactt.rfdata", FieldMapFormats.impactT(d.fourier()));
        folder.writeText(prefix + MARKER, MAPPER.writeValueAsString(summary(map, d)) + System.lineSeparator());
        folder.writeText(prefix + "README.txt", readme(map, d));
    }

    private static String stem(Details d) {
        return d.label().replace('/', '_');
    }

    static ObjectNode summary(FieldMap map, Details d) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("case", d.caseName());
        root.put("mode", d.modeIndex());
        root.put("label", d.label());
        root.put("frequency_Hz", map.frequency());
        ObjectNode norm = root.putObject("normalisation");
        norm.put("kind", map.normalisation().kind().key());
        norm.put("value", map.normalisation().value());
        norm.put("unit", map.normalisation().kind().unit());
        root.put("storedEnergy_J", map.storedEnergy());
        root.put("phaseConvention", "E(r,z,t) = E(r,z) cos(wt), B(r,z,t) = B(r,z) sin(wt)");
        GridSpec g = map.grid();
        ObjectNode grid = root.putObject("grid");
        grid.putArray("z_m").add(g.zMin()).add(g.zMax());
        grid.put("zIntervals", g.nz());
        grid.putArray("r_m").add(g.rMin()).add(g.rMax());
        grid.put("rIntervals", g.nr());
        grid.put("points", g.points());
        grid.put("pointsOutside", g.points() - map.insideCount());
        ObjectNode impact = root.putObject("impactT");
        impact.put("harmonics", (d.fourier().coefficients().length - 1) / 2);
        impact.put("length_m", d.fourier().length());
        impact.put("zStart_m", d.fourier().zStart());
        impact.put("peakEz_V_per_m", d.fourier().peak());
        impact.put("maxRelativeReconstructionError", d.fourier().maxRelativeError());
        root.put("sampleTime_s", d.sampleSeconds());
        return root;
    }

    static String readme(FieldMap map, Details d) {
        GridSpec g = map.grid();
        return String.format(Locale.ROOT, """
                Field maps of mode %d (%s) of case %s, f = %.9g MHz.

                Normalisation: %s (stored energy %.6g J).
                Phase convention: E(r,z,t) = E(r,z) cos(wt), B(r,z,t) = B(r,z) sin(wt); with E_z > 0 at the
                centre of a pillbox, B_phi = -(E0/c) J1(kr).
                Grid: z %.9g ... %.9g m in %d intervals, r %.9g ... %.9g m in %d intervals, (%d x %d points);
                %d points lie outside the cavity: their fields are 0 (column "inside" = 0 in the GPT map).

                %s.t7            Superfish/Parmela T7: zmin zmax (cm) nz / f (MHz) / rmin rmax (cm) nr, then
                                 Ez Er |E| (MV/m) and H_phi (A/m) per point, z fastest.
                %s_astra.dat     ASTRA on-axis field: z (m), Ez (V/m) (written when the grid starts at r = 0).
                %s_gpt.txt       GPT 2D map: r z Er Ez Bphi inside (m, V/m, T), z fastest; asci2gdf -o map.gdf.
                %s_impactt.rfdata  Impact-T rfdata: %d Fourier coefficients of Ez(0,z)/Ez_peak over L = %.9g m
                                 starting at z = %.9g m, Ez_peak = %.9g V/m; largest reconstruction error
                                 %.3g of the peak. A zero Bz block follows.
                """, d.modeIndex(), d.label(), d.caseName(), map.frequency() * 1e-6, map.normalisation().describe(),
                map.storedEnergy(), g.zMin(), g.zMax(), g.nz(), g.rMin(), g.rMax(), g.nr(), g.nz() + 1, g.nr() + 1,
                g.points() - map.insideCount(), stem(d), stem(d), stem(d), stem(d),
                d.fourier().coefficients().length, d.fourier().length(), d.fourier().zStart(), d.fourier().peak(),
                d.fourier().maxRelativeError());
    }
}
