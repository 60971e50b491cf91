package org.cavityfem.casefile;

/**
 * A case as read from a file: the definition and the parsed document it came from, kept so that
 * errors found later (in the geometry, by the mesher) can still point at a line in the file.
 *
 * @param file the file as the user named it
 * @param definition the case
 * @param document the parsed JSON with its source locations
 */
public record CaseFile(String file, CaseDefinition definition, JsonDocument document) {

    /** An error about the value at {@code path}, located in the file when the path is known. */
    public CaseException error(String path, String problem) {
        return new CaseException(file, path, document.valueLocation(path), problem);
    }

    /** The same file with another (e.g. resolved) definition. */
    public CaseFile withDefinition(CaseDefinition resolved) {
        return new CaseFile(file, resolved, document);
    }
}
