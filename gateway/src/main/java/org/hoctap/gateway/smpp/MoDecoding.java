package org.hoctap.gateway.smpp;

import java.util.Objects;

/**
 * How an SMSC writes MO text, which varies by operator and is not negotiated in SMPP.
 *
 * @param defaultAlphabet what data_coding 0 (the "SMSC default alphabet") means on this SMSC
 * @param gsmPacked       whether GSM 03.38 text comes packed (eight septets in seven octets) rather
 *                        than one septet per octet, which is the usual SMPP form
 */
public record MoDecoding(DefaultAlphabet defaultAlphabet, boolean gsmPacked) {
    /** GSM 03.38 unpacked: what most SMSCs send. */
    public static final MoDecoding STANDARD = new MoDecoding(DefaultAlphabet.GSM7, false);

    public enum DefaultAlphabet { GSM7, LATIN1, ASCII }

    public MoDecoding {
        Objects.requireNonNull(defaultAlphabet, "defaultAlphabet");
    }
}
