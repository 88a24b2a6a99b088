package org.hoctap.shared.tables;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.List;

/** CSV for spreadsheets: UTF-8 with a BOM (so Excel shows Vietnamese), RFC 4180, formulas defused ({@link CsvLines}). */
public final class CsvFile implements TableFile {
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
        CsvLines lines = new CsvLines(out);
        lines.bom();
        lines.line(header);
        long[] count = {0};
        rows.each(cells -> {
            try {
                lines.line(cells);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            count[0]++;
        });
        lines.flush();
        return count[0];
    }
}
