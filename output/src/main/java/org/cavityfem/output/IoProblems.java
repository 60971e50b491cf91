package org.cavityfem.output;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.ReadOnlyFileSystemException;

/** Input/output failures as sentences a user can act on, without Java's exception names. */
public final class IoProblems {

    private IoProblems() {
    }

    /** Why an operation on the file system failed, e.g. "permission denied" or "no such folder". */
    public static String reason(Throwable e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder, or the file system takes none there";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file is in the way";
        }
        if (e instanceof NotDirectoryException) {
            return "a file stands where a folder is needed";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "a folder is not empty";
        }
        if (e instanceof ReadOnlyFileSystemException) {
            return "the file system is read-only";
        }
        if (e instanceof CharacterCodingException) {
            return "text that is not valid Unicode";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        if (e instanceof IOException && e.getMessage() != null && !e.getMessage().isBlank()) {
            return e.getMessage();
        }
        return "an input/output error";
    }

    /** "PATH: reason", the path the failure names when it names one. */
    public static String describe(IOException e) {
        if (e instanceof FileSystemException f && f.getFile() != null) {
            return f.getFile() + ": " + reason(e);
        }
        return reason(e);
    }
}
