package org.hoctap.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.hoctap.gateway.config.SettingsDefaults;
import org.hoctap.gateway.smpp.BindMode;
import org.hoctap.shared.text.Folding;
import org.hoctap.gateway.smpp.MoDecoding;
import org.hoctap.gateway.smpp.MtSplit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Where the gateway's settings come from: command line over environment over file over defaults. */
class GatewayCommandTest {
    @TempDir
    Path dir;

    private static GatewaySettings parse(Map<String, String> env, Properties file, String... args) {
        GatewayCommand command = new GatewayCommand();
        new CommandLine(command).setDefaultValueProvider(new SettingsDefaults(env, file)).parseArgs(args);
        return command.settings();
    }

    @Test
    void theDefaultsSuitTheSimulatorOnThisMachine() {
        GatewaySettings settings = parse(Map.of(), new Properties());
        assertEquals("127.0.0.1", settings.smpp().host());
        assertEquals(2775, settings.smpp().port());
        assertEquals(BindMode.TRANSCEIVER, settings.smpp().bindMode());
        assertEquals(50, settings.outbox().tps());
        assertEquals(Duration.ofSeconds(30), settings.smpp().enquireLink());
        assertEquals(Folding.WHEN_CHEAPER, settings.folding());
    }

    @Test
    void theFoldingPolicyComesFromTheCommandLineOrTheFile() {
        assertEquals(Folding.ALWAYS, parse(Map.of(), new Properties(), "--fold", "always").folding());
        Properties file = new Properties();
        file.setProperty("fold", "never");
        assertEquals(Folding.NEVER, parse(Map.of(), file).folding());
    }

    @Test
    void everyTransportSettingHasAnOption() {
        GatewaySettings settings = parse(Map.of(), new Properties(), "--smsc-host", "10.1.2.3", "--smsc-port", "2776",
                "--system-id", "X", "--password", "Y", "--system-type", "VMA", "--address-range", "^8055",
                "--bind-type", "tx-rx", "--tps", "30", "--window", "5", "--validity-hours", "6",
                "--enquire-link-seconds", "20", "--default-alphabet", "latin1", "--gsm-packed",
                "--duplicate-window-minutes", "3", "--split", "sar", "--data-dir", dir.toString());
        assertEquals("10.1.2.3", settings.smpp().host());
        assertEquals(2776, settings.smpp().port());
        assertEquals("X", settings.smpp().systemId());
        assertEquals("Y", settings.smpp().password());
        assertEquals("VMA", settings.smpp().systemType());
        assertEquals("^8055", settings.smpp().addressRange());
        assertEquals(BindMode.TRANSMITTER_RECEIVER, settings.smpp().bindMode());
        assertEquals(30, settings.outbox().tps());
        assertEquals(5, settings.outbox().window());
        assertEquals(Duration.ofHours(6), settings.outbox().validity());
        assertEquals(Duration.ofSeconds(20), settings.smpp().enquireLink());
        assertEquals(new MoDecoding(MoDecoding.DefaultAlphabet.LATIN1, true), settings.inbox().decoding());
        assertEquals(Duration.ofMinutes(3), settings.inbox().duplicateWindow());
        assertEquals(dir.toAbsolutePath(), settings.dataDir());
        assertEquals(MtSplit.SAR, settings.smpp().split());
    }

    @Test
    void theCommandLineBeatsTheEnvironmentWhichBeatsTheFile() {
        Properties file = new Properties();
        file.setProperty("tps", "9");
        file.setProperty("window", "4");
        file.setProperty("smsc-host", "file.example");
        Map<String, String> env = Map.of("HOCTAP_TPS", "7", "HOCTAP_SMSC_HOST", "env.example");
        GatewaySettings settings = parse(env, file, "--smsc-host", "cli.example");
        assertEquals("cli.example", settings.smpp().host());
        assertEquals(7, settings.outbox().tps());
        assertEquals(4, settings.outbox().window());
    }

    @Test
    void aValueOutOfRangeIsRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> parse(Map.of(), new Properties(), "--tps", "0"));
        assertTrue(e.getMessage().contains("--tps"), e.getMessage());
    }

    @Test
    void aMistypedSettingInTheFileIsNamedAndNothingStarts() throws Exception {
        Path file = Files.writeString(dir.resolve("gateway.properties"), "smsc-host = 10.0.0.5\ntsp = 20\n");
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new GatewayCommand());
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute("--config", file.toString(), "--data-dir", dir.toString());
        assertTrue(code != 0);
        assertTrue(err.toString().contains("tsp"), err.toString());
    }

    @Test
    void aWrongBindTypeIsExplained() {
        CommandLine.ParameterException e = assertThrows(CommandLine.ParameterException.class,
                () -> parse(Map.of(), new Properties(), "--bind-type", "both"));
        assertTrue(e.getMessage().contains("trx or tx-rx"), e.getMessage());
    }
}
