package org.ketoplan.diary;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.ketoplan.common.TextTable;
import org.ketoplan.nutrition.Numbers;
import org.ketoplan.nutrition.Ratio;

/** Renders an {@link AdherenceReport} as plain text: a weekly table, a day-by-day table and the definitions. */
public final class ReportText {
    private ReportText() {
    }

    /** The report as text, ending in a newline; the setting that left rows out named by its field ("lenient"). */
    public static String render(AdherenceReport r) {
        return render(r, UnaryOperator.identity());
    }

    /**
     * The report as text, ending in a newline; the setting that left diary rows out written by {@code label} (a front
     * end's name for the field "lenient").
     */
    public static String render(AdherenceReport r, UnaryOperator<String> label) {
        StringBuilder sb = new StringBuilder();
        sb.append("Adherence: ").append(r.patient()).append(", ").append(r.from()).append(" to ").append(r.to())
                .append(" (plan ").append(r.planStart()).append(" to ").append(r.planEnd()).append(")\n");
        if (r.nothingLogged()) {
            sb.append("Nothing logged in this period: the diary has no meals and no days from ").append(r.from())
                    .append(" to ").append(r.to()).append(".\n");
            skipped(sb, r, label);
            return sb.toString();
        }
        sb.append(prescription(r)).append('\n');
        AdherenceReport.Summary p = r.period();
        sb.append("Period: adherence ").append(pct(p.adherencePct())).append(" (").append(p.adherentMeals())
                .append(" of ").append(p.plannedMeals()).append(" meals), logged ").append(pct(p.loggedPct()))
                .append(" (").append(p.loggedMeals()).append(" of ").append(p.plannedMeals()).append(")\n");
        sb.append(seizures(r)).append('\n');
        sb.append(ketones(r)).append('\n');
        sb.append(glucose(r)).append('\n');
        for (String n : r.seizures().notes()) {
            sb.append("Note: ").append(n).append('\n');
        }
        AdherenceReport.Correlation c = r.correlation();
        sb.append("Adherence vs seizures: ").append(c.spearmanRho() == null ? ""
                : "Spearman's rho " + num(c.spearmanRho(), 2) + " over " + c.days() + " days: ").append(c.note())
                .append("\n\n");
        if (!r.flags().readings().isEmpty()) {
            sb.append("Readings at an action level (").append(r.flags().readings().size()).append(")\n");
            r.flags().readings().forEach(f -> sb.append("- ").append(f).append('\n'));
            sb.append('\n');
        }

        TextTable w = new TextTable("week", "dates", ">planned", ">logged %", ">adherence %", ">seizures/day",
                ">change", "responder", ">clusters/day", ">spasms/day", ">rescue", ">ill days", ">sleep h", ">stress",
                ">weight kg", ">BHB mean", ">BHB in range", ">BHB high", ">glucose min", ">glucose low");
        for (AdherenceReport.Week x : r.weeks()) {
            w.row(x.week(), dates(x.from(), x.to()), x.summary().plannedMeals(), num(x.summary().loggedPct(), 1),
                    num(x.summary().adherencePct(), 1), num(x.summary().seizuresPerDay(), 2),
                    signedPct(x.summary().seizureChangePct()), x.summary().responder() ? "yes" : "",
                    num(x.summary().clustersPerDay(), 2), num(x.summary().spasmsPerDay(), 1), x.rescues(),
                    x.daysIll(), num(x.sleepHours(), 1), num(x.stress(), 1),
                    x.weightChangeKg() == null ? "-" : String.format(Locale.ROOT, "%+.2f", x.weightChangeKg()),
                    num(x.ketonesMeanMmol(), 2), x.ketoneReadings() == 0 ? "-" : x.ketonesInRange() + "/"
                            + x.ketoneReadings(), x.ketoneReadings() == 0 ? "-" : x.ketonesHigh(),
                    num(x.glucoseMinMmol(), 1), x.glucoseReadings() == 0 ? "-" : x.glucoseLow());
        }
        sb.append("By week\n").append(w.render()).append('\n');
        sb.append(trends(r)).append('\n');

        TextTable d = new TextTable("date", ">wk", ">logged", ">adherent", ">adh %", ">kcal %", ">protein %", ">carb %",
                ">ratio", ">off-plan carb g", ">seizures", ">clusters", ">spasms", ">rescue", ">BHB", ">BHB max",
                ">glucose min", "urine", ">sleep h", "ill", ">stress");
        for (AdherenceReport.Day x : r.days()) {
            d.row(x.date(), x.week(), x.loggedMeals() + "/" + x.plannedMeals(), x.adherentMeals(),
                    num(x.adherencePct(), 0), num(x.kcalPct(), 0), num(x.proteinPct(), 0), num(x.carbPct(), 0),
                    x.ratio() == null ? "-" : Ratio.format(Math.round(x.ratio() * 100) / 100.0),
                    num(x.offPlanCarbG(), 1), count(x.seizures()), count(x.clusters()), count(x.spasms()),
                    x.rescues() == 0 ? "" : x.rescues(), num(x.ketonesBloodMmol(), 1),
                    x.ketoneReadings() > 1 ? num(x.ketonesMaxMmol(), 1) : "", num(x.glucoseMinMmol(), 1),
                    x.ketonesUrine() == null ? "-" : x.ketonesUrine(), num(x.sleepHours(), 1),
                    Boolean.TRUE.equals(x.ill()) ? "ill" : "", count(x.stress()));
        }
        sb.append("By day\n").append(d.render()).append('\n');
        skipped(sb, r, label);
        sb.append("Definitions\n");
        for (String def : r.definitions()) {
            sb.append("- ").append(def).append('\n');
        }
        return sb.toString();
    }

