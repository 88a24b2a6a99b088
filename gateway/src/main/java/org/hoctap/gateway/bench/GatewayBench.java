package org.hoctap.gateway.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.hoctap.gateway.GatewayServer;
import org.hoctap.gateway.GatewaySettings;
import org.hoctap.gateway.inbox.InboxSettings;
import org.hoctap.gateway.outbox.OutboxSettings;
import org.hoctap.gateway.outbox.ReplyLimits;
import org.hoctap.gateway.smpp.SmppSettings;
import org.hoctap.gateway.smscsim.HandsetMessage;
import org.hoctap.gateway.smscsim.SmscSimSettings;
import org.hoctap.gateway.smscsim.SmscSimulator;
import org.hoctap.shared.bench.Latencies;
import org.hoctap.shared.sample.SampleData;
import org.hoctap.shared.store.Database;
import org.hoctap.shared.store.Jdbc;
import org.hoctap.shared.text.Folding;

/**
 * Drives MO → durable record → reply round trips through a real gateway bound over SMPP on loopback
 * to the SMSC simulator, on a fresh seeded database: closed loop (a fixed number of messages always
 * outstanding) and open loop (a fixed offered rate, latency counted from when each message was due,
 * so a stall is not hidden). At the end it checks that every MO is in the database and every reply
 * arrived.
 */
final class GatewayBench implements AutoCloseable {
    private static final String SYSTEM_ID = "bench";
    private static final String PASSWORD = "bench";
    private static final String SHORT_CODE = "8055";
    private static final String[] TEXTS = {"12", "13", "12 13", "14x2", "15", "16 17", "21", "32"};

    private final SmscSimulator smsc;
    private final GatewayServer gateway;
    private final List<String> phones;
    private final Map<String, Queue<Long>> dueAtByPhone = new ConcurrentHashMap<>();
    private final Map<String, Semaphore> repliesByPhone = new ConcurrentHashMap<>();
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong answered = new AtomicLong();
    private volatile Latencies current = new Latencies();

    GatewayBench(Path dataDir, int window, int phoneCount) throws IOException, InterruptedException {
        try (Database db = Database.open(dataDir.resolve(GatewaySettings.DATABASE_FILE))) {
            SampleData.seed(db);
            addPhones(db, phoneCount);
            phones = db.read(c -> Jdbc.list(c, "SELECT e164 FROM phone WHERE opted_out = 0 ORDER BY e164",
                    row -> row.getString(1)));
        }
        phones.forEach(p -> {
            dueAtByPhone.put(p, new ConcurrentLinkedQueue<>());
            repliesByPhone.put(p, new Semaphore(0));
        });
        // No conversations kept in the simulator: the bench follows replies as they come, and thousands of
        // phones' conversations, alive for seconds, were copied by every young collection of this shared
        // JVM (pauses of 22 ms on average against 9-11 ms without; no SMSC runs inside a real gateway).
        smsc = SmscSimulator.start(SmscSimSettings.forTests(SYSTEM_ID, PASSWORD, SHORT_CODE)
                .withDeliveryThreads(window).withHistoryPerHandset(0));
        smsc.onMessage(this::onHandsetMessage);
        SmppSettings smpp = SmppSettings.of("127.0.0.1", smsc.port(), SYSTEM_ID, PASSWORD, SHORT_CODE);
        // Every report is a new one and gets its reply (the bench repeats texts and numbers), and the
        // local SMSC takes any rate.
        GatewaySettings settings = new GatewaySettings(dataDir, smpp, GatewaySettings.VIETNAM, Folding.WHEN_CHEAPER,
                InboxSettings.DEFAULTS.withDuplicateWindow(Duration.ZERO),
                OutboxSettings.DEFAULTS.withRate(1_000_000, window)
                        .withLimits(new ReplyLimits(Integer.MAX_VALUE, Integer.MAX_VALUE)), GatewaySettings.NO_ADMIN,
                GatewaySettings.NO_WEB, org.hoctap.gateway.ussd.UssdProfile.DEFAULT, java.util.Optional.empty());
        gateway = new GatewayServer(settings).start();
        if (!gateway.awaitBound(Duration.ofSeconds(30))) {
            close();
            throw new IllegalStateException("the gateway did not bind to the simulator");
        }
    }

