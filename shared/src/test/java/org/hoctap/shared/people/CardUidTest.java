package org.hoctap.shared.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CardUidTest {
    @ParameterizedTest
    @ValueSource(strings = {"04ABB4C4", "04abb4c4", " 04 AB B4 C4 ", "04:AB:B4:C4", "04-ab-b4-c4", "0078361796"})
    void everyFormAReaderSendsIsOneUid(String typed) {
        assertEquals(Optional.of(new CardUid("04ABB4C4")), CardUid.parse(typed));
    }

    @Test
    void sevenByteUidsToo() {
        assertEquals("04A2B3C4D5E6F7", CardUid.parse("04 a2 b3 c4 d5 e6 f7").orElseThrow().hex());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12", "04ABB4C", "04ABB4C4X", "9999999999", "GGGGGGGG", "hello"})
    void anythingElseIsNoUid(String typed) {
        assertTrue(CardUid.parse(typed).isEmpty(), typed);
    }
}
