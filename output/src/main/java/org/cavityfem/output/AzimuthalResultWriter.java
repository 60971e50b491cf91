package org.cavityfem.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cavityfem.analysis.accuracy.AzimuthalErrors;
import org.cavityfem.analysis.accuracy.ModeErrors;
import org.cavityfem.analysis.hom.AzimuthalAnalysis;
import org.cavityfem.analysis.hom.AzimuthalFigures;
import org.cavityfem.analysis.hom.AzimuthalNodalFields;
import org.cavityfem.analysis.hom.AzimuthalQuantities;
import org.cavityfem.analysis.hom.AzimuthalWallProfile;
import org.cavityfem.analysis.hom.HomQuantities;
import org.cavityfem.analysis.quantity.Decimal;
import org.cavityfem.analysis.quantity.Output;
import org.cavityfem.analysis.quantity.Quantity;
import org.cavityfem.analysis.resistance.SurfaceResistance;
import org.cavityfem.casefile.CaseWriter;
import org.cavityfem.casefile.SolverSpec;
import org.cavityfem.mesh.Mesh;
import org.cavityfem.output.vtk.AzimuthalParaView;
import org.cavityfem.output.vtk.ParaViewOptions;
import org.cavityfem.solver.Mode;
import org.cavityfem.solver.eigen.InertiaCheck;
import org.cavityfem.solver.hom.AzimuthalMode;
import org.cavityfem.solver.hom.AzimuthalSolution;
import org.cavityfem.study.AzimuthalOrderResult;
import org.cavityfem.study.AzimuthalStudyResult;

/**
 * Writes the result folder of a TE0, m ≥ 1 or scan study (design.md §2.10–2.13, §4): summary.json
 * (per order the solver's proof, per mode the quantities of {@link AzimuthalQuantities}, and the
 * {@code hom} table), modes.csv (the same quantities, one row per mode), hom.csv (the HOM table of
 * {@link HomQuantities}, by frequency), the ParaView files of every mode ({@link AzimuthalParaView}),
 * the plots of the HOM table and the resolved case, into a
 * staging folder moved into place at the end, so nothing is half written.
 */
public final class AzimuthalResultWriter {

