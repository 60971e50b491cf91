package org.cavityfem.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every geometry kind has its reader and writer, registered under its type name. */
class GeometryFormatsTest {

    @Test
    void everyKindOfTheSealedFamilyIsRegistered() throws Exception {
        List<String> kinds = Arrays.stream(Geometry.class.getPermittedSubclasses()).map(c -> {
            try {
                return (String) c.getField("TYPE").get(null);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(c + " has no TYPE", e);
            }
        }).sorted().toList();
        assertEquals(kinds, GeometryFormats.types().stream().sorted().toList());
        // The order the case-file messages list the types in.
        assertEquals(List.of("pillbox", "sphere", "contour", "elliptical"), GeometryFormats.types());
    }
}
