package org.cavityfem.output.transit;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cavityfem.analysis.field.AxisProfile;
import org.cavityfem.analysis.field.ModeField;
import org.cavityfem.analysis.transit.TransitTimeFactors;
import org.cavityfem.analysis.transit.TransitTimeRow;
import org.cavityfem.casefile.CaseDefinition;
import org.cavityfem.casefile.CellChain;
import org.cavityfem.output.plot.PlotImage;
import org.cavityfem.output.plot.TransitTimePlot;
import org.cavityfem.study.StudyResult;

/**
 * The transit-time tables of a study: for every mode with a field on the axis, the whole cavity
 * (the axis, or {@code rf.voltageRange}) and, for a chain of cells, each cell between its iris
 * planes, at every β of {@code rf.betaTable}.
 */
public final class TransitTables {

    /** Folder of the tables in the result. */
    public static final String FOLDER = "transit";

    /** CSV header, units in brackets. */
    static final String HEADER = "region,z from (m),z to (m),origin,z0 (m),beta,k (1/m),T,T' (m),T'' (m^2),S,S' (m),"
            + "S'' (m^2)";

    /**
     * One mode's table.
     *
     * @param index the mode's index
     * @param label its label
     * @param rows the rows, region by region, β by β, cell centre then electrical centre
     */
    public record ModeTable(int index, String label, List<TransitTimeRow> rows) {
    }

    private TransitTables() {
    }

    /** The tables the case asks for; empty without {@code rf.betaTable}. */
    public static List<ModeTable> of(StudyResult study) {
        CaseDefinition c = study.resolved();
        List<Double> betas = c.rf().betaTable();
        List<ModeTable> tables = new ArrayList<>();
        if (betas.isEmpty()) {
            return tables;
        }
        for (int i = 0; i < study.solution().modes().size(); i++) {
            ModeField field = ModeField.of(study.mesh(), study.solution().modes().get(i));
            AxisProfile axis = AxisProfile.of(field);
            if (axis.isEmpty()) {
                continue;
            }
            double[] z = axis.z();
            double from = c.rf().range(c.geometry()).map(v -> v.from()).orElse(z[0]);
            double to = c.rf().range(c.geometry()).map(v -> v.to()).orElse(z[z.length - 1]);
            List<TransitTimeRow> rows = new ArrayList<>(TransitTimeFactors.of(field, "cavity", from, to, betas));
            c.geometry().cellChain().map(CellChain::irisPlanes).ifPresent(planes -> {
                for (int cell = 0; cell + 1 < planes.length; cell++) {
                    rows.addAll(TransitTimeFactors.of(field, "cell " + (cell + 1), planes[cell], planes[cell + 1],
                            betas));
                }
            });
            tables.add(new ModeTable(i, study.labels().get(i), rows));
        }
        return tables;
    }

    /** Relative path of a mode's CSV, e.g. {@code transit/TM010_transit.csv}. */
    public static String csvFile(String label) {
        return FOLDER + "/" + label.replace('/', '_') + "_transit.csv";
    }

    /** The CSV text of one table. */
    public static String csv(List<TransitTimeRow> rows) {
        StringBuilder b = new StringBuilder(HEADER).append('\n');
        for (TransitTimeRow r : rows) {
            b.append(String.format(Locale.ROOT, "%s,%.12g,%.12g,%s,%.12g,%.9g,%.12g,%.12g,%.12g,%.12g,%.12g,%.12g,"
                    + "%.12g%n", r.region(), r.zFrom(), r.zTo(), r.origin(), r.z0(), r.beta(), r.k(), r.t(),
                    r.tPrime(), r.tSecond(), r.s(), r.sPrime(), r.sSecond()));
        }
        return b.toString();
    }

    /** The {@code transitTime} section of summary.json. */
    public static ObjectNode json(List<ModeTable> tables) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("definition", "T = int Ez cos(k(z-z0)) dz / int Ez dz, S likewise with sin, k = w/(beta c); "
                + "T' = dT/dk (m), T'' (m^2); origin the cell centre or the electrical centre (S = 0)");
        ArrayNode modes = root.putArray("modes");
        for (ModeTable t : tables) {
            ObjectNode m = modes.addObject();
            m.put("index", t.index());
            m.put("label", t.label());
            m.put("file", csvFile(t.label()));
            ArrayNode rows = m.putArray("rows");
            for (TransitTimeRow r : t.rows()) {
                ObjectNode o = rows.addObject();
                o.put("region", r.region());
                o.putArray("z_m").add(r.zFrom()).add(r.zTo());
                o.put("origin", r.origin());
                o.put("z0_m", r.z0());
                o.put("beta", r.beta());
                o.put("T", r.t());
                o.put("Tprime_m", r.tPrime());
                o.put("Tsecond_m2", r.tSecond());
                o.put("S", r.s());
                o.put("Sprime_m", r.sPrime());
                o.put("Ssecond_m2", r.sSecond());
            }
        }
        return root;
    }

    /** T(β) about the electrical centre, one line per region. */
    public static PlotImage plot(ModeTable table) {
        Map<String, List<double[]>> points = new LinkedHashMap<>();
        for (TransitTimeRow r : table.rows()) {
            if (r.origin().equals(TransitTimeFactors.ELECTRICAL_CENTRE)) {
                points.computeIfAbsent(r.region(), k -> new ArrayList<>()).add(new double[] {r.beta(), r.t()});
            }
        }
        Map<String, double[][]> lines = new LinkedHashMap<>();
        points.forEach((region, p) -> lines.put(region, new double[][] {
            p.stream().mapToDouble(x -> x[0]).toArray(), p.stream().mapToDouble(x -> x[1]).toArray()}));
        return TransitTimePlot.image(FOLDER + "/" + table.label().replace('/', '_') + "_T_beta",
                "Transit-time factor of " + table.label(), lines);
    }
}
