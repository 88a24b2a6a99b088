package org.hoctap.gateway.outbox;

import java.util.Set;

/** What an SMSC's refusal of a submit_sm means for the message. */
final class CommandStatuses {
    static final int THROTTLED = 0x58;
    static final int MESSAGE_QUEUE_FULL = 0x14;

    /**
     * Refusals that no retry will change: the message itself is wrong for this SMSC (length,
     * addresses, TON/NPI, esm_class, data coding, optional parameters) or the application refuses it.
     */
    private static final Set<Integer> PERMANENT = Set.of(
            0x01, // ESME_RINVMSGLEN
            0x0A, // ESME_RINVSRCADR
            0x0B, // ESME_RINVDSTADR
            0x43, // ESME_RINVESMCLASS
            0x48, 0x49, // ESME_RINVSRCTON, ESME_RINVSRCNPI
            0x50, 0x51, // ESME_RINVDSTTON, ESME_RINVDSTNPI
            0x53, // ESME_RINVSYSTYP
            0x54, // ESME_RINVREGDLVFLG
            0x62, // ESME_RINVEXPIRY
            0x65, // ESME_RX_R_APPN (permanent application error)
            0xC0, 0xC1, 0xC2, 0xC4); // optional parameter errors

    private CommandStatuses() {
    }

    /** The SMSC is overwhelmed: slow down and try again, no attempt lost. */
    static boolean isBackPressure(int status) {
        return status == THROTTLED || status == MESSAGE_QUEUE_FULL;
    }

    static boolean isPermanent(int status) {
        return PERMANENT.contains(status);
    }
}
