/**
 * The Picocli command line: the root command {@code ketoplan}, one thin subcommand class per job that parses,
 * calls one service and renders, shared options as mixins, exit codes in {@link org.ketoplan.cli.ExitCodes},
 * and {@link org.ketoplan.cli.Main#run} so tests drive the whole CLI in-process. Nothing depends on this package.
 */
package org.ketoplan.cli;
