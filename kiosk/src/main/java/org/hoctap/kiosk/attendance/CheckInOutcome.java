package org.hoctap.kiosk.attendance;

import org.hoctap.kiosk.roster.Learner;
import org.hoctap.kiosk.session.OpenSession;
import org.hoctap.shared.learning.Attendance;
import java.util.Optional;
import org.hoctap.shared.people.CardUid;
import org.hoctap.shared.text.Language;

/** What became of a check-in, once the write has returned. */
public sealed interface CheckInOutcome {

    /**
     * The person is checked in to the session, on disk.
     *
     * @param attendance       the record: the one just written, or the earlier one when already checked in
     * @param alreadyCheckedIn the person had checked in to this session before; nothing new was written
     * @param language         the person's own language, when they have chosen one (now or before)
     */
    record CheckedIn(Learner learner, OpenSession session, Attendance attendance, boolean alreadyCheckedIn,
            Optional<Language> language) implements CheckInOutcome {
    }

    /** No session is open today at the centre (or the one named is not). */
    record NoOpenSession() implements CheckInOutcome {
    }

    /** No learner of the centre has that id. */
    record UnknownPerson() implements CheckInOutcome {
    }

    /** The kiosk's clock is obviously wrong (see {@link ClockCheck}): nothing is recorded until staff set it. */
    record WrongClock(java.time.Instant now, String why) implements CheckInOutcome {
    }

    /** No learner of the centre has that card: staff can enrol it. */
    record UnknownCard(CardUid card) implements CheckInOutcome {
    }
}
