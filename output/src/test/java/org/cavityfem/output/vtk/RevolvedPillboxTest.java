package org.cavityfem.output.vtk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.cavityfem.analysis.field.ModeField;
import org.cavityfem.mesh.Mesh;
import org.cavityfem.mesh.MeshGenerator;
import org.cavityfem.mesh.MeshSettings;
import org.cavityfem.mesh.build.Pillbox;
import org.cavityfem.solver.Mode;
import org.cavityfem.solver.ModeRequest;
import org.cavityfem.solver.ModeSolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The revolved walls of a closed pillbox (radius R, gap L) in N angular steps, measured by VTK: the
 * surface is a prism over the regular N-gon inscribed in the circle of radius R, closed by two
 * N-gon plates, so its area is exactly N (2 R L sin(π/N) + R² sin(2π/N)) (N rectangles of width
 * 2 R sin(π/N), and two plates of N triangles of area ½ R² sin(2π/N); the rings of wall nodes on a
 * plate split those triangles into trapezoids without changing the sum).
 */
class RevolvedPillboxTest {

    private static final double RADIUS = 0.115;
    private static final double GAP = 0.08;
    private static final int STEPS = 16;

    @TempDir
    Path dir;

    @Test
    void revolvedAreaIsThePolygonalCylinders() throws IOException, InterruptedException {
        Mesh mesh = MeshGenerator.generate(Pillbox.closed(RADIUS, GAP).contour(), MeshSettings.of(2, 0.03));
        Mode mode = new ModeSolver().solve(mesh, ModeRequest.lowest(1)).modes().get(0);
        ParaViewExport.write(name -> dir.resolve(name.substring(name.indexOf('/') + 1)),
                List.of(new ParaViewExport.ModeOutput("TM010", ModeField.of(mesh, mode))),
                new ParaViewOptions(VtkEncoding.BINARY, STEPS));
        JsonNode report = VtkReadBack.read(dir.resolve(ParaViewExport.COLLECTION), List.of());
        assertEquals(0, report.get("messages").size(), report.get("messages").toString());
        JsonNode revolved = report.get("files").get("mode_00_revolved.vtu");
        double exact = STEPS * (2 * RADIUS * GAP * Math.sin(Math.PI / STEPS)
                + RADIUS * RADIUS * Math.sin(2 * Math.PI / STEPS));
        assertEquals(exact, revolved.get("surfaceArea").asDouble(), 1e-12 * exact);
        assertEquals("[5,9]", revolved.get("cellTypes").toString());
        // The Cartesian vectors have the magnitudes of the fields they rotate (VTK's vector range is
        // the range of the magnitude).
        JsonNode pointData = revolved.get("pointData");
        assertEquals(pointData.get(3).get("max").asDouble(), pointData.get(1).get("max").asDouble(),
                1e-12 * pointData.get(3).get("max").asDouble(), "|H vector| = |H_phi|");
        assertEquals(pointData.get(2).get("max").asDouble(), pointData.get(0).get("max").asDouble(),
                1e-12 * pointData.get(2).get("max").asDouble(), "|E vector| = |E|");
        assertEquals(mesh.nodeCount(), report.get("files").get("mode_00_meridian.vtu").get("points").asInt());
        assertEquals(2, report.get("collection").size(), "meridian and revolved parts, no walls given");
    }
}
