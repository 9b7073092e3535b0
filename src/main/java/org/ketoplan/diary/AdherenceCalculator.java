package org.ketoplan.diary;

import org.ketoplan.prescription.ActionLevels;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
    private final Map<String, List<MealEntry>> rowsByMeal = new HashMap<>();
    private final java.util.NavigableMap<LocalDate, DayRecord> records = new TreeMap<>();

    private AdherenceCalculator(Plan plan, Diary diary, Compositions foods, AdherenceOptions options) {
        this.plan = plan;
        this.diary = diary;
        this.foods = foods;
        this.o = options;
        this.conv = plan.prescription().carbConvention();
        for (Located<MealEntry> l : diary.meals()) {
            MealEntry e = l.value();
            rowsByMeal.computeIfAbsent(e.date() + "|" + e.meal().toLowerCase(java.util.Locale.ROOT),
                    k -> new ArrayList<>()).add(e);
        }
        Map<LocalDate, List<SeizureEvent>> events = new TreeMap<>();
        diary.seizures().forEach(l -> events.computeIfAbsent(l.value().date(), k -> new ArrayList<>())
                .add(l.value()));
        Map<LocalDate, List<Reading>> readings = new TreeMap<>();
        diary.readings().forEach(l -> readings.computeIfAbsent(l.value().date(), k -> new ArrayList<>())
                .add(l.value()));
        java.util.Set<LocalDate> dates = new java.util.TreeSet<>(diary.days().keySet());
        dates.addAll(events.keySet());
        dates.addAll(readings.keySet());
        for (LocalDate d : dates) {
            records.put(d, DayRecord.of(d, dayEntry(d), events.getOrDefault(d, List.of()),
                    readings.getOrDefault(d, List.of()), options.levels()));
        }
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
                throw BadInputException.phrased(BadInputException.ref(d == from ? "from" : "to"), ": ", d
                        + " is outside the plan (" + plan.start() + " to " + plan.end() + ")");
            }
        }
        if (from.isAfter(to)) {
            throw BadInputException.phrased(BadInputException.ref("from"), ": ", from + " is after the period's end "
                    + to);
        }
        boolean anything = diary.meals().stream().anyMatch(l -> within(l.value().date(), from, to))
                || records.keySet().stream().anyMatch(d -> within(d, from, to));

        Baseline baseline = baseline();
        List<AdherenceReport.Day> days = days(from, to);
        List<AdherenceReport.Week> weeks = weeks(days, baseline.perDay);
        AdherenceReport.Summary period = summary(days, baseline.perDay);
        List<Integer> responders = weeks.stream().filter(w -> w.summary().responder()).map(AdherenceReport.Week::week)
                .toList();
        List<String> notes = new ArrayList<>();
        records.values().stream().filter(r -> r.countDiffers() && !r.date().isAfter(to))
                .forEach(r -> notes.add(r.date() + ": " + r.episodes() + " event" + (r.episodes() == 1 ? "" : "s")
                        + " logged, the day's count says " + r.dayCount() + "; the events are used"));
        List<String> flagged = new ArrayList<>();
        for (DayRecord r : records.values()) {
            if (within(r.date(), from, to)) {
                r.flags().forEach(f -> flagged.add(f.toString()));
            }
        }
        ActionLevels levels = o.levels();
        return new AdherenceReport(plan.patient().name(), plan.start(), plan.end(), from, to, conv.word(),
                prescription(), !anything, period, weeks, days,
                new AdherenceReport.Seizures(baseline.perDay, baseline.source, responders, baseline.spasmsPerDay,
                        notes),
                ketones(days), glucose(days),
                new AdherenceReport.Flags(levels.glucoseLowMmol(), levels.ketonesHighMmol(), levels.glucoseSource(),
                        levels.ketonesSource(), flagged),
                WeekTrends.of(this::figures, plan.start(), weeks), correlation(days), Definitions.of(o, conv),
                diary.problems().stream().map(Object::toString).toList(), diary.warnings());
    }

    private AdherenceReport.Prescription prescription() {
        PlanPrescription p = plan.prescription();
        List<String> meals = p.slots().stream().map(s -> s.name() + (s.time() == null ? "" : " " + s.time()))
                .toList();
        List<String> medicines = p.medicines().stream().map(m -> m.name()).toList();
        return new AdherenceReport.Prescription(plan.patient().ageMonths(), plan.patient().weightKg(), p.kcal(),
                p.ratio(), p.fatG(), p.proteinG(), p.carbG(), p.fluidMl(), meals, medicines);
    }

    private static boolean within(LocalDate d, LocalDate from, LocalDate to) {
        return !d.isBefore(from) && !d.isAfter(to);
    }

    private DayEntry dayEntry(LocalDate d) {
        Located<DayEntry> l = diary.days().get(d);
        return l == null ? null : l.value();
    }

    private LocalDate lastLogged() {
        LocalDate last = null;
        for (Located<MealEntry> l : diary.meals()) {
            last = later(last, l.value().date());
        }
        for (LocalDate d : records.keySet()) {
            if (!d.isBefore(plan.start())) {
                last = later(last, d);
            }
        }
        return last;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null || b.isAfter(a) ? b : a;
    }

    private record Baseline(Double perDay, String source, Double spasmsPerDay) {
    }

    private Baseline baseline() {
        int spasmDays = 0;
        int spasms = 0;
        int n = 0;
        int sum = 0;
        for (DayRecord r : records.values()) {
            if (!r.date().isBefore(plan.start())) {
                continue;
            }
            if (r.episodes() != null) {
                n++;
                sum += r.episodes();
            }
            if (r.spasms() != null) {
                spasmDays++;
                spasms += r.spasms();
            }
        }
        Double spasmsPerDay = spasmDays == 0 ? null : (double) spasms / spasmDays;
        if (o.baselineSeizuresPerDay() != null) {
            return new Baseline(o.baselineSeizuresPerDay(), "given for this report", spasmsPerDay);
        }
        if (n == 0) {
            return new Baseline(null, "none: no baseline given and no seizures recorded before the plan's start",
                    spasmsPerDay);
        }
        return new Baseline((double) sum / n, "diary: mean of " + n + " day" + (n == 1 ? "" : "s")
                + " before the plan's start", spasmsPerDay);
    }

    private List<AdherenceReport.Day> days(LocalDate from, LocalDate to) {
        List<AdherenceReport.Day> days = new ArrayList<>();
        for (PlanDay pd : plan.days()) {
            if (within(pd.date(), from, to)) {
                days.add(day(pd));
            }
        }
        return days;
    }

    private AdherenceReport.Day day(PlanDay pd) {
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
        DayEntry de = dayEntry(pd.date());
        DayRecord r = records.get(pd.date());
        return new AdherenceReport.Day(pd.date(), week(pd.date()), planned, logged, adherent, pct(adherent, planned),
                pct(logged, planned), any ? pctOf(eaten.kcal(conv), p.kcal()) : null,
                any ? pctOf(eaten.proteinG(), p.proteinG()) : null,
                any ? pctOf(eaten.carbohydrate(conv), p.carbG()) : null,
                any && eaten.kcal(conv) > 0 && Double.isFinite(dayRatio) ? dayRatio : null,
                any ? offPlan.carbohydrate(conv) : null,
                r == null ? null : r.episodes(), r == null ? null : r.clusters(), r == null ? null : r.spasms(),
                r == null ? null : r.others(), r == null ? 0 : r.rescues(), r == null ? null : r.minutes(),
                r == null ? null : r.ketonesMean(), r == null ? null : r.ketonesMax(),
                r == null ? 0 : r.ketones().size(), r == null ? null : r.glucoseMin(),
                r == null ? 0 : r.glucose().size(), r == null ? 0 : r.flags().size(),
                de == null || de.ketonesUrine() == null ? null : de.ketonesUrine().level().word(),
                de == null ? null : de.sleepHours(), de == null ? null : de.ill(), de == null ? null : de.stress(),
                de == null ? null : de.weightKg(), meals);
    }

    private int week(LocalDate d) {
        return (int) Math.floorDiv(ChronoUnit.DAYS.between(plan.start(), d), 7) + 1;
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
        for (AdherenceReport.Day d : days) {
            planned += d.plannedMeals();
            logged += d.loggedMeals();
            adherent += d.adherentMeals();
        }
        Seizure s = seizures(days.isEmpty() ? null : days.get(0).date(),
                days.isEmpty() ? null : days.get(days.size() - 1).date());
        Double change = s.perDay == null || baseline == null || baseline == 0 ? null
                : (s.perDay - baseline) / baseline * 100;
        return new AdherenceReport.Summary(planned, logged, adherent, pct(adherent, planned), pct(logged, planned),
                s.perDay, change, change != null && change <= -50, s.days, s.clustersPerDay, s.spasmsPerDay);
    }

    /** Seizure figures over a range of days: means over the days that have each figure. */
    private record Seizure(Double perDay, int days, Double clustersPerDay, Double spasmsPerDay) {
    }

    private Seizure seizures(LocalDate from, LocalDate to) {
        int days = 0;
        int episodes = 0;
        int clusterDays = 0;
        int clusters = 0;
        int spasmDays = 0;
        int spasms = 0;
        if (from != null) {
            for (DayRecord r : records.subMap(from, true, to, true).values()) {
                if (r.episodes() != null) {
                    days++;
                    episodes += r.episodes();
                }
                if (r.clusters() != null) {
                    clusterDays++;
                    clusters += r.clusters();
                }
                if (r.spasms() != null) {
                    spasmDays++;
                    spasms += r.spasms();
                }
            }
        }
        return new Seizure(days == 0 ? null : (double) episodes / days, days,
                clusterDays == 0 ? null : (double) clusters / clusterDays,
                spasmDays == 0 ? null : (double) spasms / spasmDays);
    }

    /** The measures a trend compares, over the days {@code from} to {@code to} (plan days or not). */
    WeekTrends.Figures figures(LocalDate from, LocalDate to) {
        List<AdherenceReport.Day> planDays = days(max(from, plan.start()), min(to, plan.end()));
        Double adherence = null;
        if (!planDays.isEmpty()) {
            adherence = summary(planDays, null).adherencePct();
        }
        Seizure s = seizures(from, to);
        List<Double> ketones = new ArrayList<>();
        List<Double> sleep = new ArrayList<>();
        List<Double> stress = new ArrayList<>();
        int ill = 0;
        for (DayRecord r : records.subMap(from, true, to, true).values()) {
            ketones.addAll(r.ketones());
        }
        for (Located<DayEntry> l : diary.days().values()) {
            DayEntry d = l.value();
            if (within(d.date(), from, to)) {
                if (d.sleepHours() != null) {
                    sleep.add(d.sleepHours());
                }
                if (d.stress() != null) {
                    stress.add(d.stress().doubleValue());
                }
                ill += Boolean.TRUE.equals(d.ill()) ? 1 : 0;
            }
        }
        return new WeekTrends.Figures(adherence, s.perDay, s.spasmsPerDay, DayRecord.mean(ketones),
                DayRecord.mean(sleep), DayRecord.mean(stress), ill);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private List<AdherenceReport.Week> weeks(List<AdherenceReport.Day> days, Double baseline) {
        Map<Integer, List<AdherenceReport.Day>> byWeek = new LinkedHashMap<>();
        for (AdherenceReport.Day d : days) {
            byWeek.computeIfAbsent(d.week(), k -> new ArrayList<>()).add(d);
        }
        List<AdherenceReport.Week> weeks = new ArrayList<>();
        for (Map.Entry<Integer, List<AdherenceReport.Day>> e : byWeek.entrySet()) {
            List<AdherenceReport.Day> ds = e.getValue();
            LocalDate start = ds.get(0).date();
            LocalDate end = ds.get(ds.size() - 1).date();
            int ill = 0;
            Double firstWeight = null;
            Double lastWeight = null;
            int rescues = 0;
            for (AdherenceReport.Day d : ds) {
                ill += Boolean.TRUE.equals(d.ill()) ? 1 : 0;
                rescues += d.rescues();
                if (d.weightKg() != null) {
                    firstWeight = firstWeight == null ? d.weightKg() : firstWeight;
                    lastWeight = d.weightKg();
                }
            }
            WeekTrends.Figures f = figures(start, end);
            Readings k = readings(ds);
            Double before = weightBefore(start);
            Double change = lastWeight == null ? null : lastWeight - (before != null ? before : firstWeight);
            weeks.add(new AdherenceReport.Week(e.getKey(), start, end, summary(ds, baseline), ill, f.sleepHours(),
                    f.stress(), change, f.ketonesMeanMmol(), k.ketones.size(), k.inRange, k.high,
                    k.glucose.stream().min(Double::compare).orElse(null), k.glucose.size(), k.low, rescues));
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

    /** The readings of some days with their counts against the target range and the action levels. */
    private record Readings(List<Double> ketones, List<Double> glucose, int inRange, int high, int low) {
    }

    private Readings readings(List<AdherenceReport.Day> days) {
        List<Double> ketones = new ArrayList<>();
        List<Double> glucose = new ArrayList<>();
        for (AdherenceReport.Day d : days) {
            DayRecord r = records.get(d.date());
            if (r != null) {
                ketones.addAll(r.ketones());
                glucose.addAll(r.glucose());
            }
        }
        ActionLevels levels = o.levels();
        int in = (int) ketones.stream().filter(k -> k >= o.ketoneLow() && k <= o.ketoneHigh()).count();
        int high = (int) ketones.stream().filter(k -> k >= levels.ketonesHighMmol()).count();
        int low = (int) glucose.stream().filter(g -> g <= levels.glucoseLowMmol()).count();
        return new Readings(ketones, glucose, in, high, low);
    }

    private AdherenceReport.Ketones ketones(List<AdherenceReport.Day> days) {
        Readings k = readings(days);
        Map<String, Integer> urine = new LinkedHashMap<>();
        for (UrineKetones.Level l : UrineKetones.Level.values()) {
            urine.put(l.word(), 0);
        }
        for (AdherenceReport.Day d : days) {
            if (d.ketonesUrine() != null) {
                urine.merge(d.ketonesUrine(), 1, Integer::sum);
            }
        }
        int n = k.ketones.size();
        return new AdherenceReport.Ketones(o.ketoneLow(), o.ketoneHigh(), n, k.inRange,
                n == 0 ? null : 100.0 * k.inRange / n, DayRecord.mean(k.ketones), urine,
                k.ketones.stream().max(Double::compare).orElse(null), k.high);
    }

    private AdherenceReport.Glucose glucose(List<AdherenceReport.Day> days) {
        Readings k = readings(days);
        return new AdherenceReport.Glucose(k.glucose.size(), DayRecord.mean(k.glucose),
                k.glucose.stream().min(Double::compare).orElse(null), k.low);
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
                    + " day" + (n == 1 ? "" : "s") + " with a meal logged and a seizure figure; at least "
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
