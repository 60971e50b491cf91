package org.cavityfem.output.vtk;

/**
 * What {@link ParaViewExport} writes.
 *
 * @param encoding how data arrays are stored (binary by default)
 * @param revolvedSteps angular steps of the revolved 3D wall view; 0 writes no revolved view
 */
public record ParaViewOptions(VtkEncoding encoding, int revolvedSteps) {

    /** Angular steps of the revolved view when it is asked for without a count. */
    public static final int DEFAULT_REVOLVED_STEPS = 48;

    /** Binary files, no revolved view. */
    public static final ParaViewOptions DEFAULT = new ParaViewOptions(VtkEncoding.BINARY, 0);

    public ParaViewOptions {
        java.util.Objects.requireNonNull(encoding, "encoding");
        if (revolvedSteps != 0 && (revolvedSteps < 3 || revolvedSteps > 3600)) {
            throw new IllegalArgumentException("the revolved view needs 3 to 3600 angular steps (or 0 for none), got "
                    + revolvedSteps);
        }
    }

    /** True when the revolved 3D view is written. */
    public boolean revolved() {
        return revolvedSteps > 0;
    }
}
