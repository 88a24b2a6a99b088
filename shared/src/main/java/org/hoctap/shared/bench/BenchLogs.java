package org.hoctap.shared.bench;

/** A log line per request would be what a benchmark measures: only warnings and errors during a run. */
public final class BenchLogs {
    private static final String LOG_LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";

    private BenchLogs() {
    }

    /** Warnings and errors only, unless the level was set on the command line. Call before anything logs. */
    public static void warningsOnly() {
        if (System.getProperty(LOG_LEVEL) == null) {
            System.setProperty(LOG_LEVEL, "warn");
        }
    }
}
