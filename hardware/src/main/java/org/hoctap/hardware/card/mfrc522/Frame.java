package org.hoctap.hardware.card.mfrc522;

/**
 * What a card answered to a transceive: its bytes, and how many bits of the last byte are valid
 * (0 meaning all eight). Empty with {@link Status#NO_ANSWER} when no card answered in time.
 */
record Frame(Status status, byte[] data, int lastBits) {
    enum Status { OK, NO_ANSWER, COLLISION, BAD_FRAME }

    static final Frame NO_ANSWER = new Frame(Status.NO_ANSWER, new byte[0], 0);

    static Frame failed(Status status) {
        return new Frame(status, new byte[0], 0);
    }

    boolean ok() {
        return status == Status.OK;
    }
}
