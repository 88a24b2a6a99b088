package org.hoctap.gateway.smscsim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class SmscSimCommandTest {

    @Test
    void defaults() {
        SmscSimCommand command = new SmscSimCommand();
        new CommandLine(command).parseArgs();
        assertEquals(2775, command.smppPort);
        assertEquals(8025, command.phonePort);
        assertEquals("hoctap", command.systemId);
        assertEquals("hoctap", command.password);
        assertEquals("8055", command.shortCode);
        assertEquals(List.of(), command.phones);
    }

    @Test
    void phonesAreCommaSeparated() {
        SmscSimCommand command = new SmscSimCommand();
        new CommandLine(command).parseArgs("--smpp-port", "2776", "--phones", "+84912345678,0987654321");
        assertEquals(2776, command.smppPort);
        assertEquals(List.of("+84912345678", "0987654321"), command.phones);
    }

    @Test
    void helpNamesTheOptions() {
        StringWriter out = new StringWriter();
        int code = new CommandLine(new SmscSimCommand()).setOut(new PrintWriter(out)).execute("--help");
        assertEquals(0, code);
        assertTrue(out.toString().contains("--short-code"));
        assertTrue(out.toString().contains("smsc-sim"));
    }
}
