package org.cavityfem.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What reaches the JSON reader at all: files that are too large, not text, or not valid Unicode. */
class CaseFileInputTest {

    @TempDir
    Path tmp;

    private static String pillboxWithDescription(String escapedDescription) {
        return "{\n\"name\": \"p\",\n\"description\": \"" + escapedDescription + "\",\n"
                + "\"geometry\": {\"type\": \"pillbox\", \"radius\": \"115 mm\", \"gap\": \"115 mm\"}\n}";
    }

    /** A lone UTF-16 surrogate is refused where it is read, not when results are written. */
    @Test
    void aLoneSurrogateEscapeIsRefusedWithItsPlace() {
        CaseException e = assertThrows(CaseException.class,
                () -> CaseReader.parse("case.json", pillboxWithDescription("bad \\ud800 x")));
        assertTrue(e.getMessage().startsWith("case.json:3:") && e.getMessage().contains("lone surrogate \\ud800"),
                e.getMessage());
        CaseException low = assertThrows(CaseException.class,
                () -> CaseReader.parse("case.json", pillboxWithDescription("\\udc00")));
        assertTrue(low.getMessage().contains("lone surrogate \\udc00"), low.getMessage());
        // A whole pair (U+1F600) is a character like any other.
        assertEquals("smile \uD83D\uDE00",
                CaseReader.parse("case.json", pillboxWithDescription("smile \\ud83d\\ude00")).definition().description());
    }

    /** A file beyond the bound is refused after reading only the bound, so endless streams end too. */
    @Test
    void anOversizedFileIsRefusedWithoutReadingItWhole() throws IOException {
        byte[] spaces = new byte[CaseReader.MAX_BYTES + 1];
        Arrays.fill(spaces, (byte) ' ');
        Path big = Files.write(tmp.resolve("big.json"), spaces);
        CaseException e = assertThrows(CaseException.class, () -> CaseReader.read(big));
        assertTrue(e.getMessage().contains("larger than 16 MiB"), e.getMessage());
    }

    /** Bytes that are not UTF-8 (a binary file) are named as such, not as a decoder's exception. */
    @Test
    void binaryInputIsNotText() throws IOException {
        Path binary = Files.write(tmp.resolve("random.json"), new byte[] {'{', (byte) 0xC3, (byte) 0x28, '}'});
        CaseException e = assertThrows(CaseException.class, () -> CaseReader.read(binary));
        assertTrue(e.getMessage().contains("is not UTF-8 text") && !e.getMessage().contains("Exception"),
                e.getMessage());
        CaseException folder = assertThrows(CaseException.class, () -> CaseReader.read(tmp));
        assertTrue(folder.getMessage().contains("is a folder"), folder.getMessage());
    }
}
