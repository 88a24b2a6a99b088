package org.hoctap.kiosk.export;

import java.time.Instant;
import java.util.OptionalInt;
import org.hoctap.shared.learning.CheckInMethod;
import org.hoctap.shared.people.Sex;

/** One line of the attendance export: a check-in with what staff need to read it. */
record CheckInRow(
        Instant checkedInAt,
        String sessionId,
        Instant sessionOpenedAt,
        String topicName,
        String fullName,
        Sex sex,
        OptionalInt birthYear,
        String householdCode,
        int memberNo,
        String villageName,
        CheckInMethod method) {
}
