package org.hoctap.gateway.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The benchmark runs end to end and accounts for every message (its speed is not a test's business). */
class BenchCommandTest {
    @Test
    void aShortRunAccountsForEveryMessage() {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new BenchCommand());
        cli.setOut(new PrintWriter(out, true));
        int code = cli.execute("--seconds", "1", "--warm-up", "0", "--window", "5", "--rate", "50", "--phones", "1000");
        String report = out.toString();
        assertEquals(0, code, report);
        assertTrue(report.contains("closed loop, window 5") && report.contains("open loop, 50/s offered"), report);
        assertTrue(report.contains("all accounted for"), report);
        assertTrue(report.contains("1000 registered numbers"), report);
    }
}
