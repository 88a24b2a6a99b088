package org.hoctap.provisioning.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.hoctap.shared.text.TemplateFileException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a command's failure into one line a person can act on ("hoctap kiosk: the port 8080 is taken…"),
 * with exit code 1. Failures we foresee (bad settings, a taken port, an unreadable file) say so
 * plainly; anything else is a bug and also gets its stack trace.
 */
final class FailureReport implements IExecutionExceptionHandler {
    static final int EXIT_FAILED = 1;

    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
        var err = command.getErr();
        err.println(command.getCommandSpec().qualifiedName() + ": " + describe(e));
        if (!isForeseen(e)) {
            e.printStackTrace(err);
        }
        err.flush();
        return EXIT_FAILED;
    }

    private static boolean isForeseen(Exception e) {
        return e instanceof IllegalStateException || e instanceof IllegalArgumentException
                || e instanceof IOException || e instanceof UncheckedIOException
                || e instanceof TemplateFileException;
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.toString() : message;
    }
}
