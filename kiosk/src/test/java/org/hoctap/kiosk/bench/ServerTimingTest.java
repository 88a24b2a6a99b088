package org.hoctap.kiosk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServerTimingTest {
    @Test
    void readsEachMetricsDurationInOrderAndSkipsMetricsWithout() {
        Map<String, Double> metrics = ServerTiming.millis("checkin;dur=1.250, cache;desc=\"hit\", db;desc=\"x\";dur=0.5,queue; dur=0");
        assertEquals(List.of("checkin", "db", "queue"), List.copyOf(metrics.keySet()));
        assertEquals(1.25, metrics.get("checkin"));
        assertEquals(0.5, metrics.get("db"));
        assertEquals(0.0, metrics.get("queue"));
    }
}
