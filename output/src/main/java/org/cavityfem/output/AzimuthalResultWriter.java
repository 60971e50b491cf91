package org.cavityfem.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import org.cavityfem.analysis.hom.TransverseImpedance;
import org.cavityfem.casefile.CaseWriter;
import org.cavityfem.study.AzimuthalModeRow;
import org.cavityfem.study.AzimuthalStudyResult;

/**
 * Writes the result folder of a TE0 or m ≥ 1 study (design.md §2.10–2.12): summary.json, modes.csv
 * (the HOM table: f, m, family, label, transverse R/Q and kick factor) and the resolved case, into a
 * staging folder moved into place at the end, so nothing is half written. No wall tables, ParaView
 * files or plots are written for these modes.
 */
public final class AzimuthalResultWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private AzimuthalResultWriter() {
    }

    /**
     * Writes the folder.
     *
     * @return the folder written
     * @throws IOException when it cannot be written
     */
    public static Path write(AzimuthalStudyResult study, Path target) throws IOException {
        try (OutputFolder folder = OutputFolder.create(target)) {
            folder.writeText(study.resolved().name() + "_resolved.json", CaseWriter.toJson(study.resolved()));
            folder.writeText(ModesCsv.FILE, csv(study));
            folder.writeText(SummaryJson.FILE, json(study));
            return folder.commit();
        }
    }

    /** The HOM table, one row per mode. */
    public static String csv(AzimuthalStudyResult study) {
        StringBuilder b = new StringBuilder("index,number,label,m,family,frequency_Hz,relativeResidual,"
                + "Vperp_V,RoverQ_perp_linac_ohm,RoverQ_perp_circuit_ohm,RoverQ_perp_linac_ohm_per_m,"
                + "kickFactor_V_per_C_m\n");
        for (AzimuthalModeRow row : study.modes()) {
            b.append(String.format(Locale.ROOT, "%d,%d,%s,%d,%s,%.12e,%.3e", row.index(), row.number(), row.label(),
                    row.m(), row.family(), row.frequency(), row.relativeResidual()));
            if (row.transverse().isPresent()) {
                TransverseImpedance t = row.transverse().get();
                b.append(String.format(Locale.ROOT, ",%.9e,%.9e,%.9e,%s,%s", t.perpendicularVoltage(),
                        t.roverQLinac(), t.roverQCircuit(), number(t.roverQLinacPerMetre()), number(t.kickFactor())));
            } else {
                b.append(",,,,,");
            }
            b.append('\n');
        }
        return b.toString();
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.9e", v);
    }

    /** summary.json of the study. */
    public static String json(AzimuthalStudyResult study) {
        ObjectNode root = NODES.objectNode();
        ObjectNode c = root.putObject("case");
        c.put("name", study.resolved().name());
        c.put("file", study.caseFile());
        root.put("units", "SI: Hz, V, ohm, ohm/m, V/(C m); (R/Q)_perp at the axis limit, beta = 1, "
                + "U of the modelled domain");
        ObjectNode mesh = root.putObject("mesh");
        mesh.put("elements", study.mesh().elements());
        mesh.put("nodes", study.mesh().nodes());
        mesh.put("order", study.mesh().order());
        ObjectNode solver = root.putObject("solver");
        solver.put("m", study.resolved().solver().m());
        solver.put("unknowns", study.unknowns());
        solver.put("gradientKernelDimension", study.kernelDimension());
        ObjectNode inertia = solver.putObject("inertiaCheck");
        inertia.put("lower", study.inertia().lower());
        inertia.put("upper", study.inertia().upper());
        inertia.put("expected", study.inertia().expected());
        inertia.put("found", study.inertia().found());
        inertia.put("complete", study.inertia().complete());
        solver.put("assembly_s", study.assemblySeconds());
        solver.put("eigen_s", study.eigenSeconds());
        ArrayNode modes = root.putArray("modes");
        for (AzimuthalModeRow row : study.modes()) {
            ObjectNode m = modes.addObject();
            m.put("index", row.index());
            m.put("number", row.number());
            m.put("label", row.label());
            m.put("m", row.m());
            m.put("family", row.family());
            m.put("frequency_Hz", row.frequency());
            m.put("relativeResidual", row.relativeResidual());
            row.transverse().ifPresent(t -> {
                m.put("Vperp_V", t.perpendicularVoltage());
                m.put("RoverQ_perp_linac_ohm", t.roverQLinac());
                m.put("RoverQ_perp_circuit_ohm", t.roverQCircuit());
                if (!Double.isNaN(t.roverQLinacPerMetre())) {
                    m.put("RoverQ_perp_linac_ohm_per_m", t.roverQLinacPerMetre());
                    m.put("kickFactor_V_per_C_m", t.kickFactor());
                }
            });
        }
        try {
            return MAPPER.writeValueAsString(root) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
