package org.hoctap.kiosk.session;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hoctap.shared.id.Ids;
import org.hoctap.shared.learning.ClassSession;
import org.hoctap.shared.learning.Learning;
import org.hoctap.shared.learning.Topic;
import org.hoctap.shared.places.Places;
import org.hoctap.shared.store.Database;
import org.hoctap.shared.store.Jdbc;

/**
 * Opening, closing and finding a centre's class sessions. One session is open at a time: opening one
 * closes the one before. The kiosk takes today's (in its time zone) open session: a session left open
 * since an earlier day is not offered for check-ins (and {@link AutoClose} closes it).
 */
public final class ClassSessions {
    private ClassSessions() {
    }

    /**
     * Opens a session of {@code topicId} at the centre now, in one durable write, closing the one open.
     *
     * @throws IllegalArgumentException if the centre or the topic does not exist
     */
    public static OpenSession openNow(Database db, String centreId, String topicId, Optional<String> teacher,
            Clock clock) {
        Objects.requireNonNull(teacher, "teacher");
        return db.write(c -> open(c, centreId, topicId, teacher, Optional.empty(), clock.instant()).opened());
    }

    /** What opening a session did: the session opened, and the ones it closed. */
    public record Opening(OpenSession opened, List<OpenSession> closed) {
    }

    /**
     * Opens a session of {@code topicId} at {@code now}, closing the centre's open sessions first.
     *
     * @throws IllegalArgumentException if the centre or the topic does not exist
     */
    public static Opening open(Connection c, String centreId, String topicId, Optional<String> teacher,
            Optional<Instant> plannedEnd, Instant now) throws SQLException {
        if (Places.centres(c).stream().noneMatch(centre -> centre.id().equals(centreId))) {
            throw new IllegalArgumentException("no centre " + centreId);
        }
        Topic topic = Learning.topic(c, topicId).orElseThrow(() -> new IllegalArgumentException("no topic " + topicId));
        List<OpenSession> closed = new ArrayList<>();
        for (ClassSession earlier : Learning.openSessions(c, centreId)) {
            Learning.close(c, earlier.id(), now);
            closed.add(withTopic(c, earlier));
        }
        ClassSession session = new ClassSession(Ids.newId(), centreId, topicId,
                teacher.map(String::strip).filter(t -> !t.isEmpty()), now, plannedEnd, Optional.empty());
        Learning.insert(c, session);
        return new Opening(new OpenSession(session, topic), List.copyOf(closed));
    }

    /**
     * Closes the centre's session {@code sessionId} at {@code now}.
     *
     * @return the session, closed by this call or before; empty when the centre has no such session
     */
    public static Optional<OpenSession> close(Connection c, String centreId, String sessionId, Instant now)
            throws SQLException {
        Optional<ClassSession> session = Learning.session(c, sessionId).filter(s -> s.centreId().equals(centreId));
        if (session.isEmpty()) {
            return Optional.empty();
        }
        Learning.close(c, sessionId, now);
        return Optional.of(withTopic(c, Learning.session(c, sessionId).orElseThrow()));
    }

    /** The sessions opened at the centre on {@code day}, oldest first, with the check-ins that count. */
    public static List<SessionOfDay> ofDay(Connection c, String centreId, LocalDate day, ZoneId zone)
            throws SQLException {
        List<ClassSession> sessions = Learning.sessionsOpenedBetween(c, centreId,
                day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant());
        List<SessionOfDay> result = new ArrayList<>(sessions.size());
        for (ClassSession session : sessions) {
            long checkIns = Jdbc.count(c, """
                    SELECT count(*) FROM attendance WHERE session_id = ?
                    AND id NOT IN (SELECT attendance_id FROM attendance_removed)""", session.id());
            result.add(new SessionOfDay(session, withTopic(c, session).topic(), checkIns));
        }
        return result;
    }

    /** {@link #openNow(Database, String, String, Optional, Clock)} with a teacher's name. */
    public static OpenSession openNow(Database db, String centreId, String topicId, String teacher, Clock clock) {
        return openNow(db, centreId, topicId, Optional.of(teacher), clock);
    }

    /** Today's newest open session at the centre, if any. */
    public static Optional<OpenSession> current(Database db, String centreId, ZoneId zone, Clock clock) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        return db.read(c -> current(c, centreId, today, zone));
    }

    /** The newest session of the centre that is open and was opened on {@code today}. */
    public static Optional<OpenSession> current(Connection c, String centreId, LocalDate today, ZoneId zone)
            throws SQLException {
        for (ClassSession session : Learning.openSessions(c, centreId)) {
            if (LocalDate.ofInstant(session.openedAt(), zone).equals(today)) {
                return Optional.of(withTopic(c, session));
            }
        }
        return Optional.empty();
    }

    /** The session {@code sessionId} when it is the centre's, open, and opened {@code today}. */
    public static Optional<OpenSession> openById(Connection c, String centreId, String sessionId, LocalDate today,
            ZoneId zone) throws SQLException {
        Optional<ClassSession> session = Learning.session(c, sessionId)
                .filter(s -> s.centreId().equals(centreId) && s.isOpen())
                .filter(s -> LocalDate.ofInstant(s.openedAt(), zone).equals(today));
        return session.isPresent() ? Optional.of(withTopic(c, session.get())) : Optional.empty();
    }

    /** The centre's session {@code sessionId} when it was opened {@code today}, open or closed since. */
    public static Optional<OpenSession> ofToday(Connection c, String centreId, String sessionId, LocalDate today,
            ZoneId zone) throws SQLException {
        Optional<ClassSession> session = Learning.session(c, sessionId)
                .filter(s -> s.centreId().equals(centreId))
                .filter(s -> LocalDate.ofInstant(s.openedAt(), zone).equals(today));
        return session.isPresent() ? Optional.of(withTopic(c, session.get())) : Optional.empty();
    }

    static OpenSession withTopic(Connection c, ClassSession session) throws SQLException {
        Topic topic = Learning.topic(c, session.topicId())
                .orElseThrow(() -> new IllegalStateException("session " + session.id() + " has no topic"));
        return new OpenSession(session, topic);
    }
}
