package org.ketoplan.plan;

import org.ketoplan.nutrition.Numbers;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.TreeSet;
import org.ketoplan.common.BadInputException;
import org.ketoplan.common.NoSolutionException;
import org.ketoplan.compose.AmountLimits;
import org.ketoplan.compose.Tolerances;
import org.ketoplan.food.Food;
import org.ketoplan.food.FoodDatabase;
import org.ketoplan.nutrition.CarbConvention;
import org.ketoplan.nutrition.Macros;
import org.ketoplan.nutrition.Nutrient;
import org.ketoplan.nutrition.Nutrients;
import org.ketoplan.recipe.Recipe;
import org.ketoplan.recipe.RecipeLibrary;
import org.ketoplan.safety.SafetyPolicy;
import org.ketoplan.safety.Serving;

/**
 * Checks a plan against the current food database: which foods' compositions changed (a reformulated product, a
 * new data release) and which meals, at the same grams, left their ratio or kcal band; and fixes those meals by
 * composing the same recipe again.
 *
 * <p>Outcome: {@link Result#ok()} is true when every meal keeps its ratio and kcal bands with the current
 * compositions and every food is still in the database; changed foods whose meals stay in band are listed but do
 * not make the plan wrong.
 */
public final class PlanCheck {
    private PlanCheck() {
    }

    /**
     * A food whose stored composition differs from the database's.
     *
     * @param id the food's id
     * @param name its name
     * @param missing true when the database no longer has it
     * @param changes "fat_g 37 -> 45", one per nutrient that changed, in key order
     */
    public record FoodChange(String id, String name, boolean missing, List<String> changes) {
    }

    /**
     * A meal that, at its planned amounts, no longer keeps its bands.
     *
     * @param date the day
     * @param slot the meal
     * @param recipeId its recipe, or null
     * @param before the totals stored in the plan
     * @param now the totals with the current compositions
     * @param ratioLow least ratio allowed
     * @param ratioHigh largest ratio allowed
     * @param kcalLow least kcal allowed
     * @param kcalHigh largest kcal allowed
     */
    public record MealChange(LocalDate date, String slot, String recipeId, PlanTotals before, PlanTotals now,
                             double ratioLow, double ratioHigh, double kcalLow, double kcalHigh) {
    }

    /**
     * What the check found.
     *
     * @param planFoodDataVersion the food data version the plan was made with
     * @param foodDataVersion the current one
     * @param changedFoods foods whose composition changed or that are gone
     * @param mealsOutOfBand meals whose ratio or kcal left the band
     * @param unsafe meals with a food that must not reach the child ("2026-12-01 breakfast: ..."), by the safety
     *     policy of today's data and rules
     * @param inconsistencies the plan file's values that do not agree with each other ("file:line: field: what"),
     *                        which {@link #fix} recomputes from the grams
     * @param ok true when no meal left its bands, no food is gone, no meal is unsafe and the file agrees with itself
     */
    public record Result(String planFoodDataVersion, String foodDataVersion, List<FoodChange> changedFoods,
                         List<MealChange> mealsOutOfBand, List<String> unsafe, List<String> inconsistencies,
                         boolean ok) {
    }

    /** Checks {@code plan} against {@code foods} and the safety policy of its own patient. */
    public static Result check(Plan plan, FoodDatabase foods) {
        return check(plan, foods, SafetyPolicy.of(MenuPlanner.child(plan, null), foods,
                SafetyPolicy.Options.NONE));
    }

    /** Checks {@code plan} against {@code foods} and the {@code safety} policy for its child. */
    public static Result check(Plan plan, FoodDatabase foods, SafetyPolicy safety) {
        return check(plan, foods, safety, List.of());
    }

