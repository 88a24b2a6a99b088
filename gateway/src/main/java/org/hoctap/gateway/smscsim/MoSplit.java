package org.hoctap.gateway.smscsim;

/** How the simulator sends an MO too long for one SMS, as different SMSCs do. */
public enum MoSplit {
    /** Parts with a user-data header, 8-bit reference (the usual form). */
    UDH8(7, 153, 67),
    /** Parts with a user-data header, 16-bit reference. */
    UDH16(8, 152, 66),
    /** Parts without a header, tied together by the sar_* TLVs. */
    SAR(0, 160, 70),
    /** One deliver_sm with the whole text in the message_payload TLV. */
    PAYLOAD(0, Integer.MAX_VALUE, Integer.MAX_VALUE);

    private final int headerOctets;
    private final int gsmSeptetsPerPart;
    private final int ucs2CharsPerPart;

    MoSplit(int headerOctets, int gsmSeptetsPerPart, int ucs2CharsPerPart) {
        this.headerOctets = headerOctets;
        this.gsmSeptetsPerPart = gsmSeptetsPerPart;
        this.ucs2CharsPerPart = ucs2CharsPerPart;
    }

    int gsmSeptetsPerPart() {
        return gsmSeptetsPerPart;
    }

    int ucs2CharsPerPart() {
        return ucs2CharsPerPart;
    }

    boolean hasHeader() {
        return headerOctets > 0;
    }
}
