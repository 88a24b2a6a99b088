package org.hoctap.gateway.smscsim;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One SMS in a handset's conversation.
 *
 * @param id         increasing number, unique within one simulator
 * @param msisdn     the handset, E.164 when it could be normalised ("+84912345678")
 * @param direction  MO (phone to short code) or MT (short code to phone)
 * @param peer       the other end: the short code (or the ESME's source address of an MT)
 * @param text       the whole text (parts of a concatenated message joined)
 * @param at         when the simulator took it
 * @param dataCoding the SMPP data_coding it travelled with
 * @param encoding   a label: "GSM-7", "UCS-2", "ASCII", "Latin-1" or "binary"
 * @param segments   how many SMS it took
 * @param status     queued, delivered or failed
 * @param messageIds the SMSC message ids given to the ESME for an MT, one per part (empty for an MO)
 * @param ussd       for a USSD message (a dial, an answer, a screen): its operation and session
 */
public record HandsetMessage(long id, String msisdn, Direction direction, String peer, String text, Instant at,
        int dataCoding, String encoding, int segments, MessageStatus status, List<String> messageIds,
        Optional<UssdLeg> ussd) {

    public HandsetMessage {
        messageIds = List.copyOf(messageIds);
        Objects.requireNonNull(ussd, "ussd");
    }

    public boolean isUssd() {
        return ussd.isPresent();
    }

    public boolean isMo() {
        return direction == Direction.MO;
    }

    public boolean isMt() {
        return direction == Direction.MT;
    }

    HandsetMessage withStatus(MessageStatus newStatus) {
        return new HandsetMessage(id, msisdn, direction, peer, text, at, dataCoding, encoding, segments, newStatus,
                messageIds, ussd);
    }
}
