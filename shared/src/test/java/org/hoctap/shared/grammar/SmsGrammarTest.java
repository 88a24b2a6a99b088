package org.hoctap.shared.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SmsGrammarTest {

    private static List<ReportedActivity> report(String text) {
        return assertInstanceOf(SmsCommand.Report.class, SmsGrammar.parse(text), text).activities();
    }

    private static ReportedActivity once(int code) {
        return new ReportedActivity(code, 1);
    }

    @Test
    void oneCode() {
        assertEquals(List.of(once(12)), report("12"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12 13", "12,13", "12, 13", " 12  13 ", "12;13", "12.13", "12+13", "12/13", "1213",
        "HT 12 13", "ht12 13", "Ht: 12,13", "HT,12,13"})
    void severalCodes(String text) {
        assertEquals(List.of(once(12), once(13)), report(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12x3", "12X3", "12 x 3", "12*3", "12×3", "12 ×3", "HT 12x3"})
    void aCount(String text) {
        assertEquals(List.of(new ReportedActivity(12, 3)), report(text));
    }

    @Test
    void countsAndCodesTogether() {
        assertEquals(List.of(new ReportedActivity(12, 3), once(13)), report("12x3 13"));
        assertEquals(List.of(once(13), new ReportedActivity(12, 12)), report("13 12x10,12x2"));
    }

    @Test
    void theSameCodeTwiceAddsUp() {
        assertEquals(List.of(new ReportedActivity(12, 2)), report("12 12"));
    }

    @Test
    void fullWidthAndOtherScriptDigits() {
        assertEquals(List.of(once(12), once(13)), report("１２　１３")); // full-width digits and space
        assertEquals(List.of(once(12)), report("١٢")); // Arabic-Indic digits
    }

    @Test
    void zeroWidthAndControlCharacters() {
        assertEquals(List.of(once(12), once(13)), report("\u200B1\u200D2 \uFEFF13\u00AD"));
        assertEquals(List.of(once(12)), report("12\r\n"));
    }

    @Test
    void unknownCodesAreStillReadForTheirAnswer() {
        assertEquals(List.of(once(19)), report("19"));
        assertEquals(List.of(once(123)), report("123"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "HD", "hd", "HĐ", "hđ", "?", "HT", "ht ", "HT HD", "\u200B", ",,,"})
    void help(String text) {
        assertInstanceOf(SmsCommand.Help.class, SmsGrammar.parse(text), text);
    }

    @Test
    void nullIsHelp() {
        assertInstanceOf(SmsCommand.Help.class, SmsGrammar.parse(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"hello", "12 abc", "12abc", "HTX 12", "12x", "12x0", "12x100", "12x3x4", "12-13",
        "123456789", "1213x2", "12x60 12x60", "đọc sách"})
    void unparsed(String text) {
        SmsCommand command = SmsGrammar.parse(text);
        SmsCommand.Unparsed unparsed = assertInstanceOf(SmsCommand.Unparsed.class, command, text);
        assertEquals(false, unparsed.reason().isBlank());
    }
}
