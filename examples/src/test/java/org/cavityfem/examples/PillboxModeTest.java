package org.cavityfem.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Runs the example, so that it keeps compiling, running and giving the right answer. */
class PillboxModeTest {

    /**
     * TM010 of the pillbox R = L = 115 mm: k = j01/R (Jackson, Classical Electrodynamics, §8.7); the
     * order-4 mesh of 40 mm elements reaches it to about 3e-11 (README, Results).
     */
    @Test
    void printsTheTm010ModeAtItsClosedFormFrequency() {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        double error = PillboxMode.run(new PrintStream(text, true, StandardCharsets.UTF_8));
        String printed = text.toString(StandardCharsets.UTF_8);
        assertTrue(error < 1e-9, "relative frequency error " + error);
        assertTrue(printed.contains("inertia check complete: true"), printed);
        assertTrue(printed.contains("G (Ohm)") && printed.contains("Q0"), printed);
    }
}
