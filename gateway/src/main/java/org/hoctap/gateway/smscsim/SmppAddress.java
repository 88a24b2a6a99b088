package org.hoctap.gateway.smscsim;

import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.TypeOfNumber;

/** An SMPP address: type of number, numbering plan and the digits (or letters). */
record SmppAddress(TypeOfNumber ton, NumberingPlanIndicator npi, String address) {

    /** A handset in E.164: international, ISDN, digits without the '+'. */
    static SmppAddress handset(String e164) {
        return new SmppAddress(TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN,
                e164.startsWith("+") ? e164.substring(1) : e164);
    }

    /** A service's short code (or an alphanumeric name). */
    static SmppAddress shortCode(String code) {
        boolean digits = !code.isEmpty() && code.chars().allMatch(Character::isDigit);
        return new SmppAddress(digits ? TypeOfNumber.UNKNOWN : TypeOfNumber.ALPHANUMERIC,
                NumberingPlanIndicator.UNKNOWN, code);
    }
}
