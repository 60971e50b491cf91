package org.cavityfem.casefile.superfish;

import java.util.List;
import org.cavityfem.casefile.CaseDefinition;

/**
 * A Superfish input file read into the case model.
 *
 * @param definition the equivalent case
 * @param notes what was read but has no effect here (a drive point, mesh lines), one line each,
 *     naming the file line; for the user to read, not errors
 */
public record ImportedCase(CaseDefinition definition, List<String> notes) {

    public ImportedCase {
        notes = List.copyOf(notes);
    }
}
