package org.hoctap.gateway.smscsim;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.OptionalParameter;

/**
 * One message for the ESME: the deliver_sm of each part, sent in order on one session.
 *
 * @param what   for logs ("MO 12 from +84912345678", "receipt for 0a1b2c")
 * @param done   completes with DELIVERED or FAILED
 */
record DeliverJob(String what, SmppAddress source, SmppAddress destination, ESMClass esmClass, byte dataCoding,
        List<byte[]> parts, List<OptionalParameter> tlvs, List<List<OptionalParameter>> partTlvs,
        CompletableFuture<MessageStatus> done) {

    DeliverJob {
        parts = List.copyOf(parts);
        tlvs = List.copyOf(tlvs);
        partTlvs = List.copyOf(partTlvs);
        if (partTlvs.size() != parts.size()) {
            throw new IllegalArgumentException("TLVs for " + partTlvs.size() + " parts, but " + parts.size() + " parts");
        }
    }

    /** A job whose parts have no TLVs of their own. */
    DeliverJob(String what, SmppAddress source, SmppAddress destination, ESMClass esmClass, byte dataCoding,
            List<byte[]> parts, List<OptionalParameter> tlvs, CompletableFuture<MessageStatus> done) {
        this(what, source, destination, esmClass, dataCoding, parts, tlvs,
                parts.stream().map(p -> List.<OptionalParameter>of()).toList(), done);
    }

    /** The TLVs of part {@code index}: the job's, then the part's own. */
    OptionalParameter[] tlvsOf(int index) {
        return Stream.concat(tlvs.stream(), partTlvs.get(index).stream())
                .toArray(OptionalParameter[]::new);
    }
}
