package org.cavityfem.study;

/**
 * Hears a study's progress: one call per finished stage, and warnings that do not stop it. Called
 * on the thread that runs the study; a listener shared by studies on several threads must be
 * thread-safe.
 */
public interface StudyListener {

    /**
     * A stage finished.
     *
     * @param stage its name, as in {@code timing_s}
     * @param detail what it did, for a person
     */
    void stage(String stage, String detail);

    /**
     * A stage is under way and takes a while: what it is doing (a large mesh announced before it
     * starts, then its progress about once a second). Ignored unless overridden.
     *
     * @param stage its name, as in {@code timing_s}
     * @param detail how far it has come, for a person
     */
    default void working(String stage, String detail) {
    }

    /** Something the user should know that does not stop the study, e.g. why no passband was found. */
    void warn(String message);

    /** A listener that ignores everything. */
    static StudyListener none() {
        return new StudyListener() {
            @Override
            public void stage(String stage, String detail) {
            }

            @Override
            public void warn(String message) {
            }
        };
    }
}
