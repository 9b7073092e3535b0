package org.ketoplan.plan;

import org.ketoplan.nutrition.Numbers;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ketoplan.common.BadInputException;
import org.ketoplan.common.Progress;
import org.ketoplan.compose.AmountLimits;
import org.ketoplan.compose.Tolerances;
import org.ketoplan.food.FoodDatabase;
import org.ketoplan.prescription.DailyPrescription;
import org.ketoplan.prescription.Patient;
import org.ketoplan.prescription.Prescriber;
import org.ketoplan.prescription.Ramp;
import org.ketoplan.recipe.RecipeLibrary;
import org.ketoplan.safety.Child;
import org.ketoplan.safety.SafetyPolicy;

/**
 * The menu planner: a plan of N days whose every meal and snack is a recipe composed to the prescription's targets,
 * varied by the rules of {@link PlanRun}, its milk feeds made up once a day ({@link FeedDay}), with only recipes
 * whose every food the {@link SafetyPolicy} lets reach the child.
 *
 * <p>A plan is made to one prescription: the one for its first day (the age on that day sets the energy default,
 * the meal pattern, the fluid target, the recipes' youngest age and the reference intakes). With an initiation
 * ramp ({@code ramp:} in the prescription) the first days step the ratio, each step prescribed at the same energy and
 * protein and each of its days labelled with it ({@link RampDay}). The same inputs and seed give the same plan, byte
 * for byte. Compositions are cached ({@link CompositionCache}).
 */
public final class MenuPlanner {
    /** The seed when none is given, so that a plan made twice is the same plan. */
    public static final long DEFAULT_SEED = 1;
    /** The longest plan made at once, days. */
    public static final int MAX_DAYS = 366;

    private final FoodDatabase foods;
    private final RecipeLibrary recipes;
    private final CompositionCache cache;

    /** A planner over {@code foods} and {@code recipes}, with its own composition cache. */
    public MenuPlanner(FoodDatabase foods, RecipeLibrary recipes) {
        this(foods, recipes, new CompositionCache(foods, true));
    }

    /** A planner that uses {@code cache} (shared across plans, or disabled for a benchmark). */
    public MenuPlanner(FoodDatabase foods, RecipeLibrary recipes, CompositionCache cache) {
        this.foods = foods;
        this.recipes = recipes;
        this.cache = cache;
    }

    /**
     * How to plan.
     *
     * @param start the first day
     * @param days how many days (1 to {@link #MAX_DAYS})
     * @param seed the random seed for the order recipes are tried in
     * @param step the scale's step, 1 or 0.1 g
     * @param tolerances the bands every meal must keep
     * @param minWeighableG the smallest amount of a counted food to weigh, or null for 5 scale steps
     *     ({@link AmountLimits}); the caps on one food and on a meal follow the child's weight
     */
    public record Settings(LocalDate start, int days, long seed, double step, Tolerances tolerances,
                           Double minWeighableG) {
        /** Rejects a missing start, a day count outside 1 to {@link #MAX_DAYS} and a non-positive step. */
        public Settings {
            if (start == null) {
                throw new IllegalArgumentException("start: missing");
            }
            if (days < 1 || days > MAX_DAYS) {
                throw new IllegalArgumentException("days: must be 1 to " + MAX_DAYS + ", not " + days);
            }
            if (!(step > 0)) {
                throw new IllegalArgumentException("step: must be positive (" + step + ")");
            }
            if (tolerances == null) {
                throw new IllegalArgumentException("tolerances: missing");
            }
        }

        /** Settings with the default smallest weighable amount. */
        public Settings(LocalDate start, int days, long seed, double step, Tolerances tolerances) {
            this(start, days, seed, step, tolerances, null);
        }
    }

    /** The cache this planner composes through. */
    public CompositionCache cache() {
        return cache;
    }

    /** A new plan for {@code patient}, with the safety of its patient file and nothing accepted beyond it. */
    public Plan plan(Patient patient, Settings s) {
        return plan(patient, s, SafetyPolicy.of(Child.of(patient, s.start()), foods, SafetyPolicy.Options.NONE));
    }

    /**
     * A new plan for {@code patient}.
     *
     * @param safety what may reach this child ({@link SafetyPolicy#of})
     * @throws org.ketoplan.common.NoSolutionException naming the date and meal no recipe can be composed for
     * @throws BadInputException for a prescription without meals
     */
    public Plan plan(Patient patient, Settings s, SafetyPolicy safety) {
        return plan(patient, s, safety, Progress.NONE);
    }

