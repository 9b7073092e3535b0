package org.ketoplan.diary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ketoplan.export.AdherenceDocument;
import org.ketoplan.export.AdherenceDocument.Axis;
import org.ketoplan.export.AdherenceDocument.Chart;
import org.ketoplan.export.AdherenceDocument.Column;
import org.ketoplan.export.AdherenceDocument.Format;
import org.ketoplan.export.AdherenceDocument.Level;
import org.ketoplan.export.AdherenceDocument.Series;
import org.ketoplan.export.AdherenceDocument.Table;
import org.ketoplan.nutrition.Numbers;
import org.ketoplan.nutrition.Ratio;

/** Lays out an {@link AdherenceReport} as an {@link AdherenceDocument} for the XLSX and PDF writers. */
final class ReportDocuments {
    /** The weekly table's sheet. */
    static final String WEEKS = "Weeks";
    /** The 4-week trends' sheet. */
    static final String TRENDS = "Trends";
    /** The daily table's sheet. */
    static final String DAYS = "Days";
    /** The flagged readings' sheet. */
    static final String FLAGS = "Flags";

    private ReportDocuments() {
    }

    static AdherenceDocument of(AdherenceReport r) {
        String title = "Adherence: " + r.patient() + ", " + r.from() + " to " + r.to();
        List<String> summary = new ArrayList<>();
        summary.add("Report " + r.from() + " to " + r.to() + " (" + r.days().size() + " days, " + r.weeks().size()
                + " week" + (r.weeks().size() == 1 ? "" : "s") + ") of the plan " + r.planStart() + " to "
                + r.planEnd() + "; carbohydrate counted " + r.carbConvention() + ".");
        summary.add(ReportText.prescription(r) + ".");
        if (r.nothingLogged()) {
            summary.add("Nothing logged in this period.");
        } else {
            AdherenceReport.Summary p = r.period();
            summary.add("Adherence " + ReportText.pct(p.adherencePct()) + " (" + p.adherentMeals() + " of "
                    + p.plannedMeals() + " meals); logged " + ReportText.pct(p.loggedPct()) + " (" + p.loggedMeals()
                    + " of " + p.plannedMeals() + ").");
            summary.add(ReportText.seizures(r) + ".");
            summary.add(ReportText.ketones(r) + ".");
            summary.add(ReportText.glucose(r) + (r.flags().readings().isEmpty() ? "; no reading at an action level."
                    : "; " + r.flags().readings().size() + " reading" + (r.flags().readings().size() == 1 ? "" : "s")
                    + " at an action level (listed below)."));
            AdherenceReport.Correlation c = r.correlation();
            summary.add("Adherence vs seizures: " + (c.spearmanRho() == null ? "" : "Spearman's rho "
                    + ReportText.num(c.spearmanRho(), 2) + " over " + c.days() + " days: ") + c.note());
            r.seizures().notes().forEach(n -> summary.add("Note: " + n + "."));
        }
        List<String> footer = new ArrayList<>(r.definitions());
        if (!r.skipped().isEmpty()) {
            footer.add("Skipped diary rows: " + String.join("; ", r.skipped()));
        }
        return new AdherenceDocument(title, summary, List.of(weeks(r), trends(r), days(r), flags(r)), charts(r),
                footer);
    }

    private static Table weeks(AdherenceReport r) {
        List<List<Object>> rows = new ArrayList<>();
        for (AdherenceReport.Week w : r.weeks()) {
            AdherenceReport.Summary s = w.summary();
            rows.add(Arrays.asList(w.week(), w.from(), w.to(), s.plannedMeals(), s.loggedMeals(), s.adherentMeals(),
                    s.loggedPct(), s.adherencePct(), s.seizuresPerDay(), s.seizureChangePct(),
                    s.responder() ? "yes" : "", s.clustersPerDay(), s.spasmsPerDay(), w.rescues(), w.daysIll(),
                    w.sleepHours(), w.stress(), w.weightChangeKg(), w.ketonesMeanMmol(), w.ketoneReadings(),
                    w.ketonesInRange(), w.ketonesHigh(), w.glucoseMinMmol(), w.glucoseReadings(), w.glucoseLow()));
        }
        return new Table(WEEKS, List.of(col("Week", Format.INTEGER), col("From", Format.DATE),
                col("To", Format.DATE), col("Planned meals", Format.INTEGER), col("Logged meals", Format.INTEGER),
                col("Adherent meals", Format.INTEGER), col("Logged %", Format.DECIMAL_1),
                col("Adherence %", Format.DECIMAL_1), col("Clusters or seizures per day", Format.DECIMAL_2),
                col("Change vs baseline %", Format.SIGNED_1), col("Responder", Format.TEXT),
                col("Clusters per day", Format.DECIMAL_2), col("Spasms per day", Format.DECIMAL_1),
                col("Rescue medicine given", Format.INTEGER), col("Days ill", Format.INTEGER),
                col("Sleep h (mean)", Format.DECIMAL_1), col("Stress 0-3 (mean)", Format.DECIMAL_1),
                col("Weight change kg", Format.SIGNED_2), col("BHB mean mmol/L", Format.DECIMAL_2),
                col("BHB readings", Format.INTEGER), col("BHB in range", Format.INTEGER),
                col("BHB at action level", Format.INTEGER), col("Glucose lowest mmol/L", Format.DECIMAL_1),
                col("Glucose readings", Format.INTEGER), col("Glucose at action level", Format.INTEGER)), rows);
    }

