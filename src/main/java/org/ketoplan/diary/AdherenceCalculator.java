package org.ketoplan.diary;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.ketoplan.common.BadInputException;
import org.ketoplan.nutrition.CarbConvention;
import org.ketoplan.nutrition.Macros;
import org.ketoplan.plan.Plan;
import org.ketoplan.plan.PlanDay;
import org.ketoplan.plan.PlanPrescription;
import org.ketoplan.plan.PlannedMeal;

/** Computes the {@link AdherenceReport} of a diary against its plan (the definitions are in {@link Definitions}). */
public final class AdherenceCalculator {
    private final Plan plan;
    private final Diary diary;
    private final Compositions foods;
    private final AdherenceOptions o;
    private final CarbConvention conv;

    private AdherenceCalculator(Plan plan, Diary diary, Compositions foods, AdherenceOptions options) {
        this.plan = plan;
        this.diary = diary;
        this.foods = foods;
        this.o = options;
        this.conv = plan.prescription().carbConvention();
    }

    /**
     * The report of {@code diary} against {@code plan} over the options' period.
     *
     * @throws BadInputException for a period outside the plan or a plan without days
     */
    public static AdherenceReport report(Plan plan, Diary diary, Compositions foods, AdherenceOptions options) {
        if (plan.days().isEmpty()) {
            throw new BadInputException("the plan has no days");
        }
        return new AdherenceCalculator(plan, diary, foods, options).compute();
    }

    private AdherenceReport compute() {
        LocalDate from = o.from() == null ? plan.start() : o.from();
        LocalDate lastLogged = lastLogged();
        LocalDate to = o.to() != null ? o.to() : lastLogged != null && !lastLogged.isBefore(from) ? lastLogged
                : plan.end();
        for (LocalDate d : new LocalDate[] {from, to}) {
            if (d.isBefore(plan.start()) || d.isAfter(plan.end())) {
                throw BadInputException.at(d == from ? "--from" : "--to", d + " is outside the plan ("
                        + plan.start() + " to " + plan.end() + ")");
            }
        }
        if (from.isAfter(to)) {
            throw BadInputException.at("--from", from + " is after the period's end " + to);
        }
        Map<String, List<MealEntry>> rowsByMeal = new HashMap<>();
        boolean anything = false;
        for (Located<MealEntry> l : diary.meals()) {
            MealEntry e = l.value();
            rowsByMeal.computeIfAbsent(e.date() + "|" + e.meal().toLowerCase(java.util.Locale.ROOT),
                    k -> new ArrayList<>()).add(e);
            anything |= !e.date().isBefore(from) && !e.date().isAfter(to);
        }
        anything |= diary.days().keySet().stream().anyMatch(d -> !d.isBefore(from) && !d.isAfter(to));

        Baseline baseline = baseline();
        List<AdherenceReport.Day> days = new ArrayList<>();
        for (PlanDay pd : plan.days()) {
            if (!pd.date().isBefore(from) && !pd.date().isAfter(to)) {
                days.add(day(pd, rowsByMeal));
            }
        }
        List<AdherenceReport.Week> weeks = weeks(days, baseline.perDay);
        AdherenceReport.Summary period = summary(days, baseline.perDay);
        List<Integer> responders = weeks.stream().filter(w -> w.summary().responder()).map(AdherenceReport.Week::week)
                .toList();
        return new AdherenceReport(plan.patient().name(), plan.start(), plan.end(), from, to, conv.word(),
                !anything, period, weeks, days,
                new AdherenceReport.Seizures(baseline.perDay, baseline.source, responders), ketones(days),
                correlation(days), Definitions.of(o, conv), diary.problems().stream().map(Object::toString).toList(),
                diary.warnings());
    }

    private LocalDate lastLogged() {
        LocalDate last = null;
        for (Located<MealEntry> l : diary.meals()) {
            last = later(last, l.value().date());
        }
        for (LocalDate d : diary.days().keySet()) {
            if (!d.isBefore(plan.start())) {
                last = later(last, d);
            }
        }
        return last;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null || b.isAfter(a) ? b : a;
    }

    private record Baseline(Double perDay, String source) {
    }

    private Baseline baseline() {
        if (o.baselineSeizuresPerDay() != null) {
            return new Baseline(o.baselineSeizuresPerDay(), "--baseline");
        }
        int n = 0;
        int sum = 0;
        for (Located<DayEntry> l : diary.days().values()) {
            DayEntry d = l.value();
            if (d.date().isBefore(plan.start()) && d.seizures() != null) {
                n++;
                sum += d.seizures();
            }
        }
        if (n == 0) {
            return new Baseline(null, "none: no --baseline and no seizure counts before the plan's start");
        }
        return new Baseline((double) sum / n, "diary: mean of " + n + " day" + (n == 1 ? "" : "s")
                + " before the plan's start");
    }

