package org.cavityfem.postproc.vtk;

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

    private final FileChannel channel;
    private final ByteBuffer buffer = ByteBuffer.allocateDirect(CAPACITY).order(ByteOrder.LITTLE_ENDIAN);
    private long written;

    ByteSink(Path file) throws IOException {
        channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
    }

    void putDouble(double v) throws IOException {
        room(Double.BYTES);
        buffer.putDouble(v);
    }

    void putLong(long v) throws IOException {
        room(Long.BYTES);
        buffer.putLong(v);
    }

    void putInt(int v) throws IOException {
        room(Integer.BYTES);
        buffer.putInt(v);
    }

    void putByte(byte v) throws IOException {
        room(1);
        buffer.put(v);
    }

    /** Writes text as UTF-8. */
    void putText(String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        int at = 0;
        while (at < bytes.length) {
            room(1);
            int n = Math.min(buffer.remaining(), bytes.length - at);
            buffer.put(bytes, at, n);
            at += n;
        }
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
        }
    }
}
