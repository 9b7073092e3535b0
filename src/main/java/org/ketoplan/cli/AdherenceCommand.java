package org.ketoplan.cli;

import org.ketoplan.app.AdherenceService;

import org.ketoplan.prescription.ActionLevels;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ketoplan.common.FieldError;
import org.ketoplan.diary.Adherence;
import org.ketoplan.diary.AdherenceOptions;
import org.ketoplan.diary.AdherenceReport;
import org.ketoplan.diary.ReportFiles;
import org.ketoplan.diary.ReportJson;
import org.ketoplan.diary.ReportText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ketoplan adherence}: meals eaten as planned, by day and week, next to seizures and ketones. */
@Command(name = "adherence", mixinStandardHelpOptions = true,
        description = {"Report adherence (meals eaten within the energy and ratio bands) by day, week and period, "
                + "with clusters or seizures and spasms against the baseline, blood ketones and glucose (readings at "
                + "an action level flagged), sleep, stress, illness, 4-week trends and the rank correlation.",
                "--out report.xlsx adds daily and weekly charts; --out report.pdf is a one-page clinic summary."})
final class AdherenceCommand implements Callable<Integer> {
    @Option(names = "--plan", required = true, paramLabel = "FILE", description = "The plan (plan.json).")
    Path plan;

    @Option(names = "--diary", required = true, paramLabel = "DIR", description = "The diary folder.")
    Path diary;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day (default: the plan's first).")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD",
            description = "Last day (default: the last day logged in the diary).")
    String to;

    @Option(names = "--baseline", paramLabel = "N",
            description = "Baseline seizures per day (default: the mean of the diary's days before the plan).")
    Double baseline;

    @Option(names = "--kcal-low", paramLabel = "PCT", defaultValue = "90",
            description = "An adherent meal's kcal is at least PCT %% of its target (default 90).")
    double kcalLow;

    @Option(names = "--kcal-high", paramLabel = "PCT", defaultValue = "110",
            description = "... and at most PCT %% (default 110).")
    double kcalHigh;

    @Option(names = "--ratio-min", paramLabel = "PCT", defaultValue = "95",
            description = "An adherent meal's ratio is at least PCT %% of its target (default 95).")
    double ratioMin;

    @Option(names = "--ketone-range", paramLabel = "LOW-HIGH", defaultValue = "2-5",
            description = "Blood ketone target range in mmol/L (default 2-5, a common clinic target whose primary source was not verified: set your own).")
    String ketoneRange;

    @Option(names = "--glucose-action", paramLabel = "MMOL", defaultValue = "2.5",
            description = "Flag blood glucose at or below MMOL (default 2.5, Matthew's Friends' hospital guidance; "
                    + "see 'ketoplan sources').")
    double glucoseAction;

    @Option(names = "--ketone-action", paramLabel = "MMOL", defaultValue = "6",
            description = "Flag blood ketones at or above MMOL (default 6, NHS GGC's illness protocol; see "
                    + "'ketoplan sources').")
    double ketoneAction;

    @Option(names = "--min-days", paramLabel = "N", defaultValue = "14",
            description = "Fewest days for the correlation (default 14).")
    int minDays;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write to FILE: .xlsx (tables and charts), .pdf (one-page summary), .json or text.")
    Path out;

    @Option(names = "--paper", paramLabel = "a4|letter", defaultValue = "a4",
            description = "Paper of the PDF and of the workbook's print setup (default a4).")
    org.ketoplan.export.Paper paper;

    @Option(names = "--lenient", description = "Leave out bad diary rows (listed in the report) instead of failing.")
    boolean lenient;

    @Option(names = "--force", description = "Overwrite --out if it exists.")
    boolean force;

    @Mixin
    FormatOption format;

    @Mixin
    FoodsOption foods;

    @Spec
    CommandSpec spec;

    /** The option for each field of {@link AdherenceOptions}. */
    private static final java.util.Map<String, String> OPTIONS = java.util.Map.ofEntries(
            java.util.Map.entry("kcal_low_pct", "--kcal-low"), java.util.Map.entry("kcal_high_pct", "--kcal-high"),
            java.util.Map.entry("ratio_min_pct", "--ratio-min"), java.util.Map.entry("ketone_low", "--ketone-range"),
            java.util.Map.entry("ketone_high", "--ketone-range"),
            java.util.Map.entry("baseline_seizures_per_day", "--baseline"),
            java.util.Map.entry("min_correlation_days", "--min-days"), java.util.Map.entry("from", "--from"),
            java.util.Map.entry("to", "--to"), java.util.Map.entry("glucose_low_mmol", "--glucose-action"),
            java.util.Map.entry("ketones_high_mmol", "--ketone-action"));

    @Override
    public Integer call() {
        String[] range = ketoneRange.split("-");
        if (range.length != 2) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--ketone-range: '" + ketoneRange + "' is not LOW-HIGH (e.g. 2-5)");
        }
        double low;
        double high;
        try {
            low = org.ketoplan.nutrition.Numbers.parse(range[0], "--ketone-range");
            high = org.ketoplan.nutrition.Numbers.parse(range[1], "--ketone-range");
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        AdherenceOptions options;
        try {
            options = new AdherenceOptions(DiaryDates.parse("--from", from), DiaryDates.parse("--to", to), kcalLow,
                    kcalHigh, ratioMin, baseline, low, high, minDays, new ActionLevels(glucoseAction, ketoneAction));
        } catch (FieldError e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), Options.named(e, OPTIONS));
        }
        AdherenceService service = new AdherenceService(Workspaces.of(foods));
        // the period's errors name their fields (from, to), which the error handler writes as --from and --to
        AdherenceReport report = service.report(plan, diary, options, lenient);
        report.warnings().forEach(w -> spec.commandLine().getErr().println("warning: " + w));
        var stdout = spec.commandLine().getOut();
        if (out != null) {
            service.write(report, out, format.json(), paper, force, f -> FieldOptions.option(spec, f));
            if (Feedback.confirm(spec) || report.nothingLogged()) {
                stdout.println("Wrote " + out + " (" + report.from() + " to " + report.to() + ", "
                        + report.weeks().size() + " week" + (report.weeks().size() == 1 ? "" : "s") + ")"
                        + (report.nothingLogged() ? "; nothing logged in this period" : ""));
            }
            return ExitCodes.OK;
        }
        stdout.print(format.json() ? ReportJson.render(report) : ReportText.render(report, f -> FieldOptions.option(spec, f)));
        return ExitCodes.OK;
    }
}
