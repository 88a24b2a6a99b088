package org.hoctap.gateway.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hoctap.gateway.smpp.MtSplit;
import org.hoctap.gateway.smpp.SmppLink;
import org.hoctap.gateway.smpp.SmppSettings;
import org.hoctap.gateway.smscsim.HandsetMessage;
import org.hoctap.gateway.smscsim.SmscSimSettings;
import org.hoctap.gateway.smscsim.SmscSimulator;
import org.hoctap.shared.store.Database;
import org.hoctap.shared.store.Jdbc;
import org.hoctap.shared.text.Folding;
import org.hoctap.shared.text.Language;
import org.hoctap.shared.text.SmsEncoding;
import org.jsmpp.bean.AlertNotification;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.Session;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The outbox against a real SMSC simulator on loopback and a real SQLite file. */
class OutboxSenderTest {
    private static final Duration DEADLINE = Duration.ofSeconds(10);
    private static final String HANDSET = "+84912345678";
    private static final RetryPolicy QUICK = new RetryPolicy(3, Duration.ofMillis(50), Duration.ofMillis(200));

    @TempDir
    Path dir;

    private final Clock clock = Clock.systemUTC();
    private Database db;
    private Outbox outbox;
    private SmppLink link;
    private OutboxSender sender;
    private SmscSimulator smsc;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("hoctap.db"));
        outbox = new Outbox(Folding.NEVER, clock);
    }

    @AfterEach
    void close() {
        if (sender != null) {
            sender.close();
        }
        if (link != null) {
            link.close();
        }
        if (smsc != null) {
            smsc.close();
        }
        db.close();
    }

    /** This test sends only; anything the SMSC delivers is acknowledged and ignored. */
    private static final MessageReceiverListener IGNORE_MO = new MessageReceiverListener() {
        @Override
        public void onAcceptDeliverSm(DeliverSm deliverSm) {
        }

        @Override
        public void onAcceptAlertNotification(AlertNotification alertNotification) {
        }

        @Override
        public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) {
            return null;
        }
    };

    private void startGatewaySide(int port) {
        startGatewaySide(port, OutboxSettings.DEFAULTS.withRetry(QUICK));
    }

    private void startGatewaySide(int port, OutboxSettings outboxSettings) {
        startGatewaySide(SmppSettings.of("127.0.0.1", port, "hoctap", "secret", "8055"), outboxSettings);
    }

    private void startGatewaySide(SmppSettings settings, OutboxSettings outboxSettings) {
        link = new SmppLink(settings, IGNORE_MO);
        sender = new OutboxSender(db, outbox, link, clock, outboxSettings);
        sender.start();
        link.start();
    }

    private void startSmsc(int port) throws IOException {
        smsc = SmscSimulator.start(SmscSimSettings.of(port, "hoctap", "secret", "8055").withHost("127.0.0.1"));
    }

    private OutboundMessage queue(String recipient, Language language, String text) {
        OutboundMessage queued = db.write(c -> outbox.queue(c, recipient, "sms.help", language, text, Optional.empty()));
        outbox.wake();
        return queued;
    }

    private OutboundMessage await(String id, OutboundState state) throws InterruptedException {
        return await(id, state, DEADLINE);
    }

    private OutboundMessage await(String id, OutboundState state, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            OutboundMessage m = db.read(c -> OutboundMessages.find(c, id)).orElseThrow();
            if (m.state() == state) {
                return m;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(id + " is still " + m.state() + " (" + m.lastError().orElse("") + ")");
            }
            Thread.sleep(20);
        }
    }

    @Test
    void whatIsQueuedWhileTheLinkIsDownGoesOnceItBinds() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        startGatewaySide(port);
        OutboundMessage queued = queue(HANDSET, Language.VI, "Đã ghi: đọc sách, báo");
        Thread.sleep(300); // the sender has looked at the queue and found no link
        OutboundMessage waiting = db.read(c -> OutboundMessages.find(c, queued.id())).orElseThrow();
        assertEquals(OutboundState.QUEUED, waiting.state());
        assertEquals(0, waiting.attempts(), "no attempt may be counted while the link is down");

        startSmsc(port);
        HandsetMessage received = smsc.awaitMessage(HANDSET, HandsetMessage::isMt, Duration.ofSeconds(20))
                .orElseThrow(() -> new AssertionError("nothing arrived"));
        assertEquals("Đã ghi: đọc sách, báo", received.text());
        OutboundMessage sent = await(queued.id(), OutboundState.SENT);
        assertEquals(1, sent.attempts());
        assertEquals(String.join(",", received.messageIds()), sent.smscMessageId().orElseThrow());
    }

    @Test
    void aPermanentlyRefusedMessageFailsAtOnceWithTheReasonWithoutHoldingUpTheRest() throws Exception {
        startSmsc(0);
        startGatewaySide(smsc.port());
        assertTrue(link.awaitBound(DEADLINE));
        OutboundMessage refused = queue("", Language.VI, "không ai nhận"); // no destination: ESME_RINVDSTADR
        OutboundMessage good = queue(HANDSET, Language.VI, "Trợ giúp");

        assertTrue(smsc.awaitMessage(HANDSET, HandsetMessage::isMt, DEADLINE).isPresent());
        await(good.id(), OutboundState.SENT);
        OutboundMessage failed = await(refused.id(), OutboundState.FAILED);
        assertEquals(1, failed.attempts(), "a wrong address does not get better with retries");
        assertTrue(failed.lastError().orElseThrow().contains("0x0000000B"), failed.lastError().orElseThrow());
    }

    @Test
    void aTemporarilyRefusedMessageIsRetriedUntilTheSmscTakesIt() throws Exception {
        startSmsc(0);
        smsc.submitFaults().refuseNext(2, 0x08); // ESME_RSYSERR, twice
        startGatewaySide(smsc.port());
        OutboundMessage queued = queue(HANDSET, Language.VI, "Trợ giúp");
        OutboundMessage sent = await(queued.id(), OutboundState.SENT);
        assertEquals(3, sent.attempts());
        assertEquals(1, smsc.conversation(HANDSET).stream().filter(HandsetMessage::isMt).count());
        // The retry's time is stored with the message, so a restart waits for it too.
        String notBefore = db.read(c -> Jdbc.one(c, "SELECT not_before FROM outbound_message WHERE id = ?",
                row -> row.getString(1), queued.id())).orElse(null);
        assertTrue(notBefore != null && Instant.parse(notBefore).isAfter(queued.createdAt()), notBefore);
    }

    @Test
    void aMessageThatKeepsBeingRefusedFailsAfterItsAttempts() throws Exception {
        startSmsc(0);
        smsc.submitFaults().refuseNext(100, 0x08);
        startGatewaySide(smsc.port());
        OutboundMessage queued = queue(HANDSET, Language.VI, "Trợ giúp");
        OutboundMessage failed = await(queued.id(), OutboundState.FAILED);
        assertEquals(QUICK.maxAttempts(), failed.attempts());
    }

    @Test
    void aLongVietnameseTextGoesInConcatenatedUcs2Parts() throws Exception {
        startSmsc(0);
        startGatewaySide(smsc.port());
        String text = "Kết quả năm nay: hộ gia đình đã báo cáo đọc sách, báo 12 lần, nghe đài 5 lần, "
                + "học kỹ thuật nông nghiệp 3 lần. Cảm ơn gia đình đã tham gia xây dựng xã hội học tập!";
        OutboundMessage queued = queue(HANDSET, Language.VI, text);
        assertEquals(SmsEncoding.UCS2, queued.encoding());
        assertEquals(3, queued.segments());
        HandsetMessage received = smsc.awaitMessage(HANDSET, HandsetMessage::isMt, DEADLINE).orElseThrow();
        assertEquals(text, received.text());
        assertEquals(3, received.segments());
        assertEquals(3, await(queued.id(), OutboundState.SENT).smscMessageId().orElseThrow().split(",").length);
    }

    @Test
    void gsm7TextGoesAsDataCodingZero() throws Exception {
        startSmsc(0);
        startGatewaySide(smsc.port());
        String text = "Koj tau sau 12 @ 3 {ntawv} €";
        OutboundMessage queued = queue(HANDSET, Language.HNJ, text);
        assertEquals(SmsEncoding.GSM7, queued.encoding());
        HandsetMessage received = smsc.awaitMessage(HANDSET, HandsetMessage::isMt, DEADLINE).orElseThrow();
        assertEquals(text, received.text());
        assertEquals(0, received.dataCoding());
        assertEquals("GSM-7", received.encoding());
    }

    private static String handset(int n) {
        return String.format("+849120%05d", n);
    }

    private long mtCount(String msisdn) {
        return smsc.conversation(msisdn).stream().filter(HandsetMessage::isMt).count();
    }

    @Test
    void anSmscThatThrottlesStillGetsEveryMessageExactlyOnce() throws Exception {
        startSmsc(0);
        smsc.submitFaults().throttleAbove(20);
        startGatewaySide(smsc.port(), OutboxSettings.DEFAULTS.withRetry(QUICK).withRate(200, 20));
        int count = 60;
        List<OutboundMessage> queued = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            queued.add(queue(handset(i), Language.VI, "Tin số " + i));
        }
        for (OutboundMessage m : queued) {
            await(m.id(), OutboundState.SENT, Duration.ofSeconds(30));
        }
        assertTrue(smsc.submitFaults().throttledCount() > 0, "the simulator never throttled: the test proves nothing");
        for (int i = 0; i < count; i++) {
            assertEquals(1, mtCount(handset(i)), "handset " + i);
        }
        assertTrue(sender.currentRate() < 200, "the sender did not slow down");
    }

    @Test
    void severalSubmitsAreInFlightAtOnce() throws Exception {
        startSmsc(0);
        smsc.submitFaults().latency(Duration.ofMillis(100));
        startGatewaySide(smsc.port(), OutboxSettings.DEFAULTS.withRetry(QUICK).withRate(1000, 8));
        List<OutboundMessage> queued = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            queued.add(queue(handset(i), Language.VI, "Tin số " + i));
        }
        for (OutboundMessage m : queued) {
            await(m.id(), OutboundState.SENT);
        }
        int most = smsc.submitFaults().mostInFlight();
        assertTrue(most > 1 && most <= 8, "submits in flight at once: " + most);
    }

    @Test
    void aMessageLeftInFlightByACrashIsSentAgainAndCounted() throws Exception {
        OutboundMessage stranded = db.write(c -> {
            OutboundMessage m = outbox.queue(c, HANDSET, "sms.help", Language.VI, "Trợ giúp", Optional.empty());
            OutboundMessages.markInFlight(c, List.of(m.id()), clock.instant());
            return m;
        });
        startSmsc(0);
        startGatewaySide(smsc.port());
        await(stranded.id(), OutboundState.SENT);
        assertEquals(1, sender.crashResends());
        assertEquals(1L, (long) db.read(c -> Jdbc.count(c,
                "SELECT crash_resends FROM outbound_message WHERE id = ?", stranded.id())));
    }

    @Test
    void aMessageNobodyCouldSendWithinItsValidityIsGivenUp() throws Exception {
        OutboundMessage old = queue(HANDSET, Language.VI, "Trợ giúp");
        startSmsc(0);
        Clock later = Clock.offset(clock, Duration.ofHours(25));
        SmppSettings settings = SmppSettings.of("127.0.0.1", smsc.port(), "hoctap", "secret", "8055");
        link = new SmppLink(settings, IGNORE_MO);
        sender = new OutboxSender(db, outbox, link, later, OutboxSettings.DEFAULTS.withRetry(QUICK));
        sender.start();
        OutboundMessage expired = await(old.id(), OutboundState.FAILED);
        assertTrue(expired.lastError().orElseThrow().contains("expired"), expired.lastError().orElseThrow());
        link.start();
        assertTrue(link.awaitBound(DEADLINE));
        Thread.sleep(300);
        assertEquals(0, mtCount(HANDSET));
    }

    @Test
    void theSmscsReceiptsFindTheirMessageByEachPartsId() throws Exception {
        startSmsc(0);
        startGatewaySide(smsc.port());
        OutboundMessage queued = queue(HANDSET, Language.VI, "Trợ giúp");
        OutboundMessage sent = await(queued.id(), OutboundState.SENT);
        List<String> segments = db.read(c -> Jdbc.list(c,
                "SELECT smsc_message_id FROM outbound_segment WHERE outbound_id = ? ORDER BY part",
                row -> row.getString(1), sent.id()));
        assertEquals(List.of(sent.smscMessageId().orElseThrow()), segments);
    }

    @ParameterizedTest
    @EnumSource(MtSplit.class)
    void aLongReplyArrivesWholeWhicheverWayItIsSplit(MtSplit split) throws Exception {
        startSmsc(0);
        startGatewaySide(SmppSettings.of("127.0.0.1", smsc.port(), "hoctap", "secret", "8055").withSplit(split),
                OutboxSettings.DEFAULTS.withRetry(QUICK));
        String text = "Kết quả năm nay: hộ gia đình đã báo cáo đọc sách, báo 12 lần, nghe đài 5 lần, "
                + "học kỹ thuật nông nghiệp 3 lần. Cảm ơn gia đình đã tham gia xây dựng xã hội học tập! \uD83D\uDE00";
        OutboundMessage queued = queue(HANDSET, Language.VI, text);
        HandsetMessage received = smsc.awaitMessage(HANDSET, HandsetMessage::isMt, DEADLINE).orElseThrow();
        assertEquals(text, received.text());
        int parts = split == MtSplit.PAYLOAD ? 1 : 3;
        assertEquals(parts, await(queued.id(), OutboundState.SENT).smscMessageId().orElseThrow().split(",").length);
    }
}
