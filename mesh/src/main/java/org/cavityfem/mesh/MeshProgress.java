package org.cavityfem.mesh;

/**
 * Hears how far a long meshing has come: called about once a second while the refinement runs
 * (never for a mesh made within a second), on the meshing thread.
 */
@FunctionalInterface
public interface MeshProgress {

    /** Nothing to hear. */
    MeshProgress NONE = (vertices, expected) -> { };

    /**
     * @param vertices triangulation vertices so far
     * @param expectedVertices the number the size field predicts
     */
    void refining(long vertices, long expectedVertices);
}
