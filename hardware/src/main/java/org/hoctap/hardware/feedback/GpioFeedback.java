package org.hoctap.hardware.feedback;

import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hoctap.hardware.timing.Sleeper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A buzzer and a green and a red LED on GPIO outputs. Patterns play on a thread of their own, so a
 * check-in never waits for a beep; a new tap cuts the pattern still playing short (the newest
 * tap is the one the person is looking at).
 */
public final class GpioFeedback implements Feedback, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(GpioFeedback.class);

    private final DigitalOutput buzzer;
    private final DigitalOutput green;
    private final DigitalOutput red;
    private final Sleeper sleeper;
    private final ExecutorService player = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("feedback").daemon(true).factory());
    private Future<?> playing;

    public GpioFeedback(DigitalOutput buzzer, DigitalOutput green, DigitalOutput red) {
        this(buzzer, green, red, Sleeper.REAL);
    }

    GpioFeedback(DigitalOutput buzzer, DigitalOutput green, DigitalOutput red, Sleeper sleeper) {
        this.buzzer = buzzer;
        this.green = green;
        this.red = red;
        this.sleeper = sleeper;
    }

    @Override
    public synchronized void signal(FeedbackPattern pattern) {
        if (playing != null) {
            playing.cancel(true);
        }
        playing = player.submit(() -> play(pattern));
    }

    /** Plays the pattern here and now, and leaves everything off (also when cut short). */
    void play(FeedbackPattern pattern) {
        try {
            for (FeedbackStep step : pattern.steps()) {
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
                set(step.buzzer(), step.green(), step.red());
                sleeper.sleepMillis(step.lasting().toMillis());
            }
        } catch (RuntimeException e) {
            log.warn("feedback {} failed: {}", pattern, e.toString());
        } finally {
            set(false, false, false);
        }
    }

    private void set(boolean buzzerOn, boolean greenOn, boolean redOn) {
        buzzer.state(DigitalState.getState(buzzerOn));
        green.state(DigitalState.getState(greenOn));
        red.state(DigitalState.getState(redOn));
    }

    @Override
    public void close() {
        player.shutdownNow();
        set(false, false, false);
    }
}
