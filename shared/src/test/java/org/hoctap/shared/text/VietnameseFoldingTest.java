package org.hoctap.shared.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class VietnameseFoldingTest {
    private static final String VOWELS = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ";
    private static final String BASES = "a".repeat(18) + "e".repeat(12) + "i".repeat(6) + "o".repeat(18)
            + "u".repeat(12) + "y".repeat(6);

    @Test
    void aSentenceLosesItsMarks() {
        assertEquals("Da ghi nhan: doc sach, bao", VietnameseFolding.fold("Đã ghi nhận: đọc sách, báo"));
    }

    @Test
    void everyVietnameseVowelAndDFoldToTheirBase() {
        assertEquals(BASES + "d", VietnameseFolding.fold(VOWELS + "đ"));
        assertEquals(BASES.toUpperCase() + "D", VietnameseFolding.fold(VOWELS.toUpperCase() + "Đ"));
    }

    @Test
    void decomposedInputFoldsLikeComposed() {
        String nfc = "Đã ghi nhận: đọc sách, báo. " + VOWELS;
        String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
        assertEquals(VietnameseFolding.fold(nfc), VietnameseFolding.fold(nfd));
        assertEquals(VietnameseFolding.foldForGsm7(nfc), VietnameseFolding.foldForGsm7(nfd));
        // marks typed in a non-canonical order (dot below after the circumflex)
        assertEquals("a", VietnameseFolding.fold("a\u0302\u0323"));
    }

    @Test
    void zeroWidthCharactersAreRemoved() {
        assertEquals("12 x3", VietnameseFolding.fold("\uFEFF1\u200B2 \u200Cx\u200D3"));
        assertEquals("HD", VietnameseFolding.foldForGsm7("H\u200BD\uFEFF"));
    }

    @Test
    void theFullFoldDropsEvenMarksGsm7Has() {
        assertEquals("va ca phe Eo", VietnameseFolding.fold("và cà phê Éo"));
    }

    @Test
    void theSmsFoldKeepsOtherCharactersGsm7HasAndPlainsTypography() {
        assertEquals("va ca phe Eo, gia dinh {12} €", VietnameseFolding.foldForGsm7("và cà phê Éo, gia đình {12} €"));
        assertEquals("Müller Ñandu Åse Çelik c", VietnameseFolding.foldForGsm7("Müller Ñandú Åse Çelik ç"));
        assertEquals("Muller Nandu Ase Celik c", VietnameseFolding.fold("Müller Ñandú Åse Çelik ç"));
        assertEquals("\"Cam on\" - 'ba con'...", VietnameseFolding.foldForGsm7("“Cảm ơn” – ‘bà con’…"));
        assertEquals("Cam on ba con", VietnameseFolding.foldForGsm7("Cảm ơn\u00A0bà con"));
    }

    @Test
    void otherScriptsAreLeftAlone() {
        String taiViet = "\uAA80\uAAB0\uAA81";
        assertEquals(taiViet, VietnameseFolding.fold(taiViet));
        assertEquals("한국어 😀", VietnameseFolding.fold("한국어 😀"));
        assertEquals("plain ASCII 123", VietnameseFolding.fold("plain ASCII 123"));
    }
}
