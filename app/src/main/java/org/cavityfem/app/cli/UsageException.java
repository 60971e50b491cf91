package org.cavityfem.app.cli;

/**
 * A command line that does not fit: an option out of range, or a request the case cannot meet. The
 * message is complete (it names the case file or the option) and is printed after {@code error: }.
 */
final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
