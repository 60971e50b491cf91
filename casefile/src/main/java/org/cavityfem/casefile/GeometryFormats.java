package org.cavityfem.casefile;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The registry from {@code geometry.type} to its reader and writer; a new geometry kind adds one entry. */
final class GeometryFormats {

    /** In the order the case-file error messages list the types. */
    private static final List<GeometryFormat<?>> FORMATS =
            List.of(new PillboxFormat(), new SphereFormat(), new ContourFormat(), new EllipticalFormat());

    private GeometryFormats() {
    }

    /** Every type name. */
    static List<String> types() {
        return FORMATS.stream().map(GeometryFormat::type).toList();
    }

    /**
     * Reads a {@code geometry} section of any registered type ({@code pillbox} when none is given).
     *
     * @throws CaseException naming the key at fault
     */
    static Geometry read(Section g) {
        String type = Keys.choice(g, "type", g.string("type", "\"pillbox\""), types());
        return format(type).read(g);
    }

    /** The {@code geometry} section of a case file: {@code type}, then the kind's own keys. */
    static ObjectNode write(Geometry g) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("type", g.type());
        writeAs(format(g.type()), g, out);
        return out;
    }

    private static <G extends Geometry> void writeAs(GeometryFormat<G> format, Geometry g, ObjectNode out) {
        format.write(format.kind().cast(g), out);
    }

    private static GeometryFormat<?> format(String type) {
        return FORMATS.stream().filter(f -> f.type().equals(type)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no geometry type \"" + type + "\""));
    }
}
