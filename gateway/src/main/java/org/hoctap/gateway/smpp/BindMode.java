package org.hoctap.gateway.smpp;

/** How we bind: one transceiver session, or a transmitter and a receiver, as some operators require. */
public enum BindMode {
    TRANSCEIVER, TRANSMITTER_RECEIVER
}
