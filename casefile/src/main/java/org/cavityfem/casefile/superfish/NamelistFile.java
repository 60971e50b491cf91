package org.cavityfem.casefile.superfish;

import java.util.List;

/**
 * A Superfish input file read into namelists.
 *
 * @param title the title: the text before the first namelist, lines joined by a space
 * @param namelists the namelist groups in file order
 */
public record NamelistFile(String title, List<Namelist> namelists) {

    public NamelistFile {
        namelists = List.copyOf(namelists);
    }
}
