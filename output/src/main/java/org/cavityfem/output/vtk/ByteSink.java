package org.cavityfem.output.vtk;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A little-endian byte stream into a file through one reused 1 MiB buffer, so that files of any
 * size are written without building them in memory.
 */
final class ByteSink implements AutoCloseable {

    private static final int CAPACITY = 1 << 20;

    /**
     * One buffer per thread, reused by its files one after another: a run writes a file or three per
     * mode, and a new direct buffer is zeroed and freed each time.
     */
    private static final ThreadLocal<ByteBuffer> BUFFERS = ThreadLocal.withInitial(
            () -> ByteBuffer.allocateDirect(CAPACITY).order(ByteOrder.LITTLE_ENDIAN));

    private final FileChannel channel;
    private final ByteBuffer buffer;
    private long written;

    ByteSink(Path file) throws IOException {
        channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
        ByteBuffer b = BUFFERS.get();
        // Taken from the thread while this sink writes (a sink opened inside another's lifetime on the
        // same thread gets a buffer of its own) and given back on close.
        BUFFERS.remove();
        buffer = b.clear();
    }

    void putLong(long v) throws IOException {
        room(Long.BYTES);
        buffer.putLong(v);
    }

    /** Writes doubles in bulk. */
    void putDoubles(double[] values) throws IOException {
        int at = 0;
        while (at < values.length) {
            room(Double.BYTES);
            int n = Math.min(buffer.remaining() / Double.BYTES, values.length - at);
            buffer.asDoubleBuffer().put(values, at, n);
            buffer.position(buffer.position() + n * Double.BYTES);
            at += n;
        }
    }

    /** Writes ints in bulk. */
    void putInts(int[] values) throws IOException {
        int at = 0;
        while (at < values.length) {
            room(Integer.BYTES);
            int n = Math.min(buffer.remaining() / Integer.BYTES, values.length - at);
            buffer.asIntBuffer().put(values, at, n);
            buffer.position(buffer.position() + n * Integer.BYTES);
            at += n;
        }
    }

    /** Writes bytes in bulk. */
    void putBytes(byte[] values) throws IOException {
        int at = 0;
        while (at < values.length) {
            room(1);
            int n = Math.min(buffer.remaining(), values.length - at);
            buffer.put(values, at, n);
            at += n;
        }
    }

    /** Writes text as UTF-8. */
    void putText(String s) throws IOException {
        putBytes(s.getBytes(StandardCharsets.UTF_8));
    }

    /** Bytes written so far, including those still buffered. */
    long position() {
        return written + buffer.position();
    }

    private void room(int bytes) throws IOException {
        if (buffer.remaining() < bytes) {
            flush();
        }
    }

    private void flush() throws IOException {
        buffer.flip();
        while (buffer.hasRemaining()) {
            written += channel.write(buffer);
        }
        buffer.clear();
    }

    @Override
    public void close() throws IOException {
        try {
            flush();
        } finally {
            channel.close();
            buffer.clear();
            BUFFERS.set(buffer);
        }
    }
}
