package org.hoctap.gateway.smscsim;

/**
 * What makes a handset message a USSD one: its {@code ussd_service_op} and the session's
 * {@code its_session_info}. A screen from the ESME with a releasing operation ends the session.
 */
public record UssdLeg(int operation, int sessionInfo) {
    /** PSSR response and PSSD response release the session; the others keep it (USSR request asks). */
    public boolean ends() {
        return operation == 17 || operation == 16;
    }
}
