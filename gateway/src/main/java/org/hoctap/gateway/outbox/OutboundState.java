package org.hoctap.gateway.outbox;

/** Where an MT is: waiting (new or between retries), taken by the SMSC, or given up on. */
public enum OutboundState {
    QUEUED, SENT, FAILED
}