    /**
     * Checks {@code plan} against {@code foods} and the {@code safety} policy, with the file's
     * {@code inconsistencies} found when it was read ({@link PlanFile#readForCheck}).
     */
    public static Result check(Plan plan, FoodDatabase foods, SafetyPolicy safety, List<String> inconsistencies) {
        List<FoodChange> changed = new ArrayList<>();
        boolean missing = false;
        java.util.Set<String> storedIds = new java.util.HashSet<>();
        plan.foods().forEach(f -> storedIds.add(f.id()));
        for (String id : usedFoods(plan)) {
            if (!storedIds.contains(id) && foods.byId(id).isEmpty()) {
                changed.add(new FoodChange(id, nameOf(plan, id), true, List.of()));
                missing = true;
            }
        }
        for (PlanFood stored : plan.foods()) {
            Food now = foods.byId(stored.id()).orElse(null);
            if (now == null) {
                changed.add(new FoodChange(stored.id(), stored.name(), true, List.of()));
                missing = true;
                continue;
            }
            List<String> diffs = diff(stored.per100(), PlanFood.of(now).per100());
            if (!diffs.isEmpty()) {
                changed.add(new FoodChange(stored.id(), stored.name(), false, diffs));
            }
        }
        List<MealChange> out = new ArrayList<>();
        CarbConvention conv = plan.prescription().carbConvention();
        PlanTolerances tol = plan.tolerances();
        Map<String, PlanFood> current = currentFoods(plan, foods);
        for (PlanDay d : plan.days()) {
            for (PlannedMeal m : d.meals()) {
                PlanTotals now = DayTotals.of(recomputed(m.foods(), current, conv));
                double r = m.target().ratio();
                double k = m.target().kcal();
                double rl = r - tol.ratio();
                double rh = r + tol.ratio();
                double kl = k * (1 - tol.energyFraction());
                double kh = k * (1 + tol.energyFraction());
                double ratio = now.proteinG() + now.carbG() > 0 ? now.fatG() / (now.proteinG() + now.carbG()) : 0;
                if (ratio < rl - 1e-9 || ratio > rh + 1e-9 || now.kcal() < kl - 1e-9 || now.kcal() > kh + 1e-9) {
                    out.add(new MealChange(d.date(), m.slot(), m.recipeId(), m.totals(), now, rl, rh, kl, kh));
                }
            }
        }
        List<String> unsafe = new ArrayList<>();
        for (PlanDay d : plan.days()) {
            for (PlannedMeal m : d.meals()) {
                for (PlannedFood f : m.foods()) {
                    foods.byId(f.id()).flatMap(food -> safety.refusal(food, Serving.LOOSE))
                            .ifPresent(why -> unsafe.add(d.date() + " " + m.slot() + ": " + why));
                }
            }
        }
        return new Result(plan.foodDataVersion(), foods.dataVersion(), changed, out, List.copyOf(unsafe),
                List.copyOf(inconsistencies), out.isEmpty() && !missing && unsafe.isEmpty() && inconsistencies.isEmpty());
    }

    /**
     * {@code plan} brought up to the current database: every food's stored composition and every meal's and day's
     * totals recomputed, the meals of {@code result} that left their bands composed again from the same recipe,
     * and the current food data version.
     *
     * @throws BadInputException when a food is gone, a meal's recipe is not in {@code recipes}, or a meal has a food
     *     that must not reach the child (its days must be planned again)
     * @throws NoSolutionException when a recipe can no longer be composed to its meal (naming date and meal)
     */
    public static Plan fix(Plan plan, Result result, FoodDatabase foods, RecipeLibrary recipes) {
        return fix(plan, result, foods, recipes, SafetyPolicy.of(MenuPlanner.child(plan, null), foods,
                SafetyPolicy.Options.NONE));
    }