    private static Table trends(AdherenceReport r) {
        List<List<Object>> rows = new ArrayList<>();
        for (AdherenceReport.Trend t : r.trends()) {
            for (AdherenceReport.Change c : t.changes()) {
                rows.add(Arrays.asList(t.week(), t.from() + " to " + t.to(), t.previousFrom() + " to "
                        + t.previousTo(), c.measure(), c.previous(), c.current(), c.change(), c.changePct(),
                        c.direction() == null ? "unknown" : c.direction()));
            }
        }
        return new Table(TRENDS, List.of(col("Week", Format.INTEGER), col("Dates", Format.TEXT),
                col("Against", Format.TEXT), col("Measure", Format.TEXT), col("Week before", Format.DECIMAL_2),
                col("This week", Format.DECIMAL_2), col("Change", Format.SIGNED_2), col("Change %", Format.SIGNED_1),
                col("Direction", Format.TEXT)), rows);
    }

    private static Table days(AdherenceReport r) {
        List<List<Object>> rows = new ArrayList<>();
        for (AdherenceReport.Day d : r.days()) {
            rows.add(Arrays.asList(d.date(), d.week(), d.plannedMeals(), d.loggedMeals(), d.adherentMeals(),
                    d.adherencePct(), d.kcalPct(), d.proteinPct(), d.carbPct(), d.ratio(), d.offPlanCarbG(),
                    d.seizures(), d.clusters(), d.spasms(), d.otherSeizures(), d.rescues(), d.seizureMinutes(),
                    d.ketonesBloodMmol(), d.ketonesMaxMmol(), d.ketoneReadings(), d.glucoseMinMmol(),
                    d.glucoseReadings(), d.flagged(), d.ketonesUrine(), d.sleepHours(),
                    d.ill() == null ? null : d.ill() ? "yes" : "no", d.stress(), d.weightKg()));
        }
        return new Table(DAYS, List.of(col("Date", Format.DATE), col("Week", Format.INTEGER),
                col("Planned meals", Format.INTEGER), col("Logged meals", Format.INTEGER),
                col("Adherent meals", Format.INTEGER), col("Adherence %", Format.DECIMAL_1),
                col("kcal % of prescription", Format.DECIMAL_1), col("Protein %", Format.DECIMAL_1),
                col("Carbohydrate %", Format.DECIMAL_1), col("Ratio eaten", Format.DECIMAL_2),
                col("Off-plan carbohydrate g", Format.DECIMAL_1), col("Clusters or seizures", Format.INTEGER),
                col("Clusters", Format.INTEGER), col("Spasms", Format.INTEGER), col("Other seizures", Format.INTEGER),
                col("Rescue medicine given", Format.INTEGER), col("Seizure minutes", Format.DECIMAL_1),
                col("BHB mean mmol/L", Format.DECIMAL_2), col("BHB highest mmol/L", Format.DECIMAL_1),
                col("BHB readings", Format.INTEGER), col("Glucose lowest mmol/L", Format.DECIMAL_1),
                col("Glucose readings", Format.INTEGER), col("Readings at action level", Format.INTEGER),
                col("Urine ketones", Format.TEXT), col("Sleep h", Format.DECIMAL_1), col("Ill", Format.TEXT),
                col("Stress 0-3", Format.INTEGER), col("Weight kg", Format.DECIMAL_2)), rows);
    }

    private static Table flags(AdherenceReport r) {
        List<List<Object>> rows = new ArrayList<>();
        r.flags().readings().forEach(f -> rows.add(List.of(f)));
        rows.add(List.of(""));
        rows.add(List.of("Glucose: " + r.flags().glucoseSource()));
        rows.add(List.of("Ketones: " + r.flags().ketonesSource()));
        return new Table(FLAGS, List.of(col("Readings at an action level (date, time: reading)", Format.TEXT)),
                rows);
    }

    private static Column col(String title, Format f) {
        return new Column(title, f);
    }