    /** As {@link #plan(Patient, Settings, SafetyPolicy)}, reporting each day planned to {@code progress}. */
    public Plan plan(Patient patient, Settings s, SafetyPolicy safety, Progress progress) {
        DailyPrescription rx = Prescriber.prescribe(patient, s.start());
        if (rx.slots().isEmpty()) {
            throw new BadInputException("prescription: no meals; give meals in the patient file to plan a menu");
        }
        PlanRun.DayTargets base = targets(rx, patient, null);
        PlanRamp ramp = ramp(patient);
        PlanPrescription prescription = base.prescription().withRamp(ramp);
        PlanRun run = new PlanRun(new PlanRun.Setup(foods, recipes, cache, new PlanRun.ForChild(rx.ageMonths(),
                patient.weightKg(), safety, limits(patient.weightKg(), s.minWeighableG())), s.step(), s.tolerances(),
                s.seed()));
        List<PlanRun.DayTargets> steps = rampTargets(patient, s.start(), ramp);
        List<PlanDay> days = new ArrayList<>();
        for (int d = 0; d < s.days(); d++) {
            PlanRun.DayTargets t = ramp != null && d < ramp.days() ? steps.get(d / ramp.daysPerStep()) : base;
            days.add(run.day(s.start().plusDays(d), Map.of(), t));
            progress.advance(1);
        }
        List<String> notes = new ArrayList<>(rx.warnings());
        notes.addAll(run.notes());
        notes.addAll(run.safetyNotices());
        return new Plan(Plan.FORMAT_VERSION, foods.dataVersion(), s.seed(), PlanParts.patient(patient,
                rx.ageMonths()), prescription, PlanTolerances.of(s.tolerances(), s.step()), run.foods(), days,
                notes);
    }

    /** The caps for a child of {@code weightKg} with the smallest weighable amount given (null: 5 steps). */
    static AmountLimits limits(double weightKg, Double minWeighableG) {
        return AmountLimits.forChild(weightKg).withMinWeighableG(minWeighableG);
    }

    /** The patient's ramp, or null. */
    private static PlanRamp ramp(Patient patient) {
        Ramp r = patient.prescription().ramp();
        return r == null ? null : new PlanRamp(r.steps(), r.daysPerStep());
    }

    /** The day targets of {@code rx} (a ramp step when {@code ramp} is given). */
    private static PlanRun.DayTargets targets(DailyPrescription rx, Patient patient, RampDay ramp) {
        List<PlanParts.SlotPlan> slots = PlanParts.slots(rx);
        return new PlanRun.DayTargets(slots, PlanParts.prescription(rx, slots, patient.medicines()), ramp);
    }

    /** One day's targets per step of {@code ramp}, each prescribed at its ratio on {@code on}. */
    private static List<PlanRun.DayTargets> rampTargets(Patient patient, LocalDate on, PlanRamp ramp) {
        List<PlanRun.DayTargets> out = new ArrayList<>();
        if (ramp == null) {
            return out;
        }
        List<DailyPrescription> steps = Prescriber.ramp(patient, on, ramp.steps());
        for (int i = 0; i < steps.size(); i++) {
            out.add(targets(steps.get(i), patient, new RampDay(i + 1, steps.size(), ramp.steps().get(i))));
        }
        return out;
    }

    /** {@link #extend(Plan, Patient, int, boolean, Long, SafetyPolicy)} with the safety of the patient (file). */
    public Plan extend(Plan plan, Patient patient, int days, boolean repeat, Long seed) {
        LocalDate next = plan.end() == null ? null : plan.end().plusDays(1);
        return extend(plan, patient, days, repeat, seed, SafetyPolicy.of(patient == null ? child(plan, next)
                : Child.of(patient, next), foods, SafetyPolicy.Options.NONE));
    }

