/**
 * The Picocli command line: the root command {@code ketoplan}, one thin subcommand class per job that parses,
 * calls one service and renders, shared options as mixins, exit codes in {@link org.ketoplan.cli.ExitCodes},
 * and {@link org.ketoplan.cli.Main#run} so tests drive the whole CLI in-process. Nothing depends on this package.
 *
 * <p>Start-up: only the command named is built ({@link org.ketoplan.cli.Commands}); the launchers in
 * {@code src/main/launcher} run the jar with quick compilation and the class-data-sharing archive that
 * {@link org.ketoplan.cli.StartupArchive} makes from the classes {@link org.ketoplan.cli.StartupTraining}'s commands
 * load. Progress bars and confirmations go through {@link org.ketoplan.cli.Feedback} ({@code --quiet}).
 */
package org.ketoplan.cli;
