package org.ketoplan.diary;

import java.util.Locale;
import java.util.Map;
import org.ketoplan.common.TextTable;
import org.ketoplan.nutrition.Ratio;

/** Renders an {@link AdherenceReport} as plain text: a weekly table, a day-by-day table and the definitions. */
public final class ReportText {
    private ReportText() {
    }

    /** The report as text, ending in a newline. */
    public static String render(AdherenceReport r) {
        StringBuilder sb = new StringBuilder();
        sb.append("Adherence: ").append(r.patient()).append(", ").append(r.from()).append(" to ").append(r.to())
                .append(" (plan ").append(r.planStart()).append(" to ").append(r.planEnd()).append(")\n");
        if (r.nothingLogged()) {
            sb.append("Nothing logged in this period: the diary has no meals and no days from ").append(r.from())
                    .append(" to ").append(r.to()).append(".\n");
            skipped(sb, r);
            return sb.toString();
        }
        AdherenceReport.Summary p = r.period();
        sb.append("Period: adherence ").append(pct(p.adherencePct())).append(" (").append(p.adherentMeals())
                .append(" of ").append(p.plannedMeals()).append(" meals), logged ").append(pct(p.loggedPct()))
                .append(" (").append(p.loggedMeals()).append(" of ").append(p.plannedMeals()).append(")\n");
        AdherenceReport.Seizures s = r.seizures();
        sb.append("Seizures: ").append(num(p.seizuresPerDay(), 2)).append(" per day; baseline ")
                .append(num(s.baselinePerDay(), 2)).append(" (").append(s.baselineSource()).append("); change ")
                .append(signedPct(p.seizureChangePct())).append("; responder weeks: ")
                .append(s.responderWeeks().isEmpty() ? "none"
                        : s.responderWeeks().toString().replaceAll("[\\[\\]]", ""))
                .append('\n');
        AdherenceReport.Ketones k = r.ketones();
        sb.append("Blood ketones: ").append(k.bloodReadings()).append(" readings, ").append(k.inRange())
                .append(" in ").append(Ratio.plain(k.targetLowMmol())).append("-")
                .append(Ratio.plain(k.targetHighMmol()))
                .append(" mmol/L (").append(k.inRangePct() == null ? "-" : pct(k.inRangePct())).append("), mean ")
                .append(num(k.bloodMeanMmol(), 2)).append("; urine: ").append(urine(k.urine())).append('\n');
        AdherenceReport.Correlation c = r.correlation();
        sb.append("Adherence vs seizures: ").append(c.spearmanRho() == null ? ""
                : "Spearman's rho " + num(c.spearmanRho(), 2) + " over " + c.days() + " days: ").append(c.note())
                .append("\n\n");

        TextTable w = new TextTable("week", "dates", ">planned", ">logged %", ">adherence %", ">seizures/day",
                ">change", "responder", ">ill days", ">sleep h", ">weight kg", ">BHB mean", ">BHB in range");
        for (AdherenceReport.Week x : r.weeks()) {
            w.row(x.week(), x.from().toString().substring(5) + ".." + x.to().toString().substring(5),
                    x.summary().plannedMeals(), num(x.summary().loggedPct(), 1), num(x.summary().adherencePct(), 1),
                    num(x.summary().seizuresPerDay(), 2), signedPct(x.summary().seizureChangePct()),
                    x.summary().responder() ? "yes" : "", x.daysIll(), num(x.sleepHours(), 1),
                    x.weightChangeKg() == null ? "-" : String.format(Locale.ROOT, "%+.2f", x.weightChangeKg()),
                    num(x.ketonesMeanMmol(), 2), x.ketoneReadings() == 0 ? "-" : x.ketonesInRange() + "/"
                            + x.ketoneReadings());
        }
        sb.append("By week\n").append(w.render()).append('\n');

        TextTable d = new TextTable("date", ">wk", ">logged", ">adherent", ">adh %", ">kcal %", ">protein %", ">carb %",
                ">ratio", ">off-plan carb g", ">seizures", ">BHB", "urine", ">sleep h", "ill");
        for (AdherenceReport.Day x : r.days()) {
            d.row(x.date(), x.week(), x.loggedMeals() + "/" + x.plannedMeals(), x.adherentMeals(),
                    num(x.adherencePct(), 0), num(x.kcalPct(), 0), num(x.proteinPct(), 0), num(x.carbPct(), 0),
                    x.ratio() == null ? "-" : Ratio.format(Math.round(x.ratio() * 100) / 100.0),
                    num(x.offPlanCarbG(), 1), x.seizures() == null ? "-" : x.seizures(),
                    num(x.ketonesBloodMmol(), 1), x.ketonesUrine() == null ? "-" : x.ketonesUrine(),
                    num(x.sleepHours(), 1), Boolean.TRUE.equals(x.ill()) ? "ill" : "");
        }
        sb.append("By day\n").append(d.render()).append('\n');
        skipped(sb, r);
        sb.append("Definitions\n");
        for (String def : r.definitions()) {
            sb.append("- ").append(def).append('\n');
        }
        return sb.toString();
    }

    private static void skipped(StringBuilder sb, AdherenceReport r) {
        if (!r.skipped().isEmpty()) {
            sb.append("Skipped ").append(r.skipped().size()).append(" diary row")
                    .append(r.skipped().size() == 1 ? "" : "s").append(" (--lenient)\n");
            r.skipped().forEach(x -> sb.append("- ").append(x).append('\n'));
            sb.append('\n');
        }
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
