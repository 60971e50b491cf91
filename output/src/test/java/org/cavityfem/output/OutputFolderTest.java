package org.cavityfem.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFolderTest {

    @TempDir
    Path tmp;

    private List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /**
     * The staging folders' names differ from call to call, on several threads at once, and stay
     * within the 36 characters the name-length check allows for them.
     */
    @Test
    void uniqueSuffixesDifferAndStayShort() throws Exception {
        int threads = 4;
        int each = 2_000;
        Set<String> seen = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        String suffix = OutputFolder.uniqueSuffix();
                        assertTrue(suffix.length() <= 36, suffix);
                        assertTrue(suffix.matches("[0-9a-f]+-[0-9a-f]+-[0-9a-f]+"), suffix);
                        seen.add(suffix);
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(threads * each, seen.size(), "every suffix made once");
    }

    @Test
    void filesAppearOnlyOnCommit() throws IOException {
        Path target = tmp.resolve("out").resolve("pillbox");
        try (OutputFolder folder = OutputFolder.create(target)) {
            folder.writeText("summary.json", "{}\n");
            folder.writeText("paraview/mode_00.vtu", "<VTKFile/>\n");
            assertFalse(Files.exists(target), "nothing at the target before commit");
            assertEquals(target.toAbsolutePath(), folder.commit());
        }
        assertEquals(List.of(OutputFolder.MANIFEST, "paraview", "summary.json"), names(target));
        assertEquals(List.of("paraview/mode_00.vtu", "summary.json"),
                Files.readAllLines(target.resolve(OutputFolder.MANIFEST)), "the manifest lists what was written");
        assertEquals(List.of("pillbox"), names(tmp.resolve("out")), "no staging folder left behind");
    }

    @Test
    void binaryFilesKeepEveryByte() throws IOException {
        Path target = tmp.resolve("case");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, (byte) 0xFF};
        try (OutputFolder folder = OutputFolder.create(target)) {
            folder.writeBytes("plots/mode_00_field_map.png", png);
            folder.commit();
        }
        assertArrayEquals(png, Files.readAllBytes(target.resolve("plots").resolve("mode_00_field_map.png")));
    }

    @Test
    void closingWithoutCommitLeavesNothing() throws IOException {
        Path target = tmp.resolve("case");
        try (OutputFolder folder = OutputFolder.create(target)) {
            folder.writeText("modes.csv", "index\n");
        }
        assertEquals(List.of(), names(tmp));
    }

    @Test
    void aFailedRunKeepsThePreviousResult() throws IOException {
        Path target = tmp.resolve("case");
        try (OutputFolder folder = OutputFolder.create(target)) {
            folder.writeText("summary.json", "old\n");
            folder.commit();
        }
        try (OutputFolder folder = OutputFolder.create(target)) {
            folder.writeText("summary.json", "half-");
        }
        assertEquals("old\n", Files.readString(target.resolve("summary.json")));
        try (OutputFolder folder = OutputFolder.create(target)) {
            folder.writeText("summary.json", "new\n");
            folder.commit();
        }
        assertEquals("new\n", Files.readString(target.resolve("summary.json")));
        assertEquals(List.of("case"), names(tmp));
    }

    @Test
    void refusesToReplaceAFolderThatIsNoResult() throws IOException {
        Path home = Files.createDirectories(tmp.resolve("home"));
        Files.writeString(home.resolve("thesis.tex"), "precious");
        var e = assertThrows(IllegalArgumentException.class, () -> OutputFolder.create(home));
        assertTrue(e.getMessage().contains("not a result folder"), e.getMessage());
        Path file = Files.writeString(tmp.resolve("file"), "x");
        assertThrows(IllegalArgumentException.class, () -> OutputFolder.checkTarget(file));
        assertEquals("precious", Files.readString(home.resolve("thesis.tex")));
    }

    @Test
    void filesMustStayInsideTheFolder() throws IOException {
        try (OutputFolder folder = OutputFolder.create(tmp.resolve("case"))) {
            assertThrows(IllegalArgumentException.class, () -> folder.writeText("../escape.txt", "x"));
        }
        assertEquals(List.of(), names(tmp));
    }

    /** A rerun replaces exactly an earlier result; a file the user put into it blocks the rerun and survives. */
    @Test
    void aResultWithAUsersFileInItIsNotReplaced() throws IOException {
        Path target = tmp.resolve("case");
        for (String run : List.of("first", "second")) {
            try (OutputFolder folder = OutputFolder.create(target)) {
                folder.writeText("summary.json", run);
                folder.writeText("walls/TM010_wall.csv", run);
                folder.commit();
            }
        }
        assertEquals("second", Files.readString(target.resolve("summary.json")));
        Files.writeString(target.resolve("walls").resolve("my-fit.py"), "precious");
        var e = assertThrows(IllegalArgumentException.class, () -> OutputFolder.create(target));
        assertTrue(e.getMessage().contains("walls/my-fit.py") && e.getMessage().contains("not a result folder"),
                e.getMessage());
        assertEquals("precious", Files.readString(target.resolve("walls").resolve("my-fit.py")));
    }

    /** A result written before manifests were kept is replaced when it holds only what results hold. */
    @Test
    void anOlderResultWithoutManifestIsReplacedOnlyWhenItHoldsOnlyResultFiles() throws IOException {
        Path older = Files.createDirectories(tmp.resolve("older").resolve("plots"));
        Files.writeString(older.resolveSibling("summary.json"), "{}");
        Files.writeString(older.resolve("mode_00_axis_field.png"), "png");
        OutputFolder.checkTarget(older.getParent());
        Files.writeString(older.resolveSibling("thesis.tex"), "precious");
        var e = assertThrows(IllegalArgumentException.class, () -> OutputFolder.checkTarget(older.getParent()));
        assertTrue(e.getMessage().contains("thesis.tex"), e.getMessage());
    }

    /** Targets that cannot be made are refused before anything is computed, in a sentence. */
    @Test
    void unusableTargetsAreRefusedUpFront() throws IOException {
        Path file = Files.writeString(tmp.resolve("plain-file"), "x");
        var below = assertThrows(IllegalArgumentException.class, () -> OutputFolder.checkTarget(file.resolve("sub")));
        assertTrue(below.getMessage().contains("is a file, so it cannot hold"), below.getMessage());
        var longName = assertThrows(IllegalArgumentException.class,
                () -> OutputFolder.checkTarget(tmp.resolve("a".repeat(230))));
        assertTrue(longName.getMessage().contains("230 bytes long"), longName.getMessage());
        assertEquals(List.of("plain-file"), names(tmp), "checking creates nothing");
    }

    /** A result holding a nested result (field maps added to it later) is still replaced whole. */
    @Test
    void aResultWithANestedResultIsReplaced() throws IOException {
        Path target = tmp.resolve("case");
        try (OutputFolder folder = OutputFolder.create(target)) {
            folder.writeText("summary.json", "first");
            folder.commit();
        }
        try (OutputFolder maps = OutputFolder.create(target.resolve("fieldmaps"), "fieldmaps.json")) {
            maps.writeText("fieldmaps.json", "{}");
            maps.writeText("mode.t7", "t7");
            maps.commit();
        }
        try (OutputFolder folder = OutputFolder.create(target)) {
            folder.writeText("summary.json", "second");
            folder.commit();
        }
        assertEquals(List.of(OutputFolder.MANIFEST, "summary.json"), names(target));
    }
}
