package org.hoctap.shared.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.hoctap.shared.text.Language;
import org.hoctap.shared.titles.TitleKind;
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
        "12 - 13", "12-13", "12,,13", "12 ,; 13", "HT 12 13", "ht12 13", "Ht: 12,13", "HT,12,13", "...12 13!",
        "'12 13'", "12 13."})
    void severalCodes(String text) {
        assertEquals(List.of(once(12), once(13)), report(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12x3", "12X3", "12 x 3", "12 X 3", "12*3", "12×3", "12 ×3", "HT 12x3", "12 3", "12,3",
        "１２ ３"})
    void aCount(String text) {
        assertEquals(List.of(new ReportedActivity(12, 3)), report(text));
    }

    @Test
    void countsAndCodesTogether() {
        assertEquals(List.of(new ReportedActivity(12, 3), once(13)), report("12x3 13"));
        assertEquals(List.of(once(13), new ReportedActivity(12, 12)), report("13 12x10,12x2"));
        assertEquals(List.of(new ReportedActivity(12, 3), once(13)), report("12 3 13"));
        assertEquals(List.of(new ReportedActivity(12, 3), once(4)), report("12 3 4"), "a count is one digit after a code");
        assertEquals(List.of(once(12), once(34)), report("12 34"), "two digits are a code");
    }

    @Test
    void aMemberOfTheHouseholdIsNamedByTheNumberOnTheCard() {
        assertEquals(List.of(new ReportedActivity(12, 1, OptionalInt.of(2))), report("12#2"));
        assertEquals(List.of(new ReportedActivity(12, 3, OptionalInt.of(2))), report("12x3#2"));
        assertEquals(List.of(new ReportedActivity(12, 3, OptionalInt.of(2)), once(13)), report("12 3 #2, 13"));
        assertEquals(List.of(new ReportedActivity(12, 1, OptionalInt.of(2)), new ReportedActivity(12, 1, OptionalInt.of(3))),
                report("12#2 12#3"));
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
    @ValueSource(strings = {"", "   ", "HD", "hd", "HĐ", "hđ", "?", "HT", "ht ", "HT HD", "\u200B", ",,,", "hướng dẫn",
        "Huong dan", "HD?", "trợ giúp", "PAB"})
    void help(String text) {
        assertInstanceOf(SmsCommand.Help.class, SmsGrammar.parse(text), text);
    }

    @Test
    void nullIsHelp() {
        assertInstanceOf(SmsCommand.Help.class, SmsGrammar.parse(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"hello", "12 abc", "12abc", "HTX 12", "12x", "12x0", "12x100", "12x3x4", "12#", "12#0",
        "12#31", "123456789", "1213x2", "1213 4", "12x60 12x60", "đọc sách", "KQ 12", "KQX", "DK", "DK 0042",
        "DK QC", "NN FRANCAIS", "NN VIET THAI", "HUY 12", "TC NOW"})
    void unparsed(String text) {
        SmsCommand command = SmsGrammar.parse(text);
        SmsCommand.Unparsed unparsed = assertInstanceOf(SmsCommand.Unparsed.class, command, text);
        assertEquals(false, unparsed.reason().isBlank());
    }

    @ParameterizedTest
    @ValueSource(strings = {"DK QC0042", "dk qc-0042", "ĐK QC 0042", "Đăng ký QC0042", "dang ky qc.0042", "DK QC0042.",
        "HT DK QC0042", "dangky QC0042", "Long xư QC0042", "sau npe qc0042"})
    void register(String text) {
        assertEquals(new SmsCommand.Register("QC0042", false), SmsGrammar.parse(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"DK QC0042 OK", "dk qc-0042 ok", "ĐK QC 0042 có", "DK QC0042 đồng ý"})
    void registerConfirmed(String text) {
        assertEquals(new SmsCommand.Register("QC0042", true), SmsGrammar.parse(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"KQ", "kq", "kết quả", "Ket qua", "KQ?", "ht kq", "phôn", "qhov tau"})
    void progress(String text) {
        assertEquals(new SmsCommand.Progress(), SmsGrammar.parse(text), text);
    }

    @Test
    void language() {
        for (String text : List.of("NN VIET", "nn viet", "NN Việt", "ngôn ngữ tiếng việt", "NN KINH", "lus viet")) {
            assertEquals(new SmsCommand.ChooseLanguage(Optional.of(Language.VI)), SmsGrammar.parse(text), text);
        }
        for (String text : List.of("NN THAI", "nn thái", "NN TAI", "pha xa thai")) {
            assertEquals(new SmsCommand.ChooseLanguage(Optional.of(Language.BLT)), SmsGrammar.parse(text), text);
        }
        for (String text : List.of("NN MONG", "nn mông", "NN HMONG", "lus hmoob")) {
            assertEquals(new SmsCommand.ChooseLanguage(Optional.of(Language.HNJ)), SmsGrammar.parse(text), text);
        }
        assertEquals(new SmsCommand.ChooseLanguage(Optional.empty()), SmsGrammar.parse("NN"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"HUY", "huỷ", "hủy", "Hủy!", "xoá", "rho tawm", "lop"})
    void undo(String text) {
        assertEquals(new SmsCommand.Undo(), SmsGrammar.parse(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"TC", "tc", "STOP", "stop", "từ chối", "ngừng", "tsum", "xau"})
    void stop(String text) {
        assertEquals(new SmsCommand.Stop(), SmsGrammar.parse(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"NL", "nl", "START", "bắt đầu", "BD", "nhận lại", "pib", "tang tan"})
    void start(String text) {
        assertEquals(new SmsCommand.Start(), SmsGrammar.parse(text), text);
    }

    /** Any text, up to a long concatenated SMS, is read as some command or as not understood; nothing throws. */
    @Test
    void anyUnicodeTextIsReadWithoutThrowing() {
        java.util.Random random = new java.util.Random(20261122);
        String alphabet = "0123456789 ,;.+/&-#xX*×?DKQHTNLUYđĐạ\u200B\uFEFF１２٣\t\n";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(i % 100 == 0 ? 1_600 : 40);
            for (int k = 0; k < length; k++) {
                if (random.nextInt(4) == 0) {
                    text.appendCodePoint(random.nextInt(Character.MAX_CODE_POINT + 1)); // lone surrogates too
                } else {
                    text.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            String input = text.toString();
            SmsCommand command = org.junit.jupiter.api.Assertions.assertDoesNotThrow(() -> SmsGrammar.parse(input),
                    () -> "input: " + input.codePoints().mapToObj(Integer::toHexString).toList());
            org.junit.jupiter.api.Assertions.assertNotNull(command, input);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"GDHT", "gdht", "DK GDHT", "dk gdht", "Đăng ký GĐHT", "Gia đình học tập", "HT GDHT", "GDHT."})
    void aHouseholdRegistersAsALearningFamily(String text) {
        assertEquals(new SmsCommand.RegisterForTitle(TitleKind.FAMILY, OptionalInt.empty()), SmsGrammar.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"CDHT", "cdht", "DK CDHT", "Công dân học tập", "CĐHT"})
    void aPhonesPersonRegistersAsALearningCitizen(String text) {
        assertEquals(new SmsCommand.RegisterForTitle(TitleKind.CITIZEN, OptionalInt.empty()), SmsGrammar.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"CDHT#2", "CDHT #2", "cdht # 2", "CDHT 2", "DK CDHT#2", "CDHT2"})
    void aMemberRegistersAsALearningCitizen(String text) {
        assertEquals(new SmsCommand.RegisterForTitle(TitleKind.CITIZEN, OptionalInt.of(2)), SmsGrammar.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"CDHT#0", "CDHT#31", "CDHT abc", "GDHT 2", "GDHT QC0042", "GDHTX"})
    void aTitleRegistrationWithSomethingElseAfterIsNotGuessed(String text) {
        assertInstanceOf(SmsCommand.Unparsed.class, SmsGrammar.parse(text), text);
    }

    @Test
    void registeringThePhoneIsStillDk() {
        assertEquals(new SmsCommand.Register("QC0042", false), SmsGrammar.parse("DK QC0042"));
    }
}