    private static List<Chart> charts(AdherenceReport r) {
        List<String> days = new ArrayList<>();
        List<Double> adherence = new ArrayList<>();
        List<Double> seizures = new ArrayList<>();
        List<Double> spasms = new ArrayList<>();
        List<Double> ketones = new ArrayList<>();
        List<Double> glucose = new ArrayList<>();
        for (AdherenceReport.Day d : r.days()) {
            days.add(d.date().toString().substring(5));
            adherence.add(d.loggedMeals() == 0 ? null : d.adherencePct());
            seizures.add(d.seizures() == null ? null : d.seizures().doubleValue());
            spasms.add(d.spasms() == null ? null : d.spasms().doubleValue());
            ketones.add(d.ketonesMaxMmol());
            glucose.add(d.glucoseMinMmol());
        }
        List<String> weeks = new ArrayList<>();
        List<Double> wAdherence = new ArrayList<>();
        List<Double> wSeizures = new ArrayList<>();
        List<Double> wSpasms = new ArrayList<>();
        List<Double> wKetones = new ArrayList<>();
        List<Double> wGlucose = new ArrayList<>();
        for (AdherenceReport.Week w : r.weeks()) {
            weeks.add("Week " + w.week());
            wAdherence.add(w.summary().loggedMeals() == 0 ? null : w.summary().adherencePct());
            wSeizures.add(w.summary().seizuresPerDay());
            wSpasms.add(w.summary().spasmsPerDay());
            wKetones.add(w.ketonesMeanMmol());
            wGlucose.add(w.glucoseMinMmol());
        }
        Double baseline = r.seizures().baselinePerDay();
        Double spasmBaseline = r.seizures().baselineSpasmsPerDay();
        String span = r.days().size() + " days, " + r.from() + " to " + r.to();
        String wSpan = r.weeks().size() + " weeks";
        List<Chart> out = new ArrayList<>();
        out.add(adherenceChart("Daily adherence and seizures", days, adherence, seizures, baseline, span));
        out.add(spasmChart("Daily spasms", days, spasms, spasmBaseline, span));
        out.add(readingChart("Daily blood ketones (highest) and glucose (lowest)", days, ketones, glucose,
                "Ketones, highest", "Glucose, lowest", r, span));
        out.add(adherenceChart("Weekly adherence and seizures per day", weeks, wAdherence, wSeizures, baseline, wSpan));
        out.add(spasmChart("Weekly spasms per day", weeks, wSpasms, spasmBaseline, wSpan));
        out.add(readingChart("Weekly blood ketones (mean) and glucose (lowest)", weeks, wKetones, wGlucose,
                "Ketones, mean", "Glucose, lowest", r, wSpan));
        return out;
    }

    private static Chart adherenceChart(String title, List<String> cats, List<Double> adherence,
                                        List<Double> seizures, Double baseline, String span) {
        List<Level> levels = baseline == null ? List.of()
                : List.of(new Level("Baseline " + Numbers.plain(Math.round(baseline * 100) / 100.0), baseline, true));
        return new Chart(title, cats, new Axis("Adherence %", 100.0), new Axis("Clusters or seizures per day", null),
                List.of(new Series("Adherence %", adherence, false),
                        new Series("Clusters or seizures per day", seizures, true)), levels,
                describe(title, span, List.of("adherence %", "clusters or seizures per day"),
                        List.of(adherence, seizures)));
    }

    private static Chart spasmChart(String title, List<String> cats, List<Double> spasms, Double baseline,
                                    String span) {
        List<Level> levels = baseline == null ? List.of()
                : List.of(new Level("Baseline " + Numbers.plain(Math.round(baseline * 10) / 10.0), baseline, false));
        return new Chart(title, cats, new Axis("Spasms", null), null, List.of(new Series("Spasms", spasms, false)),
                levels, describe(title, span, List.of("spasms"), List.of(spasms)));
    }

    private static Chart readingChart(String title, List<String> cats, List<Double> ketones, List<Double> glucose,
                                      String ketoneName, String glucoseName, AdherenceReport r, String span) {
        return new Chart(title, cats, new Axis("mmol/L", null), null,
                List.of(new Series(ketoneName, ketones, false), new Series(glucoseName, glucose, false)),
                List.of(new Level("Act: ketones " + Numbers.plain(r.flags().ketonesHighMmol()),
                        r.flags().ketonesHighMmol(), false), new Level("Act: glucose "
                        + Numbers.plain(r.flags().glucoseLowMmol()), r.flags().glucoseLowMmol(), false)),
                describe(title, span, List.of(ketoneName.toLowerCase(java.util.Locale.ROOT),
                        glucoseName.toLowerCase(java.util.Locale.ROOT)), List.of(ketones, glucose)));
    }

    /** The chart in words: each line's first and last value, its range, and its gaps. */
    private static String describe(String title, String span, List<String> names, List<List<Double>> series) {
        StringBuilder sb = new StringBuilder(title).append(", a line chart over ").append(span).append(". ");
        for (int i = 0; i < names.size(); i++) {
            List<Double> v = series.get(i);
            List<Double> known = v.stream().filter(java.util.Objects::nonNull).toList();
            long gaps = v.size() - known.size();
            sb.append(Character.toUpperCase(names.get(i).charAt(0))).append(names.get(i).substring(1));
            if (known.isEmpty()) {
                sb.append(": nothing recorded. ");
                continue;
            }
            sb.append(": from ").append(ReportText.num(known.get(0), 1)).append(" to ")
                    .append(ReportText.num(known.get(known.size() - 1), 1)).append(", lowest ")
                    .append(ReportText.num(known.stream().min(Double::compare).get(), 1)).append(", highest ")
                    .append(ReportText.num(known.stream().max(Double::compare).get(), 1))
                    .append(gaps == 0 ? "" : "; " + gaps + " without a record (gaps)").append(". ");
        }
        return sb.toString().trim();
    }
}
