package org.hoctap.gateway.smscsim;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.hoctap.shared.phone.PhoneNumbers;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.BroadcastSm;
import org.jsmpp.bean.CancelBroadcastSm;
import org.jsmpp.bean.CancelSm;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.QueryBroadcastSm;
import org.jsmpp.bean.QuerySm;
import org.jsmpp.bean.ReplaceSm;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.SubmitMulti;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.BroadcastSmResult;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.QueryBroadcastSmResult;
import org.jsmpp.session.QuerySmResult;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.ServerMessageReceiverListener;
import org.jsmpp.session.ServerResponseDeliveryListener;
import org.jsmpp.session.Session;
import org.jsmpp.session.SubmitMultiResult;
import org.jsmpp.session.SubmitSmResult;
import org.jsmpp.util.MessageIDGenerator;
import org.jsmpp.util.MessageId;
import org.jsmpp.util.RandomMessageIDGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ESME's requests: a submit_sm is "delivered" to the handset at once, that is written to its
 * conversation (parts of a concatenated message joined, by user-data header or SAR TLVs), and gets a
 * message id from jSMPP's generator. When the ESME asked for a delivery receipt, one follows right
 * after the submit_sm_resp. Other operations are refused with ESME_RINVCMDID.
 */
final class SubmitReceiver implements ServerMessageReceiverListener, ServerResponseDeliveryListener {
    private static final Logger log = LoggerFactory.getLogger(SubmitReceiver.class);
    private static final Duration PART_TIMEOUT = Duration.ofMinutes(2);

    private final Conversations conversations;
    private final DeliverSmSender sender;
    private final MessageIDGenerator ids = new RandomMessageIDGenerator();
    private final Reassembler reassembler = new Reassembler(PART_TIMEOUT);
    private final Map<String, DeliverJob> receiptsAfterResp = new ConcurrentHashMap<>();

    private final SubmitFaults faults;

    private final UssdSessions ussd;

    SubmitReceiver(Conversations conversations, DeliverSmSender sender, SubmitFaults faults, UssdSessions ussd) {
        this.conversations = conversations;
        this.ussd = ussd;
        this.sender = sender;
        this.faults = faults;
    }

    @Override
    public SubmitSmResult onAcceptSubmitSm(SubmitSm submitSm, SMPPServerSession source)
            throws ProcessRequestException {
        String destination = submitSm.getDestAddress() == null ? "" : submitSm.getDestAddress().strip();
        if (destination.isEmpty()) {
            throw new ProcessRequestException("no destination address", SMPPConstant.STAT_ESME_RINVDSTADR);
        }
        faults.before();
        try {
            String msisdn = HandsetNumbers.fromSmpp(destination, submitSm.getDestAddrTon());
            String from = submitSm.getSourceAddr() == null ? "" : submitSm.getSourceAddr();
            byte[] body = body(submitSm);
            Optional<Concatenation> concat = Optional.empty();
            int offset = 0;
            if (submitSm.isUdhi()) {
                concat = Concatenation.parse(body);
                offset = Concatenation.textOffset(body);
            } else {
                concat = sar(submitSm);
            }
            DecodedText text = SimTextCodec.decode(submitSm.getDataCoding(), body, offset);
            MessageId messageId = ids.newMessageId();
            Optional<UssdLeg> leg = ussdLeg(submitSm);
            if (leg.isPresent()) {
                ussd.screen(msisdn, leg.get()); // before the phone shows it: a released session is over
                conversations.add(msisdn, Direction.MT, from, text.text(), submitSm.getDataCoding() & 0xFF,
                        text.encoding(), 1, MessageStatus.DELIVERED, List.of(messageId.getValue()), leg);
                log.info("USSD screen to {} (op {}, session {}{}): {}", PhoneNumbers.maskedForLog(msisdn),
                        leg.get().operation(), leg.get().sessionInfo(), leg.get().ends() ? ", last" : "", text.text());
                return new SubmitSmResult(messageId, new OptionalParameter[0]);
            }
            if (concat.isPresent()) {
                for (Reassembler.Joined joined : reassembler.add(msisdn, from, concat.get(),
                        submitSm.getDataCoding(), text.encoding(), text.text(), messageId.getValue())) {
                    record(joined.msisdn(), joined.sender(), joined.text(), joined.dataCoding(), joined.encoding(),
                            joined.total(), joined.messageIds());
                }
            } else {
                reassembler.expired().forEach(j -> record(j.msisdn(), j.sender(), j.text(), j.dataCoding(),
                        j.encoding(), j.total(), j.messageIds()));
                record(msisdn, from, text.text(), submitSm.getDataCoding(), text.encoding(), 1,
                        List.of(messageId.getValue()));
            }
            if (wantsReceipt(submitSm.getRegisteredDelivery())) {
                receiptsAfterResp.put(messageId.getValue(),
                        DeliveryReceipts.delivered(messageId.getValue(), submitSm, text.text()));
            }
            return new SubmitSmResult(messageId, new OptionalParameter[0]);
        } catch (RuntimeException e) {
            log.error("SMSC simulator cannot take a submit_sm", e);
            throw new ProcessRequestException("system error: " + e.getMessage(), SMPPConstant.STAT_ESME_RSYSERR);
        }
    }

