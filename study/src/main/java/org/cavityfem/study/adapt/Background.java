package org.cavityfem.study.adapt;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * A piece of a refinement round's work run on a thread of its own while the calling thread does
 * another piece ({@link MonopoleRound}, design.md §2.14). Its result is taken with {@link #join} at
 * the point where the round used to compute it, so a failure surfaces where it did before and as the
 * same exception; what it computes does not depend on the thread it runs on.
 *
 * @param <T> the result
 */
final class Background<T> {

    private final FutureTask<T> task;
    private final Thread thread;

    private Background(FutureTask<T> task, Thread thread) {
        this.task = task;
        this.thread = thread;
    }

    /** Starts {@code work} on a new daemon thread named {@code name}. */
    static <T> Background<T> start(String name, Supplier<T> work) {
        FutureTask<T> task = new FutureTask<>(work::get);
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
        return new Background<>(task, thread);
    }

    /**
     * Interrupts the work, for a caller that will not take its result (its own part failed or was
     * cancelled): the assembly and factorisation stop at their next check instead of running on, and
     * work not yet started does not start.
     */
    void cancel() {
        task.cancel(true);
    }

    /**
     * The result, once the work is done; its failure is thrown as it was thrown there.
     *
     * @throws CancellationException when the waiting thread is interrupted (a cancelled run: the warm
     *     server interrupts it on Ctrl-C); the flag stays set, and the work is interrupted too
     */
    T join() {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            thread.interrupt();
            throw new CancellationException("cancelled");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }
}
