package org.hoctap.kiosk.session;

import org.hoctap.shared.learning.ClassSession;
import org.hoctap.shared.learning.Topic;

/** A class session that is open now, with its topic. */
public record OpenSession(ClassSession session, Topic topic) {
}
