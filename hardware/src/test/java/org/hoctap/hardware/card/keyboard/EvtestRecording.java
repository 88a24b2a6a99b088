package org.hoctap.hardware.card.keyboard;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Input events read from evtest's text output (a test resource), to replay through the reader. */
final class EvtestRecording {
    private static final Pattern EVENT = Pattern.compile(
            "Event: time (\\d+)\\.(\\d{6}), type (\\d+) \\(\\w+\\), code (\\d+) \\(\\w+\\), value (\\S+)");
    private static final Pattern SYN = Pattern.compile("Event: time (\\d+)\\.(\\d{6}), -+ SYN_REPORT -+");

    private EvtestRecording() {
    }

    static List<InputEvent> read(String resource) throws IOException {
        try (InputStream in = EvtestRecording.class.getResourceAsStream("/keyboard-reader/" + resource)) {
            if (in == null) {
                throw new IOException("no recording " + resource);
            }
            List<InputEvent> events = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                Matcher event = EVENT.matcher(line);
                Matcher syn = SYN.matcher(line);
                if (event.matches()) {
                    int type = Integer.parseInt(event.group(3));
                    // evtest prints MSC_SCAN values in hex, the others in decimal
                    int value = Integer.parseInt(event.group(5), type == 4 ? 16 : 10);
                    events.add(new InputEvent(micros(event), type, Integer.parseInt(event.group(4)), value));
                } else if (syn.matches()) {
                    events.add(new InputEvent(micros(syn), 0, 0, 0));
                }
            }
            return events;
        }
    }

    private static long micros(Matcher m) {
        return Long.parseLong(m.group(1)) * 1_000_000 + Long.parseLong(m.group(2));
    }
}
