package org.hoctap.gateway.smscsim;

import java.util.concurrent.CompletableFuture;

/**
 * What became of {@link SmscSimulator#deliverMo}: the MO is in the handset's conversation and queued
 * for delivery either way.
 *
 * @param message    the MO as logged (status QUEUED at first; the log shows later changes)
 * @param esmeBound  whether a receiver or transceiver was bound to take it right away; when false it
 *                   waits, like at a real SMSC, and goes when an ESME binds
 * @param delivery   completes with DELIVERED when the ESME acknowledged every part, FAILED when it kept
 *                   refusing or the simulator closed first
 */
public record MoResult(HandsetMessage message, boolean esmeBound, CompletableFuture<MessageStatus> delivery) {

    /** True when no ESME could take the MO at once, so it waits in the simulator's queue. */
    public boolean queued() {
        return !esmeBound;
    }
}
