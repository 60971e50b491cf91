package org.cavityfem.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A result folder that appears complete or not at all. Files are written into a hidden staging
 * folder beside the target; {@link #commit()} renames it into place, replacing a previous result
 * only then. Closing an uncommitted folder deletes the staging folder, so a failed run leaves the
 * previous result (or nothing) behind.
 *
 * <p>An existing target is replaced only when it looks like a result folder (it holds
 * {@value #MARKER}) or is empty, so a mistyped {@code --out} cannot delete unrelated files.
 */
public final class OutputFolder implements AutoCloseable {

    /** The file whose presence marks a folder as a result folder that may be replaced. */
    public static final String MARKER = "summary.json";

    private final Path target;
    private final Path staging;
    private final String marker;
    private boolean committed;

    private OutputFolder(Path target, Path staging, String marker) {
        this.target = target;
        this.staging = staging;
        this.marker = marker;
    }

    /**
     * Checks that {@code target} can receive a result, without creating anything.
     *
     * @throws IllegalArgumentException saying why not (a file is in the way, or a folder that is not a result)
     */
    public static void checkTarget(Path target) {
        checkTarget(target, MARKER);
    }

    /**
     * Checks that {@code target} can receive a folder marked by {@code marker} (a file name, e.g.
     * {@code bench.csv} for bench results), without creating anything.
     *
     * @throws IllegalArgumentException saying why not
     */
    public static void checkTarget(Path target, String marker) {
        Path abs = target.toAbsolutePath().normalize();
        if (abs.getParent() == null) {
            throw new IllegalArgumentException("the output folder cannot be the file-system root");
        }
        if (Files.exists(abs) && !Files.isDirectory(abs)) {
            throw new IllegalArgumentException(target + " exists and is not a folder; choose another --out");
        }
        if (Files.isDirectory(abs) && !isReplaceable(abs, marker)) {
            throw new IllegalArgumentException(target + " exists and is not a result folder (it has files but no "
                    + marker + "); choose another folder or empty it");
        }
    }

    private static boolean isReplaceable(Path dir, String marker) {
        if (Files.isRegularFile(dir.resolve(marker))) {
            return true;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Starts a result folder: creates the parent folders and an empty staging folder beside the target.
     *
     * @throws IllegalArgumentException when {@link #checkTarget} refuses the target
     */
    public static OutputFolder create(Path target) throws IOException {
        return create(target, MARKER);
    }

    /**
     * Starts a folder that, once committed, holds {@code marker}; it replaces an earlier folder only
     * when that one holds {@code marker} too (or is empty).
     *
     * @throws IllegalArgumentException when {@link #checkTarget(Path, String)} refuses the target
     */
    public static OutputFolder create(Path target, String marker) throws IOException {
        checkTarget(target, marker);
        Path abs = target.toAbsolutePath().normalize();
        Files.createDirectories(abs.getParent());
        // Not Files.createTempDirectory: its owner-only permissions would carry over to the result.
        Path staging = Files.createDirectory(sibling(abs, "partial"));
        return new OutputFolder(abs, staging, marker);
    }

    /** Where the result will be once committed. */
    public Path target() {
        return target;
    }

    /**
     * Path of a file inside the folder, for writers that stream into it; its parent folders
     * (e.g. {@code paraview/}) are created.
     *
     * @param relative e.g. {@code "modes.csv"} or {@code "paraview/mode_00.vtu"}
     */
    public Path file(String relative) throws IOException {
        Path p = staging.resolve(relative).normalize();
        if (!p.startsWith(staging) || p.equals(staging)) {
            throw new IllegalArgumentException("not a file inside the result folder: " + relative);
        }
        Files.createDirectories(p.getParent());
        return p;
    }

    /** Writes a UTF-8 text file into the folder. */
    public void writeText(String relative, String content) throws IOException {
        Files.writeString(file(relative), content, StandardCharsets.UTF_8);
    }

    /** Writes a binary file (e.g. a PNG image) into the folder. */
    public void writeBytes(String relative, byte[] content) throws IOException {
        Files.write(file(relative), content);
    }

    /**
     * Moves the finished folder into place, replacing an earlier result.
     *
     * @return the result folder
     */
    public Path commit() throws IOException {
        if (committed) {
            throw new IllegalStateException("already committed");
        }
        checkTarget(target, marker);
        Path old = null;
        if (Files.exists(target)) {
            old = sibling(target, "old");
            move(target, old);
        }
        try {
            move(staging, target);
        } catch (IOException e) {
            if (old != null) {
                move(old, target);
            }
            throw e;
        }
        committed = true;
        if (old != null) {
            deleteTree(old);
        }
        return target;
    }

    /** A hidden, not yet existing folder beside {@code target}, e.g. {@code .pillbox.partial-3f9a...}. */
    private static Path sibling(Path target, String role) {
        return target.resolveSibling("." + target.getFileName() + "." + role + "-" + UUID.randomUUID());
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        } catch (FileAlreadyExistsException e) {
            throw new IOException(to + " appeared while the result was being written; run again", e);
        }
    }

    /** Deletes the staging folder unless the result was committed. */
    @Override
    public void close() {
        if (!committed) {
            deleteTree(staging);
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + root, e);
        }
    }
}
