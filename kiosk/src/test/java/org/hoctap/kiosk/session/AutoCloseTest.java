package org.hoctap.kiosk.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Optional;
import org.hoctap.kiosk.KioskSettings;
import org.hoctap.shared.learning.Learning;
import org.hoctap.shared.places.Centre;
import org.hoctap.shared.places.Places;
import org.hoctap.shared.store.Database;
import org.hoctap.shared.testing.SeededDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sessions staff forgot to close close themselves at the closing hour of their day, as of that hour. */
class AutoCloseTest {
    private static final AutoClose AT_NINE_PM = new AutoClose("any", KioskSettings.VIETNAM, LocalTime.of(21, 0));

    @TempDir
    Path dir;

    @Test
    void aSessionClosesAtItsDaysClosingHourOrAtMidnightWhenOpenedLater() {
        // 08:00 in Vietnam (UTC+7) closes at 21:00 the same day.
        assertEquals(Instant.parse("2026-11-22T14:00:00Z"), AT_NINE_PM.closingTime(Instant.parse("2026-11-22T01:00:00Z")));
        // 21:30 closes at midnight.
        assertEquals(Instant.parse("2026-11-22T17:00:00Z"), AT_NINE_PM.closingTime(Instant.parse("2026-11-22T14:30:00Z")));
    }

    @Test
    void closesOnlyTheSessionsWhoseTimeHasComeAsOfThatTime() {
        try (Database db = SeededDatabase.create(dir)) {
            Centre centre = db.read(Places::centres).get(0);
            String topicId = db.read(Learning::topics).get(0).id();
            AutoClose autoClose = new AutoClose(centre.id(), KioskSettings.VIETNAM, LocalTime.of(21, 0));
            Instant morning = Instant.parse("2026-11-21T01:00:00Z");
            String yesterday = db.write(c -> ClassSessions.open(c, centre.id(), topicId, Optional.empty(),
                    Optional.empty(), morning)).opened().session().id();

            assertEquals(false, db.read(c -> autoClose.anyDue(c, Instant.parse("2026-11-21T13:59:00Z"))));
            assertEquals(0, (int) db.write(c -> autoClose.closeLeftOpen(c, Instant.parse("2026-11-21T13:59:00Z"))));
            assertTrue(db.read(c -> Learning.session(c, yesterday)).orElseThrow().isOpen(), "20:59: still open");

            Instant nextMorning = Instant.parse("2026-11-22T00:30:00Z");
            assertEquals(true, db.read(c -> autoClose.anyDue(c, nextMorning)));
            assertEquals(1, (int) db.write(c -> autoClose.closeLeftOpen(c, nextMorning)));
            assertEquals(Optional.of(Instant.parse("2026-11-21T14:00:00Z")),
                    db.read(c -> Learning.session(c, yesterday)).orElseThrow().closedAt(),
                    "closed as of 21:00, not of when the kiosk came back on");
            assertEquals(0, (int) db.write(c -> autoClose.closeLeftOpen(c, nextMorning)), "once");
        }
    }
}
