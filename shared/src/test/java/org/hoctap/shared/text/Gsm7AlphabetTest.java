package org.hoctap.shared.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class Gsm7AlphabetTest {

    @Test
    void theTablesHold127DefaultAnd10ExtensionCharacters() {
        int single = 0;
        int extension = 0;
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            switch (Gsm7Alphabet.septets(cp)) {
                case 0 -> { }
                case 1 -> single++;
                case 2 -> extension++;
                default -> throw new AssertionError("U+" + Integer.toHexString(cp));
            }
        }
        assertEquals(127, single, "128 septets less the escape");
        assertEquals(10, extension);
    }

    @Test
    void charactersSitAtTheirSeptetsOfTs23038() {
        assertSeptet(0x00, "@");
        assertSeptet(0x01, "£");
        assertSeptet(0x03, "¥");
        assertSeptet(0x09, "Ç");
        assertSeptet(0x0A, "\n");
        assertSeptet(0x0D, "\r");
        assertSeptet(0x10, "Δ");
        assertSeptet(0x11, "_");
        assertSeptet(0x1A, "Ξ");
        assertSeptet(0x1C, "Æ");
        assertSeptet(0x1F, "É");
        assertSeptet(0x24, "¤");
        assertSeptet(0x40, "¡");
        assertSeptet(0x41, "A");
        assertSeptet(0x5B, "Ä");
        assertSeptet(0x5F, "§");
        assertSeptet(0x60, "¿");
        assertSeptet(0x7B, "ä");
        assertSeptet(0x7F, "à");
    }

    @Test
    void extensionCharactersAreEscaped() {
        String chars = "\f^{}\\[~]|€";
        int[] codes = {0x0A, 0x14, 0x28, 0x29, 0x2F, 0x3C, 0x3D, 0x3E, 0x40, 0x65};
        for (int i = 0; i < chars.length(); i++) {
            String c = chars.substring(i, i + 1);
            assertEquals(2, Gsm7Alphabet.septets(c.codePointAt(0)), c);
            assertArrayEquals(new byte[] {0x1B, (byte) codes[i]}, Gsm7Alphabet.encode(c), c);
        }
    }

    @Test
    void vietnameseLettersOtherThanAFewAreNotInGsm7() {
        for (String c : new String[] {"đ", "Đ", "ă", "â", "ê", "ô", "ơ", "ư", "á", "ả", "ạ", "ế", "À", "ç", "\u001B"}) {
            assertFalse(Gsm7Alphabet.contains(c.codePointAt(0)), c);
        }
        assertTrue(Gsm7Alphabet.canEncode("Cà phe é ì ò ù"));
        assertFalse(Gsm7Alphabet.canEncode("Cảm ơn"));
    }

    @Test
    void encodingWritesOneSeptetPerByteAndRefusesOtherCharacters() {
        assertArrayEquals(new byte[] {0x48, 0x44, 0x20, 0x31, 0x32, 0x1B, 0x65}, Gsm7Alphabet.encode("HD 12€"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Gsm7Alphabet.encode("ư"));
        assertTrue(e.getMessage().contains("U+01B0"), e.getMessage());
    }

    @Test
    void decodingReadsTheCharactersThatDifferFromAscii() {
        assertEquals("@$_€[", Gsm7Alphabet.decode(new byte[] {0x00, 0x02, 0x11, 0x1B, 0x65, 0x1B, 0x3C}, 0, 7));
        assertEquals("$_", Gsm7Alphabet.decode(new byte[] {0x41, 0x02, 0x11, 0x42}, 1, 2));
    }

    @Test
    void decodingReadsBackEveryCharacterThatEncodingWrites() {
        String all = "@£$¥èéùìòÇØøÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡AZÄÖÑÜ§¿azäöñüà^{}\\[~]|€\n\r\f";
        byte[] septets = Gsm7Alphabet.encode(all);
        assertEquals(all, Gsm7Alphabet.decode(septets, 0, septets.length));
    }

    @Test
    void decodingKeepsLatin1BytesAndReadsALoneOrUnknownEscapeAsASpace() {
        assertEquals("é ", Gsm7Alphabet.decode(new byte[] {(byte) 0xE9, 0x1B}, 0, 2));
        assertEquals("a b", Gsm7Alphabet.decode(new byte[] {0x61, 0x1B, 0x01, 0x62}, 0, 4));
    }

    @Test
    void unpackingReadsTheTextbookExample() {
        // "hellohello" packed, from 3GPP TS 23.038's worked example
        byte[] packed = {(byte) 0xE8, 0x32, (byte) 0x9B, (byte) 0xFD, 0x46, (byte) 0x97, (byte) 0xD9, (byte) 0xEC, 0x37};
        assertEquals("hellohello", decodePacked(packed, 0, 0));
    }

    @Test
    void unpackingDropsTheSpareSeptetOfSevenCharactersButKeepsEight() {
        assertEquals("1234567", decodePacked(pack("1234567"), 0, 0));
        assertEquals("12345678", decodePacked(pack("12345678"), 0, 0));
    }

    @Test
    void unpackingAfterAHeaderSkipsTheFillBits() {
        byte[] udh = {0x05, 0x00, 0x03, 0x2A, 0x02, 0x01};
        byte[] text = packAfter("Xin chao ban", udh.length);
        byte[] whole = new byte[udh.length + text.length];
        System.arraycopy(udh, 0, whole, 0, udh.length);
        System.arraycopy(text, 0, whole, udh.length, text.length);
        assertEquals("Xin chao ban", decodePacked(whole, udh.length, 1));
    }

    private static String decodePacked(byte[] packed, int from, int fillBits) {
        byte[] septets = Gsm7Alphabet.unpack(packed, from, fillBits);
        return Gsm7Alphabet.decode(septets, 0, septets.length);
    }

    private static byte[] pack(String text) {
        return packAfter(text, 0);
    }

    /** Packs as a sender does after a header of {@code headerOctets}: septets aligned from the start of the user data. */
    private static byte[] packAfter(String text, int headerOctets) {
        byte[] septets = Gsm7Alphabet.encode(text);
        int fill = (7 - (headerOctets * 8) % 7) % 7;
        int bits = fill + septets.length * 7;
        byte[] out = new byte[(bits + 7) / 8];
        for (int i = 0; i < septets.length; i++) {
            int bit = fill + i * 7;
            int value = septets[i] & 0x7F;
            out[bit / 8] |= (byte) (value << (bit % 8));
            if (bit % 8 > 1) {
                out[bit / 8 + 1] |= (byte) (value >> (8 - bit % 8));
            }
        }
        return out;
    }

    private static void assertSeptet(int septet, String c) {
        assertEquals(1, Gsm7Alphabet.septets(c.codePointAt(0)), c);
        assertArrayEquals(new byte[] {(byte) septet}, Gsm7Alphabet.encode(c), c);
    }
}
