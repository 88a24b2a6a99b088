package org.hoctap.kiosk.hardware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** What an installer sees from {@code hw-check} where there is no real hardware. */
class HardwareCheckCommandTest {
    @Test
    void withSimulatedHardwareItSaysSoPlaysEachPatternAndReportsTheBattery() {
        StringWriter out = new StringWriter();
        int exit = new CommandLine(new HardwareCheckCommand()).setOut(new PrintWriter(out))
                .execute("--simulated-hardware");
        String text = out.toString();
        assertEquals(0, exit, text);
        assertTrue(text.contains("simulated card reader, buzzer, LEDs and battery"), text);
        assertTrue(text.contains("Devices the kernel shows:") && text.contains("SPI: "), text);
        assertTrue(text.contains("nothing real to check"), text);
        assertTrue(text.contains("SUCCESS") && text.contains("UNKNOWN_CARD") && text.contains("ERROR"), text);
        assertTrue(text.contains("Battery: 100 % (8.40 V"), text);
    }

    @Test
    void aWrongOptionIsNamed() {
        StringWriter err = new StringWriter();
        int exit = new CommandLine(new HardwareCheckCommand()).setErr(new PrintWriter(err))
                .execute("--feedback-pins", "17");
        assertEquals(2, exit);
        assertTrue(err.toString().contains("--feedback-pins is BUZZER,GREEN,RED"), err.toString());
    }
}