    /**
     * {@code plan} with {@code days} more days after its last, the days already there kept as they are (the
     * variety rules look back across the boundary).
     *
     * @param patient the patient file to take a new prescription from (for the first new day), or null to keep
     *     the plan's prescription
     * @param repeat true to serve the last 7 days' recipes again, slot by slot, in the same order (each recomposed
     *     to the current targets; one that no longer fits is replaced and the notes say so)
     * @param seed the seed, or null for the plan's (mixed with its number of days, so each extension differs)
     * @param safety what may reach this child: from {@code patient} when given, else from the plan's patient
     * @throws BadInputException when the plan was made with another food data version (run {@code plan check}),
     *     or is empty
     */
    public Plan extend(Plan plan, Patient patient, int days, boolean repeat, Long seed, SafetyPolicy safety) {
        if (plan.days().isEmpty()) {
            throw BadInputException.phrased(BadInputException.ref("from"), ": the plan has no days to extend");
        }
        if (days < 1 || days > MAX_DAYS) {
            throw BadInputException.phrased(BadInputException.ref("days"), ": must be 1 to " + MAX_DAYS + ", not "
                    + days);
        }
        LocalDate first = plan.end().plusDays(1);
        PlanPrescription prescription = plan.prescription();
        PlanPatient who = plan.patient();
        PlanRamp ramp = prescription.ramp();
        int done = plan.days().size();
        PlanRun.DayTargets base;
        List<PlanRun.DayTargets> steps = List.of();
        int age;
        List<String> notes = new ArrayList<>(plan.notes());
        if (patient != null) {
            DailyPrescription rx = Prescriber.prescribe(patient, first);
            base = targets(rx, patient, null);
            PlanPrescription now = base.prescription().withRamp(ramp);
            age = rx.ageMonths();
            who = PlanParts.patient(patient, age);
            if (!sameTargets(now, prescription)) {
                notes.add("prescription changed from " + first + ": " + summary(prescription) + " before, "
                        + summary(now) + " from then");
            }
            prescription = now;
            if (ramp != null && done < ramp.days()) {
                steps = rampTargets(patient, first, ramp);
            }
        } else {
            age = (int) Math.floor(who.ageMonths());
            base = new PlanRun.DayTargets(PlanParts.slots(prescription, age), prescription, null);
            if (ramp != null && done < ramp.days()) {
                throw new BadInputException("the plan's initiation ramp continues for " + (ramp.days() - done)
                        + " more day(s); give the patient file to prescribe its steps");
            }
        }
        long s = seed != null ? seed : plan.seed() + 1_000_003L * plan.days().size();
        PlanRun run = new PlanRun(new PlanRun.Setup(foods, recipes, cache, new PlanRun.ForChild(age,
                who.weightKg(), safety, limits(who.weightKg(), null)), plan.tolerances().step(),
                plan.tolerances().composer(), s));
        run.history(plan.days(), plan.foods());
        List<PlanDay> all = new ArrayList<>(plan.days());
        List<PlanDay> last = plan.days().subList(Math.max(0, plan.days().size() - PlanRun.WINDOW_DAYS),
                plan.days().size());
        for (int d = 0; d < days; d++) {
            Map<String, String> again = new HashMap<>();
            if (repeat) {
                for (PlannedMeal m : last.get(d % last.size()).meals()) {
                    if (m.recipeId() != null) {
                        again.put(m.slot(), m.recipeId());
                    }
                }
            }
            int index = done + d;
            PlanRun.DayTargets t = ramp != null && index < ramp.days() ? steps.get(index / ramp.daysPerStep())
                    : base;
            all.add(run.day(first.plusDays(d), again, t));
        }
        List<String> added = new ArrayList<>(run.notes());
        added.addAll(run.safetyNotices());
        for (String n : added) {
            if (!notes.contains(n)) {
                notes.add(n);
            }
        }
        return new Plan(Plan.FORMAT_VERSION, plan.foodDataVersion(), plan.seed(), who, prescription,
                plan.tolerances(), run.foods(), all, notes);
    }

    /**
     * The child a stored plan is for, at its age on {@code on} (null: the plan's first day): what a plan's
     * extension, check and fix and the meal log give the {@link SafetyPolicy} when no patient file is given.
     */
    public static Child child(Plan plan, LocalDate on) {
        PlanPatient who = plan.patient();
        int age = (int) Math.floor(who.ageMonths());
        if (on != null && who.born() != null) {
            age = org.ketoplan.prescription.Age.monthsOn(who.born(), on);
        } else if (on != null && plan.start() != null && on.isAfter(plan.start())) {
            age += (int) java.time.temporal.ChronoUnit.MONTHS.between(plan.start(), on);
        }
        return new Child(age, who.weightKg(), Child.allergies(who.allergies()), who.allow(), who.excludeFoods());
    }

    private static boolean sameTargets(PlanPrescription a, PlanPrescription b) {
        return a.slots().equals(b.slots()) && a.carbConvention() == b.carbConvention()
                && Math.abs(a.fluidMl() - b.fluidMl()) < 1e-9;
    }

    private static String summary(PlanPrescription p) {
        return Numbers.plain(DayTotals.r1(p.kcal())) + " kcal at " + DayTotals.ratio(p.ratio()) + " in "
                + p.slots().size() + " meals";
    }
}
