package org.cavityfem.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.cavityfem.analysis.accuracy.AccuracyReport;
import org.cavityfem.analysis.accuracy.ModeErrors;
import org.cavityfem.analysis.accuracy.PeriodicCellStep;
import org.cavityfem.analysis.accuracy.RefinementStep;

/**
 * The error estimates in summary.json (design.md §2.14): per mode an {@code errors} object beside
 * the values, keyed as they are, with the relative estimate of each; the same inside the
 * {@code superconductingSurface} block; and the top-level {@code accuracy} section with the
 * reference order, the requested targets, whether they were met, the refinement history and, for a
 * multi-cell cavity, the periodic mid-cell's own steps ({@code periodicCellHistory}).
 */
public final class AccuracyJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** How the estimates are made, in words, for the summary. */
    public static final String ESTIMATE_NOTE = "errors are relative estimates |Q_p - Q_ref| / |Q_p| of each "
            + "reported order-p value against the matched mode of a solve of order referenceOrder on the same "
            + "triangulation; a location's estimate is the distance between the two locations over the cavity size";

    private AccuracyJson() {
    }

    /** Adds a mode's estimates to its node (after its values and its superconducting-surface block). */
    public static void addTo(ObjectNode mode, ModeErrors e) {
        ObjectNode errors = mode.putObject("errors");
        put(errors, e.values());
        addZero(mode, e);
        JsonNode surface = mode.get("superconductingSurface");
        if (surface instanceof ObjectNode s && !e.surface().isEmpty()) {
            put(s.putObject("errors"), e.surface());
        }
        ObjectNode reference = mode.putObject("errorReference");
        if (e.matched()) {
            reference.put("mode", e.referenceIndex());
            reference.put("overlap", e.overlap());
            Json.number(reference, "fieldDifference", e.fieldDifference());
        } else {
            reference.putNull("mode");
            reference.put("note", "no mode of the reference solve matches this one; its values carry no estimate");
        }
        e.singular().ifPresent(why -> reference.put("Epk_singular", why));
    }

    /**
     * Adds {@code zeroBySymmetry} (figure key: why it is zero) to a node when the mode has figures that
     * are zero by symmetry: they have no relative estimate in {@code errors}; and {@code withoutDigits}
     * (figure key: why) for figures that keep their estimate but have no significant digit on a
     * resolved mode and are no refinement target (analysis.accuracy.ZeroFigures decides both).
     */
    public static void addZero(ObjectNode node, ModeErrors e) {
        if (!e.zero().isEmpty()) {
            ObjectNode zero = node.putObject("zeroBySymmetry");
            e.zero().forEach(zero::put);
        }
        Map<String, String> digitless = e.withoutDigits();
        if (!digitless.isEmpty()) {
            ObjectNode none = node.putObject("withoutDigits");
            digitless.forEach(none::put);
        }
    }

    /** Adds {@code errors} with the given estimates to a node (a row of the HOM table). */
    public static void addErrors(ObjectNode node, Map<String, Double> errors) {
        put(node.putObject("errors"), errors);
    }

    /**
     * Adds the passband figures' estimates to the {@code passband} section, as {@code errors} beside
     * the values (k_cc and the flatness against the reference solve's passband).
     */
    public static void addPassband(ObjectNode passband, Map<String, Double> errors) {
        put(passband.putObject("errors"), errors);
    }

    private static void put(ObjectNode into, Map<String, Double> values) {
        for (Map.Entry<String, Double> v : values.entrySet()) {
            Json.number(into, v.getKey(), v.getValue());
        }
    }

    /** The top-level {@code accuracy} section. */
    public static ObjectNode section(AccuracyReport report) {
        ObjectNode a = NODES.objectNode();
        a.put("referenceOrder", report.referenceOrder());
        a.put("estimate", ESTIMATE_NOTE);
        if (report.target().isPresent()) {
            ObjectNode t = a.putObject("target");
            t.put("frequency", report.target().get().frequency());
            t.put("figures", report.target().get().figures());
            if (report.target().get().surfaceTargets()) {
                t.put("surface", report.target().get().surface());
            }
        } else {
            a.putNull("target");
        }
        a.put("policy", report.policy());
        a.put("met", report.met());
        ArrayNode shortfalls = a.putArray("shortfalls");
        report.shortfalls().forEach(shortfalls::add);
        ArrayNode history = a.putArray("history");
        for (RefinementStep s : report.history()) {
            ObjectNode h = history.addObject();
            h.put("iteration", s.iteration());
            h.put("order", s.order());
            h.put("elements", s.elements());
            h.put("unknowns", s.unknowns());
            ObjectNode worst = h.putObject("worstEstimate");
            s.worst().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(w -> Json.number(worst, w.getKey(), w.getValue()));
            if (!s.worstKey().isEmpty()) {
                h.put("furthestFromTarget", s.worstKey());
            }
            h.put("action", s.action());
            h.put("time_s", s.seconds());
        }
        // The periodic mid-cell's steps are its own loop on its own meshes: a section apart, so the
        // cavity's history stays one entry per cavity iteration.
        if (!report.periodicCellHistory().isEmpty()) {
            ArrayNode cells = a.putArray("periodicCellHistory");
            for (PeriodicCellStep s : report.periodicCellHistory()) {
                ObjectNode h = cells.addObject();
                h.put("iteration", s.iteration());
                h.put("order", s.order());
                Json.number(h, "elementSize_m", s.elementSize());
                Json.number(h, "cellToCellCoupling", s.coupling());
                Json.number(h, "estimate", s.estimate());
                h.put("action", s.action());
                h.put("time_s", s.seconds());
            }
        }
        return a;
    }
}
