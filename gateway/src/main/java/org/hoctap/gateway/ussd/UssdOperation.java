package org.hoctap.gateway.ussd;

import java.util.Optional;

/** The {@code ussd_service_op} TLV (0x0501) values of SMPP 3.4. */
public enum UssdOperation {
    PSSD_INDICATION(0), PSSR_INDICATION(1), USSR_REQUEST(2), USSN_REQUEST(3), PSSD_RESPONSE(16),
    PSSR_RESPONSE(17), USSR_CONFIRM(18), USSN_CONFIRM(19);

    private final int code;

    UssdOperation(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static Optional<UssdOperation> of(int code) {
        for (UssdOperation op : values()) {
            if (op.code == code) {
                return Optional.of(op);
            }
        }
        return Optional.empty();
    }

    /** Whether a handset's message with this operation opens a session (the user dialled the code). */
    public boolean opensSession() {
        return this == PSSR_INDICATION || this == PSSD_INDICATION;
    }
}
