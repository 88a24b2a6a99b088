package org.hoctap.gateway.smscsim;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code smsc-sim}: the SMSC simulator and its virtual phone page, until the process is stopped. */
@Command(name = "smsc-sim", mixinStandardHelpOptions = true,
        description = "Runs a stand-in mobile operator: an SMPP 3.4 SMSC for the gateway to bind to, "
                + "and a virtual phone web page to text the short code and read the replies.")
public final class SmscSimCommand implements Callable<Integer> {
    private static final String ANY_INTERFACE = "0.0.0.0";

    @Spec
    CommandSpec spec;

    @Option(names = "--smpp-port", defaultValue = "2775", description = "SMPP port (default: ${DEFAULT-VALUE}).")
    int smppPort;

    @Option(names = "--phone-port", defaultValue = "8025",
            description = "HTTP port of the virtual phone page (default: ${DEFAULT-VALUE}).")
    int phonePort;

    @Option(names = "--system-id", defaultValue = "hoctap",
            description = "system_id the gateway must bind with (default: ${DEFAULT-VALUE}).")
    String systemId;

    @Option(names = "--password", defaultValue = "hoctap", description = "SMPP password (default: ${DEFAULT-VALUE}).")
    String password;

    @Option(names = "--short-code", defaultValue = "8055",
            description = "Short code the virtual phone texts (default: ${DEFAULT-VALUE}).")
    String shortCode;

    @Option(names = "--phones", split = ",", paramLabel = "NUMBER",
            description = "Phone numbers to suggest on the page, comma-separated.")
    List<String> phones = new ArrayList<>();

    @Option(names = "--submit-latency-ms", defaultValue = "0", paramLabel = "MS",
            description = "Fault: wait this long before each submit_sm_resp (default: ${DEFAULT-VALUE}).")
    long submitLatencyMs;

    @Option(names = "--throttle-above", defaultValue = "0", paramLabel = "TPS",
            description = "Fault: answer ESME_RTHROTTLED to submits beyond this many per second (default: 0, never).")
    int throttleAbove;

    @Option(names = "--disconnect-every", defaultValue = "0", paramLabel = "SECONDS",
            description = "Fault: cut the gateway's connection at random, about this often (default: 0, never).")
    double disconnectEverySeconds;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (submitLatencyMs < 0 || throttleAbove < 0 || disconnectEverySeconds < 0) {
            throw new ParameterException(spec.commandLine(),
                    "--submit-latency-ms, --throttle-above and --disconnect-every take 0 or more");
        }
        SmscSimulator smsc = SmscSimulator.start(SmscSimSettings.of(smppPort, systemId, password, shortCode));
        smsc.submitFaults().latency(Duration.ofMillis(submitLatencyMs));
        if (throttleAbove > 0) {
            smsc.submitFaults().throttleAbove(throttleAbove);
        }
        if (disconnectEverySeconds > 0) {
            smsc.disconnectRandomly(Duration.ofMillis(Math.round(disconnectEverySeconds * 1000)));
        }
        VirtualPhoneWeb web;
        try {
            web = VirtualPhoneWeb.start(smsc, phones, ANY_INTERFACE, phonePort);
        } catch (RuntimeException | InterruptedException e) {
            smsc.close();
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().name("smsc-sim-shutdown").unstarted(() -> {
            web.close();
            smsc.close();
            stopped.countDown();
        }));
        out.printf("SMSC simulator: SMPP 3.4 on port %d (system_id %s, short code %s)%n", smsc.port(), systemId,
                shortCode);
        out.printf("Virtual phone:  http://localhost:%d/%n", web.port());
        out.println("Press Ctrl+C to stop.");
        out.flush();
        stopped.await();
        return 0;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new SmscSimCommand()).execute(args));
    }
}
