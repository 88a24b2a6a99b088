package org.hoctap.gateway.smpp;

import java.util.OptionalInt;

/**
 * An MT could not be handed to the SMSC. {@link #isLinkDown()} means it was not even tried (no bound
 * session), so it costs no attempt; otherwise the SMSC refused it ({@link #commandStatus()}), did
 * not answer in time (it may still have taken it), or the link broke while sending.
 */
public final class SubmitFailure extends Exception {
    private static final long serialVersionUID = 1L;

    private final boolean linkDown;
    private final Integer commandStatus;

    private SubmitFailure(String message, Throwable cause, boolean linkDown, Integer commandStatus) {
        super(message, cause);
        this.linkDown = linkDown;
        this.commandStatus = commandStatus;
    }

    public static SubmitFailure notBound() {
        return new SubmitFailure("not bound to the SMSC", null, true, null);
    }

    public static SubmitFailure rejected(int commandStatus, Throwable cause) {
        return new SubmitFailure(String.format("the SMSC refused the message (command_status 0x%08X)", commandStatus),
                cause, false, commandStatus);
    }

    public static SubmitFailure failed(String message, Throwable cause) {
        return new SubmitFailure(message, cause, false, null);
    }

    public boolean isLinkDown() {
        return linkDown;
    }

    public OptionalInt commandStatus() {
        return commandStatus == null ? OptionalInt.empty() : OptionalInt.of(commandStatus);
    }
}
