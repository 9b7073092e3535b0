package org.ketoplan.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ketoplan.app.DiaryService;
import org.ketoplan.app.Workspace;
import org.ketoplan.diary.DiaryTime;
import org.ketoplan.diary.SeizureEvent;
import org.ketoplan.diary.SeizureLog;
import org.ketoplan.diary.SeizureType;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ketoplan log seizure}: a cluster of spasms or another seizure, appended to seizures.csv. */
@Command(name = "seizure", mixinStandardHelpOptions = true,
        description = {"Log a seizure event at the time it began: a cluster of spasms (--type spasms, with "
                + "--spasms N when they were counted) or another seizure (--type other, described in --note).",
                "Each cluster is one event. A seizure-free day is logged with 'log day --seizures 0' (a day with "
                        + "nothing logged is a gap in the report, not 0).",
                "An event already logged at the date and time is refused unless --replace (a correction row is "
                        + "appended; the last row wins); --withdraw takes out an event logged by mistake."})
final class LogSeizureCommand implements Callable<Integer> {
    @Mixin
    DiaryDayOptions day;

    @Mixin
    ClockTimeOption clock;

    /** An event logged or corrected, or one withdrawn (a mistake): one of them. */
    @OneOf("--withdraw takes only --date, --time and --note")
    static final class Entry {
        @ArgGroup(exclusive = false)
        Event event;

        @Option(names = "--withdraw", description = "Take out the event logged at this date and time (a mistake).")
        boolean withdraw;
    }

    /** What happened. */
    static final class Event {
        @Option(names = "--type", paramLabel = "spasms|other",
                description = "spasms: a cluster of spasms; other: another seizure.")
        String type;

        @Option(names = "--spasms", paramLabel = "N", description = "Spasms in the cluster, when counted.")
        Integer spasms;

        @Option(names = "--duration-min", paramLabel = "M", description = "How long it lasted, in minutes.")
        Double durationMin;

        @Option(names = "--rescue", paramLabel = "NAME",
                description = "Rescue medicine given (name and dose, e.g. \"buccal midazolam 2.5 mg\").")
        String rescue;

        @Option(names = "--replace", description = "Correct the event logged at this date and time.")
        boolean replace;
    }

    @ArgGroup(exclusive = true)
    Entry entry;

    @Option(names = "--note", paramLabel = "TEXT", description = "A note (what it looked like, on waking, ...).")
    String note;

    @Mixin
    FormatOption format;

    @Spec
    CommandSpec spec;

    private static final Map<String, String> OPTIONS = Map.of("spasms", "--spasms", "duration_min",
            "--duration-min", "rescue", "--rescue", "note", "--note", "type", "--type", "date", "--date", "time",
            "--time");

    @Override
    public Integer call() {
        var d = day.date();
        var t = clock.time();
        SeizureEvent event;
        boolean withdraw = entry != null && entry.withdraw; // with nothing of an Event: the Entry group
        Event e = entry == null || entry.event == null ? new Event() : entry.event;
        String type = e.type;
        boolean replace = e.replace;
        if (withdraw) {
            event = SeizureEvent.withdrawal(d, t, note);
        } else {
            if (type == null) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "give --type spasms (a cluster of spasms) or --type other (another seizure)");
            }
            try {
                event = new SeizureEvent(d, t, SeizureType.parse(type), e.spasms, e.durationMin, e.rescue, note);
            } catch (IllegalArgumentException x) {
                throw Options.asOption(x, OPTIONS);
            }
        }
        SeizureLog.Result r = new DiaryService(Workspace.shipped()).logSeizure(day.diary, event, replace);
        r.warnings().forEach(w -> spec.commandLine().getErr().println("warning: " + w));
        var out = spec.commandLine().getOut();
        if (format.json()) {
            Map<String, Object> j = new LinkedHashMap<>();
            j.put("date", d.toString());
            j.put("time", DiaryTime.format(t));
            j.put("type", event.withdrawn() ? null : event.type().word());
            j.put("spasms", event.spasms());
            j.put("duration_min", event.durationMin());
            j.put("rescue", event.rescue().isEmpty() ? null : event.rescue());
            j.put("note", event.note());
            j.put("withdrawn", event.withdrawn());
            j.put("day_clusters", r.clusters());
            j.put("day_spasms", r.spasms());
            j.put("day_other_seizures", r.others());
            Json.print(out, j);
            return ExitCodes.OK;
        }
        String what = event.withdrawn() ? "Withdrew the seizure logged at " + DiaryTime.format(t) + " on " + d
                : (replace ? "Corrected: " : "Logged ") + event.describe() + " at " + DiaryTime.format(t) + " on " + d;
        out.println(what + " (" + day.diary.resolve("seizures.csv") + ")");
        out.println("That day: " + r.dayCounts() + ".");
        return ExitCodes.OK;
    }
}
