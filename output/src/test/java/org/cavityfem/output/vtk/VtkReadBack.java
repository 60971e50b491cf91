package org.cavityfem.output.vtk;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs VTK's own XML readers (Debian's {@code python3-vtk9} under {@value #PYTHON}) on written files
 * through {@code read_with_vtk.py} and returns its JSON report.
 *
 * <p>On a machine without VTK the tests that use it are skipped, with the reason and the package to
 * install printed to standard error; where VTK is required (environment variable
 * {@value #REQUIRE_ENV}{@code =1}, which {@code .ci/run} sets after installing it) they fail instead,
 * so continuous integration never skips them.
 */
final class VtkReadBack {

    /** The interpreter that sees Debian's python3-vtk9. */
    static final String PYTHON = "/usr/bin/python3";

    /** Environment variable that makes VTK required: the read-back tests fail rather than skip without it. */
    static final String REQUIRE_ENV = "CAVITY_REQUIRE_VTK";

    private VtkReadBack() {
    }

    /**
     * Reads every file of a collection with VTK.
     *
     * @param collection the {@code .pvd} file
     * @param probes lines "file cell xi eta" to evaluate with VTK, or empty
     */
    static JsonNode read(Path collection, List<String> probes) throws IOException, InterruptedException {
        requireVtk();
        Path dir = Files.createTempDirectory("vtk-read");
        Path script = dir.resolve("read_with_vtk.py");
        try (InputStream in = VtkReadBack.class.getResourceAsStream("read_with_vtk.py")) {
            Files.copy(in, script);
        }
        List<String> command = new ArrayList<>(List.of(PYTHON, script.toString(), collection.toString()));
        if (!probes.isEmpty()) {
            Path probeFile = dir.resolve("probes.txt");
            Files.write(probeFile, probes);
            command.add(probeFile.toString());
        }
        Path stdout = dir.resolve("stdout.json");
        Path stderr = dir.resolve("stderr.txt");
        Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile())
                .start();
        if (!process.waitFor(300, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("VTK reader did not finish in 300 s");
        }
        String errors = Files.readString(stderr, StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            fail("VTK reader failed (exit " + process.exitValue() + "):\n" + errors);
        }
        JsonNode report = new ObjectMapper().readTree(stdout.toFile());
        if (!errors.isBlank()) {
            fail("VTK reader wrote to standard error:\n" + errors);
        }
        return report;
    }

    private static void requireVtk() throws IOException, InterruptedException {
        Process probe;
        try {
            probe = new ProcessBuilder(PYTHON, "-c", "import vtk").redirectErrorStream(true).start();
        } catch (IOException e) {
            probe = null;
        }
        boolean present = probe != null && probe.waitFor(120, TimeUnit.SECONDS) && probe.exitValue() == 0;
        if (present) {
            return;
        }
        String why = PYTHON + " cannot import vtk, so VTK's own readers cannot check the ParaView files;"
                + " install it with `apt-get install -y python3-vtk9` (.ci/run does)";
        if ("1".equals(System.getenv(REQUIRE_ENV))) {
            fail(why + " (" + REQUIRE_ENV + "=1 requires it)");
        }
        System.err.println("SKIPPED: " + why);
        Assumptions.abort(why);
    }
}
