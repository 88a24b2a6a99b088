package org.hoctap.provisioning.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The systemd units the package installs: systemd itself reads them without a complaint, and they say what they must. */
class SystemUnitsTest {
    private static final Path UNITS = Path.of("system");
    private static final Path LAUNCHER = Path.of("..", "hoctap").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    private static String unit(String name) throws IOException {
        return Files.readString(UNITS.resolve(name), StandardCharsets.UTF_8);
    }

    @Test
    void systemdAnalyzeVerifiesEveryUnitWithoutAWord() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/systemd-analyze")), "systemd-analyze is installed");
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(UNITS)) {
            for (Path file : files.sorted().toList()) {
                // The launcher of this checkout stands in for the installed one; templates get an instance.
                String text = Files.readString(file).replace("/usr/bin/hoctap", LAUNCHER.toString());
                String name = file.getFileName().toString().replace("@.", "@kiosk.");
                Files.writeString(dir.resolve(name), text);
                names.add(name);
            }
        }
        assertEquals(4, names.size(), names.toString());
        List<String> command = new ArrayList<>(List.of("/usr/bin/systemd-analyze", "verify"));
        names.forEach(n -> command.add(dir.resolve(n).toString()));
        Process verify = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertTrue(verify.waitFor(60, TimeUnit.SECONDS));
        String said = new String(verify.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, verify.exitValue(), said);
        assertEquals("", said, "systemd has something to say about the units");
    }

    @Test
    void theServicesHaveAWatchdogAndHardeningThatSuitsAJvm() throws Exception {
        for (String name : List.of("hoctap-kiosk.service", "hoctap-gateway.service")) {
            String text = unit(name);
            for (String line : List.of("Type=notify", "WatchdogSec=60", "Restart=on-failure", "User=hoctap",
                    "ProtectSystem=strict", "NoNewPrivileges=yes", "PrivateTmp=yes")) {
                assertTrue(text.lines().anyMatch(l -> l.equals(line)), name + " lacks " + line);
            }
            assertTrue(text.lines().anyMatch(l -> l.startsWith("ReadWritePaths=/var/lib/hoctap")), name);
            assertFalse(text.lines().anyMatch(l -> l.startsWith("MemoryDenyWriteExecute")), name + ": the JIT needs it off");
        }
        assertTrue(unit("hoctap-kiosk.service").contains("SupplementaryGroups=input gpio spi i2c"));
        assertTrue(unit("hoctap-kiosk.service").lines().anyMatch(l -> l.equals("CacheDirectory=hoctap")),
                "the kiosk's class archive has a writable home under ProtectSystem=strict");
        assertTrue(unit("hoctap-backup@.timer").contains("Persistent=true"), "a backup missed in a power cut runs later");
    }
}
