package org.hoctap.gateway.admin;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.hoctap.shared.store.Jdbc;

/**
 * What an operator watches, read from the database (so it survives restarts and needs no counters in
 * the hot path) and from the link.
 *
 * @param bound              whether the SMPP link is bound now
 * @param reconnects         losses and failed binds since start-up
 * @param sendRate           submit_sm per second allowed now (below the TPS after throttling)
 * @param moPerSecond        MOs received per second, over the last ten seconds
 * @param mtPerSecond        replies the SMSC took per second, over the last ten seconds
 * @param moLastMinute       MOs received in the last minute
 * @param mtLastMinute       replies the SMSC took in the last minute
 * @param moTotal            MOs ever received
 * @param duplicates         of those, repeats recorded but not acted on
 * @param queued             replies waiting to be sent (the queue depth)
 * @param sent               replies the SMSC took
 * @param failed             replies given up
 * @param retries            failed attempts that were tried again
 * @param crashResends       replies sent again because a stop fell between submit_sm and its answer
 * @param receiptsByState    delivery receipts by state
 */
public record GatewayMetrics(boolean bound, long reconnects, double sendRate, double moPerSecond, double mtPerSecond,
        long moLastMinute, long mtLastMinute,
        long moTotal, long duplicates, long queued, long sent, long failed, long retries, long crashResends,
        Map<String, Long> receiptsByState) {

    private static final Duration RECENT = Duration.ofMinutes(1);
    private static final Duration NOW = Duration.ofSeconds(10);

    /** The database's figures, with the link's. */
    public static GatewayMetrics read(Connection c, Instant now, boolean bound, long reconnects, double sendRate)
            throws SQLException {
        Instant since = now.minus(RECENT);
        Instant lately = now.minus(NOW);
        double seconds = NOW.toSeconds();
        Map<String, Long> receipts = new TreeMap<>();
        record StateCount(String state, long count) {
        }
        for (StateCount k : Jdbc.list(c, "SELECT state, count(*) FROM delivery_receipt GROUP BY state",
                row -> new StateCount(row.getString(1), row.getLong(2)))) {
            receipts.put(k.state(), k.count());
        }
        // One pass over the outbox for what has no index of its own (an index kept for the metrics
        // alone would be written by every message sent).
        record Outbox(long sent, long failed, long retries, long crashResends) {
        }
        Outbox outbox = Jdbc.one(c, """
                SELECT coalesce(sum(state = 'SENT'), 0), coalesce(sum(state = 'FAILED'), 0),
                       coalesce(sum(max(attempts - 1, 0)), 0), coalesce(sum(crash_resends), 0)
                FROM outbound_message""",
                row -> new Outbox(row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4))).orElseThrow();
        return new GatewayMetrics(bound, reconnects, sendRate,
                Jdbc.count(c, "SELECT count(*) FROM inbound_message WHERE received_at >= ?", lately) / seconds,
                Jdbc.count(c, "SELECT count(*) FROM outbound_message WHERE sent_at >= ?", lately) / seconds,
                Jdbc.count(c, "SELECT count(*) FROM inbound_message WHERE received_at >= ?", since),
                Jdbc.count(c, "SELECT count(*) FROM outbound_message WHERE sent_at >= ?", since),
                Jdbc.count(c, "SELECT count(*) FROM inbound_message"),
                Jdbc.count(c, "SELECT count(*) FROM inbound_message WHERE duplicate_of IS NOT NULL"),
                Jdbc.count(c, "SELECT count(*) FROM outbound_message WHERE state = 'QUEUED'"),
                outbox.sent(), outbox.failed(), outbox.retries(), outbox.crashResends(),
                receipts);
    }

    /** Prometheus text exposition format. */
    public String prometheus() {
        StringBuilder out = new StringBuilder();
        gauge(out, "hoctap_smpp_bound", "1 when the SMPP link is bound", bound ? 1 : 0);
        counter(out, "hoctap_smpp_reconnects_total", "SMPP link losses and failed binds since start-up", reconnects);
        gauge(out, "hoctap_mt_send_rate", "submit_sm per second allowed now", sendRate);
        gauge(out, "hoctap_mo_per_second", "MOs received per second over the last ten seconds", moPerSecond);
        gauge(out, "hoctap_mt_per_second", "replies taken by the SMSC per second over the last ten seconds",
                mtPerSecond);
        gauge(out, "hoctap_mo_last_minute", "MOs received in the last minute", moLastMinute);
        gauge(out, "hoctap_mt_last_minute", "replies taken by the SMSC in the last minute", mtLastMinute);
        counter(out, "hoctap_mo_total", "MOs received", moTotal);
        counter(out, "hoctap_mo_duplicates_total", "repeated MOs recorded but not acted on", duplicates);
        gauge(out, "hoctap_mt_queued", "replies waiting to be sent", queued);
        counter(out, "hoctap_mt_sent_total", "replies taken by the SMSC", sent);
        counter(out, "hoctap_mt_failed_total", "replies given up", failed);
        counter(out, "hoctap_mt_retries_total", "failed submit attempts tried again", retries);
        counter(out, "hoctap_mt_crash_resends_total", "replies sent again after a stop inside the crash window",
                crashResends);
        out.append("# HELP hoctap_receipts_total delivery receipts by state\n# TYPE hoctap_receipts_total counter\n");
        receiptsByState.forEach((state, count) ->
                out.append("hoctap_receipts_total{state=\"").append(state).append("\"} ").append(count).append('\n'));
        return out.toString();
    }

    private static void gauge(StringBuilder out, String name, String help, double value) {
        metric(out, name, help, "gauge", value);
    }

    private static void counter(StringBuilder out, String name, String help, double value) {
        metric(out, name, help, "counter", value);
    }

    private static void metric(StringBuilder out, String name, String help, String type, double value) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n')
                .append("# TYPE ").append(name).append(' ').append(type).append('\n')
                .append(name).append(' ').append(value == Math.rint(value) ? Long.toString((long) value)
                        : Double.toString(value)).append('\n');
    }
}
