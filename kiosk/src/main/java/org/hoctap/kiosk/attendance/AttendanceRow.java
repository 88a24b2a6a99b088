package org.hoctap.kiosk.attendance;

import java.time.Instant;
import org.hoctap.shared.learning.CheckInMethod;

/** One line of the attendance export: a check-in with what staff need to read it. */
record AttendanceRow(
        Instant checkedInAt,
        String topicName,
        String fullName,
        String householdCode,
        int memberNo,
        String villageName,
        CheckInMethod method) {
}
