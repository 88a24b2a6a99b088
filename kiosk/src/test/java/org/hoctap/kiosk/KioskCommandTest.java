package org.hoctap.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import org.hoctap.hardware.HardwareSettings;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class KioskCommandTest {
    @Test
    void hasTheDocumentedDefaults() {
        KioskCommand command = new KioskCommand();
        new CommandLine(command).parseArgs();
        assertEquals(Path.of("./data/kiosk"), command.dataDir);
        assertEquals(8080, command.port);
        assertEquals("0.0.0.0", command.host);
        assertNull(command.centre);
        assertNull(command.staffPassword);
        assertNull(command.staffPin);
        assertEquals(LocalTime.of(21, 0), command.closingHour);
        assertEquals(ZoneId.of("Asia/Ho_Chi_Minh"), command.zone);
    }

    @Test
    void takesItsOptions() {
        KioskCommand command = new KioskCommand();
        new CommandLine(command).parseArgs("--data-dir", "d", "--port", "0", "--host", "127.0.0.1", "--centre", "QC",
                "--staff-password", "123456", "--staff-pin", "4321", "--close-sessions-at", "17:30");
        assertEquals(Path.of("d"), command.dataDir);
        assertEquals(0, command.port);
        assertEquals("QC", command.centre);
        assertEquals("123456", command.staffPassword);
        assertEquals("4321", command.staffPin);
        assertEquals(LocalTime.of(17, 30), command.closingHour);
    }

    @Test
    void explainsItself() {
        StringWriter out = new StringWriter();
        int exit = new CommandLine(new KioskCommand()).setOut(new PrintWriter(out)).execute("--help");
        assertEquals(0, exit);
        assertTrue(out.toString().contains("--staff-password"), out.toString());
        assertTrue(out.toString().contains("--close-sessions-at"), out.toString());
    }

    @Test
    void readsTheHardwareOptions() {
        KioskCommand command = new KioskCommand();
        CommandLine line = new CommandLine(command).setCaseInsensitiveEnumValuesAllowed(true);
        line.parseArgs("--card-reader", "mfrc522", "--spi", "0.1", "--reader-reset-pin", "none",
                "--feedback-pins", "5,6,13", "--ups", "1:0x43", "--shutdown-at", "15", "--shutdown-button-pin", "3",
                "--debounce", "1.5");
        HardwareSettings settings = command.hardwareOptions.settings(line);
        assertEquals(HardwareSettings.ReaderKind.MFRC522, settings.reader());
        assertEquals(1, settings.spiChipSelect());
        assertTrue(settings.readerResetPin().isEmpty());
        assertEquals(new HardwareSettings.FeedbackPins(5, 6, 13), settings.feedbackPins().orElseThrow());
        assertEquals(0x43, settings.ups().orElseThrow().address());
        assertEquals(15, settings.ups().orElseThrow().shutdownPercent());
        assertEquals(3, settings.shutdownButtonPin().getAsInt());
        assertEquals(Duration.ofMillis(1500), settings.debounce());

        KioskCommand defaults = new KioskCommand();
        CommandLine plain = new CommandLine(defaults);
        plain.parseArgs();
        assertEquals(HardwareSettings.DEFAULTS, defaults.hardwareOptions.settings(plain));
    }

    @Test
    void wrongHardwareOptionsSayWhatIsWrong() {
        for (String[] args : new String[][] {
                {"--feedback-pins", "17,27"}, {"--spi", "0"}, {"--ups", "0x42"}, {"--reader-reset-pin", "40"},
                {"--reader-reset-pin", "x"}}) {
            KioskCommand command = new KioskCommand();
            CommandLine line = new CommandLine(command);
            line.parseArgs(args);
            CommandLine.ParameterException e = assertThrows(CommandLine.ParameterException.class,
                    () -> command.hardwareOptions.settings(line), String.join(" ", args));
            assertFalse(e.getMessage().isBlank());
        }
    }
}
