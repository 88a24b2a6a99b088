package org.hoctap.gateway.smscsim;

import java.util.List;

/**
 * A text ready for deliver_sm: its data_coding, whether the parts carry a user-data header, and
 * each part's short_message bytes.
 */
record EncodedSms(byte dataCoding, String encoding, boolean udhi, List<byte[]> parts) {

    EncodedSms {
        parts = List.copyOf(parts);
    }

    int segments() {
        return parts.size();
    }
}
