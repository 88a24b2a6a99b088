package org.hoctap.hardware.card.keyboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.hoctap.hardware.card.CardSeen;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Recorded key events of keyboard-wedge readers, turned into the kernel's bytes (64- and 32-bit
 * layouts) and read by the reader as from its input device.
 */
class KeyboardCardReaderTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneOffset.UTC);

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "em4100-with-enter.evtest, 0012345678 0087654321",
            "em4100-without-enter.evtest, 0012345678 0087654321",
            "shift-held-non-us-layout.evtest, 0012345678",
            "keypad-digits.evtest, 0012345678",
            "person-typing.evtest, ''",
            "interrupted-by-other-key.evtest, ''",
    })
    void recordedStreamsGiveTheirCards(String recording, String cards) throws Exception {
        List<String> expected = cards.isEmpty() ? List.of() : List.of(cards.split(" "));
        for (InputEventFormat format : List.of(InputEventFormat.LINUX_64, InputEventFormat.LINUX_32)) {
            assertEquals(expected, readThrough(recording, format), recording + " in " + format);
        }
    }

    private static List<String> readThrough(String recording, InputEventFormat format) throws Exception {
        byte[] bytes = format.encode(EvtestRecording.read(recording));
        List<CardSeen> seen = new CopyOnWriteArrayList<>();
        KeyboardCardReader reader = new KeyboardCardReader(Path.of("/dev/input/by-id/test-event-kbd"), CLOCK,
                device -> new Replay(bytes, format.size() * 3), format, millis -> { });
        reader.start(seen::add);
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < until && reader.isReading()) {
            Thread.sleep(2);
        }
        reader.close();
        return seen.stream().map(CardSeen::uid).toList();
    }

    /** Gives back recorded bytes a few events at a time, as a device read would, then ends. */
    private static final class Replay implements EventSource {
        private final byte[] bytes;
        private final int chunk;
        private int position;

        Replay(byte[] bytes, int chunk) {
            this.bytes = bytes;
            this.chunk = chunk;
        }

        @Override
        public int read(byte[] buffer) {
            if (position >= bytes.length) {
                return -1;
            }
            int n = Math.min(Math.min(chunk, buffer.length), bytes.length - position);
            System.arraycopy(bytes, position, buffer, 0, n);
            position += n;
            return n;
        }

        @Override
        public void close() throws IOException {
        }
    }
}
