package org.hoctap.provisioning.demo;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.hoctap.gateway.GatewaySettings;
import org.hoctap.gateway.officers.FirstOfficer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code demo}: the whole system on this machine with the sample commune, until Ctrl-C. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {
            "Runs the whole system on this machine with sample data: the kiosk, the gateway, and an SMSC "
                    + "simulator with a virtual phone, and prints where to point a browser.",
            "A data folder that already holds the demo is reused as it is; delete it to start afresh."})
public final class DemoCommand implements Callable<Integer> {

    @Option(names = "--data-dir", defaultValue = "./data",
            description = "Folder of the kiosk's and the gateway's databases (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--host", defaultValue = "0.0.0.0",
            description = "Address the kiosk and virtual phone pages listen on (default: ${DEFAULT-VALUE}, "
                    + "every address; 127.0.0.1 for this machine only).")
    String host;

    @Option(names = "--kiosk-port", defaultValue = "8080", description = "The kiosk's port (default: ${DEFAULT-VALUE}).")
    int kioskPort;

    @Option(names = "--phone-port", defaultValue = "8025",
            description = "The virtual phone's port (default: ${DEFAULT-VALUE}).")
    int phonePort;

    @Option(names = "--smpp-port", defaultValue = "2775",
            description = "The SMSC simulator's SMPP port, on loopback (default: ${DEFAULT-VALUE}).")
    int smppPort;

    @Option(names = "--admin-port", defaultValue = "8026",
            description = "The gateway's status and metrics port, on loopback (default: ${DEFAULT-VALUE}).")
    int adminPort;

    @Option(names = "--sync-port", defaultValue = "8027",
            description = "Where kiosks enrol with the gateway as their central server (default: ${DEFAULT-VALUE}).")
    int syncPort;

    @Option(names = "--web-port", defaultValue = "8028",
            description = "The central web for officers: titles, review, results (default: ${DEFAULT-VALUE}).")
    int webPort;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Demo demo = Demo.start(new DemoSettings(dataDir, host, kioskPort, phonePort, smppPort, adminPort, syncPort,
                webPort));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().name("demo-shutdown").unstarted(() -> {
            demo.close();
            stopped.countDown();
        }));
        printWelcome(demo, spec.commandLine().getOut());
        stopped.await();
        return 0;
    }

    private void printWelcome(Demo demo, PrintWriter out) {
        var kiosk = demo.kiosk();
        out.println();
        out.println("hoctap demo: centre " + kiosk.centre().name() + " (" + kiosk.centre().code() + "), class \""
                + demo.session().topic().name() + "\" open now");
        out.println();
        out.println("  Kiosk (check in by name):  " + demo.kioskPage());
        out.println("  Tap a card (simulated):    " + demo.kioskPage().resolve("hardware.html") + "  (this machine only)");
        out.println("  Virtual phone (text 12):   " + demo.phonePage());
        out.println("  Staff (sessions, exports): " + kiosk.staffPageUri() + "  (" + kiosk.staffLoginHint() + ")");
        out.println("  Kiosks enrol (sync):       " + demo.syncAddress() + "  (./hoctap devices code --centre "
                + kiosk.centre().code() + " --data-dir " + demo.settings().gatewayDir() + ")");
        out.println("  Officers (titles):         " + demo.officerPage() + "  (log in as '" + FirstOfficer.LOGIN
                + "', password in " + demo.settings().gatewayDir().resolve(GatewaySettings.OFFICER_PASSWORD_FILE) + ")");
        out.println("  Gateway figures:           " + demo.gatewayStatus() + "  (this machine only; /metrics for Prometheus)");
        out.println("  Data:                      " + demo.settings().dataDir());
        out.println();
        out.println("Press Ctrl+C to stop.");
        out.flush();
    }
}
