package org.hoctap.gateway.inbox;

/** Where an inbound SMS is: stored and acknowledged, handled (reply queued if any), or given up on. */
public enum InboundState {
    RECEIVED, PROCESSED, FAILED
}
