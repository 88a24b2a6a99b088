package org.hoctap.kiosk.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;

/** CSV for spreadsheets: UTF-8 with a BOM (so Excel shows Vietnamese), RFC 4180, formulas defused ({@link CsvCells}). */
final class CsvFile implements TableFile {
    private static final int FLUSH_CHARS = 16 * 1024;

    @Override
    public String contentType() {
        return "text/csv; charset=utf-8";
    }

    @Override
    public String extension() {
        return "csv";
    }

    @Override
    public long write(OutputStream out, List<String> header, Rows rows) throws SQLException, IOException {
        StringBuilder chunk = new StringBuilder(FLUSH_CHARS + 512);
        chunk.append(CsvCells.BOM);
        CsvCells.appendLine(chunk, header);
        long[] count = {0};
        rows.each(cells -> {
            CsvCells.appendLine(chunk, cells);
            count[0]++;
            if (chunk.length() >= FLUSH_CHARS) {
                send(out, chunk);
            }
        });
        send(out, chunk);
        return count[0];
    }

    private static void send(OutputStream out, StringBuilder chunk) {
        try {
            out.write(chunk.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        chunk.setLength(0);
    }
}
