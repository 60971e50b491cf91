package org.cavityfem.validation.regression;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * A {@code modes.csv} file as written by {@code cavity solve}: a header of column names with
 * their units, then one row per mode. The writer never quotes (labels hold no comma), so a plain
 * split is the whole parser.
 *
 * @param header column names, in file order
 * @param rows one list of cells per mode, in file order
 */
record ModesTable(List<String> header, List<List<String>> rows) {

    static ModesTable read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file).stream().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (lines.isEmpty()) {
            throw new IllegalArgumentException(file + " is empty");
        }
        List<String> header = Arrays.asList(lines.get(0).split(",", -1));
        List<List<String>> rows = lines.subList(1, lines.size()).stream()
                .map(l -> Arrays.asList(l.split(",", -1)))
                .toList();
        for (List<String> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException(file + ": a row has " + row.size() + " cells, the header "
                        + header.size());
            }
        }
        return new ModesTable(header, rows);
    }

    /** The position of a column, or -1 when the table has no such column. */
    int column(String name) {
        return header.indexOf(name);
    }
}
