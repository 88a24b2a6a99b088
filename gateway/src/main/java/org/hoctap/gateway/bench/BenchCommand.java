package org.hoctap.gateway.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.hoctap.shared.bench.BenchLogs;
import org.hoctap.shared.bench.ScratchDir;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bench gateway}: MO → durable record → reply round trips against the SMSC simulator. */
@Command(name = "gateway", mixinStandardHelpOptions = true,
        description = "Measures the gateway: SMS reports through SMPP to a stored record and a reply on the handset, "
                + "closed loop with a window and open loop at a fixed rate, on a fresh sample database.")
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--window", defaultValue = "100", description = "MOs outstanding in the closed loop (default: ${DEFAULT-VALUE}).")
    int window;

    @Option(names = "--rate", defaultValue = "1000", description = "MOs per second offered in the open loop (default: ${DEFAULT-VALUE}).")
    int rate;

    @Option(names = "--seconds", defaultValue = "20", description = "Length of each measured run (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--phones", defaultValue = "20000",
            description = "Registered numbers sending the reports, spread over the sample's households (default: ${DEFAULT-VALUE}).")
    int phones;

    @Option(names = "--warm-up", defaultValue = "30", description = "Seconds of load before measuring (default: ${DEFAULT-VALUE}).")
    int warmUp;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (window < 1 || rate < 1 || seconds < 1 || warmUp < 0 || phones < 1) {
            throw new IllegalArgumentException(
                    "--window, --rate, --seconds and --phones must be at least 1, --warm-up 0 or more");
        }
        BenchLogs.warningsOnly();
        PrintWriter out = spec.commandLine().getOut();
        try (ScratchDir dir = ScratchDir.create("hoctap-bench-");
                GatewayBench bench = new GatewayBench(dir.path(), window, phones)) {
            out.printf("gateway bench: %d cores, Java %s, %d registered numbers, data in a fresh SQLite file "
                    + "(synchronous=FULL)%n", Runtime.getRuntime().availableProcessors(), Runtime.version(), bench.phoneCount());
            out.flush();
            out.println(bench.closedLoop(window, Duration.ofSeconds(warmUp), Duration.ofSeconds(seconds)).line());
            out.flush();
            out.println(bench.openLoop(rate, Duration.ofSeconds(seconds)).line());
            boolean ok = bench.check(out);
            out.flush();
            return ok ? 0 : 1;
        }
    }
}
