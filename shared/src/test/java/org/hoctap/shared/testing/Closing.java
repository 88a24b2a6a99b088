package org.hoctap.shared.testing;

/** Tearing down what a test started. */
public final class Closing {
    private Closing() {
    }

    /** Closes each part that was started (null ones were not), in the order given, all of them even when one fails. */
    public static void all(AutoCloseable... parts) {
        RuntimeException failure = null;
        for (AutoCloseable part : parts) {
            if (part == null) {
                continue;
            }
            try {
                part.close();
            } catch (Exception e) {
                if (failure == null) {
                    failure = new IllegalStateException("could not close " + part, e);
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
