package org.cavityfem.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The example in docs/case-format.md is a valid case, so the document cannot drift from the reader. */
class DocumentedExampleTest {

    @Test
    void caseFormatExampleReadsAndBuildsItsContour() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "case-format.md"));
        Matcher m = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL).matcher(doc);
        assertTrue(m.find(), "docs/case-format.md has a json example");
        CaseFile file = CaseReader.parse("docs/case-format.md", m.group(1));
        assertEquals("capped", file.definition().name());
        assertEquals(5, ContourFactory.build(file).size());
        assertEquals(new org.cavityfem.analysis.resistance.PielBcs(2, 9.2, 1e-8),
                file.definition().rf().surfaceResistance());
        assertEquals(36, file.definition().output().revolvedSteps());
    }
}
