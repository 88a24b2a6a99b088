package org.hoctap.shared.text;

/** How an SMS is coded on the air: the GSM 7-bit default alphabet (dcs 0) or UCS-2 (dcs 8, UTF-16BE). */
public enum SmsEncoding {
    /** 160 septets in one message, 153 per part of a long one. */
    GSM7(160, 153),
    /** 70 UTF-16 units in one message, 67 per part of a long one. */
    UCS2(70, 67);

    private final int singleLimit;
    private final int partLimit;

    SmsEncoding(int singleLimit, int partLimit) {
        this.singleLimit = singleLimit;
        this.partLimit = partLimit;
    }

    /** The most units (septets or UTF-16 units) one unsegmented message holds. */
    public int singleLimit() {
        return singleLimit;
    }

    /** The most units one part of a concatenated message holds (the rest is the user data header). */
    public int partLimit() {
        return partLimit;
    }
}
