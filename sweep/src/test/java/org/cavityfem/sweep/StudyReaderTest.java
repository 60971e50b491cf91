package org.cavityfem.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.cavityfem.casefile.CaseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The study-file reader: what it reads, and bad input named by key with its line and column. */
class StudyReaderTest {

    @TempDir
    Path dir;

    private CaseException bad(String study) throws IOException {
        Path file = StudyFiles.write(dir, study);
        return assertThrows(CaseException.class, () -> StudyReader.read(file));
    }

    @Test
    void readsAGridWithUnitsAndTuning() throws IOException {
        StudySpec s = StudyReader.read(StudyFiles.write(dir, """
                {
                  "name": "g",
                  "baseCase": "pillbox.json",
                  "parameters": { "gap": { "from": "60 mm", "to": "160 mm", "steps": 3 } },
                  "tune": { "parameter": "radius", "frequency": "1 GHz" }
                }
                """));
        assertEquals(1, s.variables().size());
        assertEquals(0.06, s.variables().get(0).lower(), 0);
        assertEquals(0.16, s.variables().get(0).upper(), 0);
        assertEquals("radius", s.tune().orElseThrow().parameter());
        assertEquals(1e9, s.tune().orElseThrow().frequency(), 0);
        assertEquals(3, s.design().points(s.variables()).size());
    }

    @Test
    void unknownParameterIsNamedAtItsKey() throws IOException {
        CaseException e = bad("""
                {
                  "name": "g",
                  "baseCase": "pillbox.json",
                  "parameters": { "midCell.Ri": { "from": "30 mm", "to": "40 mm", "steps": 3 } }
                }
                """);
        assertEquals("parameters.midCell.Ri", e.path());
        assertEquals(4, e.location().line());
        assertTrue(e.getMessage().contains("unknown parameter \"midCell.Ri\"") && e.getMessage().contains("radius, gap"),
                e.getMessage());
    }

    @Test
    void invertedBoundsAreNamed() throws IOException {
        CaseException e = bad("""
                {"name": "g", "baseCase": "pillbox.json",
                 "parameters": { "gap": { "from": "160 mm", "to": "60 mm", "steps": 3 } } }
                """);
        assertEquals("parameters.gap.to", e.path());
        assertTrue(e.getMessage().contains("inverted"), e.getMessage());
    }

    @Test
    void boundsThatMakeTheBaseCaseInvalidAreNamed() throws IOException {
        // A beam pipe of 30 mm radius: a pillbox radius of 20 mm at the lower bound is not a cavity.
        Files.writeString(dir.resolve("piped.json"), """
                {"name": "p", "geometry": {"type": "pillbox", "radius": "115 mm", "gap": "115 mm",
                  "beamPipe": {"radius": "30 mm", "length": "50 mm"}}, "mesh": {"order": 3}}
                """);
        Path file = dir.resolve("s.json");
        Files.writeString(file, """
                {"name": "g", "baseCase": "piped.json",
                 "parameters": { "radius": { "from": "20 mm", "to": "120 mm", "steps": 3 } } }
                """);
        CaseException e = assertThrows(CaseException.class, () -> StudyReader.read(file));
        assertEquals("parameters.radius.from", e.path());
        assertTrue(e.getMessage().contains("the base case is not valid"), e.getMessage());
    }

    @Test
    void unknownObjectiveIsNamed() throws IOException {
        CaseException e = bad("""
                {"name": "g", "baseCase": "pillbox.json",
                 "parameters": { "gap": { "from": "60 mm", "to": "160 mm" } },
                 "optimize": { "objectives": ["min EpkOverEacc", "max Shininess"] } }
                """);
        assertEquals("optimize.objectives[1]", e.path());
        assertEquals(3, e.location().line());
        assertTrue(e.getMessage().contains("unknown figure \"Shininess\""), e.getMessage());
    }

    @Test
    void aStudyWithoutVariablesIsRejected() throws IOException {
        CaseException e = bad("""
                {"name": "g", "baseCase": "pillbox.json", "parameters": {} }
                """);
        assertEquals("parameters", e.path());
        assertTrue(e.getMessage().contains("at least one parameter"), e.getMessage());
    }

    @Test
    void otherMistakesAreLocated() throws IOException {
        record Case(String text, String path, String words) {
        }
        for (Case c : Stream.of(
                new Case("{\"name\": \"g\", \"baseCase\": \"pillbox.json\", \"parameters\": {\"gap\": {\"from\": 60, "
                        + "\"to\": \"160 mm\", \"steps\": 3}}}", "parameters.gap.from", "needs its unit"),
                new Case("{\"name\": \"g\", \"baseCase\": \"nothere.json\", \"parameters\": {}}", "baseCase",
                        "cannot read the base case"),
                new Case("{\"name\": \"g\", \"baseCase\": \"pillbox.json\", \"paramters\": {}}", "paramters",
                        "did you mean \"parameters\""),
                new Case("{\"name\": \"g\", \"baseCase\": \"pillbox.json\", \"parameters\": {\"gap\": {\"from\": "
                        + "\"60 mm\", \"to\": \"160 mm\"}}}", "parameters.gap.steps", "needs \"steps\""),
                new Case("{\"name\": \"g\", \"baseCase\": \"pillbox.json\", \"parameters\": {\"gap\": {\"values\": "
                        + "[\"60 mm\"]}}, \"tune\": {\"parameter\": \"gap\", \"frequency\": \"1 GHz\"}}",
                        "parameters.gap", "is the tuned parameter")).toList()) {
            CaseException e = bad(c.text());
            assertEquals(c.path(), e.path(), e.getMessage());
            assertTrue(e.getMessage().contains(c.words()), e.getMessage());
        }
    }
}
