package org.hoctap.kiosk.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LocalTimeTextTest {
    @Test
    void writesWhatTheGeneralFormatterWrites() {
        DateTimeFormatter general = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
        ZoneId vietnam = ZoneId.of("Asia/Ho_Chi_Minh");
        Random random = new Random(11);
        LocalTimeText times = new LocalTimeText(vietnam);
        for (int i = 0; i < 10_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(0, 4_102_444_800L), random.nextInt(1_000_000_000));
            assertEquals(LocalDateTime.ofInstant(instant, vietnam).format(general), times.of(instant));
        }
        assertEquals("2026-11-22 12:00:05", times.of(Instant.parse("2026-11-22T05:00:05Z")));
    }

    @Test
    void keepsTheDayRightAcrossMidnightAndChangesOfOffset() {
        DateTimeFormatter general = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
        for (ZoneId zone : List.of(ZoneId.of("Asia/Ho_Chi_Minh"), ZoneId.of("Europe/Paris"), ZoneId.of("UTC"))) {
            LocalTimeText times = new LocalTimeText(zone);
            // Every 7 minutes over three days around a change of daylight saving time, in time order.
            for (Instant t = Instant.parse("2026-10-24T00:00:00Z"); t.isBefore(Instant.parse("2026-10-27T00:00:00Z"));
                    t = t.plusSeconds(420)) {
                assertEquals(LocalDateTime.ofInstant(t, zone).format(general), times.of(t), zone + " " + t);
            }
        }
    }
}
