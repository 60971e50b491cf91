package org.cavityfem.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.cavityfem.analysis.quantity.Decimal;

/**
 * The mapper of the result folder's JSON files: indented, and numbers written as {@link Decimal}
 * writes them (Jackson's fast double writer is the same Schubfach function), so the JSON and the
 * CSV files give a number the same text on every JDK.
 */
public final class ResultJson {

    /** Indented JSON with shortest round-trip numbers. */
    public static final ObjectMapper MAPPER = new ObjectMapper(
            JsonFactory.builder().enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER).build())
            .enable(SerializationFeature.INDENT_OUTPUT);

    private ResultJson() {
    }
}
