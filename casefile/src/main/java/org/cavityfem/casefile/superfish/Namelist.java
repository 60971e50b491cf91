package org.cavityfem.casefile.superfish;

import java.util.List;
import java.util.Optional;
import org.cavityfem.casefile.SourceLocation;

/**
 * One namelist group as written in the file, e.g. {@code &po x=1.0, y=2.0 &}.
 *
 * @param name group name in lower case ({@code reg}, {@code po}, ...)
 * @param location where its {@code &} or {@code $} stands
 * @param assignments the variables in the order written
 */
public record Namelist(String name, SourceLocation location, List<Assignment> assignments) {

    /**
     * One {@code name = value[, value ...]}.
     *
     * @param name variable name in lower case
     * @param location where the name stands
     * @param values the values as written (numbers, logicals), at least one
     */
    public record Assignment(String name, SourceLocation location, List<String> values) {

        public Assignment {
            values = List.copyOf(values);
        }
    }

    public Namelist {
        assignments = List.copyOf(assignments);
    }

    /** The last assignment of a variable (Fortran lets a later one override), if any. */
    public Optional<Assignment> find(String variable) {
        Assignment found = null;
        for (Assignment a : assignments) {
            if (a.name().equals(variable)) {
                found = a;
            }
        }
        return Optional.ofNullable(found);
    }
}
