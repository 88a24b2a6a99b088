package org.hoctap.gateway.smscsim;

/** Where a message stands in the simulator. */
public enum MessageStatus {
    /** An MO waiting for a bound receiver or transceiver to take it. */
    QUEUED,
    /** Taken: an MO acknowledged by the ESME, or an MT accepted for the handset. */
    DELIVERED,
    /** An MO the ESME kept refusing (or the simulator closed before it went). */
    FAILED
}
