package org.cavityfem.app.cli;

import java.util.concurrent.CancellationException;
import org.cavityfem.study.StudyListener;

/**
 * The checks where a cancelled run stops: the warm server ({@code cavity daemon}) interrupts a
 * request's thread on Ctrl-C, and the study stops at its next stage, reported to this listener
 * before it is passed on. Within a stage the numerical work checks the same flag and throws the
 * same {@link CancellationException}: the mesh refinement every 64 steps, the assembly every 64
 * elements, the symbolic analysis before and after its ordering, the factorisation once per
 * supernode and the eigen solver once per Lanczos step. Reading the thread's interrupt flag costs
 * nothing beside any of these; in a JVM of its own nothing interrupts the thread and Ctrl-C ends
 * the process.
 */
final class Cancellable implements StudyListener {

    private final StudyListener listener;

    private Cancellable(StudyListener listener) {
        this.listener = listener;
    }

    /** {@code listener}, with a check before each stage and each progress line. */
    static StudyListener of(StudyListener listener) {
        return new Cancellable(listener);
    }

    /**
     * Throws when the current thread was interrupted (the flag stays set, so that what catches it
     * knows the run was cancelled).
     *
     * @throws CancellationException when the run was cancelled
     */
    static void check() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("cancelled");
        }
    }

    @Override
    public void stage(String stage, String detail) {
        check();
        listener.stage(stage, detail);
    }

    @Override
    public void working(String stage, String detail) {
        check();
        listener.working(stage, detail);
    }

    @Override
    public void warn(String message) {
        listener.warn(message);
    }
}