    private AdherenceReport.Day day(PlanDay pd, Map<String, List<MealEntry>> rowsByMeal) {
        List<AdherenceReport.Meal> meals = new ArrayList<>();
        Macros eaten = Macros.ZERO;
        Macros offPlan = Macros.ZERO;
        int logged = 0;
        int adherent = 0;
        for (PlannedMeal m : pd.meals()) {
            List<MealEntry> rows = rowsByMeal.getOrDefault(pd.date() + "|"
                    + m.slot().toLowerCase(java.util.Locale.ROOT), List.of());
            MealIntake in = MealIntake.of(m, rows, foods);
            double kcal = in.kcal(conv);
            double target = m.target().kcal();
            double targetRatio = m.target().ratio() > 0 ? m.target().ratio() : plan.prescription().ratio();
            double kcalPct = target > 0 ? kcal / target * 100 : 0;
            double ratio = in.ratio(conv);
            boolean ok = in.logged() && kcalPct >= o.kcalLowPct() && kcalPct <= o.kcalHighPct()
                    && ratio >= targetRatio * o.ratioMinPct() / 100;
            if (in.logged()) {
                logged++;
                eaten = eaten.plus(in.macros());
                offPlan = offPlan.plus(in.offPlan());
            }
            if (ok) {
                adherent++;
            }
            meals.add(new AdherenceReport.Meal(m.slot(), in.logged(), ok, kcal, target, kcalPct,
                    kcal > 0 && Double.isFinite(ratio) ? ratio : null, targetRatio, in.offPlan().carbohydrate(conv)));
        }
        int planned = pd.meals().size();
        PlanPrescription p = plan.prescription();
        boolean any = logged > 0;
        double dayRatio = eaten.ratio(conv);
        DayEntry de = diary.days().containsKey(pd.date()) ? diary.days().get(pd.date()).value() : null;
        int week = week(pd.date());
        return new AdherenceReport.Day(pd.date(), week, planned, logged, adherent, pct(adherent, planned),
                pct(logged, planned), any ? pctOf(eaten.kcal(conv), p.kcal()) : null,
                any ? pctOf(eaten.proteinG(), p.proteinG()) : null,
                any ? pctOf(eaten.carbohydrate(conv), p.carbG()) : null,
                any && eaten.kcal(conv) > 0 && Double.isFinite(dayRatio) ? dayRatio : null,
                any ? offPlan.carbohydrate(conv) : null,
                de == null ? null : de.seizures(), de == null ? null : de.seizureMinutes(),
                de == null ? null : de.ketonesBloodMmol(),
                de == null || de.ketonesUrine() == null ? null : de.ketonesUrine().level().word(),
                de == null ? null : de.sleepHours(), de == null ? null : de.ill(), de == null ? null : de.weightKg(),
                meals);
    }

    private int week(LocalDate d) {
        return (int) (ChronoUnit.DAYS.between(plan.start(), d) / 7) + 1;
    }

    private static double pct(int part, int whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }

    private static Double pctOf(double part, double whole) {
        return whole > 0 ? 100 * part / whole : null;
    }

    private AdherenceReport.Summary summary(List<AdherenceReport.Day> days, Double baseline) {
        int planned = 0;
        int logged = 0;
        int adherent = 0;
        int counted = 0;
        int seizures = 0;
        for (AdherenceReport.Day d : days) {
            planned += d.plannedMeals();
            logged += d.loggedMeals();
            adherent += d.adherentMeals();
            if (d.seizures() != null) {
                counted++;
                seizures += d.seizures();
            }
        }
        Double perDay = counted == 0 ? null : (double) seizures / counted;
        Double change = perDay == null || baseline == null || baseline == 0 ? null
                : (perDay - baseline) / baseline * 100;
        return new AdherenceReport.Summary(planned, logged, adherent, pct(adherent, planned), pct(logged, planned),
                perDay, change, change != null && change <= -50);
    }

