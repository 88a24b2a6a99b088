package org.hoctap.gateway;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.hoctap.gateway.smpp.SmppSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code gateway}: runs the central gateway until the process is stopped. */
@Command(name = "gateway", mixinStandardHelpOptions = true,
        description = "Runs the SMS gateway: binds to the SMSC over SMPP 3.4, records households' reports, answers.")
public final class GatewayCommand implements Callable<Integer> {

    @Option(names = "--data-dir", defaultValue = "./data/gateway",
            description = "Folder of the database and template overrides (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--smsc-host", defaultValue = "127.0.0.1", description = "SMSC host (default: ${DEFAULT-VALUE}).")
    String smscHost;

    @Option(names = "--smsc-port", defaultValue = "2775", description = "SMSC SMPP port (default: ${DEFAULT-VALUE}).")
    int smscPort;

    @Option(names = "--system-id", defaultValue = "hoctap", description = "SMPP system_id (default: ${DEFAULT-VALUE}).")
    String systemId;

    @Option(names = "--password", defaultValue = "hoctap", description = "SMPP password.")
    String password;

    @Option(names = "--short-code", defaultValue = "8055",
            description = "Our short code, the source of replies (default: ${DEFAULT-VALUE}).")
    String shortCode;

    @Option(names = "--fold", description = "Allow folding Vietnamese replies to unaccented text when cheaper.")
    boolean fold;

    @Override
    public Integer call() throws InterruptedException {
        SmppSettings smpp = SmppSettings.of(smscHost, smscPort, systemId, password, shortCode);
        GatewayServer gateway = new GatewayServer(new GatewaySettings(dataDir, smpp, GatewaySettings.VIETNAM, fold));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().name("gateway-shutdown").unstarted(() -> {
            gateway.close();
            stopped.countDown();
        }));
        gateway.start();
        stopped.await();
        return 0;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new GatewayCommand()).execute(args));
    }
}
