package org.hoctap.gateway.receipt;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hoctap.gateway.smpp.MoDecoder;
import org.hoctap.shared.phone.PhoneNumbers;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.OptionalParameter;

/**
 * Recognises a delivery receipt (by esm_class) and reads it: the id from the receipted_message_id TLV
 * or the {@code id:} field of the usual text ({@code id:… sub:… dlvrd:… submit date:… done date:…
 * stat:… err:… text:…}), the state from the {@code stat:} field or the message_state TLV.
 */
public final class ReceiptReader {
    private static final Pattern ID = Pattern.compile("(?i)\\bid:\\s*([0-9A-Za-z-]+)");
    private static final Pattern STATE = Pattern.compile("(?i)\\bstat:\\s*([A-Za-z]+)");
    private static final Pattern ERROR = Pattern.compile("(?i)\\berr:\\s*([0-9A-Za-z]+)");
    private static final Pattern DONE = Pattern.compile("(?i)\\bdone date:\\s*(\\d{10,12})");

    private ReceiptReader() {
    }

    public static boolean isReceipt(DeliverSm deliverSm) {
        return MessageType.SMSC_DEL_RECEIPT.containedIn(deliverSm.getEsmClass())
                || MessageType.ESME_DEL_ACK.containedIn(deliverSm.getEsmClass());
    }

    /** The receipt, or empty when it names no message id (then there is nothing to match it to). */
    public static Optional<ReceivedReceipt> read(DeliverSm deliverSm) {
        byte[] body = deliverSm.getShortMessage();
        String text = body == null ? "" : new String(body, StandardCharsets.ISO_8859_1);
        Optional<String> id = tlvId(deliverSm).or(() -> field(ID, text));
        if (id.isEmpty()) {
            return Optional.empty();
        }
        String state = field(STATE, text).map(ReceiptStates::ofText)
                .or(() -> tlvState(deliverSm))
                .orElse("UNKNOWN");
        String rawSender = MoDecoder.sender(deliverSm);
        return Optional.of(new ReceivedReceipt(id.get(), state, field(ERROR, text), field(DONE, text),
                PhoneNumbers.toE164(rawSender).orElse(rawSender)));
    }

    private static Optional<String> tlvId(DeliverSm deliverSm) {
        OptionalParameter tlv = deliverSm.getOptionalParameter(OptionalParameter.Tag.RECEIPTED_MESSAGE_ID);
        if (tlv instanceof OptionalParameter.COctetString id) {
            String value = id.getValueAsString();
            return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
        }
        return Optional.empty();
    }

    private static Optional<String> tlvState(DeliverSm deliverSm) {
        OptionalParameter tlv = deliverSm.getOptionalParameter(OptionalParameter.Tag.MESSAGE_STATE);
        return tlv instanceof OptionalParameter.Byte state
                ? Optional.of(ReceiptStates.ofValue(state.getValue() & 0xFF)) : Optional.empty();
    }

    private static Optional<String> field(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
