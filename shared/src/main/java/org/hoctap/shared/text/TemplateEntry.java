package org.hoctap.shared.text;

/** One {@code key = text} line of a template file, with where it came from for error messages. */
record TemplateEntry(String key, String value, String file, int line) {

    /** Keys starting with "_" describe the file (such as {@code _status}); they are not texts. */
    boolean isMetadata() {
        return key.startsWith("_");
    }

    TemplateFileException problem(String problem) {
        return new TemplateFileException(file, line, problem);
    }
}
