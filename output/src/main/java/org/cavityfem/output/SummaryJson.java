package org.cavityfem.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.Map;
import org.cavityfem.analysis.merit.ModeQuantities;
import org.cavityfem.analysis.superconducting.ModeSurface;
import org.cavityfem.casefile.SolverSpec;
import org.cavityfem.mesh.Mesh;
import org.cavityfem.solver.ModeSolution;
import org.cavityfem.solver.eigen.InertiaCheck;
import org.cavityfem.study.StageTimes;

/**
 * summary.json: the run's numbers for scripts. Every key of a quantity with a unit carries the
 * unit in its name ({@code frequency_Hz}, {@code k_per_m}); keys appear in a fixed order and
 * doubles are written in full precision. Sections are built one method each, so that further
 * sections and per-mode quantities slot in beside them.
 */
public final class SummaryJson {

    /** File name inside the result folder. */
    public static final String FILE = OutputFolder.MARKER;

    /** The units note written at the top level. */
    public static final String UNITS_NOTE = "SI units. A key whose quantity has a unit ends with it "
            + "(_Hz, _per_m, _s, _deg, _m, _per_m2, _J, _W, _V, _V_per_m, _A_per_m, _T, _ohm, _V_per_C, _K, "
            + "_S_per_m; BpkOverEacc_mT_per_MVm in mT/(MV/m)); keys without a unit suffix are dimensionless counts "
            + "or ratios. Fields are peak amplitudes scaled to the accelerating field of the rf section; "
            + "null marks a quantity that does not apply to the mode.";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = ResultJson.MAPPER;

    private SummaryJson() {
    }

    /** The summary as pretty-printed JSON text, ending with a newline. */
    public static String format(RunReport report) {
        try {
            return MAPPER.writeValueAsString(toTree(report)) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The summary with one more top-level section (e.g. {@code transitTime}), as JSON text. */
    public static String format(RunReport report, String key, ObjectNode section) {
        ObjectNode tree = toTree(report);
        tree.set(key, section);
        try {
            return MAPPER.writeValueAsString(tree) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The summary as a JSON tree. */
    public static ObjectNode toTree(RunReport report) {
        ObjectNode root = NODES.objectNode();
        root.set("case", caseSection(report));
        root.put("units", UNITS_NOTE);
        root.set("mesh", meshSection(report));
        root.set("solver", solverSection(report));
        if (!report.analyses().isEmpty()) {
            root.set("rf", MeritJson.rfSection(report.resolved(), NODES.objectNode()));
        }
        root.set("timing_s", timingSection(report.timing()));
        root.set("modes", modesSection(report));
        report.resolved().geometry().summaryBlock().ifPresent(b -> root.set(b.key(), b.content()));
        report.passband().ifPresent(p -> root.set("passband", PassbandJson.section(p)));
        report.study().accuracy().filter(a -> !a.passband().isEmpty() && root.get("passband") instanceof ObjectNode)
                .ifPresent(a -> AccuracyJson.addPassband((ObjectNode) root.get("passband"), a.passband()));
        report.study().accuracy().ifPresent(a -> root.set("accuracy", AccuracyJson.section(a)));
        return root;
    }

    private static ObjectNode caseSection(RunReport report) {
        ObjectNode c = NODES.objectNode();
        c.put("name", report.resolved().name());
        c.put("file", report.caseFile());
        c.put("description", report.resolved().description());
        c.put("geometry", report.resolved().geometry().type());
        c.put("resolved", report.resolvedFileName());
        return c;
    }

    private static ObjectNode meshSection(RunReport report) {
        Mesh mesh = report.solution().mesh();
        ObjectNode m = NODES.objectNode();
        m.put("elements", mesh.elementCount());
        m.put("order", mesh.order());
        m.put("nodes", mesh.nodeCount());
        m.put("dofs", report.solution().unknowns());
        m.put("minAngle_deg", mesh.minAngleDeg());
        m.put("elementSize_m", report.resolved().mesh().settings().elementSize());
        return m;
    }

    private static ObjectNode solverSection(RunReport report) {
        ModeSolution solution = report.solution();
        SolverSpec spec = report.resolved().solver();
        ObjectNode s = NODES.objectNode();
        s.put("modesRequested", spec.modes());
        if (spec.targetFrequency().isPresent()) {
            s.put("target", "nearest");
            s.put("targetFrequency_Hz", spec.targetFrequency().getAsDouble());
        } else {
            s.put("target", SolverSpec.LOWEST);
        }
        s.put("tolerance", spec.tolerance());
        s.put("matrixNonZeros", solution.matrixNonZeros());
        s.put("factorNonZeros", solution.factorNonZeros());
        InertiaCheck inertia = solution.inertia();
        ObjectNode i = s.putObject("inertiaCheck");
        ArrayNode window = i.putArray("window_per_m2");
        window.add(inertia.lower());
        window.add(inertia.upper());
        i.put("eigenvaluesBelowWindow", inertia.eigenvaluesBelowLower());
        i.put("expected", inertia.expected());
        i.put("found", inertia.found());
        i.put("complete", inertia.complete());
        i.putArray("countedBy").add(inertia.lowerCount().key()).add(inertia.upperCount().key());
        return s;
    }

    private static ObjectNode timingSection(StageTimes timing) {
        ObjectNode t = NODES.objectNode();
        for (Map.Entry<String, Double> e : timing.asMap().entrySet()) {
            t.put(e.getKey(), e.getValue());
        }
        return t;
    }

    private static ArrayNode modesSection(RunReport report) {
        ArrayNode modes = NODES.arrayNode();
        for (int i = 0; i < report.modes().size(); i++) {
            ModeRow row = report.modes().get(i);
            ObjectNode m = modes.addObject();
            m.put("index", row.index());
            m.put("label", row.label());
            Json.quantities(m, ModeQuantities.SOLUTION, row);
            if (!report.analyses().isEmpty()) {
                MeritJson.addTo(m, report.analyses().get(i), WallCsv.wallFile(row.label()),
                        WallCsv.segmentFile(row.label()));
                // The study's skin-layer results when it made them (of these analyses with the case's
                // material and temperature: the same bits), otherwise made here.
                ModeSurface surface = report.surfaces().size() == report.analyses().size() ? report.surfaces().get(i)
                        : ModeSurface.of(report.analyses().get(i), report.resolved().superconductor().material(),
                                report.resolved().superconductor().temperature());
                SurfaceJson.addTo(m, surface.summary());
            }
            if (report.study().accuracy().isPresent()) {
                AccuracyJson.addTo(m, report.study().accuracy().get().mode(i));
            }
        }
        return modes;
    }
}