    /** File name of the HOM table. */
    public static final String HOM_FILE = "hom.csv";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = ResultJson.MAPPER;

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
            folder.writeText(HOM_FILE, homCsv(study));
            paraView(folder, study);
            if (study.resolved().output().plots()) {
                HomPlotOutput.write(folder, study);
            }
            folder.writeText(SummaryJson.FILE, json(study));
            return folder.commit();
        }
    }

    /**
     * The ParaView files of every mode (m ≥ 1 with its φ dependence written out), always with the
     * revolved view: the case's {@code output.revolvedSteps}, or
     * {@value ParaViewOptions#DEFAULT_REVOLVED_STEPS} steps when it asks for none.
     */
    private static List<String> paraView(OutputFolder folder, AzimuthalStudyResult study) throws IOException {
        Mesh mesh = study.mesh();
        List<AzimuthalParaView.ModeOutput> outputs = new ArrayList<>();
        for (AzimuthalOrderResult o : study.orders()) {
            List<AzimuthalNodalFields> all = o.azimuthal().map(s -> AzimuthalNodalFields.of(mesh, s.dofs(), s.m(),
                    s.modes())).orElse(List.of());
            for (int i = 0; i < o.modes().size(); i++) {
                AzimuthalFigures f = o.modes().get(i);
                AzimuthalNodalFields fields;
                AzimuthalWallProfile walls;
                if (o.azimuthal().isPresent()) {
                    AzimuthalSolution s = o.azimuthal().get();
                    AzimuthalMode mode = s.modes().get(i);
                    fields = all.get(i);
                    walls = AzimuthalAnalysis.wallProfile(mesh, s.dofs(), s.m(), mode);
                } else {
                    Mode mode = o.monopole().orElseThrow().modes().get(i);
                    fields = AzimuthalNodalFields.ofMonopole(mesh, mode);
                    walls = AzimuthalAnalysis.wallProfile(mesh, mode);
                }
                outputs.add(new AzimuthalParaView.ModeOutput(f.label(), f.number(), f.frequency(), fields, walls));
            }
        }
        ParaViewOptions options = ResultWriter.paraView(study.resolved().output());
        return AzimuthalParaView.write(folder::file, mesh, outputs, options.encoding(),
                options.revolved() ? options.revolvedSteps() : ParaViewOptions.DEFAULT_REVOLVED_STEPS);
    }

    /** modes.csv: index, label, then the quantities of {@link AzimuthalQuantities#TABLE} in modes.csv. */
    public static String csv(AzimuthalStudyResult study) {
        List<Quantity<AzimuthalFigures>> columns = AzimuthalQuantities.TABLE.in(Output.MODES_CSV);
        StringBuilder b = new StringBuilder("index,label").append(headers(columns)).append('\n');
        int index = 0;
        for (AzimuthalFigures f : study.modes()) {
            b.append(index++).append(',').append(f.label());
            cells(b, columns, f);
            b.append('\n');
        }
        return b.toString();
    }

    /**
     * hom.csv: the HOM table, every mode of every order by ascending frequency; with error estimates,
     * after the table's columns one column per estimated figure, {@code <header> rel. error}, holding
     * its relative estimate (empty where the figure has none: a null figure, an unmatched mode).
     */
    public static String homCsv(AzimuthalStudyResult study) {
        List<Quantity<AzimuthalFigures>> columns = HomQuantities.TABLE.in(Output.MODES_CSV);
        List<Quantity<AzimuthalFigures>> estimated = study.accuracy().isPresent() ? columns.stream()
                .filter(q -> q.reading() instanceof Quantity.Reading.Real<AzimuthalFigures>
                        && !AzimuthalErrors.NOT_ESTIMATED.contains(q.key()))
                .toList() : List.of();
        StringBuilder b = new StringBuilder(headers(columns).substring(1));
        estimated.forEach(q -> b.append(',').append(q.header()).append(ERROR_SUFFIX));
        b.append('\n');
        List<AzimuthalFigures> modes = study.modes();
        for (int i : study.byFrequencyIndices()) {
            StringBuilder row = new StringBuilder();
            cells(row, columns, modes.get(i));
            Map<String, Double> errors = study.errors(i).map(ModeErrors::values).orElse(Map.of());
            for (Quantity<AzimuthalFigures> q : estimated) {
                row.append(',');
                Double e = errors.get(q.key());
                if (e != null && Double.isFinite(e)) {
                    row.append(Decimal.text(e));
                }
            }
            b.append(row.substring(1)).append('\n');
        }
        return b.toString();
    }

    /** Suffix of an error column's header in hom.csv. */
    public static final String ERROR_SUFFIX = " rel. error";

    private static String headers(List<? extends Quantity<?>> quantities) {
        return quantities.stream().map(q -> "," + q.header()).collect(Collectors.joining());
    }

    private static <T> void cells(StringBuilder b, List<Quantity<T>> quantities, T of) {
        for (Quantity<T> q : quantities) {
            b.append(',');
            if (q.reading() instanceof Quantity.Reading.Text<T>) {
                b.append(q.text(of));
            } else {
                double v = q.value(of);
                if (Double.isFinite(v)) {
                    b.append(q.text(of));
                }
            }
        }
    }

    /** summary.json of the study. */
    public static String json(AzimuthalStudyResult study) {
        ObjectNode root = NODES.objectNode();
        ObjectNode c = root.putObject("case");
        c.put("name", study.resolved().name());
        c.put("file", study.caseFile());
        root.put("units", "SI; fields at a stored energy U = 1 J of the modelled domain (E_z ~ cos(m phi) "
                + "polarisation), beta = 1; (R/Q)_perp at the axis limit, the longitudinal R/Q on the axis (m = 0) "
                + "or at the offset r0 (offset_m)");
        ObjectNode mesh = root.putObject("mesh");
        mesh.put("elements", study.statistics().elements());
        mesh.put("nodes", study.statistics().nodes());
        mesh.put("order", study.statistics().order());
        root.set("solver", solverSection(study.resolved().solver(), study.orders()));
        ObjectNode rf = root.putObject("rf");
        SurfaceResistance model = study.resolved().rf().surfaceResistance();
        ObjectNode sr = rf.putObject("surfaceResistance");
        sr.put("model", model.model());
        sr.put("formula", model.formula());
        for (Map.Entry<String, Double> p : model.parameters().entrySet()) {
            sr.put(p.getKey(), p.getValue());
        }
        ObjectNode timing = root.putObject("timing_s");
        timing.put("assemble", study.orders().stream().mapToDouble(AzimuthalOrderResult::assemblySeconds).sum());
        timing.put("eigen", study.orders().stream().mapToDouble(AzimuthalOrderResult::eigenSeconds).sum());
        timing.put("figures", study.orders().stream().mapToDouble(AzimuthalOrderResult::figuresSeconds).sum());
        if (study.accuracy().isPresent()) {
            timing.put("accuracy", study.accuracySeconds());
        }
        ArrayNode modes = root.putArray("modes");
        int index = 0;
        for (AzimuthalFigures f : study.modes()) {
            ObjectNode m = modes.addObject();
            m.put("index", index);
            m.put("label", f.label());
            Json.quantities(m, AzimuthalQuantities.TABLE, f);
            int i = index++;
            study.errors(i).ifPresent(e -> AccuracyJson.addTo(m, only(e, AzimuthalQuantities.TABLE.entries())));
        }
        ObjectNode hom = root.putObject("hom");
        hom.put("table", HOM_FILE);
        ArrayNode rows = hom.putArray("modes");
        List<AzimuthalFigures> all = study.modes();
        for (int i : study.byFrequencyIndices()) {
            ObjectNode row = rows.addObject();
            Json.quantities(row, HomQuantities.TABLE, all.get(i));
            study.errors(i).filter(ModeErrors::matched).ifPresent(e -> {
                ModeErrors inTable = only(e, HomQuantities.TABLE.entries());
                AccuracyJson.addErrors(row, inTable.values());
                AccuracyJson.addZero(row, inTable);
            });
        }
        study.accuracy().ifPresent(a -> root.set("accuracy", AccuracyJson.section(a)));
        try {
            return MAPPER.writeValueAsString(root) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A mode's estimates restricted to the keys of one table. */
    private static ModeErrors only(ModeErrors e, List<Quantity<AzimuthalFigures>> table) {
        Map<String, Double> values = new java.util.LinkedHashMap<>();
        Map<String, String> zero = new java.util.LinkedHashMap<>();
        for (Quantity<AzimuthalFigures> q : table) {
            Double v = e.values().get(q.key());
            if (v != null) {
                values.put(q.key(), v);
            }
            String why = e.zero().get(q.key());
            if (why != null) {
                zero.put(q.key(), why);
            }
        }
        return new ModeErrors(e.referenceIndex(), e.overlap(), e.fieldDifference(), values, e.surface(), e.singular(),
                zero);
    }

    private static ObjectNode solverSection(SolverSpec spec, List<AzimuthalOrderResult> orders) {
        ObjectNode s = NODES.objectNode();
        s.put("modesRequested", spec.modes());
        s.put("tolerance", spec.tolerance());
        spec.window().ifPresentOrElse(w -> s.putArray("window_Hz").add(w.from()).add(w.to()),
                () -> s.putNull("window_Hz"));
        s.put("offset_m", spec.offset());
        Json.number(s, "externalQ", spec.externalQ().orElse(Double.NaN));
        ArrayNode perMode = s.putArray("modeExternalQ");
        for (SolverSpec.ModeQ e : spec.modeExternalQ()) {
            ObjectNode n = perMode.addObject();
            n.put("m", e.m());
            n.put("family", e.m() == 0 ? e.family().key() : "TM-like/TE-like");
            n.put("number", e.number());
            n.put("externalQ", e.q());
        }
        ArrayNode list = s.putArray("orders");
        for (AzimuthalOrderResult o : orders) {
            ObjectNode n = list.addObject();
            n.put("m", o.order().m());
            n.put("family", o.order().m() == 0 ? o.order().family().key() : "TM-like/TE-like");
            n.put("modes", o.modes().size());
            n.put("unknowns", o.unknowns());
            n.put("gradientKernelDimension", o.kernelDimension());
            InertiaCheck inertia = o.inertia();
            ObjectNode i = n.putObject("inertiaCheck");
            i.putArray("window_per_m2").add(inertia.lower()).add(inertia.upper());
            i.put("eigenvaluesBelowWindow", inertia.eigenvaluesBelowLower());
            i.put("expected", inertia.expected());
            i.put("found", inertia.found());
            i.put("complete", inertia.complete());
            i.putArray("countedBy").add(inertia.lowerCount().key()).add(inertia.upperCount().key());
            n.put("assembly_s", o.assemblySeconds());
            n.put("eigen_s", o.eigenSeconds());
            n.put("figures_s", o.figuresSeconds());
        }
        return s;
    }
}
