package org.hoctap.kiosk.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvCellsTest {
    @Test
    void defusesWhatASpreadsheetWouldTakeForAFormula() {
        for (String formula : List.of("=1+1", "+84912345678", "-2+3", "@SUM(A1)", "|cmd", "%0A", "\tx", "\rx")) {
            assertEquals("'" + formula, CsvCells.defuse(formula), formula);
        }
    }

    @Test
    void leavesNamesAndNegativeNumbersAlone() {
        for (String plain : List.of("", "Giàng A Páo", "QC0042", "-12", "-3.5", "-0,25", "a=b")) {
            assertEquals(plain, CsvCells.defuse(plain), plain);
        }
    }

    @Test
    void quotesCellsWithSeparatorsQuotesOrLineBreaks() {
        assertEquals("\"Lớp học, buổi 1\"", CsvCells.cell("Lớp học, buổi 1"));
        assertEquals("\"Bản \"\"Co\"\" Muông\"", CsvCells.cell("Bản \"Co\" Muông"));
        assertEquals("\"a\nb\"", CsvCells.cell("a\nb"));
        assertEquals("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"", CsvCells.cell("=HYPERLINK(\"x\",\"y\")"));
        assertEquals("", CsvCells.cell(null));
    }

    @Test
    void endsLinesWithCrLf() {
        StringBuilder out = new StringBuilder();
        CsvCells.appendLine(out, List.of("a", "b,c", "=d"));
        assertEquals("a,\"b,c\",'=d\r\n", out.toString());
    }
}