    @Override
    public void onSubmitSmRespSent(SubmitSmResult result, SMPPServerSession source) {
        DeliverJob receipt = receiptsAfterResp.remove(result.getMessageId());
        if (receipt != null) {
            sender.enqueue(receipt);
        }
    }

    @Override
    public void onSubmitSmRespError(SubmitSmResult result, Exception cause, SMPPServerSession source) {
        receiptsAfterResp.remove(result.getMessageId());
        log.info("submit_sm_resp for {} could not be sent: {}", result.getMessageId(), cause.getMessage());
    }

    private void record(String msisdn, String sender, String text, byte dataCoding, String encoding, int segments,
            List<String> messageIds) {
        HandsetMessage m = conversations.add(msisdn, Direction.MT, sender, text, dataCoding & 0xFF, encoding,
                segments, MessageStatus.DELIVERED, messageIds);
        log.info("MT to {} from {} ({}, {} SMS): {}", PhoneNumbers.maskedForLog(msisdn), sender, encoding, segments, text);
        log.debug("MT {} ids {}", m.id(), messageIds);
    }

    /** The USSD operation and session of a submit_sm that carries ussd_service_op. */
    private static Optional<UssdLeg> ussdLeg(SubmitSm submitSm) {
        OptionalParameter op = submitSm.getOptionalParameter(OptionalParameter.Tag.USSD_SERVICE_OP);
        int operation;
        if (op instanceof OptionalParameter.Byte b) {
            operation = b.getValue() & 0xFF;
        } else if (op instanceof OptionalParameter.OctetString o && o.getValue().length == 1) {
            operation = o.getValue()[0] & 0xFF;
        } else {
            return Optional.empty();
        }
        OptionalParameter info = submitSm.getOptionalParameter(OptionalParameter.Tag.ITS_SESSION_INFO);
        return Optional.of(new UssdLeg(operation, info instanceof OptionalParameter.Short s ? s.getValue() & 0xFFFF : 0));
    }

    private static byte[] body(SubmitSm submitSm) {
        byte[] body = submitSm.getShortMessage();
        if (body != null && body.length > 0) {
            return body;
        }
        OptionalParameter payload = submitSm.getOptionalParameter(OptionalParameter.Tag.MESSAGE_PAYLOAD);
        if (payload instanceof OptionalParameter.OctetString octets) {
            return octets.getValue();
        }
        return new byte[0];
    }

    private static Optional<Concatenation> sar(SubmitSm submitSm) {
        OptionalParameter ref = submitSm.getOptionalParameter(OptionalParameter.Tag.SAR_MSG_REF_NUM);
        OptionalParameter total = submitSm.getOptionalParameter(OptionalParameter.Tag.SAR_TOTAL_SEGMENTS);
        OptionalParameter seq = submitSm.getOptionalParameter(OptionalParameter.Tag.SAR_SEGMENT_SEQNUM);
        if (ref instanceof OptionalParameter.Short r && total instanceof OptionalParameter.Byte t
                && seq instanceof OptionalParameter.Byte s) {
            return Concatenation.valid(r.getValue() & 0xFFFF, t.getValue() & 0xFF, s.getValue() & 0xFF);
        }
        return Optional.empty();
    }

    private static boolean wantsReceipt(byte registeredDelivery) {
        return SMSCDeliveryReceipt.SUCCESS.containedIn(registeredDelivery)
                || SMSCDeliveryReceipt.SUCCESS_FAILURE.containedIn(registeredDelivery);
    }

    @Override
    public SubmitMultiResult onAcceptSubmitMulti(SubmitMulti submitMulti, SMPPServerSession source)
            throws ProcessRequestException {
        throw unsupported("submit_multi");
    }

    @Override
    public QuerySmResult onAcceptQuerySm(QuerySm querySm, SMPPServerSession source) throws ProcessRequestException {
        throw unsupported("query_sm");
    }

    @Override
    public void onAcceptReplaceSm(ReplaceSm replaceSm, SMPPServerSession source) throws ProcessRequestException {
        throw unsupported("replace_sm");
    }

    @Override
    public void onAcceptCancelSm(CancelSm cancelSm, SMPPServerSession source) throws ProcessRequestException {
        throw unsupported("cancel_sm");
    }

    @Override
    public BroadcastSmResult onAcceptBroadcastSm(BroadcastSm broadcastSm, SMPPServerSession source)
            throws ProcessRequestException {
        throw unsupported("broadcast_sm");
    }

    @Override
    public void onAcceptCancelBroadcastSm(CancelBroadcastSm cancelBroadcastSm, SMPPServerSession source)
            throws ProcessRequestException {
        throw unsupported("cancel_broadcast_sm");
    }

    @Override
    public QueryBroadcastSmResult onAcceptQueryBroadcastSm(QueryBroadcastSm queryBroadcastSm,
            SMPPServerSession source) throws ProcessRequestException {
        throw unsupported("query_broadcast_sm");
    }

    @Override
    public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
        throw unsupported("data_sm");
    }

    @Override
    public void onSubmitMultiRespSent(SubmitMultiResult result, SMPPServerSession source) {
    }

    @Override
    public void onSubmitMultiRespError(SubmitMultiResult result, Exception cause, SMPPServerSession source) {
    }

    private static ProcessRequestException unsupported(String operation) {
        return new ProcessRequestException(operation + " is not supported by the SMSC simulator",
                SMPPConstant.STAT_ESME_RINVCMDID);
    }
}
