package org.ketoplan.cli;

import picocli.CommandLine.Command;

/** {@code ketoplan log}: write what was eaten and how the day went to the diary. */
@Command(name = "log", description = "Log a meal, a seizure, a blood reading or a day to the diary (meals.csv, "
        + "seizures.csv, readings.csv, days.csv; appended, never rewritten; the last row for a key wins).",
        mixinStandardHelpOptions = true,
        subcommands = {LogMealCommand.class, LogSeizureCommand.class, LogReadingCommand.class, LogDayCommand.class})
public final class LogCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
