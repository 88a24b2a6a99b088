package org.hoctap.hardware.feedback;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feedback for PCs: logs each signal (the console view of the buzzer and LEDs) and remembers it, so
 * tests and the demo's hardware page can see what a Pi would do.
 */
public final class SimulatedFeedback implements Feedback {
    private static final Logger LOG = LoggerFactory.getLogger(SimulatedFeedback.class);
    private static final int KEPT = 100;

    /** A pattern played, and when. */
    public record Signal(FeedbackPattern pattern, Instant at) {
    }

    private final Clock clock;
    private final List<Signal> signals = new CopyOnWriteArrayList<>();

    public SimulatedFeedback(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void signal(FeedbackPattern pattern) {
        LOG.info("feedback: {}", pattern);
        signals.add(new Signal(pattern, clock.instant()));
        if (signals.size() > KEPT) {
            signals.remove(0);
        }
    }

    /** The patterns played, oldest first (the last hundred). */
    public List<FeedbackPattern> signalled() {
        return signals.stream().map(Signal::pattern).toList();
    }

    public Optional<Signal> last() {
        return signals.isEmpty() ? Optional.empty() : Optional.of(signals.get(signals.size() - 1));
    }
}
