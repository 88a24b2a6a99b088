package org.hoctap.gateway.ussd;

import java.util.Optional;
import org.hoctap.gateway.smpp.IncomingSms;
import org.hoctap.gateway.smpp.MoDecoder;
import org.hoctap.gateway.smpp.MoDecoding;
import org.jsmpp.bean.AlertNotification;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.Session;

/**
 * In front of the SMS inbox on the SMPP link: a deliver_sm with a {@code ussd_service_op} TLV is a
 * USSD message and goes to the {@link UssdChannel} (answered at once: a USSD step is not stored, it
 * is answered); everything else goes on to the inbox.
 */
public final class UssdReceiver implements MessageReceiverListener {
    private final MessageReceiverListener inbox;
    private final UssdChannel ussd;
    private final MoDecoding decoding;

    public UssdReceiver(MessageReceiverListener inbox, UssdChannel ussd, MoDecoding decoding) {
        this.inbox = inbox;
        this.ussd = ussd;
        this.decoding = decoding;
    }

    @Override
    public void onAcceptDeliverSm(DeliverSm deliverSm) throws ProcessRequestException {
        Optional<UssdOperation> operation = operation(deliverSm);
        if (operation.isEmpty()) {
            inbox.onAcceptDeliverSm(deliverSm);
            return;
        }
        IncomingSms sms = MoDecoder.read(deliverSm, decoding);
        OptionalParameter info = deliverSm.getOptionalParameter(OptionalParameter.Tag.ITS_SESSION_INFO);
        Optional<Integer> sessionInfo = info instanceof OptionalParameter.Short s
                ? Optional.of(s.getValue() & 0xFFFF) : Optional.empty();
        ussd.accept(new UssdRequest(sms.sender(), sessionInfo, operation.get(), sms.alphabet().decode(sms.body())));
    }

    private static Optional<UssdOperation> operation(DeliverSm deliverSm) {
        OptionalParameter op = deliverSm.getOptionalParameter(OptionalParameter.Tag.USSD_SERVICE_OP);
        if (op instanceof OptionalParameter.Byte b) {
            return UssdOperation.of(b.getValue() & 0xFF);
        }
        if (op instanceof OptionalParameter.OctetString o && o.getValue().length == 1) {
            return UssdOperation.of(o.getValue()[0] & 0xFF);
        }
        return Optional.empty();
    }

    @Override
    public void onAcceptAlertNotification(AlertNotification alertNotification) {
        inbox.onAcceptAlertNotification(alertNotification);
    }

    @Override
    public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
        return inbox.onAcceptDataSm(dataSm, source);
    }
}
