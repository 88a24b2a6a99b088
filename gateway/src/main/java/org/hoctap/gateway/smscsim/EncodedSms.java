package org.hoctap.gateway.smscsim;

import java.util.List;
import org.jsmpp.bean.OptionalParameter;

/**
 * A text ready for deliver_sm: its data_coding, whether the parts carry a user-data header, and
 * each part's short_message bytes.
 */
record EncodedSms(byte dataCoding, String encoding, boolean udhi, List<byte[]> parts,
        List<List<OptionalParameter>> partTlvs) {

    EncodedSms {
        parts = List.copyOf(parts);
        partTlvs = List.copyOf(partTlvs);
    }

    /** Parts without TLVs of their own. */
    EncodedSms(byte dataCoding, String encoding, boolean udhi, List<byte[]> parts) {
        this(dataCoding, encoding, udhi, parts, parts.stream().map(p -> List.<OptionalParameter>of()).toList());
    }

    int segments() {
        return parts.size();
    }
}
