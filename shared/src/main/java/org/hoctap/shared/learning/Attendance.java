package org.hoctap.shared.learning;

import java.time.Instant;

/** One check-in: one learner-turn (lượt học viên). An immutable fact. */
public record Attendance(String id, String sessionId, String personId, Instant checkedInAt, CheckInMethod method) {
}
