package org.hoctap.gateway.receipt;

import java.util.Locale;
import java.util.Set;

/** SMPP 3.4 message states (§5.2.28) by their receipt names. */
final class ReceiptStates {
    static final String DELIVERED = "DELIVRD";
    static final Set<String> FAILED = Set.of("EXPIRED", "DELETED", "UNDELIV", "REJECTD");
    private static final String[] BY_VALUE = {
        "UNKNOWN", "ENROUTE", DELIVERED, "EXPIRED", "DELETED", "UNDELIV", "ACCEPTD", "UNKNOWN", "REJECTD"};

    private ReceiptStates() {
    }

    /** The name of a message_state TLV value. */
    static String ofValue(int value) {
        return value >= 0 && value < BY_VALUE.length ? BY_VALUE[value] : "UNKNOWN";
    }

    /** A state word from a receipt's text, in capitals; some SMSCs write the long names. */
    static String ofText(String word) {
        String upper = word.toUpperCase(Locale.ROOT);
        return switch (upper) {
            case "DELIVERED" -> DELIVERED;
            case "UNDELIVERABLE" -> "UNDELIV";
            case "REJECTED" -> "REJECTD";
            case "ACCEPTED" -> "ACCEPTD";
            default -> upper;
        };
    }
}
