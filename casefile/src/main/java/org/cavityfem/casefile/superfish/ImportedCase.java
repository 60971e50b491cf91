package org.cavityfem.casefile.superfish;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cavityfem.casefile.CaseException;
import org.cavityfem.casefile.CaseDefinition;
import org.cavityfem.casefile.SourceLocation;

/**
 * A Superfish input file read into the case model.
 *
 * @param definition the equivalent case
 * @param notes what was read but has no effect here (a drive point, mesh lines), one line each,
 *     naming the file line; for the user to read, not errors
 * @param file the file as the user named it
 * @param segmentLines where in the file each contour segment is drawn (its {@code &po})
 */
public record ImportedCase(CaseDefinition definition, List<String> notes, String file,
        List<SourceLocation> segmentLines) {

    private static final Pattern MENTION = Pattern.compile("geometry\\.segments\\[(\\d+)\\]");
    private static final Pattern SEGMENT = Pattern.compile("geometry\\.segments\\[(\\d+)\\].*");

    public ImportedCase {
        notes = List.copyOf(notes);
        segmentLines = List.copyOf(segmentLines);
    }

    /**
     * An error found in the case made from the file (the contour crossing itself, say), placed at
     * the {@code &po} line that draws the segment it names; other errors name the file "as imported".
     */
    public CaseException locate(CaseException e) {
        Matcher m = SEGMENT.matcher(e.path());
        if (m.matches()) {
            int i = Integer.parseInt(m.group(1));
            if (i < segmentLines.size()) {
                return new CaseException(file, "", segmentLines.get(i), "the segment this &po point draws: "
                        + named(e.problem()));
            }
        }
        Matcher inText = MENTION.matcher(e.problem());
        if (inText.find()) {
            int i = Integer.parseInt(inText.group(1));
            if (i < segmentLines.size()) {
                return new CaseException(file, "", segmentLines.get(i), named(e.problem()));
            }
        }
        return new CaseException(file + " (as imported)", e.path(), SourceLocation.UNKNOWN, e.problem());
    }

    /** The problem with each segment path replaced by the line of its &po. */
    private String named(String problem) {
        Matcher m = MENTION.matcher(problem);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            int i = Integer.parseInt(m.group(1));
            String name = i < segmentLines.size() ? "the segment of the &po on line " + segmentLines.get(i).line()
                    : m.group();
            m.appendReplacement(b, Matcher.quoteReplacement(name));
        }
        m.appendTail(b);
        return b.toString();
    }
}
