package org.hoctap.shared.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SmsNormalizerTest {

    @Test
    void vietnameseIsFoldedAndUpperCasedHoweverItWasTyped() {
        String nfd = "đo\u0323c sa\u0301ch"; // "đọc sách" with combining marks
        assertEquals("DOC SACH", SmsNormalizer.normalize(nfd));
        assertEquals("DOC SACH", SmsNormalizer.normalize("Đọc sách"));
    }

    @Test
    void spacesCollapseAndInvisiblesGo() {
        assertEquals("12 13", SmsNormalizer.normalize("\t12\u00A0\u200B 13\n"));
    }

    @Test
    void digitsOfAnyScriptBecomeAscii() {
        assertEquals("12", SmsNormalizer.normalize("১২")); // Bengali digits
    }
}
