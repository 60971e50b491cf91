package org.cavityfem.output.vtk;

import java.io.IOException;
import java.util.Objects;
import org.cavityfem.analysis.quantity.Decimal;

/**
 * One VTK {@code DataArray}: a name (with its unit, e.g. {@code "E_z_V_per_m"}), a number of
 * components per tuple, and the values, held as a primitive array and streamed when the file is
 * written. The arrays are not copied: callers must not change them until the file is written.
 */
public sealed interface DataArray {

    /** Array name as ParaView shows it. */
    String name();

    /** Components per tuple (1 for scalars, 3 for vectors). */
    int components();

    /** Number of values (tuples × components). */
    int size();

    /** VTK type name, e.g. {@code Float64}. */
    String vtkType();

    /** Bytes per value. */
    int width();

    /** Writes all values as raw little-endian bytes. */
    void writeBinary(ByteSink sink) throws IOException;

    /** Writes value i as text. */
    void writeAscii(ByteSink sink, int i) throws IOException;

    /** Number of tuples. */
    default int tuples() {
        return size() / components();
    }

    /** Raw byte count of the values. */
    default long byteCount() {
        return (long) size() * width();
    }

    /** 64-bit floating-point values. */
    record Float64(String name, int components, double[] values) implements DataArray {
        public Float64 {
            check(name, components, values.length);
        }

        /** A scalar array. */
        public static Float64 scalar(String name, double[] values) {
            return new Float64(name, 1, values);
        }

        @Override
        public int size() {
            return values.length;
        }

        @Override
        public String vtkType() {
            return "Float64";
        }

        @Override
        public int width() {
            return Double.BYTES;
        }

        @Override
        public void writeBinary(ByteSink sink) throws IOException {
            sink.putDoubles(values);
        }

        @Override
        public void writeAscii(ByteSink sink, int i) throws IOException {
            sink.putText(Decimal.text(values[i]));
        }
    }

    /** 32-bit signed integers (connectivity, offsets, indices). */
    record Int32(String name, int components, int[] values) implements DataArray {
        public Int32 {
            check(name, components, values.length);
        }

        @Override
        public int size() {
            return values.length;
        }

        @Override
        public String vtkType() {
            return "Int32";
        }

        @Override
        public int width() {
            return Integer.BYTES;
        }

        @Override
        public void writeBinary(ByteSink sink) throws IOException {
            sink.putInts(values);
        }

        @Override
        public void writeAscii(ByteSink sink, int i) throws IOException {
            sink.putText(Integer.toString(values[i]));
        }
    }

    /** 8-bit unsigned integers (cell types, flags). */
    record UInt8(String name, int components, byte[] values) implements DataArray {
        public UInt8 {
            check(name, components, values.length);
        }

        @Override
        public int size() {
            return values.length;
        }

        @Override
        public String vtkType() {
            return "UInt8";
        }

        @Override
        public int width() {
            return 1;
        }

        @Override
        public void writeBinary(ByteSink sink) throws IOException {
            sink.putBytes(values);
        }

        @Override
        public void writeAscii(ByteSink sink, int i) throws IOException {
            sink.putText(Integer.toString(Byte.toUnsignedInt(values[i])));
        }
    }

    private static void check(String name, int components, int length) {
        Objects.requireNonNull(name, "name");
        if (components < 1 || length % components != 0) {
            throw new IllegalArgumentException(name + ": " + length + " values do not make tuples of " + components);
        }
    }
}
