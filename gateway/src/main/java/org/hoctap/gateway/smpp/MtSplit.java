package org.hoctap.gateway.smpp;

/** How we send a text too long for one SMS, as the operator supports. */
public enum MtSplit {
    /** Parts with a user-data header, 8-bit reference: what every handset understands. */
    UDH8(6, 153, 67),
    /** Parts with a user-data header, 16-bit reference. */
    UDH16(7, 152, 66),
    /** Parts without a header, tied together by the sar_* TLVs (the SMSC builds the headers). */
    SAR(0, 160, 70),
    /** One submit_sm with the whole text in the message_payload TLV (the SMSC splits it). */
    PAYLOAD(0, Integer.MAX_VALUE, Integer.MAX_VALUE);

    private final int headerOctets;
    private final int gsmSeptetsPerPart;
    private final int ucs2UnitsPerPart;

    MtSplit(int headerOctets, int gsmSeptetsPerPart, int ucs2UnitsPerPart) {
        this.headerOctets = headerOctets;
        this.gsmSeptetsPerPart = gsmSeptetsPerPart;
        this.ucs2UnitsPerPart = ucs2UnitsPerPart;
    }

    int headerOctets() {
        return headerOctets;
    }

    int gsmSeptetsPerPart() {
        return gsmSeptetsPerPart;
    }

    int ucs2UnitsPerPart() {
        return ucs2UnitsPerPart;
    }
}
