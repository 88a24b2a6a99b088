package org.hoctap.gateway.titles.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.hoctap.gateway.GatewayServer;
import org.hoctap.gateway.GatewaySettings;
import org.hoctap.gateway.officers.web.OfficerClient;
import org.hoctap.gateway.smpp.SmppSettings;
import org.hoctap.gateway.titles.TitleYears;
import org.hoctap.shared.store.Jdbc;
import org.hoctap.shared.testing.SeededDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A province's rule file with a mistake: the gateway runs on, and no decision is taken until it is fixed. */
class UnreadableRuleFileTest {
    @TempDir
    Path dataDir;

    @Test
    void theGatewayRunsOnButTakesNoDecisionWhileARuleFileCannotBeRead() throws Exception {
        SeededDatabase.create(dataDir).close();
        Files.createDirectories(dataDir.resolve("rules"));
        Files.writeString(dataDir.resolve("rules/tinh.json"), "{\"id\": \"gdht-2016\", \"colour\": \"red\"");
        SmppSettings nowhere = SmppSettings.of("127.0.0.1", 9, "hoctap", "secret", "8055");
        try (GatewayServer gateway = new GatewayServer(new GatewaySettings(dataDir, nowhere, GatewaySettings.VIETNAM)
                .withWebPort(0)).start()) {
            OfficerClient province = new OfficerClient(gateway.webPort().orElseThrow());
            String password = Files.readString(dataDir.resolve(GatewaySettings.OFFICER_PASSWORD_FILE)).strip();
            assertEquals(200, province.logIn("tinh", password).status(), "the gateway started");
            String household = gateway.database().read(c -> Jdbc.one(c, "SELECT code FROM household ORDER BY code LIMIT 1",
                    row -> row.getString(1))).orElseThrow();
            OfficerClient.Answer registered = province.post("/api/registrations", new JsonObject()
                    .put("year", TitleYears.of(Instant.now())).put("title", "FAMILY").put("household", household));
            assertEquals(201, registered.status(), registered.body().encode());
            OfficerClient.Answer confirmed = province.post("/api/registrations/" + registered.body().getString("id")
                    + "/confirm", new JsonObject());
            assertEquals(400, confirmed.status());
            assertTrue(confirmed.message().startsWith("Tệp tiêu chí của tỉnh không đọc được (tinh.json)"),
                    confirmed.message());
            assertEquals(0L, (long) gateway.database().read(c -> Jdbc.count(c, "SELECT count(*) FROM title_decision")));
        }
    }
}
