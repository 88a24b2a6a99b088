package org.hoctap.provisioning.cli;

import org.hoctap.gateway.bench.BenchCommand;
import org.hoctap.kiosk.bench.KioskBenchCommand;
import org.hoctap.provisioning.bench.SyncBenchCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code bench}: the benchmarks, one subcommand each. They are commands, never tests. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Runs a benchmark and prints its figures.",
        footer = {"", "bench sms: the JMH microbenchmark of reading an SMS and rendering its reply; the launcher "
                + "compiles and runs it (./hoctap bench sms --help)."},
        subcommands = {BenchCommand.class, KioskBenchCommand.class, SyncBenchCommand.class})
public final class BenchCommands implements Runnable {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