    /** {@link #fix(Plan, Result, FoodDatabase, RecipeLibrary)} under {@code safety}. */
    public static Plan fix(Plan plan, Result result, FoodDatabase foods, RecipeLibrary recipes, SafetyPolicy safety) {
        if (!result.unsafe().isEmpty()) {
            throw new BadInputException(result.unsafe().size() + " meal food(s) must not reach this child and "
                    + "cannot be fixed by composing the same recipe again; plan those days again: "
                    + result.unsafe().get(0) + (result.unsafe().size() > 1 ? "; ..." : ""));
        }
        for (FoodChange f : result.changedFoods()) {
            if (f.missing()) {
                throw BadInputException.phrased("food " + f.id() + " (" + f.name() + ") is no longer in the food "
                        + "database; add it with ", BadInputException.ref("foods"), ", or plan the meals that use it "
                        + "again");
            }
        }
        CarbConvention conv = plan.prescription().carbConvention();
        Tolerances tol = plan.tolerances().composer();
        double step = plan.tolerances().step();
        CompositionCache cache = new CompositionCache(foods, true, true);
        Map<String, PlanFood> current = currentFoods(plan, foods);
        List<PlanDay> days = new ArrayList<>();
        int age = (int) Math.floor(plan.patient().ageMonths());
        for (PlanDay d : plan.days()) {
            List<PlannedMeal> meals = new ArrayList<>();
            for (PlannedMeal m : d.meals()) {
                boolean out = result.mealsOutOfBand().stream()
                        .anyMatch(c -> c.date().equals(d.date()) && c.slot().equals(m.slot()));
                if (out && m.recipeId() != null && !(m.kind() == MealKind.FEED && d.feedBatch() != null)) {
                    Recipe r = recipe(recipes, m.recipeId());
                    safety.check(r, foods);
                    PlanSlot slot = new PlanSlot(m.time(), m.kind() == null ? MealKind.MEAL : m.kind(),
                            PlanParts.target(m, conv));
                    CompositionCache.Outcome o = cache.get(r, slot.target(), step, tol);
                    if (!o.ok()) {
                        throw new NoSolutionException(d.date() + " " + m.slot() + ": " + r.id() + " cannot be "
                                + "composed with the current food data: " + o.failure());
                    }
                    PlannedMeal again = PlanParts.meal(new PlanParts.SlotPlan(slot, null), o.meal());
                    for (PlannedFood f : again.foods()) {
                        current.computeIfAbsent(f.id(), id -> PlanFood.of(foods.byId(id).orElseThrow()));
                    }
                    meals.add(again);
                } else {
                    List<PlannedFood> fs = recomputed(m.foods(), current, conv);
                    PlanTotals now = DayTotals.of(fs);
                    boolean inBand = !out && m.withinTolerance();
                    meals.add(m.withFoods(fs, now, inBand));
                }
            }
            PlannedMeal batch = d.feedBatch();
            FeedCheck feedCheck = d.checks() == null ? null : d.checks().feeds();
            if (batch != null) {
                FeedDay.Made made = feeds(plan, d, meals, result, foods, recipes, safety, cache, current);
                batch = made.batch();
                if (made.feeds() != null) {
                    feedCheck = made.check();
                    int k = 0;
                    for (int i = 0; i < meals.size(); i++) {
                        if (meals.get(i).kind() == MealKind.FEED) {
                            meals.set(i, made.feeds().get(k++));
                        }
                    }
                }
            }
            PlanPrescription rx = d.ramp() == null ? plan.prescription() : DayTotals.targetsOf(meals, plan.prescription());
            days.add(DayTotals.day(d.date(), meals, current, rx, age, new DayTotals.Extras(d.ramp(), batch,
                    feedCheck, plan.patient().weightKg())));
        }
        TreeSet<String> used = new TreeSet<>();
        days.forEach(d -> d.meals().forEach(m -> m.foods().forEach(f -> used.add(f.id()))));
        List<PlanFood> stored = used.stream().map(current::get).filter(Objects::nonNull).toList();
        List<String> notes = new ArrayList<>(plan.notes());
        notes.add("checked against food data '" + foods.dataVersion() + "': " + result.mealsOutOfBand().size()
                + " meal(s) composed again, " + result.changedFoods().size() + " food composition(s) updated");
        for (String n : safety.notices(stored.stream().map(f -> foods.byId(f.id())).flatMap(Optional::stream)
                .toList())) {
            if (!notes.contains(n)) {
                notes.add(n);
            }
        }
        return new Plan(plan.formatVersion(), foods.dataVersion(), plan.seed(), plan.patient(), plan.prescription(),
                plan.tolerances(), stored, days, notes);
    }

    /**
     * The day's feed batch at the current composition and, when it or one of its feeds left its bands, the feeds
     * shared from it again (the batch composed again from its recipe first when it is itself out of its bands; its
     * expressed breast milk and its water kept). {@code made.feeds()} is null when the feeds stand as they are.
     */
    private static FeedDay.Made feeds(Plan plan, PlanDay d, List<PlannedMeal> meals, Result result, FoodDatabase foods,
                                      RecipeLibrary recipes, SafetyPolicy safety, CompositionCache cache,
                                      Map<String, PlanFood> current) {
        CarbConvention conv = plan.prescription().carbConvention();
        PlanTolerances tol = plan.tolerances();
        PlannedMeal b = d.feedBatch();
        List<PlannedFood> bf = recomputed(b.foods(), current, conv);
        PlanTotals bt = DayTotals.of(bf);
        boolean batchOut = !inBands(bt, b.target(), tol);
        boolean feedOut = result.mealsOutOfBand().stream().anyMatch(c -> c.date().equals(d.date())
                && meals.stream().anyMatch(m -> m.kind() == MealKind.FEED && m.slot().equals(c.slot())));
        if (batchOut) {
            Recipe r = recipe(recipes, b.recipeId());
            safety.check(r, foods);
            Map<String, Double> fixed = new java.util.HashMap<>();
            b.foods().stream().filter(f -> f.id().equals(FeedDay.BREAST_MILK_ID))
                    .forEach(f -> fixed.put(f.id(), f.amount()));
            CompositionCache.Outcome o = cache.get(r, PlanParts.target(b, conv), tol.step(), tol.composer(),
                    AmountLimits.forChild(plan.patient().weightKg()).withoutCaps(), fixed);
            if (!o.ok()) {
                throw new NoSolutionException(d.date() + " feeds: " + r.id() + " cannot be composed with the current "
                        + "food data: " + o.failure());
            }
            PlannedFood water = b.foods().stream().filter(f -> !f.counted()).findFirst().orElse(null);
            bf = FeedDay.batchFoods(o.meal(), water == null ? null : foods.byId(water.id()).orElse(null),
                    water == null ? 0 : water.amount(), conv);
            for (PlannedFood f : bf) {
                current.computeIfAbsent(f.id(), id -> PlanFood.of(foods.byId(id).orElseThrow()));
            }
            bt = DayTotals.of(bf);
        }
        PlannedMeal batch = new PlannedMeal(b.slot(), b.time(), b.recipeId(), b.recipeName(), b.directions(),
                b.target(), bf, bt, inBands(bt, b.target(), tol), b.kind(), b.volumeMl());
        if (!batchOut && !feedOut) {
            return new FeedDay.Made(batch, null, null);
        }
        List<PlannedMeal> feeds = meals.stream().filter(m -> m.kind() == MealKind.FEED).toList();
        FeedDay.Made made = FeedDay.reshare(batch, feeds, d.checks() == null ? null : d.checks().feeds(),
                plan.patient().weightKg(), tol.step(), tol.composer(), current, conv);
        return made;
    }

