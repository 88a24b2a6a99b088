package org.hoctap.kiosk;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.hoctap.hardware.Hardware;
import org.hoctap.kiosk.clock.SystemClockSetter;
import org.hoctap.kiosk.export.UsbSticks;
import org.hoctap.kiosk.hardware.HardwareOptions;
import org.hoctap.shared.system.DatabaseHealth;
import org.hoctap.shared.system.SystemdNotify;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kiosk}: runs a centre's kiosk web app until the process is stopped. */
@Command(name = "kiosk", mixinStandardHelpOptions = true,
        description = "Runs the kiosk: the touch page where learners check in, and the staff downloads.")
public final class KioskCommand implements Callable<Integer> {

    @Option(names = "--data-dir", defaultValue = "./data/kiosk",
            description = "Folder of the database, template overrides and staff password (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "0.0.0.0",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, which includes the centre's Wi-Fi).")
    String host;

    @Option(names = "--centre", description = "Code of this kiosk's centre (default: the only centre in the database).")
    String centre;

    @Option(names = "--staff-password", description = "Password of the first staff account, 'staff' "
            + "(default: generated on the first start and kept in DATA_DIR/staff-password).")
    String staffPassword;

    @Option(names = "--staff-pin", description = "That account's PIN, for the kiosk's own screen "
            + "(default: generated on the first start and kept in DATA_DIR/staff-pin).")
    String staffPin;

    @Option(names = "--close-sessions-at", defaultValue = "21:00",
            description = "Local time at which sessions left open close by themselves (default: ${DEFAULT-VALUE}).")
    LocalTime closingHour;

    @Option(names = "--zone", defaultValue = "Asia/Ho_Chi_Minh",
            description = "Time zone for \"today\" and local times (default: ${DEFAULT-VALUE}).")
    ZoneId zone;

    @CommandLine.Mixin
    HardwareOptions hardwareOptions = new HardwareOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        KioskSettings settings = new KioskSettings(dataDir, host, port, Optional.ofNullable(centre), zone,
                Optional.ofNullable(staffPassword), Optional.ofNullable(staffPin), closingHour,
                UsbSticks.SYSTEM, SystemClockSetter.TIMEDATECTL);
        Clock clock = Clock.systemUTC();
        Hardware hardware = Hardware.open(hardwareOptions.settings(spec.commandLine()), clock);
        KioskServer kiosk = new KioskServer(settings, clock, hardware);
        CountDownLatch stopped = new CountDownLatch(1);
        AtomicReference<Optional<SystemdNotify>> systemd = new AtomicReference<>(Optional.empty());
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().name("kiosk-shutdown").unstarted(() -> {
            systemd.get().ifPresent(SystemdNotify::close);
            kiosk.close();
            stopped.countDown();
        }));
        kiosk.start();
        systemd.set(SystemdNotify.ready(new DatabaseHealth(kiosk.database())));
        var out = spec.commandLine().getOut();
        out.println("Kiosk: " + kiosk.pageUri());
        out.println("Staff: " + kiosk.staffPageUri() + " (" + kiosk.staffLoginHint() + ")");
        out.flush();
        stopped.await();
        return 0;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new KioskCommand()).setCaseInsensitiveEnumValuesAllowed(true).execute(args));
    }
}
