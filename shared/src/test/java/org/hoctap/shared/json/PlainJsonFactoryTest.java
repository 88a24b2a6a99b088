package org.hoctap.shared.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.core.json.jackson.JacksonCodec;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PlainJsonFactoryTest {
    @Test
    void vertxUsesTheCodecWithoutDatabindThoughDatabindIsOnTheClasspath() throws Exception {
        Class.forName("com.fasterxml.jackson.databind.ObjectMapper"); // Flyway's, there all the same
        assertSame(JacksonCodec.class, Json.CODEC.getClass());
    }

    @Test
    void whatTheServersSendEncodesAndDecodesTheSame() {
        JsonObject sent = new JsonObject().put("name", "Vàng A Pó").put("thai", "ꪀꪱ").put("count", 3)
                .put("at", Instant.parse("2026-11-24T01:02:03Z")).put("open", true).putNull("teacher")
                .put("list", new JsonArray().add(1).add("hai").add(new JsonObject().put("x", 1.5)));
        JsonObject received = new JsonObject(sent.encode());
        assertEquals("2026-11-24T01:02:03Z", received.getString("at"));
        assertEquals(sent.put("at", "2026-11-24T01:02:03Z"), received);
    }
}
