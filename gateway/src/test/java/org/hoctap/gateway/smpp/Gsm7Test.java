package org.hoctap.gateway.smpp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.hoctap.shared.text.Gsm7Alphabet;
import org.junit.jupiter.api.Test;

class Gsm7Test {

    @Test
    void theCharactersThatDifferFromAscii() {
        assertEquals("@$_€[", Gsm7.decode(new byte[] {0x00, 0x02, 0x11, 0x1B, 0x65, 0x1B, 0x3C}, 0, 7));
    }

    @Test
    void readsBackWhatTheTextLayerWrites() {
        String all = "@£$¥èéùìòÇØøÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡AZÄÖÑÜ§¿azäöñüà^{}\\[~]|€\n\r\f";
        byte[] septets = Gsm7Alphabet.encode(all);
        assertEquals(all, Gsm7.decode(septets, 0, septets.length));
    }

    @Test
    void bytesAboveSeptetsAreLatin1AndALoneEscapeIsASpace() {
        assertEquals("é ", Gsm7.decode(new byte[] {(byte) 0xE9, 0x1B}, 0, 2));
    }
}