    /** Whether {@code t} is inside the ratio and energy bands of {@code target}. */
    private static boolean inBands(PlanTotals t, PlanTotals target, PlanTolerances tol) {
        double ratio = t.proteinG() + t.carbG() > 0 ? t.fatG() / (t.proteinG() + t.carbG()) : 0;
        return Math.abs(ratio - target.ratio()) <= tol.ratio() + 1e-9
                && Math.abs(t.kcal() - target.kcal()) <= target.kcal() * tol.energyFraction() + 1e-9;
    }

    private static Recipe recipe(RecipeLibrary recipes, String id) {
        return recipes.all().stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> BadInputException.phrased("recipe '" + id + "' of the plan is not in the recipe "
                        + "library; give its file with ", BadInputException.ref("recipes")));
    }

    /**
     * The current composition of each of the plan's foods (the stored one for a food that is gone), and of the foods
     * its meals use without a stored composition (a hand-edited file).
     */
    private static Map<String, PlanFood> currentFoods(Plan plan, FoodDatabase foods) {
        Map<String, PlanFood> m = new TreeMap<>();
        for (PlanFood f : plan.foods()) {
            m.put(f.id(), foods.byId(f.id()).map(PlanFood::of).orElse(f));
        }
        for (String id : usedFoods(plan)) {
            if (!m.containsKey(id)) {
                foods.byId(id).ifPresent(f -> m.put(id, PlanFood.of(f)));
            }
        }
        return m;
    }

    private static TreeSet<String> usedFoods(Plan plan) {
        TreeSet<String> used = new TreeSet<>();
        plan.days().forEach(d -> d.meals().forEach(m -> m.foods().forEach(f -> used.add(f.id()))));
        return used;
    }

    private static String nameOf(Plan plan, String id) {
        for (PlanDay d : plan.days()) {
            for (PlannedMeal m : d.meals()) {
                for (PlannedFood f : m.foods()) {
                    if (f.id().equals(id)) {
                        return f.name();
                    }
                }
            }
        }
        return id;
    }

    private static List<PlannedFood> recomputed(List<PlannedFood> planned, Map<String, PlanFood> foods,
                                                CarbConvention conv) {
        List<PlannedFood> out = new ArrayList<>();
        for (PlannedFood f : planned) {
            PlanFood c = foods.get(f.id());
            if (!f.counted() || c == null) {
                out.add(f);
                continue;
            }
            Macros m = c.macros(f.amount());
            out.add(new PlannedFood(f.id(), f.name(), f.amount(), f.unit(), true, DayTotals.r3(m.fatG()),
                    DayTotals.r3(m.proteinG()), DayTotals.r3(m.carbohydrate(conv)), DayTotals.r3(m.kcal(conv))));
        }
        return out;
    }

    /** The nutrients whose amount changed, "fat_g 37 -> 36.08", in the order of their keys. */
    private static List<String> diff(Nutrients before, Nutrients now) {
        List<String> out = new ArrayList<>();
        for (Nutrient n : BY_KEY) {
            OptionalDouble a = before.amount(n);
            OptionalDouble b = now.amount(n);
            if (a.isEmpty() || b.isEmpty() ? a.isPresent() != b.isPresent()
                    : Math.abs(a.getAsDouble() - b.getAsDouble()) > 1e-9) {
                out.add(n.key() + " " + (a.isEmpty() ? "unknown" : Numbers.plain(a.getAsDouble())) + " -> "
                        + (b.isEmpty() ? "unknown" : Numbers.plain(b.getAsDouble())));
            }
        }
        return out;
    }

    private static final List<Nutrient> BY_KEY = java.util.Arrays.stream(Nutrient.values())
            .sorted(java.util.Comparator.comparing(Nutrient::key)).toList();
}
