package org.hoctap.gateway.smpp;

import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.TypeOfNumber;

/** SMPP address fields (TON, NPI, digits) for our numbers and the handsets'. */
record Addresses(TypeOfNumber ton, NumberingPlanIndicator npi, String address) {

    /** A handset: E.164 goes as international digits without the '+'; anything else as it is. */
    static Addresses handset(String number) {
        if (number.startsWith("+") && number.length() > 1 && number.substring(1).chars().allMatch(Character::isDigit)) {
            return new Addresses(TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, number.substring(1));
        }
        return new Addresses(TypeOfNumber.UNKNOWN, NumberingPlanIndicator.ISDN, number);
    }

    /** Our sender: a short code (digits) or an alphanumeric brand name. */
    static Addresses ours(String shortCode) {
        if (!shortCode.isEmpty() && shortCode.chars().allMatch(Character::isDigit)) {
            return new Addresses(TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, shortCode);
        }
        return new Addresses(TypeOfNumber.ALPHANUMERIC, NumberingPlanIndicator.UNKNOWN, shortCode);
    }
}
