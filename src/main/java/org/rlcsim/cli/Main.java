package org.rlcsim.cli;

import org.rlcsim.report.Manifest;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code rlcsim} command: subcommands, exit codes (0 done, 2 bad input, 1 internal error). */
@Command(name = "rlcsim", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Simulates how a peer-run Recovery Learning Community changes the social lives "
                + "of people with serious mental illness.",
        subcommands = {RunCommand.class, BatchCommand.class, CompareCommand.class, ValidateCommand.class, BenchCommand.class,
                GuiCommand.class,
                CommandLine.HelpCommand.class})
public final class Main {
    public static final int BAD_INPUT = 2;
    public static final int INTERNAL_ERROR = 1;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit status (tests call this). */
    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler(new Failures());
        cli.setParameterExceptionHandler(Failures::badCommandLine);
        return cli.execute(args);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"rlcsim " + Manifest.programVersion()};
        }
    }
}
