package org.hoctap.gateway.ussd;

import org.hoctap.shared.text.Gsm7Alphabet;

/** One USSD screen: its text (GSM-7, at most {@value #MOST_SEPTETS} septets) and whether it ends the session. */
public record Screen(String text, boolean ends) {
    /** What one USSD screen holds in GSM-7. */
    public static final int MOST_SEPTETS = 182;

    public Screen {
        if (!fits(text)) {
            throw new IllegalArgumentException("not a USSD screen (GSM-7, " + MOST_SEPTETS + " at most): " + text);
        }
    }

    /** Whether {@code text} fits one screen. */
    public static boolean fits(String text) {
        return Gsm7Alphabet.canEncode(text) && septets(text) <= MOST_SEPTETS;
    }

    static int septets(String text) {
        return text.codePoints().map(Gsm7Alphabet::septets).sum();
    }
}
