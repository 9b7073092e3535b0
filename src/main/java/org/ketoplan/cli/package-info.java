/**
 * The Picocli command line: the root command {@code ketoplan}, one thin subcommand class per job that maps its
 * options to a request of the application layer ({@link org.ketoplan.app}), calls one service and renders the
 * result as text or JSON; it holds no diet logic, and no command calls another. Shared options are mixins
 * ({@link org.ketoplan.cli.TargetOptions}, {@link org.ketoplan.cli.ComposeOptions},
 * {@link org.ketoplan.cli.DiaryDayOptions} of the log commands, ...); options of which a command takes one are
 * exclusive {@code @ArgGroup}s whose message is the command's own ({@link org.ketoplan.cli.OneOf}); values are converted
 * as they are parsed ({@link org.ketoplan.cli.RatioConverter}, {@link org.ketoplan.cli.RampConverter}), and a
 * service's {@link org.ketoplan.app.InvalidRequest} is said with the command's option names
 * ({@link org.ketoplan.cli.FieldOptions}); the domain's typed facts (a plan made with other food data, values that
 * disagree) get the command that helps ("run 'ketoplan plan check plan.json'") here, never in the domain. Errors: bad input exits 2, no solution 3, anything else is an internal
 * error (exit 1) whose stack trace {@code --stacktrace} shows. Exit codes in {@link org.ketoplan.cli.ExitCodes};
 * {@link org.ketoplan.cli.Main#run} so tests drive the whole CLI in-process. Nothing depends on this package.
 *
 * <p>Start-up: only the command named is built ({@link org.ketoplan.cli.Commands}); the launchers in
 * {@code src/main/launcher} run the jar with quick compilation and the class-data-sharing archive that
 * {@link org.ketoplan.cli.StartupArchive} makes from the classes {@link org.ketoplan.cli.StartupTraining}'s commands
 * load; the entry point starts the work a command can do on a second core while it reads its inputs
 * ({@link org.ketoplan.cli.WarmUps}: the solver, the recipes, the JSON writer). Progress bars and confirmations
 * go through {@link org.ketoplan.cli.Feedback} ({@code --quiet}). No domain package does start-up work of its own;
 * JMH's {@code StartupBenchmark} (src/jmh) guards the time from a fresh JVM to a command's end.
 */
package org.ketoplan.cli;
