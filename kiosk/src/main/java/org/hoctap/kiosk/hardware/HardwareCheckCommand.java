package org.hoctap.kiosk.hardware;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.hoctap.hardware.Hardware;
import org.hoctap.hardware.card.CardSeen;
import org.hoctap.hardware.feedback.FeedbackPattern;
import org.hoctap.hardware.platform.Inventory;
import org.hoctap.hardware.power.BatteryState;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code hw-check}: for installers. Says which devices the kernel shows and what hardware was set up, waits for a card and
 * shows its number, plays each feedback pattern, and reports the battery. Exit status 1 when a part
 * named could not be set up or no card came.
 */
@Command(name = "hw-check", mixinStandardHelpOptions = true,
        description = "Checks the kiosk's hardware: card reader, buzzer and LEDs, UPS battery. Run it on the Pi "
                + "with the kiosk stopped, with the same hardware options as the kiosk.")
public final class HardwareCheckCommand implements Callable<Integer> {
    @CommandLine.Mixin
    HardwareOptions hardwareOptions = new HardwareOptions();

    @Option(names = "--card-wait", defaultValue = "20", paramLabel = "SECONDS",
            description = "How long to wait for a card (default: ${DEFAULT-VALUE}; 0: do not wait).")
    int cardWaitSeconds;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        boolean allWell = true;
        out.println("Devices the kernel shows:");
        Inventory.ofThisMachine().lines().forEach(line -> out.println("  " + line));
        try (Hardware hardware = Hardware.open(hardwareOptions.settings(spec.commandLine()), Clock.systemUTC())) {
            out.println("Set up:");
            for (String line : hardware.description()) {
                out.println("  " + line);
                allWell &= !line.contains("NOT set up");
            }
            if (hardware.simulated().isPresent()) {
                out.println("This is not a Raspberry Pi (or --simulated-hardware was given): the parts are "
                        + "simulated and there is nothing real to check.");
            }
            out.flush();
            allWell &= readACard(hardware, out);
            out.println("Feedback: each pattern in turn; listen to the buzzer and watch the LEDs.");
            for (FeedbackPattern pattern : FeedbackPattern.values()) {
                out.println("  " + pattern);
                out.flush();
                hardware.feedback().signal(pattern);
                if (hardware.simulated().isEmpty()) {
                    Thread.sleep(2_000); // time to hear and see it
                }
            }
            out.println("Battery: " + hardware.battery().map(HardwareCheckCommand::describe)
                    .orElse("no UPS (mains power only)"));
        }
        out.println(allWell ? "All parts answered." : "Some parts did not answer: see above.");
        out.flush();
        return allWell ? 0 : 1;
    }

    private boolean readACard(Hardware hardware, PrintWriter out) throws InterruptedException {
        if (cardWaitSeconds <= 0 || hardware.simulated().isPresent()) {
            return true;
        }
        LinkedBlockingQueue<CardSeen> seen = new LinkedBlockingQueue<>();
        hardware.reader().start(seen::add);
        out.println("Hold a card to the reader (waiting " + cardWaitSeconds + " s)…");
        out.flush();
        CardSeen card = seen.poll(Duration.ofSeconds(cardWaitSeconds).toMillis(), TimeUnit.MILLISECONDS);
        if (card == null) {
            out.println("  no card was read");
            return false;
        }
        out.println("  card " + card.uid());
        return true;
    }

    private static String describe(BatteryState battery) {
        return String.format(Locale.ROOT, "%d %% (%.2f V, %.2f A), %s", battery.percent(), battery.volts(), battery.amps(),
                battery.onMains() ? "on mains" : "ON BATTERY");
    }
}
