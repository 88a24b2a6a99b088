package org.hoctap.provisioning.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class HoctapCliTest {
    @TempDir
    Path dataDir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = HoctapCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void helpListsEveryProgram() {
        assertEquals(0, run("--help"));
        for (String command : new String[] {"demo", "kiosk", "gateway", "smsc-sim"}) {
            assertTrue(out.toString().contains(command), out.toString());
        }
    }

    @Test
    void demoHelpShowsItsOptionsAndDefaults() {
        assertEquals(0, run("demo", "--help"));
        String help = out.toString();
        for (String option : new String[] {"--data-dir", "--kiosk-port", "--phone-port", "--smpp-port", "--host"}) {
            assertTrue(help.contains(option), help);
        }
        assertTrue(help.contains("8080") && help.contains("8025") && help.contains("2775"), help);
    }

    @Test
    void aWrongOptionIsNamedWithUsage() {
        assertEquals(2, run("demo", "--kiosk-port", "eighty"));
        assertTrue(err.toString().contains("--kiosk-port"), err.toString());
    }

    @Test
    void aTakenPortIsReportedInOneLineWithoutAStackTrace() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            int code = run("demo", "--data-dir", dataDir.toString(), "--host", "127.0.0.1",
                    "--kiosk-port", "0", "--phone-port", String.valueOf(taken.getLocalPort()), "--smpp-port", "0");
            assertEquals(1, code);
            String message = err.toString();
            assertTrue(message.startsWith("hoctap demo: "), message);
            assertTrue(message.contains(String.valueOf(taken.getLocalPort())), message);
            assertTrue(!message.contains("\tat "), message);
        }
    }

    @Test
    void anOutOfRangePortIsRefusedClearly() {
        assertEquals(1, run("demo", "--data-dir", dataDir.toString(), "--kiosk-port", "70000"));
        assertTrue(err.toString().contains("65535"), err.toString());
    }

    @Test
    void aBrokenTemplateOverrideIsNamedWithItsLine() throws Exception {
        Path overrides = Files.createDirectories(dataDir.resolve("gateway/templates"));
        Files.writeString(overrides.resolve("vi.properties"), "# ours\nsms.recorded = Xong {bogus}\n");
        int code = run("demo", "--data-dir", dataDir.toString(), "--host", "127.0.0.1",
                "--kiosk-port", "0", "--phone-port", "0", "--smpp-port", "0");
        assertEquals(1, code);
        String message = err.toString();
        assertTrue(message.contains("vi.properties, line 2") && message.contains("{bogus}"), message);
        assertTrue(!message.contains("\tat "), message);
    }
}
