package org.hoctap.shared.text;

/** A template file cannot be used as it is; the message names the file, the line and what is wrong. */
public final class TemplateFileException extends RuntimeException {
    private final String file;
    private final int line;

    public TemplateFileException(String file, int line, String problem) {
        super(file + ", line " + line + ": " + problem);
        this.file = file;
        this.line = line;
    }

    /** The file: a path for a staff override, {@code classpath:templates/…} for a built-in one. */
    public String file() {
        return file;
    }

    /** The line, counting from 1. */
    public int line() {
        return line;
    }
}
