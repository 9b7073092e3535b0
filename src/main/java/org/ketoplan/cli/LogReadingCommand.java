package org.ketoplan.cli;

import org.ketoplan.nutrition.Numbers;
import org.ketoplan.prescription.ActionLevels;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ketoplan.app.DiaryService;
import org.ketoplan.app.Workspace;
import org.ketoplan.diary.DiaryTime;
import org.ketoplan.diary.Reading;
import org.ketoplan.diary.ReadingLog;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ketoplan log reading}: a timed blood ketone and/or glucose reading, appended to readings.csv. */
@Command(name = "reading", mixinStandardHelpOptions = true,
        description = {"Log a blood reading at the time it was taken: ketones (BHB, mmol/L) and/or glucose (mmol/L, "
                + "or mg/dL written with its unit, e.g. 45mg/dL). Log as many a day as you take.",
                "Glucose at or below 2.5 mmol/L and ketones at or above 6 mmol/L are flagged with their source: act "
                        + "as your team's plan says.",
                "A reading already logged at the date and time is refused unless --replace; --withdraw takes out a "
                        + "reading logged by mistake."})
final class LogReadingCommand implements Callable<Integer> {
    @Mixin
    DiaryDayOptions day;

    @Mixin
    ClockTimeOption clock;

    /** A reading logged or corrected, or one withdrawn (a mistake): one of them. */
    @OneOf("--withdraw takes only --date, --time and --note")
    static final class Entry {
        @ArgGroup(exclusive = false)
        Values values;

        @Option(names = "--withdraw", description = "Take out the reading logged at this date and time (a mistake).")
        boolean withdraw;
    }

    /** The reading's values. */
    static final class Values {
        @Option(names = "--ketones", paramLabel = "MMOL", description = "Blood ketones (BHB), mmol/L.")
        Double ketones;

        @Option(names = "--glucose", paramLabel = "MMOL", description = "Blood glucose, mmol/L (or e.g. 45mg/dL).")
        String glucose;

        @Option(names = "--replace", description = "Correct the reading logged at this date and time.")
        boolean replace;
    }

    @ArgGroup(exclusive = true)
    Entry entry;

    @Option(names = "--note", paramLabel = "TEXT", description = "A note (before a feed, unwell, ...).")
    String note;

    @Mixin
    FormatOption format;

    @Spec
    CommandSpec spec;

    private static final Map<String, String> OPTIONS = Map.of("ketones_blood_mmol", "--ketones", "glucose_mmol",
            "--glucose", "note", "--note", "date", "--date");

    @Override
    public Integer call() {
        var d = day.date();
        var t = clock.time();
        boolean withdraw = entry != null && entry.withdraw; // with none of the Values: the Entry group
        Values v = entry == null || entry.values == null ? new Values() : entry.values;
        Double ketones = v.ketones;
        String glucose = v.glucose;
        boolean replace = v.replace;
        if (!withdraw && ketones == null && glucose == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give --ketones, --glucose or both");
        }
        Reading reading;
        try {
            reading = new Reading(d, t, ketones, glucose == null ? null : Reading.glucoseMmol("glucose_mmol",
                    glucose), note);
        } catch (IllegalArgumentException e) {
            throw Options.asOption(e, OPTIONS);
        }
        ActionLevels levels = ActionLevels.defaults();
        ReadingLog.Result r = new DiaryService(Workspace.shipped()).logReading(day.diary, reading, replace, levels);
        r.warnings().forEach(w -> spec.commandLine().getErr().println("warning: " + w));
        var out = spec.commandLine().getOut();
        if (format.json()) {
            Map<String, Object> j = new LinkedHashMap<>();
            j.put("date", d.toString());
            j.put("time", DiaryTime.format(t));
            j.put("ketones_blood_mmol", reading.ketonesBloodMmol());
            j.put("glucose_mmol", reading.glucoseMmol());
            j.put("note", reading.note());
            j.put("withdrawn", reading.withdrawn());
            List<Map<String, Object>> flags = new ArrayList<>();
            for (ActionLevels.Flag f : r.flags()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("kind", f.kind().name().toLowerCase(java.util.Locale.ROOT));
                m.put("value_mmol", f.valueMmol());
                m.put("level_mmol", f.levelMmol());
                m.put("text", f.text());
                m.put("source", f.kind() == ActionLevels.Kind.LOW_GLUCOSE ? levels.glucoseSource()
                        : levels.ketonesSource());
                flags.add(m);
            }
            j.put("flags", flags);
            Json.print(out, j);
            return ExitCodes.OK;
        }
        if (reading.withdrawn()) {
            out.println("Withdrew the reading logged at " + DiaryTime.format(t) + " on " + d + " ("
                    + day.diary.resolve("readings.csv") + ")");
            return ExitCodes.OK;
        }
        List<String> parts = new ArrayList<>();
        if (reading.ketonesBloodMmol() != null) {
            parts.add("ketones " + Numbers.plain(reading.ketonesBloodMmol()) + " mmol/L");
        }
        if (reading.glucoseMmol() != null) {
            parts.add("glucose " + Numbers.plain(reading.glucoseMmol()) + " mmol/L");
        }
        out.println((replace ? "Corrected: " : "Logged ") + String.join(", ", parts) + " at " + DiaryTime.format(t)
                + " on " + d + " (" + day.diary.resolve("readings.csv") + ")");
        for (ActionLevels.Flag f : r.flags()) {
            out.println("ACT: " + f.text() + "; follow your team's plan.");
            out.println("  Source: " + (f.kind() == ActionLevels.Kind.LOW_GLUCOSE ? levels.glucoseSource()
                    : levels.ketonesSource()));
        }
        return ExitCodes.OK;
    }
}
