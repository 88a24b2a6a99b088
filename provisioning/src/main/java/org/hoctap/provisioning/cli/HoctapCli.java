package org.hoctap.provisioning.cli;

import org.hoctap.gateway.GatewayCommand;
import org.hoctap.gateway.officers.OfficersCommand;
import org.hoctap.gateway.smscsim.SmscSimCommand;
import org.hoctap.gateway.sync.DevicesCommand;
import org.hoctap.gateway.titles.TitlesCommand;
import org.hoctap.kiosk.KioskCommand;
import org.hoctap.kiosk.hardware.HardwareCheckCommand;
import org.hoctap.kiosk.staff.StaffCommand;
import org.hoctap.kiosk.sync.EnrolCommand;
import org.hoctap.provisioning.backup.BackupCommand;
import org.hoctap.provisioning.backup.RestoreCommand;
import org.hoctap.provisioning.cards.CardsCommand;
import org.hoctap.provisioning.demo.DemoCommand;
import org.hoctap.provisioning.importing.ImportCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code hoctap} command: one entry point, a subcommand per program. */
@Command(
        name = "hoctap",
        mixinStandardHelpOptions = true,
        versionProvider = HoctapVersion.class,
        description = "Attendance kiosks and an SMS/USSD gateway for community learning centres.",
        subcommands = {
            DemoCommand.class,
            KioskCommand.class,
            StaffCommand.class,
            HardwareCheckCommand.class,
            EnrolCommand.class,
            GatewayCommand.class,
            DevicesCommand.class,
            OfficersCommand.class,
            TitlesCommand.class,
            ImportCommand.class,
            CardsCommand.class,
            BackupCommand.class,
            RestoreCommand.class,
            SmscSimCommand.class,
            BenchCommands.class,
        })
public final class HoctapCli implements Runnable {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, for {@link #main} and for tests. */
    public static CommandLine commandLine() {
        return new CommandLine(new HoctapCli())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(new FailureReport());
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
