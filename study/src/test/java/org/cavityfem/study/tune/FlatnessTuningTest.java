package org.cavityfem.study.tune;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cavityfem.casefile.CaseDefinition;
import org.cavityfem.casefile.CaseFile;
import org.cavityfem.casefile.CaseReader;
import org.cavityfem.casefile.CaseResolver;
import org.cavityfem.casefile.ContourFactory;
import org.cavityfem.casefile.EllipticalGeometry;
import org.cavityfem.solver.ModeSolver;
import org.cavityfem.study.Study;
import org.junit.jupiter.api.Test;

/**
 * Three TESLA mid-cells closed by magnetic planes at the outer irises, the left end half-cell
 * shortened from 57.7 to 57.4 mm. With all half-cells equal the chain's π-mode is the periodic
 * π-mode, the same field in every cell (flatness 1); so flatness tuning of the left end length must
 * bring it back to 57.7 mm.
 */
class FlatnessTuningTest {

    private static final String DETUNED = """
            {
              "name": "detuned",
              "geometry": {"type": "elliptical", "cells": 3,
                "midCell": {"Req": "103.3 mm", "Ri": "35 mm", "A": "42 mm", "B": "42 mm", "a": "12 mm",
                            "b": "19 mm", "L": "57.7 mm"},
                "leftEndCell": {"Req": "103.3 mm", "Ri": "35 mm", "A": "42 mm", "B": "42 mm", "a": "12 mm",
                            "b": "19 mm", "L": "57.4 mm"},
                "endPlanes": "magnetic"},
              "mesh": {"order": 4, "elementSize": "20 mm", "maxArcAngle_deg": 15},
              "solver": {"modes": 3}
            }
            """;

    @Test
    void endLengthReturnsToTheMidCellLength() {
        CaseFile file = CaseReader.parse("detuned.json", DETUNED);
        CaseDefinition c = CaseResolver.resolve(file.definition(), ContourFactory.build(file));
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        Tuning tuning = new Tuning(c, new Study(new ModeSolver()), new PrintStream(log, true, StandardCharsets.UTF_8), 12);
        EllipticalGeometry tuned = (EllipticalGeometry) tuning.flatness(c.geometry(), List.of("leftEndCell.L"), 1e-4);
        // |E_end/E_inner − 1| <= 1e-4 with a sensitivity of about 1 per mm: L within a few µm.
        assertEquals(0.0577, tuned.leftEnd().length(), 5e-6, log.toString(StandardCharsets.UTF_8));
    }
}
