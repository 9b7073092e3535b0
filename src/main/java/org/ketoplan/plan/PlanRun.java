package org.ketoplan.plan;

import org.ketoplan.nutrition.Numbers;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.ketoplan.common.NoSolutionException;
import org.ketoplan.compose.AmountLimits;
import org.ketoplan.compose.Tolerances;
import org.ketoplan.food.FoodDatabase;
import org.ketoplan.nutrition.Nutrient;
import org.ketoplan.prescription.MealTarget;
import org.ketoplan.recipe.Recipe;
import org.ketoplan.recipe.RecipeLibrary;
import org.ketoplan.recipe.Slot;
import org.ketoplan.safety.SafetyPolicy;

/**
 * One planning run: fills days slot by slot, keeping the variety rules over the days already planned.
 *
 * <p>For each slot the recipes that suit it (slot, age, exclusions) are put in a random order (the seed's), then
 * sorted, stably, by: how many variety rules the recipe would break (same recipe twice in a day, same recipe in
 * the same slot as the day before), then by how often its protein source was served in the last 7 days (this day's
 * earlier meals included) plus {@link Variety#REPEAT_WEIGHT} times how often the recipe itself was, then by the latter.
 * The first that composes to the slot's target is served. So a rule is broken only when no recipe that keeps it can
 * be composed; the one broken first is "not the same in the same slot on consecutive days", then "not twice on one
 * day"; each is written in the plan's notes. Each day the slot with the fewest recipes that compose is filled
 * first. Meals are composed within the child's {@link AmountLimits} (smallest weighable amount, caps on one food
 * and on the meal).
 *
 * <p>Milk feeds are made up once a day ({@link FeedDay}): one feed recipe composed to the sum of the day's feed
 * targets, with the day's expressed breast milk fixed in it (a recipe with breast milk is used only when the
 * prescription gives expressed milk, and then one is), and shared among the feeds; the recipe of the day
 * before is kept while it composes (a baby's milk stays the same), else the first in the seed's order that does.
 * Breastfeeds of estimated volume are added as they are.
 */
final class PlanRun {
    static final int WINDOW_DAYS = Variety.WINDOW_DAYS;

    /**
     * What a day is planned to: its meals and feeds with their targets, the prescription its checks are made against
     * (the step's own on a day of the initiation ramp) and the ramp's step.
     *
     * @param slots the meals, snacks and feeds
     * @param prescription the day's prescription
     * @param ramp the ramp's step, or null
     */
    record DayTargets(List<PlanParts.SlotPlan> slots, PlanPrescription prescription, RampDay ramp) {
    }

    /**
     * The child a run plans for.
     *
     * @param ageMonths whole months of age (recipes and foods have age rules)
     * @param weightKg the weight (feeds per kg, the caps on a meal)
     * @param safety what may reach the child
     * @param limits the smallest weighable amount and the caps on one food and on a meal
     */
    record ForChild(int ageMonths, double weightKg, SafetyPolicy safety, AmountLimits limits) {
        /** Rejects a negative age, a weight that is not above zero, and a missing policy or limits. */
        ForChild {
            if (ageMonths < 0) {
                throw new IllegalArgumentException("age " + ageMonths + " months is negative");
            }
            org.ketoplan.nutrition.Checks.positive("weight_kg", weightKg);
            Objects.requireNonNull(safety, "safety");
            Objects.requireNonNull(limits, "limits");
        }
    }

    /**
     * What a run plans with.
     *
     * @param foods the food database
     * @param recipes the recipes to choose from
     * @param cache the compositions already worked out (shared by the runs of a batch)
     * @param child who the plan is for
     * @param step the scale's step, g
     * @param tolerances the bands every meal is composed within
     * @param seed the random seed: the same seed gives the same plan
     */
    record Setup(FoodDatabase foods, RecipeLibrary recipes, CompositionCache cache, ForChild child, double step,
                 Tolerances tolerances, long seed) {
        /** Rejects a missing part and a step that is not above zero. */
        Setup {
            Objects.requireNonNull(foods, "foods");
            Objects.requireNonNull(recipes, "recipes");
            Objects.requireNonNull(cache, "cache");
            Objects.requireNonNull(child, "child");
            Objects.requireNonNull(tolerances, "tolerances");
            org.ketoplan.nutrition.Checks.positive("step", step);
        }
    }

