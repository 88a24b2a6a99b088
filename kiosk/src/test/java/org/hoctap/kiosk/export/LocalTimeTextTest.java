package org.hoctap.kiosk.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LocalTimeTextTest {
    @Test
    void writesWhatTheGeneralFormatterWrites() {
        DateTimeFormatter general = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
        ZoneId vietnam = ZoneId.of("Asia/Ho_Chi_Minh");
        Random random = new Random(11);
        for (int i = 0; i < 10_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(0, 4_102_444_800L), random.nextInt(1_000_000_000));
            assertEquals(LocalDateTime.ofInstant(instant, vietnam).format(general), LocalTimeText.of(instant, vietnam));
        }
        assertEquals("2026-11-22 12:00:05", LocalTimeText.of(Instant.parse("2026-11-22T05:00:05Z"), vietnam));
    }
}
