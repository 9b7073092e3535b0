package org.ketoplan.cli;

import java.time.ZoneId;
import java.util.concurrent.Callable;
import org.ketoplan.export.PlanSource;
import org.ketoplan.export.Reminders;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ketoplan remind PLAN --out meals.ics}: meal and medicine reminders for a phone's calendar. */
@Command(name = "remind", mixinStandardHelpOptions = true,
        description = {"Write meal and medicine reminders (iCalendar .ics) to import into a phone's calendar: an "
                + "event per meal with its foods and amounts, and per medicine dose, each with an alarm.",
                "A meal without a time becomes an all-day event without an alarm. Importing a new file for "
                        + "the same days updates the events instead of adding copies."})
final class RemindCommand implements Callable<Integer> {
    @Mixin
    PlanOutputOptions io;

    @Option(names = "--tz", paramLabel = "ZONE",
            description = "Time zone, e.g. Europe/London (default: the plan's patient time zone, else the "
                    + "system's).")
    String tz;

    @Option(names = "--alarm", paramLabel = "MINUTES", defaultValue = "10",
            description = "Alarm this many minutes before each event (default 10; 0 for none).")
    int alarm;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (alarm < 0 || alarm > 24 * 60) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--alarm: must be from 0 to 1440 minutes, not " + alarm);
        }
        PlanSource source = io.read();
        io.warn(source, spec.commandLine().getErr()); // a broken --foods file stops before anything is written
        io.exports().days(source, null, null, null); // a plan without days has nothing to remind of
        ZoneId zone = io.exports().zone(source, tz);
        Reminders.Summary s = io.exports().reminders(source, zone, alarm, io.out, io.force);
        var out = spec.commandLine().getOut();
        if (Feedback.confirm(spec)) {
            out.println("Wrote " + io.out + ": " + s.meals() + " meal and " + s.doses() + " medicine reminders in "
                    + zone.getId() + (alarm > 0 ? ", alarms " + alarm + " minutes before" : ", no alarms") + ".");
        }
        if (s.untimedMeals() > 0) {
            out.println("Note: " + s.untimedMeals() + " meal" + (s.untimedMeals() == 1 ? " has" : "s have")
                    + " no time; written as all-day events without an alarm.");
        }
        return ExitCodes.OK;
    }
}