    private final FoodDatabase foods;
    private final CompositionCache cache;
    private final int ageMonths;
    private final double weightKg;
    private final SafetyPolicy safety;
    private final double step;
    private final Tolerances tolerances;
    private final AmountLimits limits;
    private final SplittableRandom random;
    private final Map<String, Recipe> byId = new TreeMap<>();
    private final List<Recipe> library;
    private final Map<Slot, List<Recipe>> pools = new EnumMap<>(Slot.class);
    private final List<Variety.Serving> history = new ArrayList<>();
    private final Map<String, PlanFood> foodsUsed = new TreeMap<>();
    private final Map<String, List<LocalDate>> relaxed = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private final Map<List<PlanParts.SlotPlan>, List<Integer>> fillOrders = new HashMap<>();
    private String lastFeedRecipe;

    PlanRun(Setup setup) {
        this.foods = setup.foods();
        this.cache = setup.cache();
        this.ageMonths = setup.child().ageMonths();
        this.weightKg = setup.child().weightKg();
        this.safety = setup.child().safety();
        this.step = setup.step();
        this.tolerances = setup.tolerances();
        this.limits = setup.child().limits();
        this.random = new SplittableRandom(setup.seed());
        this.library = setup.recipes().all();
        for (Recipe r : library) {
            byId.put(r.id(), r);
        }
    }

    /** Takes the days already planned into the variety rules and keeps their foods' stored compositions. */
    void history(List<PlanDay> days, List<PlanFood> stored) {
        for (PlanFood f : stored) {
            foodsUsed.put(f.id(), f);
        }
        for (PlanDay d : days) {
            if (d.feedBatch() != null) {
                lastFeedRecipe = d.feedBatch().recipeId();
            }
            for (PlannedMeal m : d.meals()) {
                if (m.recipeId() != null && m.kind() != MealKind.FEED) {
                    Recipe r = byId.get(m.recipeId());
                    history.add(new Variety.Serving(d.date(), m.slot(), m.recipeId(),
                            r == null ? null : r.proteinSource()));
                }
            }
        }
    }

