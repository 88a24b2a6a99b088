package org.hoctap.gateway.config;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.hoctap.gateway.GatewaySettings;
import org.hoctap.shared.store.Database;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * What the central server's maintenance commands ({@code devices}, {@code officers}, {@code titles})
 * share: the data folder (for them and their subcommands), its database, the console, and usage when
 * no subcommand is given.
 */
public abstract class CentralDataCommand implements Runnable {
    @Option(names = "--data-dir", defaultValue = "./data/gateway", scope = CommandLine.ScopeType.INHERIT,
            description = "The central server's data folder (default: ${DEFAULT-VALUE}).")
    protected Path dataDir;

    @CommandLine.Spec
    protected CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The central server's database (migrated when it is new); close it after use. */
    public Database open() {
        return Database.open(dataDir.resolve(GatewaySettings.DATABASE_FILE));
    }

    public Path dataDir() {
        return dataDir;
    }

    public PrintWriter out() {
        return spec.commandLine().getOut();
    }

    public PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
