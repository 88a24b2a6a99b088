package org.hoctap.kiosk.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.hoctap.kiosk.attendance.CheckInTiming;
import org.hoctap.shared.bench.BenchLogs;
import org.hoctap.shared.bench.Latencies;
import org.hoctap.shared.bench.ScratchDir;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bench kiosk}: check-in latency, start-up, a full export and memory, on years of history. */
@Command(name = "kiosk", mixinStandardHelpOptions = true,
        description = "Measures the kiosk on the sample commune with years of past check-ins: starting to serve, "
                + "check-ins at a fixed rate over HTTP, downloading every check-in as CSV and XLSX, and resident memory. "
                + "Run with HOCTAP_JAVA_OPTS=\"-Xmx64m\" to check the export in 64 MB of heap.")
public final class KioskBenchCommand implements Callable<Integer> {
    @Option(names = "--rows", defaultValue = "1000000", description = "Past check-ins to write first (default: ${DEFAULT-VALUE}).")
    long rows;

    @Option(names = "--learners", defaultValue = "2000",
            description = "Learners of the centre: the sample commune's, grown to this (default: ${DEFAULT-VALUE}).")
    int learners;

    @Option(names = "--keep", paramLabel = "DIR", description = "Seed in DIR and keep it; a later run with the same "
            + "DIR reuses its history instead of writing it again (default: a temporary folder, deleted after).")
    Path keep;

    @Option(names = "--warmup", defaultValue = "10",
            description = "Seconds of check-ins at the same rate before the measured ones (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--rate", defaultValue = "50", description = "Check-ins per second offered (default: ${DEFAULT-VALUE}).")
    int rate;

    @Option(names = "--seconds", defaultValue = "20", description = "Length of the check-in run (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (rows < 0 || rate < 1 || seconds < 1 || learners < 1 || warmup < 0) {
            throw new IllegalArgumentException("--rows must be 0 or more, --rate, --seconds and --learners at least 1");
        }
        BenchLogs.warningsOnly();
        PrintWriter out = spec.commandLine().getOut();
        out.printf("kiosk bench: %d cores, Java %s, heap at most %d MB%n", Runtime.getRuntime().availableProcessors(),
                Runtime.version(), Runtime.getRuntime().maxMemory() >> 20);
        try (ScratchDir scratch = ScratchDir.create("hoctap-kiosk-bench-");
                KioskBench bench = new KioskBench(keep == null ? scratch.path() : keep)) {
            long started = System.nanoTime();
            if (keep != null && bench.seeded()) {
                out.printf("history: reusing %s%n", keep);
            } else {
                int seeded = bench.seed(learners, rows);
                out.printf("history: %d learners, %d past check-ins written in %.1f s%n", seeded, rows,
                        (System.nanoTime() - started) / 1e9);
            }
            out.flush();
            KioskBench.Starts starts = bench.startTwice(scratch.path().resolve("kiosk.jsa"));
            out.printf("kiosk process, cold start to serving the page: %d ms, the first after an install or upgrade "
                    + "%d ms%s%n", starts.usual().toMillis(), starts.first().toMillis(),
                    starts.archived() ? "" : " (no class archive was written or used, so both started without one)");
            out.flush();
            if (warmup > 0) {
                bench.checkIns(rate, warmup);
            }
            ResidentMemory memory = bench.sampleResidentMemory();
            KioskBench.CheckInRun run = bench.checkIns(rate, seconds);
            ResidentMemory.Summary resident = memory.stop();
            Latencies checkIns = run.roundTrips();
            out.printf("check-ins at %d/s for %d s after %d s of warm-up, HTTP round trip: p50 %.2f ms, p99 %.2f ms, "
                    + "max %.2f ms (%d)%n", rate, seconds, warmup, checkIns.percentileMillis(50), checkIns.percentileMillis(99),
                    checkIns.percentileMillis(100), checkIns.count());
            Latencies server = run.server().getOrDefault("checkin", new Latencies());
            out.printf("  the server's part (Server-Timing): p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                    server.percentileMillis(50), server.percentileMillis(99), server.percentileMillis(100));
            out.printf("    its parts, p50/p99: %s%n", Arrays.stream(CheckInTiming.Part.values())
                    .filter(part -> run.server().containsKey(part.metric()))
                    .map(part -> String.format(Locale.ROOT, "%s %.2f/%.2f ms", part.description(),
                            run.server().get(part.metric()).percentileMillis(50),
                            run.server().get(part.metric()).percentileMillis(99)))
                    .collect(Collectors.joining(", ")));
            out.printf("kiosk's resident memory during the check-ins: median %d MB, peak %d MB (%d readings)%n",
                    resident.medianMegabytes(), resident.peakMegabytes(), resident.readings());
            out.flush();
            KioskBench.Export export = bench.exportEverything("csv");
            KioskBench.Export again = bench.exportEverything("csv");
            out.printf("CSV export of every check-in: %d rows, %.1f MB in %.2f s (the first), %.2f s (the second)%n",
                    export.rows(), export.bytes() / 1e6, export.took().toMillis() / 1000.0,
                    again.took().toMillis() / 1000.0);
            out.flush();
            KioskBench.Export workbook = bench.exportEverything("xlsx");
            out.printf("XLSX export of the same: %.1f MB in %.2f s%n", workbook.bytes() / 1e6,
                    workbook.took().toMillis() / 1000.0);
            out.printf("kiosk's resident memory after the exports: %d MB%n", bench.residentMegabytes());
            out.flush();
            return 0;
        }
    }
}