    /**
     * The day {@code date}, each slot filled; {@code repeat} names a recipe id per slot name to serve again (the
     * "repeat last week" option), or is empty.
     *
     * @throws NoSolutionException naming the date and meal when no recipe suits it or none can be composed
     */
    PlanDay day(LocalDate date, Map<String, String> repeat, DayTargets targets) {
        List<PlanParts.SlotPlan> slots = targets.slots();
        PlannedMeal[] meals = new PlannedMeal[slots.size()];
        double mealsWater = 0;
        for (int k : fillOrder(date, slots)) {
            PlanParts.SlotPlan slot = slots.get(k);
            ComposedRecipe c = choose(date, slot, repeat.get(slot.slot().name()));
            PlannedMeal meal = PlanParts.meal(slot, c);
            for (PlannedFood f : meal.foods()) {
                PlanFood pf = foodsUsed.computeIfAbsent(f.id(), id -> PlanFood.of(foods.byId(id).orElseThrow()));
                mealsWater += pf.per100().orZero(Nutrient.WATER) * f.amount() / 100;
            }
            meals[k] = meal;
            history.add(new Variety.Serving(date, slot.slot().name(), c.recipe().id(), c.recipe().proteinSource()));
        }
        List<PlanParts.SlotPlan> feedSlots = new ArrayList<>();
        List<Integer> feedIndex = new ArrayList<>();
        for (int k = 0; k < slots.size(); k++) {
            if (slots.get(k).recipeSlot() == Slot.FEED) {
                feedSlots.add(slots.get(k));
                feedIndex.add(k);
            }
        }
        PlanPrescription rx = targets.prescription();
        List<PlannedMeal> breastfeeds = new ArrayList<>();
        double breastfedMl = 0;
        for (PlanBreastfeed b : rx.breastfeeds()) {
            org.ketoplan.food.Food milk = foods.byId(FeedDay.BREAST_MILK_ID).orElseThrow(() -> new NoSolutionException(
                    "breastfeeds: the food data has no " + FeedDay.BREAST_MILK_ID + " to count them with"));
            PlanFood stored = foodsUsed.computeIfAbsent(milk.id(), id -> PlanFood.of(milk));
            breastfeeds.add(FeedDay.breastfeed(b, milk, rx.carbConvention()));
            breastfedMl += b.ml();
            mealsWater += stored.per100().orZero(Nutrient.WATER) * b.ml() / 100;
        }
        FeedDay.Made made = null;
        if (!feedSlots.isEmpty()) {
            made = FeedDay.make(feedSlots, feedBatch(date, feedSlots, rx), rx.fluidBasis(), rx.fluidMl(),
                    mealsWater, breastfedMl, ageMonths, weightKg, step, tolerances);
            for (int i = 0; i < feedIndex.size(); i++) {
                meals[feedIndex.get(i)] = made.feeds().get(i);
            }
            for (PlannedFood f : made.batch().foods()) {
                foodsUsed.computeIfAbsent(f.id(), id -> PlanFood.of(foods.byId(id).orElseThrow()));
            }
        }
        List<PlannedMeal> all = new ArrayList<>(List.of(meals));
        all.addAll(breastfeeds);
        if (all.stream().allMatch(m -> m.time() != null)) {
            all.sort(Comparator.comparing(PlannedMeal::time));
        }
        return DayTotals.day(date, all, foodsUsed, rx, ageMonths, new DayTotals.Extras(targets.ramp(),
                made == null ? null : made.batch(), made == null ? null : made.check(), weightKg));
    }

    /**
     * The day's feed recipe composed to the sum of its feed targets, the day's expressed breast milk fixed in it:
     * the day before's recipe while it composes, else the first in the seed's order that does.
     *
     * @throws NoSolutionException naming the date and why when none can be composed
     */
    private ComposedRecipe feedBatch(LocalDate date, List<PlanParts.SlotPlan> feedSlots, PlanPrescription rx) {
        MealTarget target = FeedDay.batchTarget(feedSlots, rx.carbConvention());
        List<Recipe> pool = new ArrayList<>(pool(date, feedSlots.get(0)));
        Map<String, Double> fixed = Map.of();
        boolean expressed = rx.expressedMilkMl() > 0;
        // a feed made with expressed breast milk only when the prescription gives the milk, and then always
        pool.removeIf(r -> expressed == r.ingredients().stream()
                .noneMatch(i -> i.food().equals(FeedDay.BREAST_MILK_ID)));
        if (pool.isEmpty()) {
            throw new NoSolutionException(date + " feeds: no feed recipe that suits the child " + (expressed
                    ? "has expressed breast milk to give the day's " + Math.round(rx.expressedMilkMl()) + " ml in"
                    : "is made without breast milk (the prescription gives none)") + "; add one");
        }
        if (expressed) {
            fixed = Map.of(FeedDay.BREAST_MILK_ID, rx.expressedMilkMl());
        }
        shuffle(pool);
        if (lastFeedRecipe != null) {
            pool.sort(Comparator.comparingInt(r -> r.id().equals(lastFeedRecipe) ? 0 : 1));
        }
        Map<Recipe, CompositionCache.Outcome> failures = new LinkedHashMap<>();
        for (Recipe r : pool) {
            CompositionCache.Outcome o = cache.get(r, target, step, tolerances, limits.withoutCaps(), fixed);
            if (o.ok()) {
                lastFeedRecipe = r.id();
                return o.meal();
            }
            failures.put(r, o);
        }
        throw new NoSolutionException(date + " feeds: no feed recipe can be composed to the day's "
                + Numbers.plain(DayTotals.r1(target.kcal())) + " kcal of feeds at "
                + DayTotals.ratio(target.ratio()) + ": " + why(failures));
    }

