package org.hoctap.hardware.card.keyboard;

/** One Linux input event ({@code struct input_event}): when, type, code and value. */
record InputEvent(long timeMicros, int type, int code, int value) {
    static final int EV_KEY = 1;
    static final int PRESSED = 1;

    boolean isKeyPress() {
        return type == EV_KEY && value == PRESSED;
    }
}