    /** How many registered numbers send the reports. */
    int phoneCount() {
        return phones.size();
    }

    /**
     * Registers more numbers to the sample's households, up to {@code count} in all: a province's
     * gateway serves tens of thousands of numbers, each sending a few reports a day, not a few hundred
     * numbers sending hundreds each (whose reply history would grow without the per-number limits
     * that the bench turns off).
     */
    private static void addPhones(Database db, int count) {
        db.write(c -> {
            List<String> households = Jdbc.list(c, "SELECT id FROM household ORDER BY code", row -> row.getString(1));
            long have = Jdbc.count(c, "SELECT count(*) FROM phone WHERE opted_out = 0");
            for (long i = 0; have < count; i++) {
                have += Jdbc.update(c, """
                        INSERT OR IGNORE INTO phone (e164, household_id, person_id, registered_at, opted_out)
                        VALUES (?, ?, NULL, '2026-01-01T00:00:00.000000000Z', 0)""",
                        String.format("+8498%07d", i), households.get((int) (i % households.size())));
            }
            return null;
        });
    }

    private void onHandsetMessage(HandsetMessage message) {
        if (!message.isMt()) {
            return;
        }
        Queue<Long> due = dueAtByPhone.get(message.msisdn());
        Long dueAt = due == null ? null : due.poll();
        if (dueAt != null) {
            current.add(System.nanoTime() - dueAt);
            answered.incrementAndGet();
            repliesByPhone.get(message.msisdn()).release();
        }
    }

    private void send(String phone, long dueAt, int n) {
        dueAtByPhone.get(phone).add(dueAt);
        sent.incrementAndGet();
        smsc.deliverMo(phone, SHORT_CODE, TEXTS[n % TEXTS.length]);
    }

