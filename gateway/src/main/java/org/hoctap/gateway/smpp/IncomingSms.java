package org.hoctap.gateway.smpp;

import java.util.Objects;
import java.util.Optional;

/**
 * An MO as read from a deliver_sm, before it is stored. The body is the user data without its
 * header, GSM text unpacked to one septet a byte, so that the parts of a long message can be joined
 * byte for byte before decoding (a UCS-2 character or a GSM escape may straddle two parts).
 *
 * @param sender     E.164 when it normalises, otherwise as the SMSC gave it
 * @param recipient  the number it was sent to (our short code)
 * @param dataCoding the data_coding it came with
 * @param alphabet   how {@code body} is written
 * @param part       where it belongs when it is a part of a long message
 */
public record IncomingSms(String sender, String recipient, int dataCoding, TextAlphabet alphabet, byte[] body,
        Optional<PartOf> part) {
    public IncomingSms {
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(alphabet, "alphabet");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(part, "part");
    }

    /** The text of a whole (not partial) message. */
    public String text() {
        return alphabet.decode(body);
    }
}
