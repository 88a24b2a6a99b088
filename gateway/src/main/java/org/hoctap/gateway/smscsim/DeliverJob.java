package org.hoctap.gateway.smscsim;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.OptionalParameter;

/**
 * One message for the ESME: the deliver_sm of each part, sent in order on one session.
 *
 * @param what   for logs ("MO 12 from +84912345678", "receipt for 0a1b2c")
 * @param done   completes with DELIVERED or FAILED
 */
record DeliverJob(String what, SmppAddress source, SmppAddress destination, ESMClass esmClass, byte dataCoding,
        List<byte[]> parts, List<OptionalParameter> tlvs, CompletableFuture<MessageStatus> done) {

    DeliverJob {
        parts = List.copyOf(parts);
        tlvs = List.copyOf(tlvs);
    }
}