    private static void skipped(StringBuilder sb, AdherenceReport r, UnaryOperator<String> label) {
        if (!r.skipped().isEmpty()) {
            sb.append("Skipped ").append(r.skipped().size()).append(" diary row")
                    .append(r.skipped().size() == 1 ? "" : "s").append(" (")
                    .append(label.apply("lenient")).append(")\n");
            r.skipped().forEach(x -> sb.append("- ").append(x).append('\n'));
            sb.append('\n');
        }
    }

    /** "Prescription: 648 kcal/d at 4:1 (fat 64.8 g, protein 9.7 g, carbohydrate 6.5 g net); fluid 800 ml; ...". */
    static String prescription(AdherenceReport r) {
        AdherenceReport.Prescription p = r.prescription();
        return "Prescription: " + num(p.kcal(), 0) + " kcal/d at " + Ratio.format(p.ratio()) + " (fat "
                + num(p.fatG(), 1) + " g, protein " + num(p.proteinG(), 1) + " g, carbohydrate " + num(p.carbG(), 1)
                + " g " + r.carbConvention() + "); fluid " + num(p.fluidMl(), 0) + " ml/d; " + p.meals().size()
                + " meals and feeds (" + String.join(", ", p.meals()) + ")"
                + (p.medicines().isEmpty() ? "" : "; medicines: " + String.join(", ", p.medicines()))
                + "; child " + num(p.ageMonths(), 0) + " months, " + Numbers.plain(p.weightKg()) + " kg at the start";
    }

    /** The period's seizure line. */
    static String seizures(AdherenceReport r) {
        AdherenceReport.Summary p = r.period();
        AdherenceReport.Seizures s = r.seizures();
        return "Seizures: " + num(p.seizuresPerDay(), 2) + " clusters or seizures per day (" + p.seizureDays()
                + " days recorded); baseline " + num(s.baselinePerDay(), 2) + " (" + s.baselineSource() + "); change "
                + signedPct(p.seizureChangePct()) + "; responder weeks (>= 50 % fewer): "
                + (s.responderWeeks().isEmpty() ? "none" : s.responderWeeks().toString().replaceAll("[\\[\\]]", ""))
                + (p.clustersPerDay() == null ? "" : "; clusters " + num(p.clustersPerDay(), 2) + " per day")
                + (p.spasmsPerDay() == null ? "" : "; spasms " + num(p.spasmsPerDay(), 1) + " per day"
                + (s.baselineSpasmsPerDay() == null ? "" : " (baseline " + num(s.baselineSpasmsPerDay(), 1) + ")"));
    }

