package org.hoctap.kiosk.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/** Reads a {@code Server-Timing} header ({@code name;dur=1.2, other;desc="x";dur=0.3}): each metric's duration. */
final class ServerTiming {
    private ServerTiming() {
    }

    /** The metrics that have a duration, in milliseconds, in the header's order. */
    static Map<String, Double> millis(String header) {
        Map<String, Double> metrics = new LinkedHashMap<>();
        for (String metric : header.split(",")) {
            String[] parts = metric.trim().split(";");
            for (int i = 1; i < parts.length; i++) {
                String parameter = parts[i].trim();
                if (parameter.startsWith("dur=")) {
                    metrics.put(parts[0].trim(), Double.parseDouble(parameter.substring(4)));
                }
            }
        }
        return metrics;
    }
}
