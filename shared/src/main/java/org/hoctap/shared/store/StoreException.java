package org.hoctap.shared.store;

/** The database could not do what was asked; the cause says why. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
