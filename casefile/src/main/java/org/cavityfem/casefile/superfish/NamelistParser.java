package org.cavityfem.casefile.superfish;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.cavityfem.casefile.CaseException;
import org.cavityfem.casefile.SourceLocation;

/**
 * Reads the Fortran namelist syntax of a Superfish input file.
 *
 * <p>What it accepts, as the Poisson Superfish documentation describes the Automesh input:
 * <ul>
 *   <li>the text before the first namelist is the title; text between namelists is a comment;</li>
 *   <li>a group opens with {@code &name} or {@code $name} and closes with {@code &}, {@code $},
 *       {@code /}, {@code &end} or {@code $end}; several groups may share a line and one group may
 *       span lines;</li>
 *   <li>names are case-insensitive; assignments {@code name = value} are separated by commas or
 *       blanks; a name may take several values separated by commas;</li>
 *   <li>values are Fortran numbers ({@code 1}, {@code -1.}, {@code .5}, {@code 1e-3},
 *       {@code 2.5D+1}), logicals ({@code .true.}, {@code T}) or quoted strings;</li>
 *   <li>{@code !} and {@code ;} start a comment that runs to the end of the line.</li>
 * </ul>
 * A syntax error is a {@link CaseException} at the line and column where reading stopped.
 */
public final class NamelistParser {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eEdD][+-]?\\d+)?");
    private static final Pattern LOGICAL = Pattern.compile("(?i)\\.?(t|f|true|false)\\.?");

    private final String file;
    private final String text;
    private int pos;
    private int line = 1;
    private int column = 1;

    private NamelistParser(String file, String text) {
        this.file = file;
        this.text = text;
    }

    /**
     * Reads the namelists of a Superfish input file.
     *
     * @param file the file as the user named it, for messages
     * @param text its content
     * @throws CaseException on a syntax error, with its line and column
     */
    public static NamelistFile parse(String file, String text) {
        return new NamelistParser(file, text).file();
    }

    private NamelistFile file() {
        StringBuilder title = new StringBuilder();
        List<Namelist> groups = new ArrayList<>();
        StringBuilder titleLine = new StringBuilder();
        while (pos < text.length()) {
            char c = peek();
            if (isGroupStart()) {
                if (groups.isEmpty()) {
                    appendTitle(title, titleLine);
                }
                groups.add(group());
                continue;
            }
            if (groups.isEmpty()) {
                if (c == '\n') {
                    appendTitle(title, titleLine);
                } else {
                    titleLine.append(c);
                }
            }
            advance();
        }
        if (groups.isEmpty()) {
            appendTitle(title, titleLine);
        }
        return new NamelistFile(title.toString(), groups);
    }

    private static void appendTitle(StringBuilder title, StringBuilder line) {
        String t = line.toString().strip();
        if (!t.isEmpty()) {
            title.append(title.length() > 0 ? " " : "").append(t);
        }
        line.setLength(0);
    }

    /** {@code &} or {@code $} directly followed by a letter, at the start of a word. */
    private boolean isGroupStart() {
        char c = peek();
        if (c != '&' && c != '$') {
            return false;
        }
        boolean wordStart = pos == 0 || Character.isWhitespace(text.charAt(pos - 1)) || text.charAt(pos - 1) == '&'
                || text.charAt(pos - 1) == '$' || text.charAt(pos - 1) == '/';
        return wordStart && pos + 1 < text.length() && Character.isLetter(text.charAt(pos + 1));
    }

    private Namelist group() {
        SourceLocation start = here();
        advance();
        String name = identifier();
        if (name.equals("end")) {
            throw error(start, "'&end' closes a namelist, but none is open here");
        }
        List<Namelist.Assignment> assignments = new ArrayList<>();
        while (true) {
            skipBlanksAndCommas();
            if (pos >= text.length()) {
                throw error(start, "the namelist &" + name + " is not closed; end it with '&' (or '$', '/')");
            }
            char c = peek();
            if (c == '&' || c == '$') {
                SourceLocation at = here();
                advance();
                if (pos < text.length() && Character.isLetter(peek())) {
                    String word = identifier();
                    if (!word.equals("end")) {
                        throw error(at, "'&" + word + "' starts a new namelist before &" + name + " (line "
                                + start.line() + ") is closed; close it with '&' first");
                    }
                }
                return new Namelist(name, start, assignments);
            }
            if (c == '/') {
                advance();
                return new Namelist(name, start, assignments);
            }
            if (!Character.isLetter(c)) {
                throw error(here(), "expected a variable name in &" + name + ", found '" + c + "'");
            }
            assignments.add(assignment(name));
        }
    }

    private Namelist.Assignment assignment(String group) {
        SourceLocation at = here();
        String name = identifier();
        skipBlanks();
        if (pos < text.length() && peek() == '(') {
            throw error(here(), "array elements such as " + name + "(i) are not used by the variables this reader "
                    + "maps; write " + name + " = value");
        }
        if (pos >= text.length() || peek() != '=') {
            throw error(here(), "expected '=' after " + name + " in &" + group);
        }
        advance();
        List<String> values = new ArrayList<>();
        while (true) {
            skipBlanks();
            if (pos >= text.length() || atValueEnd()) {
                break;
            }
            if (Character.isLetter(peek()) && nextIsAssignment()) {
                break;
            }
            if (Character.isLetter(peek()) && !LOGICAL.matcher(wordAhead()).matches()) {
                String word = identifier();
                skipBlanks();
                throw error(here(), "expected '=' after " + word + " in &" + group);
            }
            SourceLocation valueAt = here();
            String token = valueToken();
            if (token.contains("*")) {
                throw error(valueAt, "repeat counts such as '" + token + "' are not supported; write the value "
                        + "out");
            }
            if (!(NUMBER.matcher(token).matches() || LOGICAL.matcher(token).matches() || token.startsWith("'")
                    || token.startsWith("\""))) {
                throw error(valueAt, "'" + token + "' is not a number (write e.g. 1.5, -2, 1e-3 or 2.5D+1)");
            }
            values.add(token);
            skipBlanks();
            if (pos < text.length() && peek() == ',') {
                advance();
            }
        }
        if (values.isEmpty()) {
            throw error(here(), "expected a value after '" + name + " ='");
        }
        return new Namelist.Assignment(name, at, values);
    }

    /** At a letter: is this a name followed by '=' (a new assignment) rather than a logical value? */
    private boolean nextIsAssignment() {
        int p = pos;
        while (p < text.length() && (Character.isLetterOrDigit(text.charAt(p)) || text.charAt(p) == '_')) {
            p++;
        }
        while (p < text.length() && (text.charAt(p) == ' ' || text.charAt(p) == '\t')) {
            p++;
        }
        return p < text.length() && (text.charAt(p) == '=' || text.charAt(p) == '(');
    }

    private String wordAhead() {
        int p = pos;
        while (p < text.length() && (Character.isLetterOrDigit(text.charAt(p)) || text.charAt(p) == '_'
                || text.charAt(p) == '.')) {
            p++;
        }
        return text.substring(pos, p);
    }

    private boolean atValueEnd() {
        char c = peek();
        return c == '&' || c == '$' || c == '/';
    }

    private String valueToken() {
        char c = peek();
        if (c == '\'' || c == '"') {
            SourceLocation at = here();
            StringBuilder b = new StringBuilder().append(c);
            advance();
            while (pos < text.length() && peek() != c) {
                b.append(peek());
                advance();
            }
            if (pos >= text.length()) {
                throw error(at, "the quoted string is not closed");
            }
            advance();
            return b.append(c).toString();
        }
        StringBuilder b = new StringBuilder();
        while (pos < text.length()) {
            char d = peek();
            if (Character.isWhitespace(d) || d == ',' || d == '&' || d == '$' || d == '/' || d == '!' || d == ';') {
                break;
            }
            b.append(d);
            advance();
        }
        return b.toString();
    }

    private String identifier() {
        StringBuilder b = new StringBuilder();
        while (pos < text.length() && (Character.isLetterOrDigit(peek()) || peek() == '_')) {
            b.append(peek());
            advance();
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    /** Blanks, line ends and comments. */
    private void skipBlanks() {
        while (pos < text.length()) {
            char c = peek();
            if (c == '!' || c == ';') {
                while (pos < text.length() && peek() != '\n') {
                    advance();
                }
            } else if (Character.isWhitespace(c)) {
                advance();
            } else {
                return;
            }
        }
    }

    private void skipBlanksAndCommas() {
        skipBlanks();
        while (pos < text.length() && peek() == ',') {
            advance();
            skipBlanks();
        }
    }

    private char peek() {
        return text.charAt(pos);
    }

    private void advance() {
        if (text.charAt(pos) == '\n') {
            line++;
            column = 1;
        } else {
            column++;
        }
        pos++;
    }

    private SourceLocation here() {
        return new SourceLocation(line, column);
    }

    private CaseException error(SourceLocation at, String problem) {
        return new CaseException(file, "", at, problem);
    }
}
