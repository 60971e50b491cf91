package org.cavityfem.mesh.geometry;

/** A contour or cavity description that cannot be meshed; the message names what and where. */
public class InvalidGeometryException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidGeometryException(String message) {
        super(message);
    }
}
