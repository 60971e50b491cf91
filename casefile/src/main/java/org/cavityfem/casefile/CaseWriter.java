package org.cavityfem.casefile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.cavityfem.analysis.material.Superconductor;
import org.cavityfem.analysis.resistance.FixedResistance;
import org.cavityfem.analysis.resistance.NormalConductor;
import org.cavityfem.analysis.resistance.PadamseeBcs;
import org.cavityfem.analysis.resistance.PielBcs;
import org.cavityfem.analysis.resistance.SurfaceResistance;
import org.cavityfem.solver.ModeFamily;
import org.cavityfem.units.Units;
import org.cavityfem.units.Units.Dimension;

/**
 * Writes a case back as case-file JSON, every key present, lengths in metres ({@code "0.115 m"})
 * and frequencies in hertz, each the shortest decimal that reads back to the same double; reading
 * the output with {@link CaseReader} gives an equal {@link CaseDefinition}.
 */
public final class CaseWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CaseWriter() {
    }

    /** The case as pretty-printed JSON text, ending with a newline. */
    public static String toJson(CaseDefinition c) {
        try {
            return MAPPER.writeValueAsString(toTree(c)) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The case as a JSON tree, keys in the documented order. */
    public static ObjectNode toTree(CaseDefinition c) {
        ObjectNode root = NODES.objectNode();
        root.put("name", c.name());
        root.put("description", c.description());
        root.set("geometry", GeometryFormats.write(c.geometry()));
        MeshSpec m = c.mesh();
        ObjectNode mesh = root.putObject("mesh");
        mesh.put("order", m.order());
        m.elementSize().ifPresent(h -> mesh.put("elementSize", length(h)));
        mesh.put("minAngle_deg", m.minAngleDeg());
        mesh.put("maxArcAngle_deg", m.maxArcAngleDeg());
        mesh.put("grading", m.grading());
        mesh.put("singularRefinement", m.singularRefinement());
        m.errorEstimate().ifPresent(e -> mesh.put("errorEstimate", e));
        m.accuracy().ifPresent(a -> {
            if (a.frequency() == a.figures() && !a.surfaceTargets()) {
                mesh.put("accuracy", a.figures());
            } else {
                ObjectNode accuracy = mesh.putObject("accuracy");
                accuracy.put("frequency", a.frequency());
                accuracy.put("figures", a.figures());
                if (a.surfaceTargets()) {
                    accuracy.put("surface", a.surface());
                }
            }
        });
        SolverSpec s = c.solver();
        ObjectNode solver = root.putObject("solver");
        solver.put("modes", s.modes());
        solver.put("targetFrequency", s.targetFrequency().isPresent()
                ? Units.format(s.targetFrequency().getAsDouble(), Dimension.FREQUENCY) : SolverSpec.LOWEST);
        solver.put("tolerance", s.tolerance());
        if (s.isScan()) {
            ArrayNode orders = solver.putArray("m");
            List<ModeFamily> families = new ArrayList<>();
            for (SolverSpec.Order o : s.scan()) {
                if (o.m() == 0) {
                    families.add(o.family());
                }
                if (o.m() != 0 || families.size() == 1) {
                    orders.add(o.m());
                }
            }
            if (!families.isEmpty()) {
                ArrayNode list = solver.putArray("family");
                families.forEach(f -> list.add(f.key()));
            }
        } else if (!s.monopoleTm() || s.window().isPresent()) {
            solver.put("m", s.m());
            if (s.m() == 0) {
                solver.put("family", s.family().key());
            }
        }
        if (!s.monopoleTm()) {
            solver.put("offset", length(s.offset()));
            if (s.modeExternalQ().isEmpty()) {
                s.externalQ().ifPresent(q -> solver.put("externalQ", q));
            } else {
                ObjectNode q = solver.putObject("externalQ");
                s.externalQ().ifPresent(d -> q.put("default", d));
                ArrayNode list = q.putArray("modes");
                for (SolverSpec.ModeQ e : s.modeExternalQ()) {
                    ObjectNode n = list.addObject();
                    n.put("m", e.m());
                    if (e.m() == 0) {
                        n.put("family", e.family().key());
                    }
                    n.put("number", e.number());
                    n.put("Q", e.q());
                }
            }
        }
        s.window().ifPresent(w -> {
            solver.put("from", Units.format(w.from(), Dimension.FREQUENCY));
            solver.put("to", Units.format(w.to(), Dimension.FREQUENCY));
        });
        root.set("rf", rf(c.rf()));
        ObjectNode output = root.putObject("output");
        output.put("paraviewEncoding", c.output().paraviewEncoding().key());
        output.put("revolvedSteps", c.output().revolvedSteps());
        output.put("plots", c.output().plots());
        if (!c.output().fieldMaps().isEmpty()) {
            ArrayNode maps = output.putArray("fieldMaps");
            for (FieldMapSpec f : c.output().fieldMaps()) {
                ObjectNode fm = maps.addObject();
                fm.put("mode", f.mode());
                f.grid().ifPresent(g -> {
                    ObjectNode grid = fm.putObject("grid");
                    ObjectNode z = grid.putObject("z");
                    z.put("from", length(g.zMin()));
                    z.put("to", length(g.zMax()));
                    z.put("intervals", g.nz());
                    ObjectNode r = grid.putObject("r");
                    r.put("from", length(g.rMin()));
                    r.put("to", length(g.rMax()));
                    r.put("intervals", g.nr());
                });
                ObjectNode n = fm.putObject("normalise");
                switch (f.normalisation().kind()) {
                    case PEAK_AXIS -> n.put("peakAxis", Units.format(f.normalisation().value(), Dimension.ELECTRIC_FIELD));
                    case EACC -> n.put("Eacc", Units.format(f.normalisation().value(), Dimension.ELECTRIC_FIELD));
                    case ENERGY -> n.put("storedEnergy_J", f.normalisation().value());
                }
                fm.put("harmonics", f.harmonics());
            }
        }
        root.set("superconductor", superconductor(c.superconductor()));
        return root;
    }

    private static ObjectNode rf(RfSpec rf) {
        ObjectNode out = NODES.objectNode();
        out.put("acceleratingField", Units.format(rf.acceleratingField(), Dimension.ELECTRIC_FIELD));
        rf.activeLength().ifPresent(l -> out.put("activeLength", length(l)));
        out.put("beta", rf.beta());
        out.put("normalization", rf.normalization().kind().key());
        out.put("storedEnergy_J", rf.normalization().storedEnergy());
        out.put("peakSurfaceField", Units.format(rf.normalization().peakSurfaceField(), Dimension.ELECTRIC_FIELD));
        if (!rf.span().key().isEmpty()) {
            out.put("voltageRange", rf.span().key());
        }
        rf.voltageRange().ifPresent(v -> {
            ObjectNode range = out.putObject("voltageRange");
            range.put("from", length(v.from()));
            range.put("to", length(v.to()));
        });
        if (!rf.betaTable().isEmpty()) {
            ArrayNode betas = out.putArray("betaTable");
            rf.betaTable().forEach(betas::add);
        }
        SurfaceResistance model = rf.surfaceResistance();
        ObjectNode m = out.putObject("surfaceResistance");
        m.put("model", model.model());
        if (model instanceof PadamseeBcs p) {
            m.put("temperature", Units.format(p.temperature(), Dimension.TEMPERATURE));
            m.put("residualResistance", Units.format(p.residualResistance(), Dimension.RESISTANCE));
        } else if (model instanceof PielBcs p) {
            m.put("temperature", Units.format(p.temperature(), Dimension.TEMPERATURE));
            m.put("criticalTemperature", Units.format(p.criticalTemperature(), Dimension.TEMPERATURE));
            m.put("residualResistance", Units.format(p.residualResistance(), Dimension.RESISTANCE));
        } else if (model instanceof NormalConductor n) {
            m.put("conductivity", Units.format(n.conductivity(), Dimension.CONDUCTIVITY));
        } else if (model instanceof FixedResistance f) {
            m.put("value", Units.format(f.value(), Dimension.RESISTANCE));
        }
        return out;
    }

    /** Every property written out, so the resolved file shows the values the analysis used. */
    private static ObjectNode superconductor(SuperconductorSpec spec) {
        ObjectNode out = NODES.objectNode();
        Superconductor m = spec.material();
        out.put("material", spec.preset());
        out.put("name", m.name());
        out.put("temperature", exact(spec.temperature(), "K"));
        out.put("criticalTemperature", exact(m.criticalTemperature(), "K"));
        out.put("lowerCriticalField", exact(m.lowerCriticalField(), "A/m"));
        out.put("coherenceLength", exact(m.coherenceLength(), "m"));
        out.put("conductionElectronDensity", exact(m.conductionElectronDensity(), "1/m^3"));
        out.put("conductivity", exact(m.normalConductivity(), "S/m"));
        out.put("density", exact(m.density(), "kg/m^3"));
        out.put("atomicWeight", m.atomicWeight());
        out.put("specificHeat", exact(m.specificHeat(), "J/kg/K"));
        out.put("debyeTemperature", exact(m.debyeTemperature(), "K"));
        return out;
    }

    /** Shortest round-tripping decimal (with exponent when large or small) and the SI unit. */
    private static String exact(double value, String unit) {
        return Double.toString(value) + " " + unit;
    }

    private static String length(double metres) {
        return Units.format(metres, Dimension.LENGTH);
    }
}
