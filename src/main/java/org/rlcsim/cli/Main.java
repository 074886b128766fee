package org.rlcsim.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.rlcsim.report.Manifest;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code rlcsim} command: subcommands, exit codes (0 done, 2 bad input, 1 internal error). */
@Command(name = "rlcsim", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Simulates how a peer-run Recovery Learning Community changes the social lives "
                + "of people with serious mental illness.")
public final class Main {
    public static final int BAD_INPUT = 2;
    public static final int INTERNAL_ERROR = 1;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit status (tests call this). */
    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new Main());
        addSubcommands(cli, args.length > 0 ? args[0] : "");
        // a handler object, not method references: a lambda that names a picocli type links
        // picocli's classes while the class-data archive is made, and picocli's Java 5 classes are
        // then left out of it (the launcher's archive, ./rlcsim)
        Failures failures = new Failures();
        cli.setExecutionExceptionHandler(failures);
        cli.setParameterExceptionHandler(failures);
        return cli.execute(args);
    }

    /**
     * The subcommands, in the order help lists them. picocli reads a command's annotations when
     * it is added, which takes a noticeable part of a cold start: a command line that names one
     * gets only that one; help, errors and suggestions get them all.
     */
    private static void addSubcommands(CommandLine cli, String first) {
        Map<String, Class<?>> all = new LinkedHashMap<>();
        all.put("run", RunCommand.class);
        all.put("batch", BatchCommand.class);
        all.put("compare", CompareCommand.class);
        all.put("validate", ValidateCommand.class);
        all.put("bench", BenchCommand.class);
        all.put("gui", GuiCommand.class);
        Class<?> named = all.get(first);
        if (named != null) {
            cli.addSubcommand(first, named);
            return;
        }
        for (Map.Entry<String, Class<?>> e : all.entrySet()) cli.addSubcommand(e.getKey(), e.getValue());
        cli.addSubcommand("help", CommandLine.HelpCommand.class);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"rlcsim " + Manifest.programVersion()};
        }
    }
}
