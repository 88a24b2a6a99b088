package org.hoctap.gateway.smpp;

import java.io.IOException;
import org.jsmpp.InvalidResponseException;
import org.jsmpp.extra.ResponseTimeoutException;
import org.jsmpp.session.SMPPSession;

/** A jSMPP session whose enquire_link we can send when we choose (jSMPP keeps it protected). */
final class CheckedSession extends SMPPSession {
    /** Sends enquire_link and waits for its response (the transaction timer at most). */
    void checkLink() throws ResponseTimeoutException, InvalidResponseException, IOException {
        sendEnquireLink();
    }
}
