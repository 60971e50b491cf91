package org.cavityfem.app.cli;

import org.cavityfem.casefile.CaseException;
import org.cavityfem.casefile.superfish.ImportedCase;
import org.cavityfem.study.PreparedCase;

/** A Superfish file's case checked and resolved as a case file is, its errors placed in the file. */
final class ImportedCases {

    private ImportedCases() {
    }

    /**
     * @throws CaseException at the {@code &po} line of the segment at fault, when the contour check
     *     refuses the imported geometry
     */
    static PreparedCase prepare(ImportedCase imported) {
        try {
            // Messages of later stages name the generated case, not lines of the Superfish file.
            return PreparedCase.of(imported.file() + " (as imported)", imported.definition());
        } catch (CaseException e) {
            throw imported.locate(e);
        }
    }
}
