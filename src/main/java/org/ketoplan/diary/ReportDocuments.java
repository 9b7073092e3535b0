package org.ketoplan.diary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ketoplan.export.AdherenceDocument;

/** Lays out an {@link AdherenceReport} as an {@link AdherenceDocument} for the XLSX and PDF writers. */
final class ReportDocuments {
    private ReportDocuments() {
    }

    static AdherenceDocument of(AdherenceReport r) {
        String title = "Adherence: " + r.patient() + ", " + r.from() + " to " + r.to();
        List<String> summary = new ArrayList<>();
        summary.add("Plan " + r.planStart() + " to " + r.planEnd() + "; carbohydrate counted " + r.carbConvention()
                + ".");
        if (r.nothingLogged()) {
            summary.add("Nothing logged in this period.");
        } else {
            AdherenceReport.Summary p = r.period();
            summary.add("Adherence " + ReportText.pct(p.adherencePct()) + " (" + p.adherentMeals() + " of "
                    + p.plannedMeals() + " meals); logged " + ReportText.pct(p.loggedPct()) + " (" + p.loggedMeals()
                    + " of " + p.plannedMeals() + ").");
            summary.add("Seizures " + ReportText.num(p.seizuresPerDay(), 2) + " per day; baseline "
                    + ReportText.num(r.seizures().baselinePerDay(), 2) + " (" + r.seizures().baselineSource()
                    + "); change " + ReportText.signedPct(p.seizureChangePct()) + "; responder weeks (>= 50 % "
                    + "fewer): " + (r.seizures().responderWeeks().isEmpty() ? "none"
                    : r.seizures().responderWeeks().toString().replaceAll("[\\[\\]]", "")) + ".");
            AdherenceReport.Ketones k = r.ketones();
            summary.add("Blood ketones: " + k.inRange() + " of " + k.bloodReadings() + " readings in "
                    + org.ketoplan.nutrition.Ratio.plain(k.targetLowMmol()) + "-"
                    + org.ketoplan.nutrition.Ratio.plain(k.targetHighMmol()) + " mmol/L"
                    + (k.inRangePct() == null ? "" : " (" + ReportText.pct(k.inRangePct()) + ")") + "; urine: "
                    + ReportText.urine(k.urine()) + ".");
            AdherenceReport.Correlation c = r.correlation();
            summary.add("Adherence vs seizures: " + (c.spearmanRho() == null ? "" : "Spearman's rho "
                    + ReportText.num(c.spearmanRho(), 2) + " over " + c.days() + " days: ") + c.note());
        }
        List<List<Object>> weekRows = new ArrayList<>();
        List<String> cats = new ArrayList<>();
        List<Double> adherence = new ArrayList<>();
        List<Double> seizures = new ArrayList<>();
        for (AdherenceReport.Week w : r.weeks()) {
            AdherenceReport.Summary s = w.summary();
            weekRows.add(Arrays.asList(w.week(), w.from(), w.to(), s.plannedMeals(), s.loggedMeals(),
                    s.adherentMeals(), s.loggedPct(), s.adherencePct(), s.seizuresPerDay(), s.seizureChangePct(),
                    s.responder() ? "yes" : "", w.daysIll(), w.sleepHours(), w.weightChangeKg(), w.ketonesMeanMmol(),
                    w.ketoneReadings(), w.ketonesInRange()));
            cats.add("Week " + w.week());
            adherence.add(s.adherencePct());
            seizures.add(s.seizuresPerDay());
        }
        AdherenceDocument.Table weeks = new AdherenceDocument.Table("Weeks", List.of("Week", "From", "To",
                "Planned meals", "Logged meals", "Adherent meals", "Logged %", "Adherence %", "Seizures per day",
                "Change vs baseline %", "Responder", "Days ill", "Sleep h (mean)", "Weight change kg",
                "BHB mean mmol/L", "BHB readings", "BHB in range"), weekRows);
        List<List<Object>> dayRows = new ArrayList<>();
        for (AdherenceReport.Day d : r.days()) {
            dayRows.add(Arrays.asList(d.date(), d.week(), d.plannedMeals(), d.loggedMeals(), d.adherentMeals(),
                    d.adherencePct(), d.kcalPct(), d.proteinPct(), d.carbPct(), d.ratio(), d.offPlanCarbG(),
                    d.seizures(), d.seizureMinutes(), d.ketonesBloodMmol(), d.ketonesUrine(), d.sleepHours(),
                    d.ill() == null ? null : d.ill() ? "yes" : "no", d.weightKg()));
        }
        AdherenceDocument.Table days = new AdherenceDocument.Table("Days", List.of("Date", "Week", "Planned meals",
                "Logged meals", "Adherent meals", "Adherence %", "kcal % of prescription", "Protein %",
                "Carbohydrate %", "Ratio eaten", "Off-plan carbohydrate g", "Seizures", "Seizure minutes",
                "BHB mmol/L", "Urine ketones", "Sleep h", "Ill", "Weight kg"), dayRows);
        List<String> footer = new ArrayList<>(r.definitions());
        if (!r.skipped().isEmpty()) {
            footer.add("Skipped diary rows (--lenient): " + String.join("; ", r.skipped()));
        }
        AdherenceDocument.Chart chart = new AdherenceDocument.Chart("Weekly adherence and seizures", cats,
                new AdherenceDocument.Series("Adherence %", "Adherence %", adherence),
                new AdherenceDocument.Series("Seizures per day", "Seizures per day", seizures),
                r.seizures().baselinePerDay(), "Baseline seizures per day");
        return new AdherenceDocument(title, summary, List.of(weeks, days), chart, footer);
    }
}
