package org.cavityfem.mesh.build;

import org.cavityfem.mesh.geometry.InvalidGeometryException;

/** An elliptical half-cell that cannot be built, with the parameter most to blame. */
public final class HalfCellException extends InvalidGeometryException {
    private static final long serialVersionUID = 1L;

    private final String parameter;

    /**
     * @param parameter the parameter to change first, one of {@link EllipticalHalfCell#PARAMETER_NAMES}
     * @param message what is wrong, with the values, and how to fix it
     */
    public HalfCellException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    /** The parameter to change first, e.g. {@code "L"}. */
    public String parameter() {
        return parameter;
    }
}
