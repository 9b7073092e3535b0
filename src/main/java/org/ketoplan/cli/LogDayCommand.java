package org.ketoplan.cli;

import org.ketoplan.app.DiaryService;
import org.ketoplan.app.Workspace;

import org.ketoplan.common.TextTable;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ketoplan.diary.DayEntry;
import org.ketoplan.diary.DayLog;
import org.ketoplan.diary.UrineKetones;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ketoplan log day}: how a day went, appended to days.csv. */
@Command(name = "day", mixinStandardHelpOptions = true,
        description = {"Log a day: seizures counted, ketones, weight, sleep, illness, stress. For each seizure with "
                + "its time use 'log seizure', for several blood readings 'log reading'.",
                "A date already logged is refused unless --replace: then a row holding the earlier values with the "
                        + "new ones laid over them is appended (the last row wins)."})
final class LogDayCommand implements Callable<Integer> {
    @Mixin
    DiaryDayOptions day;

    @Option(names = "--seizures", paramLabel = "N",
            description = "Seizures that day, a cluster of spasms counting as one (0 for a seizure-free day).")
    Integer seizures;

    @Option(names = "--seizure-minutes", paramLabel = "M", description = "Their total minutes.")
    Double seizureMinutes;

    @Option(names = "--ketones", paramLabel = "MMOL",
            description = "Blood ketones (BHB), mmol/L: one reading without a time.")
    Double ketones;

    @Option(names = "--urine-ketones", paramLabel = "LEVEL",
            description = "Urine strip: negative, trace, small, moderate, large, or mmol/L.")
    String urine;

    @Option(names = "--weight", paramLabel = "KG", description = "Weight in kg.")
    Double weight;

    @Option(names = "--sleep", paramLabel = "H", description = "Hours slept.")
    Double sleep;

    @Option(names = "--ill", negatable = true, description = "The child was ill (--no-ill: was not).")
    Boolean ill;

    @Option(names = "--stress", paramLabel = "LEVEL",
            description = "How stressful the day was for the child: 0 none, 1 mild, 2 moderate, 3 severe (or the word).")
    String stress;

    @Option(names = "--note", paramLabel = "TEXT", description = "A note.")
    String note;

    @Option(names = "--replace", description = "Correct an earlier entry (appends a superseding row).")
    boolean replace;

    @Mixin
    FormatOption format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (seizures != null && seizures < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--seizures must not be negative (" + seizures + ")");
        }
        for (Map.Entry<String, Double> o : Map.of("--seizure-minutes", opt(seizureMinutes), "--ketones",
                opt(ketones), "--sleep", opt(sleep)).entrySet()) {
            Options.nonNegative(spec, o.getKey(), o.getValue());
        }
        if (weight != null) {
            Options.positive(spec, "--weight", weight);
        }
        UrineKetones u;
        try {
            u = urine == null ? null : UrineKetones.parse(urine);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--urine-ketones: " + e.getMessage().replaceFirst("^ketones_urine: ", ""));
        }
        Integer level;
        try {
            level = stress == null ? null : DayEntry.stress(stress);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--stress: " + e.getMessage().replaceFirst("^stress: ", ""));
        }
        DayLog.Result logged = new DiaryService(Workspace.shipped()).logDay(day.diary, new DiaryService.DayNoted(
                day.date(), seizures, seizureMinutes, ketones, u, weight, sleep, ill, level,
                note), replace);
        logged.warnings().forEach(w -> spec.commandLine().getErr().println("warning: " + w));
        DayEntry written = logged.row();
        var out = spec.commandLine().getOut();
        if (format.json()) {
            Map<String, Object> j = new LinkedHashMap<>();
            j.put("date", written.date().toString());
            j.put("seizures", written.seizures());
            j.put("seizure_minutes", written.seizureMinutes());
            j.put("ketones_blood_mmol", written.ketonesBloodMmol());
            j.put("ketones_urine", written.ketonesUrine() == null ? null : written.ketonesUrine().level().word());
            j.put("ketones_urine_mmol", written.ketonesUrine() == null ? null : written.ketonesUrine().mmol());
            j.put("weight_kg", written.weightKg());
            j.put("sleep_hours", written.sleepHours());
            j.put("ill", written.ill());
            j.put("stress", written.stress());
            j.put("note", written.note());
            j.put("correction", replace);
            Json.print(out, j);
            return ExitCodes.OK;
        }
        out.println("Logged " + written.date() + " to " + day.diary.resolve("days.csv")
                + (replace ? " (a correction: this row supersedes the earlier one)" : ""));
        TextTable t = new TextTable("field", "value");
        for (int i = 1; i < DayEntry.COLUMNS.size(); i++) {
            String v = written.fields().get(i);
            if (!v.isEmpty()) {
                t.row(DayEntry.COLUMNS.get(i), v);
            }
        }
        out.print(t.render());
        return ExitCodes.OK;
    }

    private static double opt(Double v) {
        return v == null ? 0 : v;
    }
}
