package org.hoctap.gateway.smscsim;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** A {@link HandsetMessage} as the virtual phone page reads it. */
final class MessageJson {
    private MessageJson() {
    }

    static JsonObject of(HandsetMessage m) {
        return new JsonObject()
                .put("id", m.id())
                .put("msisdn", m.msisdn())
                .put("direction", m.direction().name())
                .put("peer", m.peer())
                .put("text", m.text())
                .put("at", m.at().toString())
                .put("dataCoding", m.dataCoding())
                .put("encoding", m.encoding())
                .put("segments", m.segments())
                .put("status", m.status().name())
                .put("messageIds", new JsonArray(m.messageIds()))
                .put("ussd", m.ussd().map(u -> new JsonObject().put("operation", u.operation())
                        .put("session", u.sessionInfo()).put("ends", u.ends())).orElse(null));
    }
}
