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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A result folder that appears complete or not at all. Files are written into a hidden staging
 * folder beside the target; {@link #commit()} renames it into place, replacing a previous result
 * only then. Closing an uncommitted folder deletes the staging folder, so a failed run leaves the
 * previous result (or nothing) behind.
 *
 * <p>An existing target is replaced only when it is empty or holds exactly an earlier result: every
 * result folder lists the files it was written with in {@value #MANIFEST}, and a folder holding
 * anything else (a user's notes, a file of another program) is refused with the name of that file,
 * so neither a mistyped {@code --out} nor a rerun can delete files that are not the program's own.
 */
public final class OutputFolder implements AutoCloseable {

    /** The file whose presence marks a folder as a result folder that may be replaced. */
    public static final String MARKER = "summary.json";
    /** The list of the files a result folder was written with, one relative path a line. */
    public static final String MANIFEST = ".cavity-files";
    /** Longest file name most file systems take (bytes of UTF-8). */
    private static final int MAX_NAME_BYTES = 255;
    /**
     * What the staging and backup folders add to the target's name at most: "." + name + ".partial-"
     * + a {@link #uniqueSuffix} of up to 36 characters.
     */
    private static final int SIBLING_EXTRA = 46;

    /** Suffixes made by this process so far ({@link #uniqueSuffix}). */
    private static final AtomicLong SUFFIXES = new AtomicLong();

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
        checkNameLengths(target, abs);
        if (Files.exists(abs) && !Files.isDirectory(abs)) {
            throw new IllegalArgumentException(target + " exists and is not a folder; choose another --out");
        }
        if (Files.isDirectory(abs)) {
            foreignFile(abs, marker).ifPresent(foreign -> {
                if (!Files.exists(abs.resolve(MANIFEST)) && !Files.exists(abs.resolve(marker))) {
                    throw new IllegalArgumentException(target + " exists and is not a result folder (it has files but "
                            + "no " + marker + ", e.g. " + foreign + "); choose another folder or empty it");
                }
                throw new IllegalArgumentException(target + " exists and is not a result folder: it holds " + foreign
                        + ", which no earlier result wrote; choose another folder, or move what you keep there");
            });
        }
        checkCanCreateFolders(target, abs);
    }

    private static void checkNameLengths(Path target, Path abs) {
        for (Path part : abs) {
            int bytes = part.toString().getBytes(StandardCharsets.UTF_8).length;
            int limit = part.equals(abs.getFileName()) ? MAX_NAME_BYTES - SIBLING_EXTRA : MAX_NAME_BYTES;
            if (bytes > limit) {
                throw new IllegalArgumentException(String.format(Locale.ROOT, "the name \"%.40s...\" in %s is %d "
                        + "bytes long; file systems take %d (the result folder's own name at most %d, since it is "
                        + "written beside itself under a longer name first)", part, target, bytes,
                        MAX_NAME_BYTES, MAX_NAME_BYTES - SIBLING_EXTRA));
            }
        }
    }

    /**
     * The nearest existing folder above the target must take new folders: a regular file there,
     * a read-only or virtual file system (/proc) or missing permissions are found before any
     * computing, by creating and removing an empty probe folder.
     */
    private static void checkCanCreateFolders(Path target, Path abs) {
        Path existing = abs.getParent();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            throw new IllegalArgumentException("no folder above " + target + " exists");
        }
        if (!Files.isDirectory(existing)) {
            throw new IllegalArgumentException(existing + " is a file, so it cannot hold the output folder "
                    + target + "; choose another --out");
        }
        Path probe = existing.resolve(".cavity-probe-" + uniqueSuffix());
        try {
            Files.createDirectory(probe);
            Files.delete(probe);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot create the output folder " + target + ": " + existing
                    + " does not take new folders (" + IoProblems.reason(e) + "); choose another --out");
        }
    }

    /**
     * A file in {@code dir} that no earlier result wrote, or empty when the folder may be replaced:
     * it is empty, or it holds only what its manifest lists. A folder without a manifest (written
     * before manifests were kept) may be replaced when it holds {@code marker} and nothing else than
     * the files and folders a result holds.
     */
    private static Optional<String> foreignFile(Path dir, String marker) {
        List<String> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> !Files.isDirectory(p)).map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .sorted().collect(Collectors.toList());
        } catch (IOException | UncheckedIOException e) {
            return Optional.of("files that cannot be listed");
        }
        if (files.isEmpty()) {
            return Optional.empty();
        }
        // What the program wrote: the files every manifest lists, relative to this folder (a result
        // may hold a nested result, such as the field maps `cavity fieldmap` adds to a result folder).
        Set<String> written = null;
        for (String f : files) {
            if (!f.equals(MANIFEST) && !f.endsWith("/" + MANIFEST)) {
                continue;
            }
            String prefix = f.substring(0, f.length() - MANIFEST.length());
            try {
                written = written == null ? new HashSet<>() : written;
                written.add(f);
                for (String listed : Files.readAllLines(dir.resolve(f), StandardCharsets.UTF_8)) {
                    written.add(prefix + listed);
                }
            } catch (IOException e) {
                return Optional.of(f + ", which cannot be read");
            }
        }
        if (written != null && !files.contains(MANIFEST)) {
            written = null; // only nested results: the folder itself is no result
        }
        if (written == null && !files.contains(marker)) {
            return Optional.of(files.get(0));
        }
        for (String f : files) {
            boolean ours = written != null ? written.contains(f) : isResultFile(f, marker);
            if (!ours) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The files a result folder holds, for folders written before manifests were kept. */
    private static boolean isResultFile(String relative, String marker) {
        return relative.equals(marker) || relative.matches("[^/]+\\.(json|csv|md|png|svg)")
                || relative.matches("(walls|plots|paraview)/[^/]+");
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
        writeManifest();
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

    /** Lists every file written, so that a later run knows which files it may replace. */
    private void writeManifest() throws IOException {
        List<String> files;
        try (Stream<Path> walk = Files.walk(staging)) {
            files = walk.filter(Files::isRegularFile).map(p -> staging.relativize(p).toString().replace('\\', '/'))
                    .sorted().collect(Collectors.toList());
        }
        Files.write(staging.resolve(MANIFEST), files, StandardCharsets.UTF_8);
    }

    /** A hidden, not yet existing folder beside {@code target}, e.g. {@code .pillbox.partial-1f3a-0-...}. */
    private static Path sibling(Path target, String role) {
        return target.resolveSibling("." + target.getFileName() + "." + role + "-" + uniqueSuffix());
    }

    /**
     * A name no other call, in this process or another one running, makes: this process's id, a count
     * of this process's calls and the clock in nanoseconds, in hexadecimal (at most 36 characters for
     * a process id below 2^24 and fewer than 2^48 calls). Not a random UUID: its first use seeds a
     * SecureRandom, tens of milliseconds of a run in a JVM of its own (README, "Whole-process speed"),
     * and nothing here needs names that cannot be guessed (the folders are made by createDirectory,
     * which fails rather than take one that exists).
     */
    static String uniqueSuffix() {
        return Long.toHexString(ProcessHandle.current().pid()) + "-" + Long.toHexString(SUFFIXES.getAndIncrement())
                + "-" + Long.toHexString(System.nanoTime());
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
