package org.ketoplan.cli;

/** The exit codes of every ketoplan command, one named constant each. */
public final class ExitCodes {
    /** Done. */
    public static final int OK = 0;
    /** Internal error: a bug in ketoplan (the message says to re-run with --stacktrace). */
    public static final int INTERNAL_ERROR = 1;
    /** Bad input or usage: unknown option, malformed file, unknown food, impossible value. */
    public static final int BAD_INPUT = 2;
    /** The input is valid but no solution exists (the composer cannot meet a meal's bands). */
    public static final int NO_SOLUTION = 3;

    private ExitCodes() {
    }
}
