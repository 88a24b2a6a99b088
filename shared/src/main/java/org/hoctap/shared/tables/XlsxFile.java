package org.hoctap.shared.tables;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * An Excel workbook of one sheet, streamed: rows go out in blocks as they are read, so a long period
 * takes no more memory than a short one. Cells are inline text: a shared-strings table would hold
 * every distinct value (every check-in's time) in memory until the end. No formula is evaluated in them.
 */
public final class XlsxFile implements TableFile {
    private static final int ROWS_PER_FLUSH = 1_000;
    /** An Excel sheet holds 1,048,576 rows; beyond, a new sheet starts. */
    private static final int MOST_ROWS_PER_SHEET = 1_048_575;

    private final String sheetName;

    public XlsxFile(String sheetName) {
        this.sheetName = sheetName;
    }

    @Override
    public String contentType() {
        return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    }

    @Override
    public String extension() {
        return "xlsx";
    }

    @Override
    public long write(OutputStream stream, List<String> header, Rows rows) throws SQLException, IOException {
        Workbook workbook = new Workbook(stream, "hoctap", "1.0");
        long[] count = {0};
        Worksheet[] sheet = {newSheet(workbook, 1, header)};
        int[] row = {1};
        rows.each(cells -> {
            if (row[0] > MOST_ROWS_PER_SHEET) {
                finish(sheet[0]);
                sheet[0] = newSheet(workbook, (int) (count[0] / MOST_ROWS_PER_SHEET) + 1, header);
                row[0] = 1;
            }
            for (int c = 0; c < cells.size(); c++) {
                sheet[0].inlineString(row[0], c, cells.get(c));
            }
            row[0]++;
            count[0]++;
            if (count[0] % ROWS_PER_FLUSH == 0) {
                flush(sheet[0]);
            }
        });
        finish(sheet[0]);
        workbook.finish();
        stream.flush();
        return count[0];
    }

    private Worksheet newSheet(Workbook workbook, int number, List<String> header) {
        Worksheet sheet = workbook.newWorksheet(number == 1 ? sheetName : sheetName + " " + number);
        for (int c = 0; c < header.size(); c++) {
            sheet.value(0, c, header.get(c));
            sheet.style(0, c).bold().set();
        }
        return sheet;
    }

    private static void flush(Worksheet sheet) {
        try {
            sheet.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void finish(Worksheet sheet) {
        try {
            sheet.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
