package org.hoctap.shared.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class SmsTextTest {

    @Test
    void gsm7HoldsOneHundredSixtyThenOneHundredFiftyThreePerPart() {
        assertCost("a".repeat(160), SmsEncoding.GSM7, 160, 1);
        assertCost("a".repeat(161), SmsEncoding.GSM7, 161, 2);
        assertCost("a".repeat(306), SmsEncoding.GSM7, 306, 2);
        assertCost("a".repeat(307), SmsEncoding.GSM7, 307, 3);
    }

    @Test
    void ucs2HoldsSeventyThenSixtySevenPerPart() {
        assertCost("ư".repeat(70), SmsEncoding.UCS2, 70, 1);
        assertCost("ư".repeat(71), SmsEncoding.UCS2, 71, 2);
        assertCost("ư".repeat(134), SmsEncoding.UCS2, 134, 2);
        assertCost("ư".repeat(135), SmsEncoding.UCS2, 135, 3);
    }

    @Test
    void anEmptyTextIsStillOneMessage() {
        assertCost("", SmsEncoding.GSM7, 0, 1);
    }

    @Test
    void extensionCharactersCountTwoSeptets() {
        assertCost("{}[]~\\^|€", SmsEncoding.GSM7, 18, 1);
        assertCost("€".repeat(80), SmsEncoding.GSM7, 160, 1);
        assertCost("€".repeat(80) + "a", SmsEncoding.GSM7, 161, 2);
        assertCost("Δ@£à", SmsEncoding.GSM7, 4, 1);
    }

    @Test
    void anEscapeSequenceIsNotSplitBetweenParts() {
        // 306 septets would fit two parts, but the euro sign cannot start in the last septet of part one.
        assertCost("a".repeat(152) + "€" + "a".repeat(152), SmsEncoding.GSM7, 306, 3);
        assertCost("a".repeat(151) + "€" + "a".repeat(153), SmsEncoding.GSM7, 306, 2);
    }

    @Test
    void anEmojiIsASurrogatePairOfTwoUnitsAndIsNotSplit() {
        assertCost("😀", SmsEncoding.UCS2, 2, 1);
        assertCost("a".repeat(68) + "😀", SmsEncoding.UCS2, 70, 1);
        assertCost("a".repeat(69) + "😀", SmsEncoding.UCS2, 71, 2);
        assertCost("ư".repeat(66) + "😀" + "ư".repeat(66), SmsEncoding.UCS2, 134, 3);
        assertCost("ư".repeat(65) + "😀" + "ư".repeat(67), SmsEncoding.UCS2, 134, 2);
    }

    @Test
    void anyCharacterOutsideGsm7MakesTheWholeTextUcs2() {
        assertCost("Tôi có", SmsEncoding.UCS2, 6, 1);
        assertCost("a".repeat(100) + "đ", SmsEncoding.UCS2, 101, 2);
        assertCost("Cảm ơn", SmsEncoding.UCS2, 6, 1);
    }

    @Test
    void foldingIsUsedOnlyWhenAllowedAndCheaper() {
        String text = "Đã ghi nhận: đọc sách, báo x3; con đi học đều; học lớp ở TTHTCĐ. Cảm ơn gia đình QC0290!";
        assertCost(text, SmsEncoding.UCS2, 88, 2);

        SmsText cheaper = SmsText.cheapest(text, Folding.WHEN_CHEAPER);
        assertEquals("Da ghi nhan: doc sach, bao x3; con di hoc deu; hoc lop o TTHTCD. Cam on gia dinh QC0290!",
                cheaper.text());
        assertEquals(SmsEncoding.GSM7, cheaper.encoding());
        assertEquals(88, cheaper.characters());
        assertEquals(1, cheaper.segments());

        SmsText notAllowed = SmsText.cheapest(text, Folding.NEVER);
        assertEquals(text, notAllowed.text());
        assertEquals(2, notAllowed.segments());
    }

    @Test
    void alwaysFoldsWhateverFitsGsm7EvenWithoutASaving() {
        SmsText folded = SmsText.cheapest("Đã ghi nhận: đọc sách, báo", Folding.ALWAYS);
        assertEquals("Da ghi nhan: doc sach, bao", folded.text());
        assertEquals(SmsEncoding.GSM7, folded.encoding());
        String emoji = "Cảm ơn 😀";
        assertEquals(emoji, SmsText.cheapest(emoji, Folding.ALWAYS).text(), "folding cannot make it GSM-7");
    }

    @Test
    void policiesAreReadAsOperatorsWriteThem() {
        assertEquals(Folding.WHEN_CHEAPER, Folding.parse("when-cheaper"));
        assertEquals(Folding.WHEN_CHEAPER, Folding.parse(" When_Cheaper "));
        assertEquals(Folding.ALWAYS, Folding.parse("ALWAYS"));
        assertEquals(Folding.NEVER, Folding.parse("never"));
        assertEquals(Folding.NEVER, Folding.parse("false"));
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Folding.parse("sometimes"));
        assertTrue(e.getMessage().contains("never, when-cheaper or always"), e.getMessage());
        for (Folding f : Folding.values()) {
            assertEquals(f, Folding.parse(f.label()));
        }
    }

    @Test
    void theOriginalWinsATie() {
        // one segment either way: the accents stay
        String shortText = "Đã ghi nhận: đọc sách, báo";
        SmsText kept = SmsText.cheapest(shortText, Folding.WHEN_CHEAPER);
        assertEquals(shortText, kept.text());
        assertEquals(SmsEncoding.UCS2, kept.encoding());
        // still UCS-2 after folding (the emoji), same number of segments
        String emoji = "Cảm ơn 😀";
        assertEquals(emoji, SmsText.cheapest(emoji, Folding.WHEN_CHEAPER).text());
        // a GSM-7 text is returned as it is
        SmsText plain = SmsText.cheapest("HD", Folding.WHEN_CHEAPER);
        assertEquals("HD", plain.text());
        assertEquals(SmsEncoding.GSM7, plain.encoding());
    }

    @Test
    void foldingForSmsKeepsOtherCharactersGsm7Has() {
        String text = "Cà phê với Müller € ".repeat(5);
        SmsText cheaper = SmsText.cheapest(text, Folding.WHEN_CHEAPER);
        assertEquals("Ca phe voi Müller € ".repeat(5), cheaper.text());
        assertEquals(SmsEncoding.GSM7, cheaper.encoding());
    }

    @Test
    void theRecordKeepsTheTextItMeasured() {
        String text = "12x3";
        SmsText sms = SmsText.of(text);
        assertSame(text, sms.text());
        assertEquals(new SmsText(text, SmsEncoding.GSM7, 1, 4), sms);
    }

    private static void assertCost(String text, SmsEncoding encoding, int characters, int segments) {
        SmsText sms = SmsText.of(text);
        assertEquals(encoding, sms.encoding(), "encoding");
        assertEquals(characters, sms.characters(), "characters");
        assertEquals(segments, sms.segments(), "segments");
    }
}