    /** The limits of a meal of {@code slot}: the child's caps for solids, none for a feed (its volume is checked). */
    private AmountLimits limitsFor(PlanParts.SlotPlan slot) {
        return slot.recipeSlot() == Slot.FEED ? limits.withoutCaps() : limits;
    }

    private void shuffle(List<Recipe> order) {
        for (int i = order.size() - 1; i > 0; i--) { // Fisher-Yates with the seed's random numbers
            int j = random.nextInt(i + 1);
            Recipe t = order.get(i);
            order.set(i, order.get(j));
            order.set(j, t);
        }
    }

    /**
     * The order the day's solid meals are filled in: the slot with the fewest recipes that can be composed to it
     * first (so a slot that has a single fitting recipe gets it before another slot takes it), ties in time order.
     * Feeds are made up afterwards ({@link FeedDay}).
     */
    private List<Integer> fillOrder(LocalDate date, List<PlanParts.SlotPlan> slots) {
        List<Integer> cached = fillOrders.get(slots);
        if (cached == null) {
            int[] fit = new int[slots.size()];
            List<Integer> order = new ArrayList<>();
            for (int k = 0; k < slots.size(); k++) {
                PlanParts.SlotPlan s = slots.get(k);
                if (s.recipeSlot() == Slot.FEED) {
                    continue;
                }
                // composed in parallel (the cache is thread-safe, the composer stateless): results do not
                // depend on the order, so the plan stays the same
                fit[k] = (int) pool(date, s).parallelStream()
                        .filter(r -> cache.get(r, s.target(), step, tolerances, limitsFor(s), Map.of()).ok())
                        .count();
                order.add(k);
            }
            order.sort(Comparator.comparingInt(k -> fit[k]));
            cached = List.copyOf(order);
            fillOrders.put(slots, cached);
        }
        return cached;
    }

    /** Every food's stored composition, by id. */
    List<PlanFood> foods() {
        return List.copyOf(foodsUsed.values());
    }

    /** What the safety policy says about the foods served (exceptions used, unverified age indications). */
    List<String> safetyNotices() {
        return safety.notices(foodsUsed.keySet().stream().map(foods::byId).flatMap(java.util.Optional::stream)
                .toList());
    }

    /** The notes: recipes left out for safety, and rules relaxed, with their dates. */
    List<String> notes() {
        List<String> out = new ArrayList<>(notes);
        for (Map.Entry<String, List<LocalDate>> e : relaxed.entrySet()) {
            out.add(e.getKey() + " on " + e.getValue().stream().map(LocalDate::toString)
                    .collect(Collectors.joining(", ")));
        }
        return out;
    }

