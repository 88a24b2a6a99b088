package org.hoctap.provisioning.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class SyncBenchCommandTest {
    @Test
    void aSmallRunSendsEveryCheckInAndPrintsTheBytesPerCheckIn() {
        StringWriter out = new StringWriter();
        int code = new CommandLine(new SyncBenchCommand()).setOut(new PrintWriter(out, true))
                .execute("--check-ins", "300", "--per-class", "50");
        String report = out.toString();
        assertEquals(0, code, report);
        assertTrue(report.contains("300 check-ins in 6 classes"), report);
        assertTrue(report.contains("per check-in") && report.contains("check: 300 check-ins on the central server"),
                report);
    }
}
