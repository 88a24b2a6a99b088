package org.hoctap.kiosk.export;

import java.sql.SQLException;
import java.util.List;
import org.hoctap.kiosk.web.BlockingResponseWriter;

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
    public long write(BlockingResponseWriter out, List<String> header, Rows rows) throws SQLException {
        StringBuilder chunk = new StringBuilder(FLUSH_CHARS + 512);
        chunk.append(CsvCells.BOM);
        CsvCells.appendLine(chunk, header);
        long[] count = {0};
        rows.each(cells -> {
            CsvCells.appendLine(chunk, cells);
            count[0]++;
            if (chunk.length() >= FLUSH_CHARS) {
                out.write(chunk.toString());
                chunk.setLength(0);
            }
        });
        out.write(chunk.toString());
        return count[0];
    }
}