    private ComposedRecipe choose(LocalDate date, PlanParts.SlotPlan slot, String repeatId) {
        List<Recipe> pool = pool(date, slot);
        String name = slot.slot().name();
        if (repeatId != null) {
            Recipe r = pool.stream().filter(x -> x.id().equals(repeatId)).findFirst().orElse(null);
            CompositionCache.Outcome o = r == null ? null : cache.get(r, slot.target(), step, tolerances,
                    limitsFor(slot), Map.of());
            if (o != null && o.ok()) {
                return o.meal();
            }
            note(name + ": " + repeatId + " could not be repeated (" + (r == null ? "it no longer suits the meal"
                    : o.failure()) + "); another recipe was chosen");
        }
        List<Recipe> order = new ArrayList<>(pool);
        shuffle(order);
        Map<Recipe, Variety> score = new LinkedHashMap<>();
        for (Recipe r : order) {
            score.put(r, Variety.of(history, date, name, r.id(), r.proteinSource()));
        }
        order.sort(Comparator.comparing(score::get, Variety.LEAST_REPETITIVE_FIRST));
        Map<Recipe, CompositionCache.Outcome> failures = new LinkedHashMap<>();
        for (Recipe r : order) {
            CompositionCache.Outcome o = cache.get(r, slot.target(), step, tolerances, limitsFor(slot), Map.of());
            if (o.ok()) {
                int level = score.get(r).rulesBroken();
                if (level > 0) {
                    long fit = pool.stream().filter(x -> cache.get(x, slot.target(), step, tolerances,
                            limitsFor(slot), Map.of()).ok()).count();
                    String why = " (" + pool.size() + " recipe" + (pool.size() == 1 ? "" : "s") + " suit "
                            + slot.recipeSlot().word() + " for this child; " + fit + " of them can be composed to "
                            + "its " + Numbers.plain(DayTotals.r1(slot.target().kcal())) + " kcal at "
                            + DayTotals.ratio(slot.target().ratio()) + ")";
                    relax(name + (level >= 2 ? ": a recipe served twice on one day" : ": the same recipe as the day "
                            + "before") + why, date);
                }
                return o.meal();
            }
            failures.put(r, o);
        }
        throw new NoSolutionException(date + " " + name + ": no " + slot.recipeSlot().word() + " recipe can be "
                + "composed to its " + Numbers.plain(DayTotals.r1(slot.target().kcal())) + " kcal at "
                + DayTotals.ratio(slot.target().ratio()) + ": " + why(failures));
    }

    /**
     * Each recipe's reason, worked out only now: the composer's diagnosis takes a few more linear programs, which a
     * recipe tried before the one served does not need.
     */
    private static String why(Map<Recipe, CompositionCache.Outcome> failures) {
        return failures.entrySet().stream().map(e -> e.getKey().id() + ": " + e.getValue().failure())
                .collect(Collectors.joining("; "));
    }

    private List<Recipe> pool(LocalDate date, PlanParts.SlotPlan slot) {
        Slot s = slot.recipeSlot();
        List<Recipe> pool = pools.get(s);
        if (pool != null && !pool.isEmpty()) {
            return pool;
        }
        List<Recipe> suits = library.stream().filter(r -> r.suits(s)).toList();
        List<Recipe> old = suits.stream().filter(r -> r.suitsAge(ageMonths)).toList();
        List<String> excluded = new ArrayList<>();
        List<Recipe> ok = new ArrayList<>();
        for (Recipe r : old) {
            var why = safety.refusal(r, foods);
            if (why.isPresent()) {
                excluded.add(r.id() + " (" + why.get() + ")");
            } else {
                ok.add(r);
            }
        }
        if (ok.isEmpty()) {
            throw new NoSolutionException(date + " " + slot.slot().name() + ": no recipe suits it: "
                    + suits.size() + " " + s.word() + " recipe" + (suits.size() == 1 ? "" : "s")
                    + (old.size() < suits.size() ? ", " + (suits.size() - old.size()) + " of them for children older"
                    + " than " + ageMonths + " months" : "")
                    + (excluded.isEmpty() ? "" : ", " + excluded.size() + " with a food this child must not have: "
                    + String.join("; ", excluded))
                    + "; add a " + s.word() + " recipe, or review allergies, exclude_foods and allow");
        }
        if (!excluded.isEmpty()) {
            note(s.word() + ": left out as a food in them must not reach this child: " + String.join("; ", excluded));
        }
        pools.put(s, ok);
        return ok;
    }

    private void note(String text) {
        if (!notes.contains(text)) {
            notes.add(text);
        }
    }

    private void relax(String rule, LocalDate date) {
        List<LocalDate> dates = relaxed.computeIfAbsent(rule, k -> new ArrayList<>());
        if (!dates.contains(date)) {
            dates.add(date);
        }
    }
}
