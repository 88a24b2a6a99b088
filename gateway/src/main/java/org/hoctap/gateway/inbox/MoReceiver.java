package org.hoctap.gateway.inbox;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import org.hoctap.gateway.smpp.MoDecoder;
import org.hoctap.shared.id.Ids;
import org.hoctap.shared.phone.PhoneNumbers;
import org.hoctap.shared.store.Database;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.AlertNotification;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.MessageType;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes deliver_sm from jSMPP: stores the MO durably, then hands its id on and returns. jSMPP sends
 * deliver_sm_resp only after this returns, so an acknowledged MO is always on disk; when the store
 * fails we answer ESME_RSYSERR and the SMSC delivers it again. Processing never runs on jSMPP's
 * threads (they also carry our submit_sm responses).
 */
public final class MoReceiver implements MessageReceiverListener {
    private static final Logger log = LoggerFactory.getLogger(MoReceiver.class);

    private final Database db;
    private final Clock clock;
    private final Consumer<String> onStored;

    /** @param onStored gets the id of each stored message; it must return quickly */
    public MoReceiver(Database db, Clock clock, Consumer<String> onStored) {
        this.db = db;
        this.clock = clock;
        this.onStored = onStored;
    }

    @Override
    public void onAcceptDeliverSm(DeliverSm deliverSm) throws ProcessRequestException {
        if (MessageType.SMSC_DEL_RECEIPT.containedIn(deliverSm.getEsmClass())) {
            // Delivery receipts are optional in Vietnam; matching them to outbound messages comes later.
            log.debug("delivery receipt ignored: {}", new String(deliverSm.getShortMessage() == null ? new byte[0]
                    : deliverSm.getShortMessage(), java.nio.charset.StandardCharsets.ISO_8859_1));
            return;
        }
        String rawSender = MoDecoder.sender(deliverSm);
        String sender = PhoneNumbers.toE164(rawSender).orElse(rawSender);
        InboundMessage message;
        try {
            message = new InboundMessage(Ids.newId(), Optional.empty(), sender,
                    deliverSm.getDestAddress() == null ? "" : deliverSm.getDestAddress(), MoDecoder.text(deliverSm),
                    deliverSm.getDataCoding() & 0xFF, clock.instant(), InboundState.RECEIVED);
            db.write(c -> {
                InboundMessages.insert(c, message);
                return null;
            });
        } catch (RuntimeException e) {
            log.error("could not store an MO from {}; asking the SMSC to deliver it again",
                    PhoneNumbers.masked(sender), e);
            throw new ProcessRequestException("cannot store the message", SMPPConstant.STAT_ESME_RSYSERR, e);
        }
        log.info("MO {} from {} stored ({} chars, data_coding {})", message.id(), PhoneNumbers.masked(sender),
                message.text().length(), message.dataCoding());
        try {
            onStored.accept(message.id());
        } catch (RuntimeException e) {
            // Stored and acknowledged: it stays RECEIVED and is picked up again at the next start.
            log.warn("MO {} stored but not handed on: {}", message.id(), e.toString());
        }
    }

    @Override
    public void onAcceptAlertNotification(AlertNotification alertNotification) {
        log.debug("alert_notification ignored");
    }

    @Override
    public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
        // Not yet handled: a temporary error makes the SMSC keep it and try again later.
        throw new ProcessRequestException("data_sm is not handled yet", SMPPConstant.STAT_ESME_RX_T_APPN);
    }
}
