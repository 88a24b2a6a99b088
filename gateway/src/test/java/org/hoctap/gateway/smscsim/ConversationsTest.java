package org.hoctap.gateway.smscsim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class ConversationsTest {
    final Conversations log = new Conversations(3, Clock.fixed(Instant.parse("2025-10-01T08:00:00Z"), ZoneOffset.UTC));

    @Test
    void keepsTheLastMessagesOfEachHandsetOldestFirst() {
        for (int i = 1; i <= 5; i++) {
            add("+84911111111", "m" + i);
        }
        add("+84922222222", "other");

        List<HandsetMessage> kept = log.of("+84911111111");
        assertEquals(List.of("m3", "m4", "m5"), kept.stream().map(HandsetMessage::text).toList());
        assertEquals(1, log.of("+84922222222").size());
        assertEquals(List.of(), log.of("+84933333333"));
    }

    @Test
    void noHistoryKeepsNothingButListenersStillHearEveryMessage() {
        Conversations none = new Conversations(0, Clock.systemUTC());
        List<String> heard = new ArrayList<>();
        none.onMessage(m -> heard.add(m.text()));
        HandsetMessage m = none.add("+84911111111", Direction.MT, "8055", "Đã ghi", 8, "UCS-2", 1,
                MessageStatus.DELIVERED, List.of());
        none.update(m, MessageStatus.FAILED);

        assertEquals(List.of("Đã ghi"), heard);
        assertEquals(List.of(), none.of("+84911111111"));
    }

    @Test
    void historyCannotBeNegative() {
        SmscSimSettings settings = SmscSimSettings.forTests("sys", "pw", "8055");
        assertEquals(0, settings.withHistoryPerHandset(0).historyPerHandset());
        assertThrows(IllegalArgumentException.class, () -> settings.withHistoryPerHandset(-1));
    }

    @Test
    void updateChangesTheStatus() {
        HandsetMessage m = add("+84911111111", "12");
        log.update(m, MessageStatus.DELIVERED);
        assertEquals(MessageStatus.DELIVERED, log.of("+84911111111").getFirst().status());
        assertEquals(Instant.parse("2025-10-01T08:00:00Z"), log.of("+84911111111").getFirst().at());
    }

    @Test
    void awaitReturnsAMessageAddedLater() throws Exception {
        CompletableFuture<Optional<HandsetMessage>> waiting = CompletableFuture.supplyAsync(() -> {
            try {
                return log.await("+84911111111", m -> m.text().equals("later"), Duration.ofSeconds(5));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        add("+84911111111", "first");
        add("+84911111111", "later");
        assertEquals("later", waiting.get().orElseThrow().text());
    }

    @Test
    void awaitGivesUpAfterTheTimeout() throws Exception {
        assertTrue(log.await("+84911111111", m -> true, Duration.ofMillis(20)).isEmpty());
    }

    private HandsetMessage add(String msisdn, String text) {
        return log.add(msisdn, Direction.MO, "8055", text, 0, "GSM-7", 1, MessageStatus.QUEUED, List.of());
    }
}
