package org.hoctap.gateway.smscsim;

/** Which way a message went, seen from the handset: MO from the phone, MT to the phone. */
public enum Direction {
    /** Mobile-originated: the handset sent it to a short code (deliver_sm to the ESME). */
    MO,
    /** Mobile-terminated: the ESME sent it to the handset (submit_sm from the ESME). */
    MT
}
