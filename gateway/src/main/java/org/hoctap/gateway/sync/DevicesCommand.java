package org.hoctap.gateway.sync;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.hoctap.gateway.config.CentralDataCommand;
import org.hoctap.shared.places.Centre;
import org.hoctap.shared.places.Places;
import org.hoctap.shared.store.Database;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code devices}: the central server's kiosks, for officers: issue a one-time enrolment code for a
 * centre, list the enrolled kiosks with when each was last heard from, revoke one.
 */
@Command(name = "devices", mixinStandardHelpOptions = true,
        description = "Kiosks enrolled with this central server: enrolment codes, the list, revoking one.",
        subcommands = {DevicesCommand.Code.class, DevicesCommand.ListDevices.class, DevicesCommand.Revoke.class})
public final class DevicesCommand extends CentralDataCommand {
    @Command(name = "code", mixinStandardHelpOptions = true,
            description = "Issues a one-time code (valid 24 hours) to enrol a kiosk for a centre.")
    static final class Code implements Callable<Integer> {
        @CommandLine.ParentCommand
        DevicesCommand parent;

        @Option(names = "--centre", required = true, description = "The centre's code, e.g. QC.")
        String centre;

        @Override
        public Integer call() {
            PrintWriter out = parent.out();
            try (Database db = parent.open()) {
                Optional<String> code = db.write(c -> {
                    Optional<Centre> found = Places.centreByCode(c, centre.strip());
                    return found.isEmpty() ? Optional.<String>empty()
                            : Optional.of(EnrolmentCodes.issue(c, found.get(), Clock.systemUTC().instant()));
                });
                if (code.isEmpty()) {
                    parent.err().println("No centre " + centre + " in " + db.file() + ".");
                    return 1;
                }
                out.println(code.get());
                out.println("Enrols one kiosk for centre " + centre.strip() + "; valid for "
                        + EnrolmentCodes.VALID_FOR.toHours() + " hours. On the kiosk: ./hoctap enrol --central URL "
                        + "--centre " + centre.strip() + " --code " + code.get());
                return 0;
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the enrolled kiosks.")
    static final class ListDevices implements Callable<Integer> {
        private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

        @CommandLine.ParentCommand
        DevicesCommand parent;

        @Override
        public Integer call() {
            PrintWriter out = parent.out();
            try (Database db = parent.open()) {
                List<SyncDevice> devices = db.read(Devices::list);
                if (devices.isEmpty()) {
                    out.println("No kiosk is enrolled yet.");
                }
                for (SyncDevice d : devices) {
                    out.printf("%s  %-6s  enrolled %s  last seen %s%s%n", d.id(), d.centreCode(),
                            WHEN.format(d.enrolledAt()), d.lastSeenAt().map(WHEN::format).orElse("never"),
                            d.revokedAt().map(r -> "  REVOKED " + WHEN.format(r)).orElse(""));
                }
                return 0;
            }
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true,
            description = "Refuses a kiosk's requests from now on (a lost or stolen kiosk).")
    static final class Revoke implements Callable<Integer> {
        @CommandLine.ParentCommand
        DevicesCommand parent;

        @Parameters(paramLabel = "DEVICE", description = "The device id, as `devices list` shows it.")
        String device;

        @Override
        public Integer call() {
            try (Database db = parent.open()) {
                boolean revoked = db.write(c -> Devices.revoke(c, device.strip().toLowerCase(java.util.Locale.ROOT),
                        Clock.systemUTC().instant()));
                if (!revoked) {
                    parent.err().println("No enrolled kiosk " + device
                            + " that is not revoked already.");
                    return 1;
                }
                parent.out().println("Revoked " + device + ": its requests are refused from now on.");
                return 0;
            }
        }
    }
}
