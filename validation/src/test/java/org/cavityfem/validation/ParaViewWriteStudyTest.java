package org.cavityfem.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cavityfem.analysis.field.ModeField;
import org.cavityfem.mesh.Mesh;
import org.cavityfem.mesh.MeshGenerator;
import org.cavityfem.mesh.MeshSettings;
import org.cavityfem.output.vtk.ElementQuality;
import org.cavityfem.output.vtk.ParaViewExport;
import org.cavityfem.output.vtk.ParaViewOptions;
import org.cavityfem.output.vtk.VtkEncoding;
import org.cavityfem.solver.ModeRequest;
import org.cavityfem.solver.ModeSolution;
import org.cavityfem.solver.ModeSolver;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Size study (run with {@code mvn verify -Plong}): writing the ParaView files of the pillbox TM010
 * with about one million order-4 unknowns, against the time the solve took. Prints the times and
 * file sizes; checks that the binary meridian file has exactly the size its arrays imply.
 */
@Tag("slow")
class ParaViewWriteStudyTest {

    @TempDir
    Path dir;

    @Test
    void writingAMillionUnknownModeAgainstSolvingIt() throws IOException {
        ClosedFormCase c = ClosedFormCase.pillbox(0.115, 0.115);
        Mesh mesh = MeshGenerator.generate(c.contour().get(), MeshSettings.of(4, 0.115 / 205));
        ModeSolution s = new ModeSolver().solve(mesh, ModeRequest.lowest(1));
        double solve = s.assemblySeconds() + s.eigenSeconds();
        ModeField field = ModeField.of(mesh, s.modes().get(0));
        long q0 = System.nanoTime();
        field.nodalFields();
        long q1 = System.nanoTime();
        ElementQuality.of(mesh);
        long q2 = System.nanoTime();
        System.out.printf("of which: node-averaged E %.2f s, element quality %.2f s (computed again in each write)%n",
                (q1 - q0) * 1e-9, (q2 - q1) * 1e-9);

        for (ParaViewOptions options : List.of(new ParaViewOptions(VtkEncoding.BINARY, 0),
                new ParaViewOptions(VtkEncoding.BINARY, ParaViewOptions.DEFAULT_REVOLVED_STEPS),
                new ParaViewOptions(VtkEncoding.ASCII, 0))) {
            Path out = Files.createDirectories(dir.resolve(options.encoding().key() + options.revolvedSteps()));
            long t0 = System.nanoTime();
            List<String> files = ParaViewExport.write(name -> {
                Path p = out.resolve(name);
                Files.createDirectories(p.getParent());
                return p;
            }, List.of(new ParaViewExport.ModeOutput("TM010", field)), options);
            double write = (System.nanoTime() - t0) * 1e-9;
            long bytes = 0;
            for (String f : files) {
                bytes += Files.size(out.resolve(f));
            }
            System.out.printf("paraview %s, revolved steps %d: %d unknowns, %d nodes, %d elements: "
                    + "write %.2f s (%.0f MB) against solve %.2f s (assemble %.2f + eigen %.2f)%n",
                    options.encoding().key(), options.revolvedSteps(), s.unknowns(), mesh.nodeCount(),
                    mesh.elementCount(), write, bytes / 1e6, solve, s.assemblySeconds(), s.eigenSeconds());
            if (options.encoding() == VtkEncoding.BINARY && !options.revolved()) {
                long nodes = mesh.nodeCount();
                long cells = mesh.elementCount();
                // 4 field-data numbers, 5 scalar and 2 vector point arrays, 2 float cell arrays and one
                // byte array, the points, connectivity (15 Int32 per cell), offsets and types; each
                // block led by its UInt64 length.
                long data = 4 * 8 + nodes * 8 * (5 + 6) + cells * (8 + 8 + 1) + nodes * 24 + cells * (15 * 4 + 4 + 1)
                        + 8L * (4 + 7 + 3 + 1 + 3);
                long file = Files.size(out.resolve("paraview/mode_00_meridian.vtu"));
                String text = Files.readString(out.resolve("paraview/mode_00_meridian.vtu").resolveSibling("modes.pvd"));
                assertTrue(text.contains("mode_00_meridian.vtu"));
                assertTrue(file > data && file < data + 8192, "file " + file + " bytes, arrays " + data);
            }
        }
        assertEquals(4, mesh.order());
        assertTrue(s.unknowns() > 900_000, "unknowns " + s.unknowns());
    }
}
