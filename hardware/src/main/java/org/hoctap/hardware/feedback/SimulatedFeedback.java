package org.hoctap.hardware.feedback;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Feedback for PCs: logs each signal and remembers it, so tests and the demo can see what a Pi would do. */
public final class SimulatedFeedback implements Feedback {
    private static final Logger LOG = LoggerFactory.getLogger(SimulatedFeedback.class);

    private final List<FeedbackPattern> signalled = new CopyOnWriteArrayList<>();

    @Override
    public void signal(FeedbackPattern pattern) {
        LOG.info("feedback: {}", pattern);
        signalled.add(pattern);
    }

    public List<FeedbackPattern> signalled() {
        return List.copyOf(signalled);
    }
}
