package org.ketoplan.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The root command: lists the subcommands (registered by {@link Commands}), grouped by job. */
@Command(name = "ketoplan",
        mixinStandardHelpOptions = true,
        versionProvider = KetoplanCommand.Version.class,
        description = "Plans the classic ketogenic diet for epilepsy: foods, prescriptions, meals, menus, "
                + "exports and adherence.",
        synopsisSubcommandLabel = "COMMAND",
        commandListHeading = "%nCommands:%n",
        footer = {"", "Exit codes: 0 done, 1 internal error, 2 bad input or usage, 3 no solution exists.",
                "Run 'ketoplan COMMAND --help' for a command's options."})
public final class KetoplanCommand implements Runnable {
    @Option(names = "--stacktrace", scope = ScopeType.INHERIT,
            description = "On an error, print the Java stack trace too (for bug reports).")
    boolean stacktrace;

    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT,
            description = "No progress bar and no confirmations such as 'Wrote plan.xlsx' (results, warnings and "
                    + "errors still print).")
    boolean quiet;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The version from the jar's manifest, or "development" when run from classes. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = KetoplanCommand.class.getPackage().getImplementationVersion();
            return new String[] {"ketoplan " + (v == null ? "development" : v),
                    "Java " + System.getProperty("java.version")};
        }
    }
}
