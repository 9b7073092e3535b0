package org.ketoplan.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.ketoplan.common.BadInputException;
import org.ketoplan.plan.PlanFile;
import org.ketoplan.common.FieldError;
import org.ketoplan.common.Limits;
import org.ketoplan.common.TerminalWriter;
import org.ketoplan.common.Text;
import org.ketoplan.common.NoSolutionException;
import org.ketoplan.nutrition.Numbers;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MaxValuesExceededException;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.MutuallyExclusiveArgsException;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/** The entry point: {@code java -jar ketoplan.jar ...}. */
public final class Main {
    private Main() {
    }

    /** Runs ketoplan with the process's streams and exits with its exit code. */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = run(out, err, args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Runs ketoplan in-process: parses {@code args}, runs the command, writes to {@code out} and {@code err}.
     *
     * @return the exit code (see {@link ExitCodes})
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        PrintWriter safeOut = new PrintWriter(new TerminalWriter(out), true);
        PrintWriter safeErr = new PrintWriter(new TerminalWriter(err), true);
        int code;
        String tooLong = tooLong(args);
        if (tooLong != null) {
            safeErr.println("error: " + tooLong);
            code = ExitCodes.BAD_INPUT;
        } else {
            WarmUps.start(args); // start-up work on the second core, before the command reads its inputs
            code = commandLine(safeOut, safeErr, args).execute(args);
        }
        safeOut.flush();
        safeErr.flush();
        out.flush();
        err.flush();
        return code;
    }

