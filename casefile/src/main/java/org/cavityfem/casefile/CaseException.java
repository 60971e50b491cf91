package org.cavityfem.casefile;

/**
 * Bad input in a case file: a syntax error, a key that does not belong, a value of the wrong kind,
 * or a geometry that cannot be meshed. The message reads like a compiler diagnostic,
 * {@code file:line:column: path: what is wrong; how to fix it}.
 */
public final class CaseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final String path;
    private final SourceLocation location;
    private final String problem;

    /**
     * @param file the case file as the user named it
     * @param path JSON path of the offending value, e.g. {@code geometry.segments[3].center.r};
     *     empty for the whole file
     * @param location where in the file, or {@link SourceLocation#UNKNOWN}
     * @param problem what is wrong and how to fix it
     */
    public CaseException(String file, String path, SourceLocation location, String problem) {
        super(format(file, path, location, problem));
        this.file = file;
        this.path = path;
        this.location = location;
        this.problem = problem;
    }

    private static String format(String file, String path, SourceLocation location, String problem) {
        StringBuilder b = new StringBuilder(file);
        if (location.isKnown()) {
            b.append(':').append(location.line()).append(':').append(location.column());
        }
        b.append(": ");
        if (!path.isEmpty()) {
            b.append(path).append(": ");
        }
        return b.append(problem).toString();
    }

    /** The case file as the user named it. */
    public String file() {
        return file;
    }

    /** JSON path of the offending value; empty for the whole file. */
    public String path() {
        return path;
    }

    /** Line and column in the file, or {@link SourceLocation#UNKNOWN}. */
    public SourceLocation location() {
        return location;
    }

    /** The problem without the file, location and path prefix. */
    public String problem() {
        return problem;
    }
}