    /** {@code outstanding} virtual users, each sending from its own phones and waiting for the reply. */
    BenchResult closedLoop(int outstanding, Duration warmUp, Duration measured) throws InterruptedException {
        int users = Math.min(outstanding, phones.size());
        long start = System.nanoTime();
        long measureFrom = start + warmUp.toNanos();
        long end = measureFrom + measured.toNanos();
        AtomicLong sentMeasured = new AtomicLong();
        AtomicLong answeredMeasured = new AtomicLong();
        Latencies measuredLatencies = new Latencies();
        List<Thread> threads = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            int user = u;
            int mine = (phones.size() - user + users - 1) / users; // this user's own phones: user, user + users, …
            threads.add(Thread.ofVirtual().start(() -> {
                int n = 0;
                while (System.nanoTime() < end) {
                    String phone = phones.get(user + (n % mine) * users);
                    long at = System.nanoTime();
                    boolean counted = at >= measureFrom;
                    send(phone, at, n++);
                    try {
                        if (!repliesByPhone.get(phone).tryAcquire(10, TimeUnit.SECONDS)) {
                            continue; // a lost reply shows in the final check
                        }
                    } catch (InterruptedException e) {
                        return;
                    }
                    if (counted) {
                        sentMeasured.incrementAndGet();
                        answeredMeasured.incrementAndGet();
                        measuredLatencies.add(System.nanoTime() - at);
                    }
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        return new BenchResult("closed loop, window " + users, sentMeasured.get(), answeredMeasured.get(),
                measured.toNanos() / 1e9, measuredLatencies.percentileMillis(50),
                measuredLatencies.percentileMillis(99), measuredLatencies.percentileMillis(100));
    }

    /** MOs offered at {@code perSecond}, round-robin over the phones, whatever the replies do. */
    BenchResult openLoop(int perSecond, Duration measured) throws InterruptedException {
        Latencies latencies = new Latencies();
        current = latencies;
        long answeredBefore = answered.get();
        long count = perSecond * measured.toSeconds();
        long intervalNanos = 1_000_000_000L / perSecond;
        long start = System.nanoTime();
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        AtomicLong issued = new AtomicLong();
        ticker.scheduleAtFixedRate(() -> {
            long due = start + issued.get() * intervalNanos;
            // Catch up on every message that fell due, stamped with when it was due.
            while (issued.get() < count && due <= System.nanoTime()) {
                long n = issued.getAndIncrement();
                send(phones.get((int) (n % phones.size())), due, (int) n);
                due = start + issued.get() * intervalNanos;
            }
        }, 0, Math.max(1, intervalNanos / 1000), TimeUnit.MICROSECONDS);
        while (issued.get() < count) {
            Thread.sleep(50);
        }
        ticker.shutdownNow();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (answered.get() - answeredBefore < count && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        return new BenchResult("open loop, " + perSecond + "/s offered", count, answered.get() - answeredBefore,
                measured.toNanos() / 1e9, latencies.percentileMillis(50), latencies.percentileMillis(99),
                latencies.percentileMillis(100));
    }

    /**
     * Checks that every MO sent is stored once and processed, every reply arrived and its receipt ended on it;
     * prints the counts.
     */
    boolean check(PrintWriter out) throws InterruptedException {
        Database db = gateway.database();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while ((answered.get() < sent.get() || db.read(c -> Jdbc.count(c,
                "SELECT count(*) FROM outbound_message WHERE state = 'QUEUED'")) > 0) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        long stored = db.read(c -> Jdbc.count(c, "SELECT count(*) FROM inbound_message"));
        long processed = db.read(c -> Jdbc.count(c, "SELECT count(*) FROM inbound_message WHERE state = 'PROCESSED'"));
        long replies = db.read(c -> Jdbc.count(c, "SELECT count(*) FROM outbound_message WHERE state = 'SENT'"));
        long resent = db.read(c -> Jdbc.count(c, "SELECT count(*) FROM outbound_message WHERE attempts > 1"));
        // The simulator answers every reply with a receipt (again when our deliver_sm_resp is late); each must end
        // on its reply, whichever of the receipt and the submit_sm_resp was stored first.
        while (db.read(c -> Jdbc.count(c, "SELECT count(*) FROM outbound_message WHERE state = 'SENT' "
                + "AND coalesce(delivery_state, '') <> 'DELIVRD'")) > 0
                && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        long receipts = db.read(c -> Jdbc.count(c, "SELECT count(*) FROM delivery_receipt"));
        long unmatched = db.read(c -> Jdbc.count(c, "SELECT count(*) FROM delivery_receipt WHERE outbound_id IS NULL"));
        long delivered = db.read(c -> Jdbc.count(c,
                "SELECT count(*) FROM outbound_message WHERE state = 'SENT' AND delivery_state = 'DELIVRD'"));
        boolean ok = stored == sent.get() && processed == stored && replies == stored && answered.get() >= sent.get()
                // A submit answered too late is sent again under a new id; the receipt for the first id has no part.
                && receipts >= replies && unmatched <= resent && delivered == replies;
        out.printf("check: %d MO sent, %d stored, %d processed, %d replies sent, %d replies received "
                + "(%d sent again after an unanswered submit_sm), %d receipts (%d unmatched), %d replies DELIVRD: %s%n",
                sent.get(), stored, processed, replies, answered.get(), resent, receipts, unmatched, delivered,
                ok ? "all accounted for" : "MISMATCH");
        if (delivered != replies) {
            db.read(GatewayBench::undeliveredReplies).forEach(out::println);
        }
        return ok;
    }

    /**
     * Up to ten replies sent and not DELIVRD, each with its state, how many receipts it has and its parts' SMSC ids:
     * that tells a lost receipt from a misplaced one.
     */
    static List<String> undeliveredReplies(Connection c) throws SQLException {
        return Jdbc.list(c, """
                SELECT m.id, coalesce(m.delivery_state, 'none'), count(DISTINCT r.id),
                       group_concat(DISTINCT s.smsc_message_id)
                FROM outbound_message m LEFT JOIN delivery_receipt r ON r.outbound_id = m.id
                LEFT JOIN outbound_segment s ON s.outbound_id = m.id
                WHERE m.state = 'SENT' AND coalesce(m.delivery_state, '') <> 'DELIVRD'
                GROUP BY m.id ORDER BY m.id LIMIT 10""",
                row -> String.format("  reply %s: delivery state %s, %d receipt(s), SMSC id(s) %s",
                        row.getString(1), row.getString(2), row.getInt(3), row.getString(4)));
    }

    @Override
    public void close() {
        if (gateway != null) {
            gateway.close();
        }
        if (smsc != null) {
            smsc.close();
        }
    }
}
