package org.cavityfem.casefile;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * A section a geometry adds to summary.json beside the run's own sections.
 *
 * @param key the top-level key, e.g. {@code elliptical}
 * @param content the section
 */
public record SummaryBlock(String key, ObjectNode content) {

    public SummaryBlock {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(content, "content");
    }
}
