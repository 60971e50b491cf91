package org.cavityfem.output.vtk;

/** How the data arrays of a VTK XML file are stored. */
public enum VtkEncoding {

    /**
     * Raw little-endian bytes in one {@code AppendedData} block after the XML, each array preceded
     * by its length as a UInt64: compact and fast, the default.
     */
    BINARY,

    /** Decimal text inside each {@code DataArray}, readable by eye; larger and slower. */
    ASCII;

    /** The case-file and command-line word for this encoding. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
