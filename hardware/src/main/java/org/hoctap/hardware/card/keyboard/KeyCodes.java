package org.hoctap.hardware.card.keyboard;

/**
 * Linux key codes ({@code linux/input-event-codes.h}) a card reader types: the digit row and the
 * keypad digits, A–F for readers that type hex, and Enter. Key codes name physical keys, whatever the
 * keyboard layout, so a reader typing on an AZERTY system still gives digits here.
 */
final class KeyCodes {
    static final int ENTER = 28;
    static final int KEYPAD_ENTER = 96;
    static final int LEFT_SHIFT = 42;
    static final int RIGHT_SHIFT = 54;

    private static final char NONE = 0;
    private static final char[] CHARACTERS = new char[128];

    static {
        String digitRow = "1234567890"; // KEY_1 = 2 … KEY_0 = 11
        for (int i = 0; i < digitRow.length(); i++) {
            CHARACTERS[2 + i] = digitRow.charAt(i);
        }
        int[] keypad = {82, 79, 80, 81, 75, 76, 77, 71, 72, 73}; // KEY_KP0 … KEY_KP9
        for (int digit = 0; digit < keypad.length; digit++) {
            CHARACTERS[keypad[digit]] = (char) ('0' + digit);
        }
        CHARACTERS[30] = 'A';
        CHARACTERS[48] = 'B';
        CHARACTERS[46] = 'C';
        CHARACTERS[32] = 'D';
        CHARACTERS[18] = 'E';
        CHARACTERS[33] = 'F';
    }

    private KeyCodes() {
    }

    /** The character a card reader means by this key, or 0 for a key that is none of them. */
    static char character(int code) {
        return code >= 0 && code < CHARACTERS.length ? CHARACTERS[code] : NONE;
    }

    static boolean isEnter(int code) {
        return code == ENTER || code == KEYPAD_ENTER;
    }

    static boolean isShift(int code) {
        return code == LEFT_SHIFT || code == RIGHT_SHIFT;
    }
}
