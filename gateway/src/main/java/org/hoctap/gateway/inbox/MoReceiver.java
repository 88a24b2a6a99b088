package org.hoctap.gateway.inbox;

import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.hoctap.gateway.receipt.ReceiptReader;
import org.hoctap.gateway.receipt.ReceivedReceipt;
import org.hoctap.gateway.smpp.IncomingSms;
import org.hoctap.gateway.smpp.MoDecoder;
import org.hoctap.gateway.smpp.MoDecoding;
import org.hoctap.shared.phone.PhoneNumbers;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.AlertNotification;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes deliver_sm from jSMPP and has it stored durably (group-committed with whatever else is
 * arriving, and processed in that transaction), then returns. jSMPP sends deliver_sm_resp only
 * after this returns, so an acknowledged MO is always on disk; when the store fails we answer
 * ESME_RSYSERR and the SMSC delivers it again. Nothing is written on jSMPP's threads.
 */
public final class MoReceiver implements MessageReceiverListener {
    private static final Logger log = LoggerFactory.getLogger(MoReceiver.class);
    private static final long STORE_TIMEOUT_SECONDS = 60;

    private final MoCommitter committer;
    private final MoDecoding decoding;

    MoReceiver(MoCommitter committer, MoDecoding decoding) {
        this.committer = committer;
        this.decoding = decoding;
    }

    @Override
    public void onAcceptDeliverSm(DeliverSm deliverSm) throws ProcessRequestException {
        if (ReceiptReader.isReceipt(deliverSm)) {
            Optional<ReceivedReceipt> receipt = ReceiptReader.read(deliverSm);
            if (receipt.isEmpty()) {
                log.warn("a delivery receipt from {} names no message id; acknowledged and dropped",
                        PhoneNumbers.masked(MoDecoder.sender(deliverSm)));
                return;
            }
            store(new Arrival.Receipt(receipt.get()), receipt.get().sender());
            log.debug("receipt {} for SMSC id {} stored", receipt.get().state(), receipt.get().smscMessageId());
            return;
        }
        IncomingSms sms = MoDecoder.read(deliverSm, decoding);
        Optional<String> recorded = store(new Arrival.Sms(sms), sms.sender());
        log.info("MO from {} stored ({} bytes, data_coding {}{}){}", PhoneNumbers.maskedForLog(sms.sender()),
                sms.body().length, sms.dataCoding(),
                sms.part().map(p -> ", part " + p.seq() + " of " + p.total()).orElse(""),
                recorded.map(id -> " as " + id).orElse(""));
    }

    private Optional<String> store(Arrival arrival, String sender) throws ProcessRequestException {
        try {
            return committer.store(arrival).get(STORE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw refused(sender, e);
        } catch (ExecutionException | TimeoutException e) {
            throw refused(sender, e);
        }
    }

    private static ProcessRequestException refused(String sender, Exception e) {
        log.error("could not store a deliver_sm from {}; asking the SMSC to deliver it again",
                PhoneNumbers.masked(sender), e);
        return new ProcessRequestException("cannot store the message", SMPPConstant.STAT_ESME_RSYSERR, e);
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
