package org.hoctap.kiosk.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IdKeyTest {
    private static final byte[] ROW = "01990292-d019-77ff-bdf2-354d02120040\u001fhộ-Mùa-7\u001fCARD".getBytes(StandardCharsets.UTF_8);

    @Test
    void aProbeOverPartOfARowFindsTheKeyMadeFromTheIdsText() {
        Map<IdKey, String> found = new HashMap<>();
        found.put(IdKey.of("01990292-d019-77ff-bdf2-354d02120040"), "session");
        found.put(IdKey.of("hộ-Mùa-7"), "person, with letters beyond ASCII");
        IdKey probe = new IdKey();
        assertEquals("session", found.get(probe.point(ROW, 0, 36)));
        assertEquals("person, with letters beyond ASCII", found.get(probe.point(ROW, 37, ROW.length - 5)));
        assertEquals("hộ-Mùa-7", probe.text());
        assertNull(found.get(probe.point(ROW, 0, 35)), "a prefix is another id");
    }

    @Test
    void aCopyKeepsItsBytesWhenTheProbeMovesOn() {
        IdKey probe = new IdKey().point(ROW, 0, 36);
        IdKey kept = probe.copy();
        probe.point(ROW, ROW.length - 4, ROW.length);
        assertEquals(IdKey.of("01990292-d019-77ff-bdf2-354d02120040"), kept);
        assertEquals(IdKey.of("01990292-d019-77ff-bdf2-354d02120040").hashCode(), kept.hashCode());
        assertNotEquals(kept, probe);
        assertEquals("CARD", probe.toString());
    }
}
