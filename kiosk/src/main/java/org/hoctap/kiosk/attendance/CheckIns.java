package org.hoctap.kiosk.attendance;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import org.hoctap.kiosk.roster.Learner;
import org.hoctap.kiosk.roster.Learners;
import org.hoctap.kiosk.session.ClassSessions;
import org.hoctap.kiosk.session.OpenSession;
import org.hoctap.shared.id.Ids;
import org.hoctap.shared.learning.Attendance;
import org.hoctap.shared.learning.CheckInMethod;
import org.hoctap.shared.learning.Learning;
import org.hoctap.shared.people.CardUid;
import org.hoctap.shared.people.People;
import org.hoctap.shared.people.Person;
import org.hoctap.shared.text.Language;

/**
 * Checking a learner in to the open session of the kiosk's centre. Each check-in is one durable write
 * transaction ({@code Database.write}): the session, the person and the record are read and written
 * together, and a person is counted once per session whatever the number of taps.
 */
public final class CheckIns {
    private final String centreId;
    private final ZoneId zone;
    private final Clock clock;

    public CheckIns(String centreId, ZoneId zone, Clock clock) {
        this.centreId = centreId;
        this.zone = zone;
        this.clock = clock;
    }

    /** The households' time zone, in which days and sessions are counted. */
    public ZoneId zone() {
        return zone;
    }

    /**
     * A check-in by card, to run inside {@code db.write}: the card's holder, if they are a learner of
     * the centre, is checked in as {@link #checkIn} does; otherwise the card is unknown here.
     */
    public CheckInOutcome checkInByCard(Connection c, CardUid card, Optional<String> sessionId,
            Optional<Language> chosen) throws SQLException {
        Optional<Person> holder = People.personByCard(c, card.hex());
        if (holder.isEmpty()) {
            return new CheckInOutcome.UnknownCard(card);
        }
        CheckInOutcome outcome = checkIn(c, holder.get().id(), sessionId, CheckInMethod.CARD, chosen);
        return outcome instanceof CheckInOutcome.UnknownPerson ? new CheckInOutcome.UnknownCard(card) : outcome;
    }

    /**
     * The work of one check-in, to run inside {@code db.write}.
     *
     * @param sessionId a session the screen showed; empty: today's open session
     * @param chosen    the language the person picked on the screen for this check-in, remembered for them
     */
    public CheckInOutcome checkIn(Connection c, String personId, Optional<String> sessionId, CheckInMethod method,
            Optional<Language> chosen) throws SQLException {
        Instant now = clock.instant();
        Optional<String> wrongClock = ClockCheck.problem(c, now);
        if (wrongClock.isPresent()) {
            return new CheckInOutcome.WrongClock(now, wrongClock.get());
        }
        LocalDate today = LocalDate.ofInstant(now, zone);
        Optional<OpenSession> session = sessionId.isPresent()
                ? ClassSessions.openById(c, centreId, sessionId.get(), today, zone)
                : ClassSessions.current(c, centreId, today, zone);
        if (session.isEmpty()) {
            return new CheckInOutcome.NoOpenSession();
        }
        return record(c, personId, session.get(), method, chosen, now, "kiosk");
    }

    /**
     * A check-in recorded by a staff member, to run inside {@code db.write}: to any session opened today,
     * also one closed already (a learner who came late, or was missed).
     */
    public CheckInOutcome checkInByStaff(Connection c, String personId, String sessionId, String staff)
            throws SQLException {
        Instant now = clock.instant();
        Optional<String> wrongClock = ClockCheck.problem(c, now);
        if (wrongClock.isPresent()) {
            return new CheckInOutcome.WrongClock(now, wrongClock.get());
        }
        LocalDate today = LocalDate.ofInstant(now, zone);
        Optional<OpenSession> session = ClassSessions.ofToday(c, centreId, sessionId, today, zone);
        if (session.isEmpty()) {
            return new CheckInOutcome.NoOpenSession();
        }
        return record(c, personId, session.get(), CheckInMethod.STAFF, Optional.empty(), now, staff);
    }

    /**
     * Records the check-in once per person and session; a check-in that a correction had removed is
     * restored by {@code who} instead (the person is here after all).
     */
    private CheckInOutcome record(Connection c, String personId, OpenSession session, CheckInMethod method,
            Optional<Language> chosen, Instant now, String who) throws SQLException {
        Optional<Learner> learner = Learners.find(c, centreId, personId);
        if (learner.isEmpty()) {
            return new CheckInOutcome.UnknownPerson();
        }
        if (chosen.isPresent()) {
            People.setPersonLanguage(c, personId, chosen.get());
        }
        Optional<Language> language = chosen.isPresent() ? chosen
                : People.person(c, personId).flatMap(Person::language);
        String sid = session.session().id();
        Attendance attendance = new Attendance(Ids.newId(), sid, personId, now, method);
        if (Learning.checkIn(c, attendance)) {
            return new CheckInOutcome.CheckedIn(learner.get(), session, attendance, false, language);
        }
        Attendance earlier = Learning.attendance(c, sid, personId)
                .orElseThrow(() -> new IllegalStateException("a check-in was refused but none is there"));
        boolean restored = Corrections.record(c, earlier.id(), Corrections.Action.RESTORE,
                "checked in again (" + method.name().toLowerCase(Locale.ROOT) + ")", who, now);
        return new CheckInOutcome.CheckedIn(learner.get(), session, earlier, !restored, language);
    }
}
