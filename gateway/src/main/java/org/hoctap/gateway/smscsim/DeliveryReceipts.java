package org.hoctap.gateway.smscsim;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jsmpp.bean.DeliveryReceipt;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageState;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.util.DeliveryReceiptState;

/**
 * Delivery receipts: a deliver_sm from the handset back to the MT's sender, esm_class "SMSC delivery
 * receipt", with the usual text ({@code id:… sub:001 dlvrd:001 … stat:DELIVRD err:000 text:…}) and the
 * receipted_message_id and message_state TLVs.
 */
final class DeliveryReceipts {
    private static final int TEXT_CHARS = 20;

    private DeliveryReceipts() {
    }

    static DeliverJob delivered(String messageId, SubmitSm submitSm, String text) {
        Date now = new Date();
        DeliveryReceipt receipt = new DeliveryReceipt(messageId, 1, 1, now, now, DeliveryReceiptState.DELIVRD,
                "000", plain(text));
        SmppAddress handset = address(submitSm.getDestAddrTon(), submitSm.getDestAddrNpi(),
                submitSm.getDestAddress());
        SmppAddress esme = address(submitSm.getSourceAddrTon(), submitSm.getSourceAddrNpi(),
                submitSm.getSourceAddr());
        ESMClass esmClass = new ESMClass(MessageMode.DEFAULT, MessageType.SMSC_DEL_RECEIPT, GSMSpecificFeature.DEFAULT);
        List<OptionalParameter> tlvs = List.of(new OptionalParameter.Receipted_message_id(messageId),
                new OptionalParameter.Message_state(MessageState.DELIVERED.value()));
        return new DeliverJob("receipt for " + messageId, handset, esme, esmClass, SimTextCodec.DCS_GSM7,
                List.of(receipt.toString().getBytes(StandardCharsets.US_ASCII)), tlvs, new CompletableFuture<>());
    }

    private static SmppAddress address(byte ton, byte npi, String address) {
        TypeOfNumber typeOfNumber;
        NumberingPlanIndicator plan;
        try {
            typeOfNumber = TypeOfNumber.valueOf(ton);
            plan = NumberingPlanIndicator.valueOf(npi);
        } catch (IllegalArgumentException e) {
            typeOfNumber = TypeOfNumber.UNKNOWN;
            plan = NumberingPlanIndicator.UNKNOWN;
        }
        return new SmppAddress(typeOfNumber, plan, address == null ? "" : address);
    }

    /** The first characters of the text, letters, digits and spaces only, so the receipt stays plain ASCII. */
    private static String plain(String text) {
        StringBuilder out = new StringBuilder(TEXT_CHARS);
        for (int i = 0; i < text.length() && out.length() < TEXT_CHARS; i++) {
            char c = text.charAt(i);
            out.append((c < 0x80 && (Character.isLetterOrDigit(c) || c == ' ')) ? c : '.');
        }
        return out.toString();
    }
}
