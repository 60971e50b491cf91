package org.cavityfem.fem;

/**
 * A smooth parametrised curve of the meridian plane that an element edge can follow: what the exact
 * element map needs to know of a curved wall. Implementations are immutable and thread-safe.
 */
public interface EdgeCurve {

    /** Writes the point at parameter t: out[0] = z, out[1] = r (m). */
    void pointAt(double t, double[] out);

    /** Writes the derivative d(z, r)/dt at parameter t into out[0], out[1] (m). */
    void derivativeAt(double t, double[] out);
}
