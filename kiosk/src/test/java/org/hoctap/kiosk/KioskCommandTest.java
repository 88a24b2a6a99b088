package org.hoctap.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZoneId;
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
}
