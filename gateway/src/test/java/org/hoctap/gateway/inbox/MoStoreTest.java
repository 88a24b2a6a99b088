package org.hoctap.gateway.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.hoctap.gateway.smpp.IncomingSms;
import org.hoctap.gateway.smpp.PartOf;
import org.hoctap.gateway.smpp.TextAlphabet;
import org.hoctap.shared.store.Database;
import org.hoctap.shared.store.Jdbc;
import org.hoctap.shared.text.Gsm7Alphabet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parts, duplicates and overdue parts, in a real SQLite file. */
class MoStoreTest {
    private static final String SENDER = "+84912345678";
    private static final Instant T0 = Instant.parse("2026-11-22T03:00:00Z");

    @TempDir
    Path dir;

    private Database db;
    private final MoStore store = new MoStore(InboxSettings.DEFAULTS);

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("hoctap.db"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Optional<String> arrive(IncomingSms sms, Instant at) {
        Optional<InboundMessage> handedOn = db.write(c -> store.store(c, sms, at));
        // What is handed on to be processed at once (not read again) must be exactly what was stored.
        handedOn.ifPresent(m -> assertEquals(db.read(c -> InboundMessages.find(c, m.id())), Optional.of(m)));
        return handedOn.map(InboundMessage::id);
    }

    private static IncomingSms ucs2Part(byte[] body, int reference, int total, int seq) {
        return new IncomingSms(SENDER, "8055", 8, TextAlphabet.UCS2, body, Optional.of(new PartOf(reference, total, seq)));
    }

    private List<String> texts() {
        return db.read(c -> Jdbc.list(c, "SELECT text FROM inbound_message ORDER BY received_at, id",
                row -> row.getString(1)));
    }

    @Test
    void partsInAnyOrderMakeOneMessageEvenWhenAnEmojiStraddlesTwoParts() {
        byte[] whole = "ok \uD83D\uDE00 12".getBytes(StandardCharsets.UTF_16BE);
        // Cut inside the surrogate pair: part 1 ends with the high surrogate.
        byte[] first = Arrays.copyOfRange(whole, 0, 8);
        byte[] second = Arrays.copyOfRange(whole, 8, whole.length);
        assertEquals(Optional.empty(), arrive(ucs2Part(second, 0x1234, 2, 2), T0));
        Optional<String> id = arrive(ucs2Part(first, 0x1234, 2, 1), T0.plusSeconds(1));
        assertTrue(id.isPresent());
        assertEquals(List.of("ok \uD83D\uDE00 12"), texts());
    }

    @Test
    void aRedeliveredPartIsIgnoredBeforeAndAfterAssembly() {
        byte[] a = "12 ".getBytes(StandardCharsets.UTF_16BE);
        byte[] b = "13".getBytes(StandardCharsets.UTF_16BE);
        arrive(ucs2Part(a, 7, 2, 1), T0);
        assertEquals(Optional.empty(), arrive(ucs2Part(a, 7, 2, 1), T0.plusSeconds(1)));
        assertTrue(arrive(ucs2Part(b, 7, 2, 2), T0.plusSeconds(2)).isPresent());
        assertEquals(Optional.empty(), arrive(ucs2Part(b, 7, 2, 2), T0.plusSeconds(3)));
        assertEquals(List.of("12 13"), texts());
    }

    @Test
    void aGsmEscapeSplitAcrossPartsReadsAsOneCharacter() {
        byte[] septets = Gsm7Alphabet.encode("gia 100€");
        int cut = septets.length - 1; // between the escape and the euro's code
        IncomingSms one = new IncomingSms(SENDER, "8055", 0, TextAlphabet.GSM7, Arrays.copyOf(septets, cut),
                Optional.of(new PartOf(9, 2, 1)));
        IncomingSms two = new IncomingSms(SENDER, "8055", 0, TextAlphabet.GSM7,
                Arrays.copyOfRange(septets, cut, septets.length), Optional.of(new PartOf(9, 2, 2)));
        arrive(one, T0);
        arrive(two, T0);
        assertEquals(List.of("gia 100€"), texts());
    }

    @Test
    void partsThatNeverCompleteBecomeAnIncompleteMessageAfterTheTimeout() {
        arrive(ucs2Part("12 ".getBytes(StandardCharsets.UTF_16BE), 3, 3, 1), T0);
        arrive(ucs2Part("14".getBytes(StandardCharsets.UTF_16BE), 3, 3, 3), T0);
        Duration timeout = InboxSettings.DEFAULTS.partTimeout();
        assertEquals(List.of(), db.write(c -> store.expireParts(c, T0.plus(timeout).minusSeconds(1))));
        List<String> expired = db.write(c -> store.expireParts(c, T0.plus(timeout).plusSeconds(1)));
        assertEquals(1, expired.size());
        assertEquals(List.of("12" + MoStore.GAP + "14"), texts());
        assertEquals(1L, (long) db.read(c -> Jdbc.count(c,
                "SELECT count(*) FROM inbound_message WHERE incomplete = 1 AND state = 'RECEIVED'")));
    }

    @Test
    void theSameTextFromTheSameSenderIsADuplicateOnlyWithinTheWindow() {
        IncomingSms report = new IncomingSms(SENDER, "8055", 0, TextAlphabet.GSM7, Gsm7Alphabet.encode("12"),
                Optional.empty());
        Optional<String> first = arrive(report, T0);
        assertTrue(first.isPresent());
        assertEquals(Optional.empty(), arrive(report, T0.plus(Duration.ofMinutes(9))));
        assertTrue(arrive(report, T0.plus(Duration.ofMinutes(11))).isPresent());
        IncomingSms otherSender = new IncomingSms("+84987654321", "8055", 0, TextAlphabet.GSM7,
                Gsm7Alphabet.encode("12"), Optional.empty());
        assertTrue(arrive(otherSender, T0.plus(Duration.ofMinutes(9))).isPresent());
        assertEquals(1L, (long) db.read(c -> Jdbc.count(c,
                "SELECT count(*) FROM inbound_message WHERE duplicate_of = ?", first.get())));
    }

    @Test
    void aZeroWindowTurnsDuplicateDetectionOff() {
        MoStore everyMessage = new MoStore(InboxSettings.DEFAULTS.withDuplicateWindow(Duration.ZERO));
        IncomingSms report = new IncomingSms(SENDER, "8055", 0, TextAlphabet.GSM7, Gsm7Alphabet.encode("12"),
                Optional.empty());
        assertTrue(db.write(c -> everyMessage.store(c, report, T0)).isPresent());
        assertTrue(db.write(c -> everyMessage.store(c, report, T0)).isPresent());
    }
}