    private List<AdherenceReport.Week> weeks(List<AdherenceReport.Day> days, Double baseline) {
        Map<Integer, List<AdherenceReport.Day>> byWeek = new LinkedHashMap<>();
        for (AdherenceReport.Day d : days) {
            byWeek.computeIfAbsent(d.week(), k -> new ArrayList<>()).add(d);
        }
        List<AdherenceReport.Week> weeks = new ArrayList<>();
        for (Map.Entry<Integer, List<AdherenceReport.Day>> e : byWeek.entrySet()) {
            List<AdherenceReport.Day> ds = e.getValue();
            int ill = 0;
            double sleep = 0;
            int sleepDays = 0;
            double ketones = 0;
            int readings = 0;
            int inRange = 0;
            Double firstWeight = null;
            Double lastWeight = null;
            for (AdherenceReport.Day d : ds) {
                ill += Boolean.TRUE.equals(d.ill()) ? 1 : 0;
                if (d.sleepHours() != null) {
                    sleep += d.sleepHours();
                    sleepDays++;
                }
                if (d.ketonesBloodMmol() != null) {
                    readings++;
                    ketones += d.ketonesBloodMmol();
                    inRange += inRange(d.ketonesBloodMmol()) ? 1 : 0;
                }
                if (d.weightKg() != null) {
                    firstWeight = firstWeight == null ? d.weightKg() : firstWeight;
                    lastWeight = d.weightKg();
                }
            }
            LocalDate start = ds.get(0).date();
            Double before = weightBefore(start);
            Double change = lastWeight == null ? null : lastWeight - (before != null ? before : firstWeight);
            weeks.add(new AdherenceReport.Week(e.getKey(), start, ds.get(ds.size() - 1).date(), summary(ds, baseline),
                    ill, sleepDays == 0 ? null : sleep / sleepDays, change, readings == 0 ? null : ketones / readings,
                    readings, inRange));
        }
        return weeks;
    }

    private Double weightBefore(LocalDate day) {
        Double w = null;
        for (Located<DayEntry> l : diary.days().values()) {
            if (l.value().date().isBefore(day) && l.value().weightKg() != null) {
                w = l.value().weightKg();
            }
        }
        return w;
    }

    private boolean inRange(double mmol) {
        return mmol >= o.ketoneLow() && mmol <= o.ketoneHigh();
    }

    private AdherenceReport.Ketones ketones(List<AdherenceReport.Day> days) {
        int readings = 0;
        int in = 0;
        double sum = 0;
        Map<String, Integer> urine = new LinkedHashMap<>();
        for (UrineKetones.Level l : UrineKetones.Level.values()) {
            urine.put(l.word(), 0);
        }
        for (AdherenceReport.Day d : days) {
            if (d.ketonesBloodMmol() != null) {
                readings++;
                sum += d.ketonesBloodMmol();
                in += inRange(d.ketonesBloodMmol()) ? 1 : 0;
            }
            if (d.ketonesUrine() != null) {
                urine.merge(d.ketonesUrine(), 1, Integer::sum);
            }
        }
        return new AdherenceReport.Ketones(o.ketoneLow(), o.ketoneHigh(), readings, in,
                readings == 0 ? null : 100.0 * in / readings, readings == 0 ? null : sum / readings, urine);
    }

    private AdherenceReport.Correlation correlation(List<AdherenceReport.Day> days) {
        List<double[]> pairs = new ArrayList<>();
        for (AdherenceReport.Day d : days) {
            if (d.loggedMeals() > 0 && d.seizures() != null) {
                pairs.add(new double[] {d.adherencePct(), d.seizures()});
            }
        }
        int n = pairs.size();
        String caution = "It is not proof of cause: illness, sleep, medicines, growth and the diet's slow "
                + "onset also change seizures, and a few days can make a pattern by chance.";
        if (n < o.minCorrelationDays()) {
            return new AdherenceReport.Correlation(null, n, o.minCorrelationDays(), "too few days: " + n
                    + " day" + (n == 1 ? "" : "s") + " with a meal logged and a seizure count; at least "
                    + o.minCorrelationDays() + " are needed. " + caution);
        }
        Double rho = spearman(pairs);
        if (rho == null) {
            return new AdherenceReport.Correlation(null, n, o.minCorrelationDays(), "not defined: adherence or "
                    + "seizures did not vary over the " + n + " days. " + caution);
        }
        String direction = rho < 0 ? "days of better adherence tended to have fewer seizures"
                : rho > 0 ? "days of better adherence tended to have more seizures" : "no relation";
        return new AdherenceReport.Correlation(rho, n, o.minCorrelationDays(), direction
                + " (rho runs from -1 to 1; near 0 = no relation). " + caution);
    }

    /** Spearman's rank correlation (ties get their average rank), or null when either series is constant. */
    static Double spearman(List<double[]> pairs) {
        double[] x = new double[pairs.size()];
        double[] y = new double[pairs.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = pairs.get(i)[0];
            y[i] = pairs.get(i)[1];
        }
        double rho = new SpearmansCorrelation().correlation(x, y);
        return Double.isNaN(rho) ? null : rho;
    }
}
