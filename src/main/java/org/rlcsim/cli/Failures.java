package org.rlcsim.cli;

import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import org.rlcsim.experiment.BatchFolderException;
import org.rlcsim.report.OutputDirectory;
import org.rlcsim.scenario.ScenarioException;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * Turns failures into one line for the user and an exit status: bad input (a scenario or an
 * experiment, a command-line value, a results folder that is in the way) exits 2; anything else
 * is an internal error and exits 1. Stack traces only with {@code --debug}.
 */
final class Failures implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {

    /** Input the user can fix, with a message that says how. */
    static final class BadInput extends Exception {
        private static final long serialVersionUID = 1L;

        BadInput(String message) {
            super(message);
        }
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        boolean debug = parsed.hasMatchedOption("--debug") || hasDebug(parsed);
        if (e instanceof ScenarioException || e instanceof BadInput || e instanceof OutputDirectory.NotEmptyException
                || e instanceof BatchFolderException) {
            err.println("rlcsim: " + e.getMessage());
            if (debug) e.printStackTrace(err);
            err.flush();
            return Main.BAD_INPUT;
        }
        if (e instanceof NoSuchFileException n) {
            err.println("rlcsim: " + n.getFile() + ": no such file");
            err.flush();
            return Main.BAD_INPUT;
        }
        String what = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        err.println("rlcsim: internal error: " + what.replaceAll("\\s*\\R\\s*", " ")
                + (debug ? "" : " (run again with --debug for details)"));
        if (debug) e.printStackTrace(err);
        err.flush();
        return Main.INTERNAL_ERROR;
    }

    private static boolean hasDebug(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--debug")) return true;
        }
        return false;
    }

    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("rlcsim: " + e.getMessage().replaceAll("\\s*\\R\\s*", " ")
                + " (see '" + cmd.getCommandSpec().qualifiedName() + " --help')");
        err.flush();
        return Main.BAD_INPUT;
    }
}
