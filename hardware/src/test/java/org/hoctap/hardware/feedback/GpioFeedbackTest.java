package org.hoctap.hardware.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutputProvider;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The patterns as a buzzer and LEDs on Pi4J's mock GPIO play them, on a clock the test moves. */
class GpioFeedbackTest {
    private record Change(long atMillis, String pin, boolean on) {
    }

    private final AtomicLong now = new AtomicLong();
    private final List<Change> changes = new CopyOnWriteArrayList<>();
    private Context pi4j;
    private DigitalOutput buzzer;
    private DigitalOutput green;
    private DigitalOutput red;

    @BeforeEach
    void wire() {
        pi4j = Pi4J.newContextBuilder().add(MockDigitalOutputProvider.newInstance()).build();
        buzzer = output("buzzer", 17);
        green = output("green", 27);
        red = output("red", 22);
    }

    @AfterEach
    void shutDown() {
        pi4j.shutdown();
    }

    @Test
    void successIsOneShortBeepAndGreenForASecond() {
        play(FeedbackPattern.SUCCESS);
        assertEquals(List.of(150L), onTimes("buzzer"));
        assertEquals(List.of(1000L), onTimes("green"));
        assertEquals(List.of(), onTimes("red"));
    }

    @Test
    void alreadyCheckedInIsTwoShortBeepsWithGreen() {
        play(FeedbackPattern.ALREADY_CHECKED_IN);
        assertEquals(List.of(100L, 100L), onTimes("buzzer"));
        assertEquals(2, onTimes("green").size());
        assertEquals(List.of(), onTimes("red"));
    }

    @Test
    void anUnknownCardIsOneLongBeepAndRed() {
        play(FeedbackPattern.UNKNOWN_CARD);
        assertEquals(List.of(600L), onTimes("buzzer"));
        assertEquals(List.of(1500L), onTimes("red"));
        assertEquals(List.of(), onTimes("green"));
    }

    @Test
    void anErrorIsThreeBeepsWithRed() {
        play(FeedbackPattern.ERROR);
        assertEquals(List.of(100L, 100L, 100L), onTimes("buzzer"));
        assertEquals(3, onTimes("red").size());
        assertEquals(List.of(), onTimes("green"));
    }

    @Test
    void everyPatternLeavesEverythingOff() {
        for (FeedbackPattern pattern : FeedbackPattern.values()) {
            play(pattern);
            assertEquals(Map.of("buzzer", false, "green", false, "red", false),
                    Map.of("buzzer", buzzer.isHigh(), "green", green.isHigh(), "red", red.isHigh()), pattern.name());
        }
    }

    @Test
    void aNewTapCutsThePatternStillPlaying() throws Exception {
        try (GpioFeedback feedback = new GpioFeedback(buzzer, green, red)) {
            feedback.signal(FeedbackPattern.UNKNOWN_CARD); // 1.5 s of red
            Thread.sleep(50);
            feedback.signal(FeedbackPattern.SUCCESS);
            Thread.sleep(50);
            assertTrue(green.isHigh(), "green shows the new tap");
            assertTrue(red.isLow(), "red of the earlier tap is off");
        }
    }

    private void play(FeedbackPattern pattern) {
        new GpioFeedback(buzzer, green, red, now::addAndGet).play(pattern);
    }

    /** How long each time the pin was on lasted, in the order it happened. */
    private List<Long> onTimes(String pin) {
        List<Change> ofPin = changes.stream().filter(c -> c.pin().equals(pin)).toList();
        List<Long> times = new CopyOnWriteArrayList<>();
        for (int i = 0; i < ofPin.size(); i++) {
            if (ofPin.get(i).on()) {
                times.add(ofPin.get(i + 1).atMillis() - ofPin.get(i).atMillis());
            }
        }
        return times;
    }

    private DigitalOutput output(String id, int bcm) {
        DigitalOutput output = pi4j.create(DigitalOutput.newConfigBuilder(pi4j).id(id).address(bcm)
                .initial(DigitalState.LOW).build());
        output.addListener(event -> changes.add(new Change(now.get(), id, event.state().isHigh())));
        return output;
    }
}
