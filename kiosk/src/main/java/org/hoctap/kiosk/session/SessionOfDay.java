package org.hoctap.kiosk.session;

import org.hoctap.shared.learning.ClassSession;
import org.hoctap.shared.learning.Topic;

/** A session as the staff's list of a day shows it: with its topic and how many check-ins count. */
public record SessionOfDay(ClassSession session, Topic topic, long checkIns) {
}
