package org.hoctap.shared.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvLinesTest {
    @Test
    void defusesWhatASpreadsheetWouldTakeForAFormula() throws IOException {
        for (String formula : List.of("=1+1", "+84912345678", "-2+3", "@SUM(A1)", "|cmd", "%0A", "\tx")) {
            assertTrue(CsvLines.isFormula(formula), formula);
            assertEquals("'" + formula + "\r\n", line(formula), formula);
        }
        assertEquals("\"'\rx\"\r\n", line("\rx"));
    }

    @Test
    void leavesNamesAndNegativeNumbersAlone() throws IOException {
        for (String plain : List.of("Giàng A Páo", "QC0042", "-12", "-3.5", "a=b")) {
            assertFalse(CsvLines.isFormula(plain), plain);
            assertEquals(plain + "\r\n", line(plain), plain);
        }
        assertEquals("\"-0,25\"\r\n", line("-0,25"), "quoted for its comma, not defused");
    }

    @Test
    void quotesCellsWithSeparatorsQuotesOrLineBreaks() throws IOException {
        assertEquals("\"Lớp học, buổi 1\"\r\n", line("Lớp học, buổi 1"));
        assertEquals("\"Bản \"\"Co\"\" Muông\"\r\n", line("Bản \"Co\" Muông"));
        assertEquals("\"a\nb\"\r\n", line("a\nb"));
        assertEquals("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"\r\n", line("=HYPERLINK(\"x\",\"y\")"));
        List<String> withNull = new ArrayList<>(Arrays.asList("a", null, ""));
        assertEquals("a,,\r\n", lines(withNull));
    }

    @Test
    void writesEveryCharacterAsUtf8IncludingOnesBeyondTheBasicPlane() throws IOException {
        String text = "Đặng Thị Ngọc Ánh ꪀꪁ 𝐀 €";
        assertEquals(text + "\r\n", line(text));
        assertEquals("a?b\r\n", line("a\uD800b"), "half a surrogate pair is no character");
    }

    @Test
    void endsLinesWithCrLfAndStartsTheFileWithABom() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CsvLines lines = new CsvLines(bytes);
        lines.bom();
        lines.line(List.of("a", "b,c", "=d"));
        lines.flush();
        assertEquals("\uFEFFa,\"b,c\",'=d\r\n", bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aLongExportIsPassedOnInBlocks() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CsvLines lines = new CsvLines(bytes);
        for (int i = 0; i < 10_000; i++) {
            lines.line(List.of("Lò Văn " + i, "QC" + i));
        }
        assertTrue(bytes.size() > 0, "passed on before the end");
        lines.flush();
        assertEquals(10_000, bytes.toString(StandardCharsets.UTF_8).lines().count());
    }

    private static String line(String cell) throws IOException {
        return lines(List.of(cell));
    }

    private static String lines(List<String> cells) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CsvLines lines = new CsvLines(bytes);
        lines.line(cells);
        lines.flush();
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
