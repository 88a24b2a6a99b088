package org.hoctap.kiosk.session;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import org.hoctap.shared.id.Ids;
import org.hoctap.shared.learning.ClassSession;
import org.hoctap.shared.learning.Learning;
import org.hoctap.shared.learning.Topic;
import org.hoctap.shared.places.Places;
import org.hoctap.shared.store.Database;

/**
 * Which class session is open at a centre. The kiosk takes today's (in its time zone) newest open
 * session: a session left open since an earlier day is not offered for check-ins.
 */
public final class ClassSessions {
    private ClassSessions() {
    }

    /**
     * Opens a session of {@code topicId} at the centre now, in one durable write (for the demo and,
     * later, the staff pages).
     *
     * @throws IllegalArgumentException if the centre or the topic does not exist
     */
    public static OpenSession openNow(Database db, String centreId, String topicId, Optional<String> teacher,
            Clock clock) {
        Objects.requireNonNull(teacher, "teacher");
        return db.write(c -> {
            if (Places.centres(c).stream().noneMatch(centre -> centre.id().equals(centreId))) {
                throw new IllegalArgumentException("no centre " + centreId);
            }
            Topic topic = Learning.topic(c, topicId)
                    .orElseThrow(() -> new IllegalArgumentException("no topic " + topicId));
            ClassSession session = new ClassSession(Ids.newId(), centreId, topicId,
                    teacher.filter(t -> !t.isBlank()), clock.instant(), Optional.empty(), Optional.empty());
            Learning.insert(c, session);
            return new OpenSession(session, topic);
        });
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

    private static OpenSession withTopic(Connection c, ClassSession session) throws SQLException {
        Topic topic = Learning.topic(c, session.topicId())
                .orElseThrow(() -> new IllegalStateException("session " + session.id() + " has no topic"));
        return new OpenSession(session, topic);
    }
}
