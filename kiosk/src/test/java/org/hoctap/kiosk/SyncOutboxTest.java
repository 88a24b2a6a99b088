package org.hoctap.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonArray;
import java.nio.file.Path;
import java.util.List;
import org.hoctap.kiosk.session.OpenSession;
import org.hoctap.kiosk.sync.SyncOutbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A running kiosk queues for the sync what it makes, in the order it made it; the seeded roster is not. */
class SyncOutboxTest {
    @TempDir
    Path dir;

    private KioskFixture fixture;

    @BeforeEach
    void start() {
        fixture = KioskFixture.start(dir);
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void aClassAndACheckInAreQueuedInTheOrderTheyWereMade() throws Exception {
        assertEquals(List.of(), outbox(), "the seeded roster is the central server's, not the kiosk's");
        OpenSession open = fixture.openSession("LUA");
        String personId = new JsonArray(fixture.get("/api/learners").body()).getJsonObject(0).getString("id");
        assertEquals(200, fixture.post("/api/check-ins", "{\"personId\":\"" + personId + "\"}").statusCode());

        List<SyncOutbox.Entry> queued = outbox();
        assertEquals(List.of("class_session", "attendance"), queued.stream().map(SyncOutbox.Entry::table).toList());
        assertEquals(open.session().id(), queued.get(0).rowId());
    }

    private List<SyncOutbox.Entry> outbox() {
        return fixture.kiosk.database().read(c -> SyncOutbox.oldest(c, 100));
    }
}