    /** The period's blood and urine ketone line. */
    static String ketones(AdherenceReport r) {
        AdherenceReport.Ketones k = r.ketones();
        return "Blood ketones: " + k.bloodReadings() + " readings, " + k.inRange() + " in "
                + Numbers.plain(k.targetLowMmol()) + "-" + Numbers.plain(k.targetHighMmol()) + " mmol/L ("
                + (k.inRangePct() == null ? "-" : pct(k.inRangePct())) + "), mean " + num(k.bloodMeanMmol(), 2)
                + ", highest " + num(k.maxMmol(), 1) + "; " + k.high() + " at or above "
                + Numbers.plain(r.flags().ketonesHighMmol()) + " mmol/L; urine: " + urine(k.urine());
    }

    /** The period's blood glucose line. */
    static String glucose(AdherenceReport r) {
        AdherenceReport.Glucose g = r.glucose();
        return "Blood glucose: " + g.readings() + " readings" + (g.readings() == 0 ? "" : ", mean "
                + num(g.meanMmol(), 2) + ", lowest " + num(g.minMmol(), 1) + " mmol/L") + "; " + g.low()
                + " at or below " + Numbers.plain(r.flags().glucoseLowMmol()) + " mmol/L";
    }

    /** The 4-week trend table. */
    static String trends(AdherenceReport r) {
        if (r.trends().isEmpty()) {
            return "";
        }
        List<String> heads = new java.util.ArrayList<>(List.of("measure"));
        for (AdherenceReport.Trend t : r.trends()) {
            heads.add(">week " + t.week() + " vs before");
        }
        TextTable t = new TextTable(heads.toArray(String[]::new));
        int measures = r.trends().get(0).changes().size();
        for (int i = 0; i < measures; i++) {
            List<Object> row = new java.util.ArrayList<>();
            row.add(r.trends().get(0).changes().get(i).measure());
            for (AdherenceReport.Trend tr : r.trends()) {
                row.add(change(tr.changes().get(i)));
            }
            t.row(row.toArray());
        }
        return "4-week trends (each week against the week before it)\n" + t.render();
    }

    /** "5.0 -> 3.0 (down 2.0, -40 %)", or "- -> 3.0" when a week is unknown. */
    static String change(AdherenceReport.Change c) {
        String before = num(c.previous(), 1);
        String now = num(c.current(), 1);
        if (c.direction() == null) {
            return before + " -> " + now;
        }
        return before + " -> " + now + " (" + c.direction() + (c.direction().equals("no change") ? ""
                : " " + num(Math.abs(c.change()), 1) + (c.changePct() == null ? ""
                : ", " + String.format(Locale.ROOT, "%+.0f %%", c.changePct()))) + ")";
    }

    static String dates(java.time.LocalDate from, java.time.LocalDate to) {
        return from.toString().substring(5) + ".." + to.toString().substring(5);
    }

    private static String count(Integer v) {
        return v == null ? "-" : v.toString();
    }

    static String urine(Map<String, Integer> urine) {
        StringBuilder sb = new StringBuilder();
        urine.forEach((level, n) -> {
            if (n > 0) {
                sb.append(sb.length() == 0 ? "" : ", ").append(level).append(' ').append(n);
            }
        });
        return sb.length() == 0 ? "no readings" : sb.toString();
    }

    static String num(Double v, int decimals) {
        return v == null ? "-" : String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    static String pct(double v) {
        return String.format(Locale.ROOT, "%.1f %%", v);
    }

    static String signedPct(Double v) {
        return v == null ? "-" : String.format(Locale.ROOT, "%+.1f %%", v);
    }
}
