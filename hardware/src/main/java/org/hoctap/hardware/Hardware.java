package org.hoctap.hardware;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hoctap.hardware.card.CardReader;
import org.hoctap.hardware.feedback.Feedback;
import org.hoctap.hardware.platform.Board;
import org.hoctap.hardware.platform.PiHardware;
import org.hoctap.hardware.power.BatteryState;
import org.hoctap.hardware.power.LowBatteryGuard;
import org.hoctap.hardware.power.PowerOff;
import org.hoctap.hardware.power.PowerSource;
import org.hoctap.hardware.power.ShutdownSequence;
import org.hoctap.hardware.power.UpsSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A kiosk's hardware: its card reader, its feedback, its battery and the clean shut-down when the
 * battery runs low or the button is held. On a Raspberry Pi the real parts are set up from the
 * settings; anywhere else (and when asked) simulated ones, and no native library is loaded.
 */
public final class Hardware implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Hardware.class);

    private final CardReader reader;
    private final Feedback feedback;
    private final PowerSource power;
    private final int shutdownPercent;
    private final ShutdownSequence shutdown;
    private final Optional<SimulatedHardware> simulated;
    private final List<String> description;
    private final List<AutoCloseable> parts;
    private LowBatteryGuard guard;

    public Hardware(CardReader reader, Feedback feedback, PowerSource power, int shutdownPercent,
            ShutdownSequence shutdown, Optional<SimulatedHardware> simulated, List<String> description,
            List<AutoCloseable> parts) {
        this.reader = reader;
        this.feedback = feedback;
        this.power = power;
        this.shutdownPercent = shutdownPercent;
        this.shutdown = shutdown;
        this.simulated = simulated;
        this.description = List.copyOf(description);
        this.parts = new ArrayList<>(parts);
    }

    /** The real hardware on a Raspberry Pi (unless {@code settings} ask for simulated), else simulated. */
    public static Hardware open(HardwareSettings settings, Clock clock) {
        Optional<String> board = Board.raspberryPi();
        if (settings.simulated() || board.isEmpty()) {
            if (!settings.simulated()) {
                log.info("not a Raspberry Pi: the card reader, buzzer, LEDs and battery are simulated");
            }
            return simulated(clock);
        }
        return PiHardware.open(board.get(), settings, clock, new ShutdownSequence(PowerOff.SYSTEMCTL));
    }

    /** Simulated parts, as on a PC, in the demo and in tests. Its shut-down powers nothing off. */
    public static Hardware simulated(Clock clock) {
        SimulatedHardware sim = SimulatedHardware.create(clock);
        ShutdownSequence shutdown = new ShutdownSequence(() -> log.warn("simulated hardware: the Pi would power off now"));
        return new Hardware(sim.reader(), sim.feedback(), sim.battery(), UpsSettings.TWO_CELLS.shutdownPercent(),
                shutdown, Optional.of(sim), List.of("simulated card reader, buzzer, LEDs and battery"), List.of());
    }

    public CardReader reader() {
        return reader;
    }

    public Feedback feedback() {
        return feedback;
    }

    /** The battery now (a fresh reading); empty without a UPS. */
    public Optional<BatteryState> battery() {
        return power.read();
    }

    /** Runs before the power goes: the kiosk adds the closing of its database. */
    public ShutdownSequence shutdown() {
        return shutdown;
    }

    public Optional<SimulatedHardware> simulated() {
        return simulated;
    }

    /** What was found and set up, one line each, for the log and the installer's check. */
    public List<String> description() {
        return description;
    }

    /** Starts watching the battery (every {@code every}). */
    public synchronized Hardware watchBattery(Duration every) {
        if (guard == null) {
            guard = new LowBatteryGuard(power, shutdownPercent, shutdown).start(every);
        }
        return this;
    }

    /** Reads the battery now, as the watch does, and shuts down when it is low (for tests and the demo). */
    public void checkBatteryNow() {
        LowBatteryGuard g;
        synchronized (this) {
            g = guard;
        }
        if (g != null) {
            g.check();
        }
    }

    @Override
    public synchronized void close() {
        if (guard != null) {
            guard.close();
        }
        reader.close();
        for (int i = parts.size() - 1; i >= 0; i--) {
            try {
                parts.get(i).close();
            } catch (Exception e) {
                log.warn("could not release a hardware part: {}", e.toString());
            }
        }
    }
}
