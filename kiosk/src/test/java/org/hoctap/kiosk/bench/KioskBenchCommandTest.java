package org.hoctap.kiosk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * A small run of the kiosk bench: a kiosk process of its own, started twice, measured end to end. (Started
 * from test classes, which are folders, the kiosk writes no class archive: the JVM archives jars only.)
 */
class KioskBenchCommandTest {
    @Test
    void aSmallRunStartsTheKioskTwiceChecksInAndExportsEveryCheckIn() {
        StringWriter out = new StringWriter();
        int code = new CommandLine(new KioskBenchCommand()).setOut(new PrintWriter(out, true))
                .execute("--rows", "3000", "--learners", "80", "--rate", "20", "--warmup", "0", "--seconds", "1");
        String report = out.toString();
        assertEquals(0, code, report);
        assertTrue(Pattern.compile("cold start to serving the page: \\d+ ms, the first after an install or upgrade \\d+ ms")
                .matcher(report).find(), report);
        assertTrue(Pattern.compile("its parts, p50/p99: waiting for a worker thread [0-9.]+/[0-9.]+ ms, the transaction "
                + "with its disk sync [0-9.]+/[0-9.]+ ms, back to the event loop [0-9.]+/[0-9.]+ ms").matcher(report).find(), report);
        // Read several times through the check-ins (a second of them here), the peak never below the median.
        Matcher memory = Pattern.compile("resident memory during the check-ins: median (\\d+) MB, peak (\\d+) MB \\((\\d+) readings\\)")
                .matcher(report);
        assertTrue(memory.find(), report);
        long median = Long.parseLong(memory.group(1));
        long peak = Long.parseLong(memory.group(2));
        assertTrue(median > 0 && peak >= median && Integer.parseInt(memory.group(3)) >= 2, report);
        Matcher csv = Pattern.compile("CSV export of every check-in: (\\d+) rows").matcher(report);
        assertTrue(csv.find(), report);
        // The seeded history (less the check-ins staff removed again) and the run's own 20.
        long rows = Long.parseLong(csv.group(1));
        assertTrue(rows > 2_900 && rows <= 3_020, report);
        assertTrue(report.contains("XLSX export of the same"), report);
    }
}
