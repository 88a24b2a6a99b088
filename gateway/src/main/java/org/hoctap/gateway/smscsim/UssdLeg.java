package org.hoctap.gateway.smscsim;

/**
 * What makes a handset message a USSD one: its {@code ussd_service_op} and the session's
 * {@code its_session_info}. A screen from the ESME with a releasing operation ends the session.
 */
public record UssdLeg(int operation, int sessionInfo) {
    /**
     * PSSR response and PSSD response release the session, and so does a USSN request (a notification:
     * some operators end a session with one); a USSR request asks and keeps it.
     */
    public boolean ends() {
        return operation == 17 || operation == 16 || operation == 3;
    }
}
