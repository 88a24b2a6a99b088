package org.hoctap.gateway.smpp;

import java.util.List;
import org.jsmpp.bean.OptionalParameter;

/**
 * The submit_sm of one MT: for each, its short_message body and its own TLVs. Several parts each
 * begin with a concatenation header when {@code udhi} is set (esm_class), or carry the sar_* TLVs.
 */
public record EncodedMessage(byte dataCoding, boolean udhi, List<byte[]> parts, List<List<OptionalParameter>> partTlvs) {
    public EncodedMessage {
        parts = List.copyOf(parts);
        partTlvs = List.copyOf(partTlvs);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a message has at least one part");
        }
        if (partTlvs.size() != parts.size()) {
            throw new IllegalArgumentException("TLVs for " + partTlvs.size() + " parts, but " + parts.size() + " parts");
        }
    }

    /** Parts without TLVs. */
    public EncodedMessage(byte dataCoding, boolean udhi, List<byte[]> parts) {
        this(dataCoding, udhi, parts, parts.stream().map(p -> List.<OptionalParameter>of()).toList());
    }
}
