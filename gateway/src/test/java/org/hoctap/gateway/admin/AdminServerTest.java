package org.hoctap.gateway.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.hoctap.gateway.GatewayServer;
import org.hoctap.gateway.GatewaySettings;
import org.hoctap.gateway.smpp.SmppSettings;
import org.hoctap.gateway.smscsim.HandsetMessage;
import org.hoctap.gateway.smscsim.SmscSimSettings;
import org.hoctap.gateway.smscsim.SmscSimulator;
import org.hoctap.shared.store.Database;
import org.hoctap.shared.testing.Closing;
import org.hoctap.shared.testing.SeededDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The figures an operator watches, over real HTTP, after a real report and reply. */
class AdminServerTest {
    private static final Duration DEADLINE = Duration.ofSeconds(10);

    @TempDir
    Path dataDir;

    private SmscSimulator smsc;
    private GatewayServer gateway;
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        Closing.all(gateway, smsc);
    }

    private String get(String path) throws Exception {
        int port = gateway.adminPort().orElseThrow();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    @Test
    void aReportAndItsReplyShowInTheFiguresAsJsonAndForPrometheus() throws Exception {
        String phone;
        try (Database db = SeededDatabase.create(dataDir)) {
            phone = SeededDatabase.samplePhone(db);
        }
        smsc = SmscSimulator.start(SmscSimSettings.forTests("hoctap", "secret", "8055"));
        SmppSettings smpp = SmppSettings.of("127.0.0.1", smsc.port(), "hoctap", "secret", "8055");
        gateway = new GatewayServer(new GatewaySettings(dataDir, smpp, GatewaySettings.VIETNAM).withAdminPort(0))
                .start();
        assertTrue(gateway.awaitBound(DEADLINE));
        smsc.deliverMo(phone, "12");
        smsc.deliverMo(phone, "12"); // a repeat: recorded, not acted on
        assertTrue(smsc.awaitMessage(phone, HandsetMessage::isMt, DEADLINE).isPresent());

        JsonObject status = awaitReceipt();
        assertTrue(status.getJsonObject("smpp").getBoolean("bound"));
        assertEquals(2L, status.getJsonObject("mo").getLong("total"));
        assertEquals(1L, status.getJsonObject("mo").getLong("duplicates"));
        assertEquals(2L, status.getJsonObject("mo").getLong("lastMinute"));
        double moPerSecond = status.getJsonObject("mo").getDouble("perSecond");
        assertTrue(moPerSecond > 0 && moPerSecond <= 0.2, "2 MOs in the last ten seconds at most: " + moPerSecond);
        assertEquals(1L, status.getJsonObject("mt").getLong("sent"));
        assertEquals(0L, status.getJsonObject("mt").getLong("queued"));

        String metrics = get("/metrics");
        assertTrue(metrics.contains("\nhoctap_mt_sent_total 1\n"), metrics);
        assertTrue(metrics.contains("hoctap_smpp_bound 1\n"), metrics);
        assertTrue(metrics.contains("\nhoctap_mo_per_second "), metrics);
        assertTrue(metrics.contains("hoctap_receipts_total{state=\"DELIVRD\"} 1"), metrics);

        JsonObject centre = new JsonObject(get("/centres.json")).getJsonArray("centres").getJsonObject(0);
        assertEquals("QC", centre.getString("code"));
        assertEquals(0, centre.getInteger("kiosks"));
        assertTrue(centre.containsKey("lastSync") && centre.getValue("lastSync") == null, centre.encode());
        assertTrue(centre.getJsonObject("learnerTurns").containsKey("thisYear"), centre.encode());
    }

    private JsonObject awaitReceipt() throws Exception {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (true) {
            JsonObject status = new JsonObject(get("/status.json"));
            if (status.getJsonObject("receipts").containsKey("DELIVRD") || System.nanoTime() > deadline) {
                return status;
            }
            Thread.sleep(50);
        }
    }
}
