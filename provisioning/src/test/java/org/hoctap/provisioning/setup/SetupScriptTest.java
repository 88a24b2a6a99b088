package org.hoctap.provisioning.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * hoctap-setup against a system mounted in a folder (--root): a PC, so the Raspberry Pi's steps are
 * detected and skipped; files in place, units enabled, and the second run finds everything done.
 */
class SetupScriptTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    Path target;

    private record Ran(int code, String output) {
    }

    @BeforeEach
    void aFreshSystemWithThePackagesUnits() throws IOException {
        Files.createDirectories(target.resolve("etc"));
        Files.createDirectories(target.resolve("home/pi"));
        Files.writeString(target.resolve("etc/passwd"), "root:x:0:0::/root:/bin/bash\npi:x:1000:1000::/home/pi:/bin/bash\n");
        Path units = Files.createDirectories(target.resolve("lib/systemd/system"));
        try (Stream<Path> files = Files.list(ROOT.resolve("provisioning/system"))) {
            for (Path unit : files.toList()) {
                Files.copy(unit, units.resolve(unit.getFileName()));
            }
        }
    }

    private Ran setup(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ROOT.resolve("provisioning/setup/hoctap-setup").toString()));
        command.addAll(List.of(args));
        command.addAll(List.of("--root", target.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        return new Ran(process.exitValue(), output);
    }

    @Test
    void aKioskIsSetUpOnceAndTheSecondRunFindsItDone() throws Exception {
        Ran first = setup("kiosk", "--centre", "QC", "--user", "pi");
        assertEquals(0, first.code(), first.output());
        assertTrue(first.output().contains("not a Raspberry Pi (or no raspi-config): SPI, I2C, screen blanking and "
                + "auto-login skipped"), first.output());
        assertEquals("HOCTAP_KIOSK_OPTIONS=\"--centre QC\"", Files.readString(target.resolve("etc/hoctap/kiosk.env")).strip());
        String autostart = Files.readString(target.resolve("home/pi/.config/labwc/autostart"));
        assertTrue(autostart.contains("chromium --kiosk --noerrdialogs") && autostart.contains("--no-first-run")
                && autostart.contains("--disable-pinch") && autostart.contains("--ozone-platform=wayland"), autostart);
        assertTrue(Files.readString(target.resolve("etc/polkit-1/rules.d/50-hoctap.rules"))
                .contains("org.freedesktop.timedate1.set-time"));
        assertTrue(Files.readString(target.resolve("etc/systemd/journald.conf.d/hoctap.conf")).contains("SystemMaxUse=50M"));
        assertTrue(Files.isSymbolicLink(target.resolve("etc/systemd/system/multi-user.target.wants/hoctap-kiosk.service")));
        assertTrue(Files.isSymbolicLink(target.resolve("etc/systemd/system/timers.target.wants/hoctap-backup@kiosk.timer")));

        Ran second = setup("kiosk", "--centre", "QC", "--user", "pi");
        assertEquals(0, second.code(), second.output());
        assertFalse(second.output().lines().anyMatch(l -> l.endsWith(": written")
                || (l.endsWith(" set") && !l.contains("already"))), "nothing changes: " + second.output());
        assertTrue(second.output().contains("hoctap-kiosk.service: already enabled"), second.output());
    }

    @Test
    void aServerKeepsItsSmscPasswordForRootAlone() throws Exception {
        Ran ran = setup("server", "--smsc-host", "10.0.0.5", "--system-id", "hoctap", "--password", "bí mật");
        assertEquals(0, ran.code(), ran.output());
        Path env = target.resolve("etc/hoctap/gateway.env");
        assertTrue(Files.readString(env).contains("HOCTAP_PASSWORD=\"bí mật\""));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(env)));
        assertTrue(Files.isSymbolicLink(target.resolve("etc/systemd/system/multi-user.target.wants/hoctap-gateway.service")));
    }

    @Test
    void aDryRunChangesNothingAndMistakesAreSaid() throws Exception {
        Ran dry = setup("kiosk", "--centre", "QC", "--dry-run");
        assertEquals(0, dry.code(), dry.output());
        assertTrue(dry.output().contains("would write /etc/systemd/journald.conf.d/hoctap.conf"), dry.output());
        assertFalse(Files.exists(target.resolve("etc/hoctap")));
        Ran noCentre = setup("kiosk");
        assertEquals(1, noCentre.code());
        assertTrue(noCentre.output().contains("kiosk: --centre CODE is needed"), noCentre.output());
        Ran unknown = setup("laptop");
        assertEquals(1, unknown.code());
        assertTrue(unknown.output().contains("unknown role 'laptop': kiosk or server"), unknown.output());
    }
}
