package org.cavityfem.study;

import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.cavityfem.casefile.CaseDefinition;
import org.cavityfem.casefile.CaseException;
import org.cavityfem.casefile.CaseFile;
import org.cavityfem.casefile.CaseReader;
import org.cavityfem.casefile.CaseResolver;
import org.cavityfem.casefile.CaseWriter;
import org.cavityfem.casefile.ContourFactory;
import org.cavityfem.casefile.OutputSpec;
import org.cavityfem.mesh.geometry.Contour;

/**
 * A case read, checked and resolved, with its contour: what a {@link Study} runs, and all a dry run
 * does.
 *
 * @param caseFile the case, its definition resolved
 * @param contour the validated wall contour
 * @param readSeconds wall time of reading and resolving (s)
 */
public record PreparedCase(CaseFile caseFile, Contour contour, double readSeconds) {

    /**
     * Reads, checks and resolves a case file without meshing it.
     *
     * @throws CaseException when the case is not valid
     */
    public static PreparedCase read(Path caseFile) {
        return read(caseFile, List.of());
    }

    /**
     * Reads, checks and resolves a case file with values set on the command line ({@code --set
     * PATH=VALUE}), checked like the file and recorded in the resolved case.
     */
    public static PreparedCase read(Path caseFile, List<String> overrides) {
        return read(caseFile, caseFile.toString(), overrides);
    }

    /**
     * As {@link #read(Path, List)}, for a file that messages and the results name otherwise than the
     * path it is read from ({@link CaseReader#read(Path, String, List)}).
     *
     * @param shownAs the file as the user named it
     */
    public static PreparedCase read(Path caseFile, String shownAs, List<String> overrides) {
        long start = System.nanoTime();
        // 1. Read the case file strictly.
        return resolve(CaseReader.read(caseFile, shownAs, overrides), start);
    }

    /**
     * Checks and resolves a case made in code (a variant of a sweep, say) exactly as if it had been
     * read from a file: it is written as case-file JSON and read back, so that it passes the same
     * checks and its errors are located the same way.
     *
     * @param name what messages call the case, e.g. {@code sweep/variant-17}
     * @throws CaseException when the case is not valid
     */
    public static PreparedCase of(String name, CaseDefinition definition) {
        long start = System.nanoTime();
        return resolve(CaseReader.parse(name, CaseWriter.toJson(definition)), start);
    }

    private static PreparedCase resolve(CaseFile read, long start) {
        // 2. Build the wall contour (validating the geometry) and fill in the geometry-dependent defaults.
        Contour contour = ContourFactory.build(read);
        CaseResolver.checkAgainst(read, contour);
        CaseDefinition resolved = CaseResolver.resolve(read.definition(), contour);
        return new PreparedCase(read.withDefinition(resolved), contour, (System.nanoTime() - start) * 1e-9);
    }

    /** The resolved case. */
    public CaseDefinition resolved() {
        return caseFile.definition();
    }

    /**
     * The same case with output settings given on the command line applied over its {@code output}
     * section (and recorded in the resolved case).
     */
    public PreparedCase withOutput(UnaryOperator<OutputSpec> override) {
        CaseDefinition c = resolved();
        return new PreparedCase(caseFile.withDefinition(c.withOutput(override.apply(c.output()))), contour,
                readSeconds);
    }
}
