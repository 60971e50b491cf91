package org.cavityfem.study.adapt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
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

    /**
     * A caller whose own part failed cancels the work: once it runs, its thread is interrupted, so it
     * stops at its next check (work not yet started does not start at all).
     */
    @Test
    void cancelInterruptsTheWork() throws InterruptedException {
        CountDownLatch never = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch ended = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        Background<Integer> waiting = Background.start("waiting", () -> {
            started.countDown();
            try {
                never.await();
            } catch (InterruptedException e) {
                interrupted.set(true);
            } finally {
                ended.countDown();
            }
            return 0;
        });
        try {
            started.await();
            waiting.cancel();
            assertTrue(ended.await(1, TimeUnit.MINUTES), "the work ended");
            assertTrue(interrupted.get(), "the work was interrupted");
        } finally {
            never.countDown();
        }
    }
}
