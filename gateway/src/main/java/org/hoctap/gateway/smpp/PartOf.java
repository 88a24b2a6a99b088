package org.hoctap.gateway.smpp;

/**
 * Where a part of a long MO belongs, from a concatenation header (8- or 16-bit reference) or the
 * SAR TLVs.
 *
 * @param reference the sender's number for the whole message
 * @param total     how many parts it has (2 or more)
 * @param seq       this part's place, from 1
 */
public record PartOf(int reference, int total, int seq) {
    public PartOf {
        if (total < 2 || total > 255 || seq < 1 || seq > total) {
            throw new IllegalArgumentException("part " + seq + " of " + total + " is not a part of a long message");
        }
    }
}