    /** Why an argument is refused before parsing (longer than any value ketoplan takes), or null. */
    private static String tooLong(String... args) {
        for (String a : args) {
            if (a != null && a.length() > Limits.TEXT_CHARS) {
                return "an argument of " + a.length() + " characters ('" + Text.printable(a.substring(0, 20))
                        + "...'); the most is " + Limits.TEXT_CHARS;
            }
        }
        return null;
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new KetoplanCommand());
        Commands.addTo(cl, args);
        return configure(cl, out, err);
    }

    /** Applies ketoplan's streams, converters and error handlers to {@code cl} and all its subcommands. */
    static CommandLine configure(CommandLine cl, PrintWriter out, PrintWriter err) {
        cl.setOut(out);
        cl.setErr(err);
        // no colours in help: the output is filtered of escape sequences (TerminalWriter)
        cl.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.registerConverter(Double.class, Main::number);
        cl.registerConverter(double.class, Main::number);
        cl.registerConverter(LocalDate.class, Main::date);
        cl.setParameterExceptionHandler(parameterErrors());
        cl.setExecutionExceptionHandler(executionErrors());
        cl.setExitCodeExceptionMapper(t -> ExitCodes.INTERNAL_ERROR);
        return cl;
    }

    /**
     * A number with a decimal point; "12,5" is refused with a message that says how to write it, and so is a
     * number beyond {@link #MAX_OPTION_NUMBER} (no quantity ketoplan takes comes near it; each command's own
     * bounds are narrower).
     */
    private static Double number(String text) {
        double v;
        try {
            v = Numbers.parse(text, "value");
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage().replaceFirst("^value: ", ""));
        }
        if (Math.abs(v) > MAX_OPTION_NUMBER) {
            throw new TypeConversionException("'" + text.trim() + "' is beyond " + (long) MAX_OPTION_NUMBER
                    + ", more than any quantity ketoplan takes");
        }
        return v;
    }

    /** The largest number any option takes (in magnitude). */
    static final double MAX_OPTION_NUMBER = 1_000_000;

    /** A date as YYYY-MM-DD from 1900 to 2199, "today" or "yesterday", with a message that says so. */
    private static LocalDate date(String text) {
        try {
            return org.ketoplan.common.DateWords.parse("date", text, LocalDate.now());
        } catch (FieldError e) {
            throw new TypeConversionException(e.problem());
        }
    }

    private static IParameterExceptionHandler parameterErrors() {
        return (ParameterException ex, String[] args) -> {
            CommandLine cmd = ex.getCommandLine();
            PrintWriter err = cmd.getErr();
            // an exclusive option group with the command's own message says it all: no "see --help" (picocli says
            // "expected only one match" instead when a nested group's option comes first)
            String line = ex instanceof MutuallyExclusiveArgsException || ex instanceof MaxValuesExceededException
                    ? Messages.exclusive(cmd.getCommandSpec(), args).map(m -> "error: " + m).orElse(null) : null;
            err.println(Messages.oneLine(line != null ? line : usage(ex, cmd)));
            if (stacktrace(cmd)) {
                ex.printStackTrace(err);
            }
            err.flush();
            return ExitCodes.BAD_INPUT;
        };
    }

    /**
     * A usage error on one line: the problem, picocli's suggestions ("did you mean --protein?") and, for a
     * mistake in how the command is written, where to look: "(see 'ketoplan ratio --help')".
     */
    private static String usage(ParameterException ex, CommandLine cmd) {
        StringBuilder line = new StringBuilder("error: ");
        if (ex.getCause() instanceof OptionValueException v && ex.getArgSpec() instanceof OptionSpec o) {
            line.append(o.longestName()).append(": ").append(v.getMessage());
        } else {
            line.append(ex.getMessage());
        }
        if (ex instanceof UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
            line.append("; did you mean ").append(String.join(" or ", u.getSuggestions())).append('?');
        }
        boolean howWritten = ex instanceof UnmatchedArgumentException || ex instanceof MissingParameterException
                || ex instanceof OverwrittenOptionException || ex instanceof MaxValuesExceededException
                || ex instanceof MutuallyExclusiveArgsException;
        if (howWritten) {
            line.append(" (see '").append(cmd.getCommandSpec().qualifiedName()).append(" --help')");
        }
        return line.toString();
    }

    private static IExecutionExceptionHandler executionErrors() {
        return (Exception ex, CommandLine cmd, CommandLine.ParseResult parseResult) -> {
            PrintWriter err = cmd.getErr();
            int code;
            Throwable shown = ex;
            if (ex instanceof BadInputException bad) {
                boolean accept = ex instanceof org.ketoplan.safety.ImplausibleWeightException
                        && cmd.getCommandSpec().findOption("--accept-weight") != null;
                err.println(Messages.oneLine("error: " + FieldOptions.message(cmd.getCommandSpec(), bad)
                        + (accept ? " (--accept-weight)" : "") + hint(bad)));
                code = ExitCodes.BAD_INPUT;
            } else if (ex instanceof NoSolutionException) {
                err.println(Messages.oneLine("no solution: " + ex.getMessage()));
                code = ExitCodes.NO_SOLUTION;
            } else {
                // anything else is a bug, never the user's mistake: bad input is refused at the boundary
                err.println(Messages.oneLine("internal error: " + ex + " (please report it; run again with "
                        + "--stacktrace for details)"));
                code = ExitCodes.INTERNAL_ERROR;
            }
            if (stacktrace(cmd)) {
                shown.printStackTrace(err);
            }
            err.flush();
            return code;
        };
    }

    /** The command that helps with {@code bad}, for the plan's errors that the plan check explains. */
    private static String hint(BadInputException bad) {
        if (bad instanceof PlanFile.Disagrees d) {
            return ": run " + planCheck(d.file()) + " to see them, and --fix to recompute them from the grams";
        }
        if (bad instanceof PlanFile.OtherFoodData o) {
            return "; run " + planCheck(o.file()) + " to see which meals changed";
        }
        return "";
    }

    /** "'ketoplan plan check FILE'", quoted as the messages show a command to run. */
    static String planCheck(java.nio.file.Path file) {
        return "'ketoplan plan check " + file + "'";
    }

    private static boolean stacktrace(CommandLine cmd) {
        CommandLine root = cmd;
        while (root.getParent() != null) {
            root = root.getParent();
        }
        return root.<KetoplanCommand>getCommand().stacktrace;
    }
}
