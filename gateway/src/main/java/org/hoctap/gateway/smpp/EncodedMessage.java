package org.hoctap.gateway.smpp;

import java.util.List;

/**
 * The short_message bodies of one MT: a single part, or several that each begin with a
 * concatenation header (then {@code udhi} is set in esm_class).
 */
public record EncodedMessage(byte dataCoding, boolean udhi, List<byte[]> parts) {
    public EncodedMessage {
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a message has at least one part");
        }
    }
}
