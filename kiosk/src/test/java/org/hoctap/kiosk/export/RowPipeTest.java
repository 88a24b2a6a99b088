package org.hoctap.kiosk.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.hoctap.shared.tables.CsvFile;
import org.junit.jupiter.api.Test;

/** An export read on one thread and written on another comes out as one thread would write it, and stops cleanly. */
class RowPipeTest {
    @Test
    void writesEveryRowInOrder() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> cells = new ArrayList<>();
        long rows;
        try (RowPipe pipe = new RowPipe(new CsvFile(), out, List.of("n", "name"))) {
            for (int i = 0; i < 25_017; i++) {
                cells.clear();
                cells.add(Integer.toString(i));
                cells.add("Lò Văn " + i);
                pipe.put(cells); // the same list again and again, as the reports do
            }
            rows = pipe.finish();
        }
        assertEquals(25_017, rows);
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(25_018, lines.size());
        assertEquals("12345,Lò Văn 12345", lines.get(12_346));
        assertEquals("25016,Lò Văn 25016", lines.get(25_017));
    }

    @Test
    void aClientThatGoesAwayStopsTheReadingInsteadOfHangingIt() {
        OutputStream gone = new OutputStream() {
            private long written;

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                written += length;
                if (written > 100_000) {
                    throw new IOException("the phone left");
                }
            }
        };
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            RuntimeException stopped = assertThrows(RuntimeException.class, () -> {
                try (RowPipe pipe = new RowPipe(new CsvFile(), gone, List.of("n"))) {
                    for (int i = 0; i < 10_000_000; i++) {
                        pipe.put(List.of("row " + i));
                    }
                    pipe.finish();
                }
            });
            assertEquals(UncheckedIOException.class, stopped.getClass(), stopped.toString());
        });
    }
}
