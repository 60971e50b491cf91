package org.cavityfem.study.adapt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/**
 * A round's work on a second thread ({@link Background}) hands back its result, and its failure as
 * the very exception it threw, so the study's exit codes see what they saw when it ran inline; a
 * cancelled run (its thread interrupted while waiting) stops with a cancellation and keeps the flag.
 */
class BackgroundTest {

    @Test
    void theResultAndTheFailureComeBackAsTheyWere() {
        assertEquals(42, Background.start("answer", () -> 42).join());
        IllegalStateException thrown = new IllegalStateException("no unknowns");
        Background<Integer> failing = Background.start("failing", () -> {
            throw thrown;
        });
        assertSame(thrown, assertThrows(IllegalStateException.class, failing::join));
    }

    @Test
    void anInterruptedWaitIsACancellationThatKeepsTheFlag() throws InterruptedException {
        CountDownLatch never = new CountDownLatch(1);
        Background<Integer> waiting = Background.start("waiting", () -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return 0;
        });
        Thread.currentThread().interrupt();
        try {
            assertThrows(CancellationException.class, waiting::join);
            assertTrue(Thread.currentThread().isInterrupted());
        } finally {
            Thread.interrupted();
            never.countDown();
        }
    }
}
