package org.ketoplan.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.ketoplan.common.NoSolutionException;
import org.ketoplan.compose.Tolerances;
import org.ketoplan.food.FoodDatabase;
import org.ketoplan.nutrition.Ratio;
import org.ketoplan.recipe.ProteinSource;
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
 * earlier meals included) plus {@link #REPEAT_WEIGHT} times how often the recipe itself was, then by the latter.
 * The first that composes to the slot's target is served. So a rule is broken only when no recipe that keeps it can
 * be composed; the one broken first is "not the same in the same slot on consecutive days", then "not twice on one
 * day"; each is written in the plan's notes. Each day the slot with the fewest recipes that compose is filled
 * first.
 */
final class PlanRun {
    static final int WINDOW_DAYS = 7;
    /**
     * How much a serving of the recipe itself in the last 7 days counts against it, next to a serving of its protein
     * source: 2, so that a slot whose recipes mostly share one source (breakfasts are mostly egg) does not serve
     * its one recipe of another source every other day.
     */
    static final int REPEAT_WEIGHT = 2;

    private record Use(LocalDate date, String slot, String recipeId, ProteinSource source) {
    }

    private final FoodDatabase foods;
    private final CompositionCache cache;
    private final List<PlanParts.SlotPlan> slots;
    private final int ageMonths;
    private final SafetyPolicy safety;
    private final PlanPrescription prescription;
    private final double step;
    private final Tolerances tolerances;
    private final SplittableRandom random;
    private final Map<String, Recipe> byId = new TreeMap<>();
    private final List<Recipe> library;
    private final Map<Slot, List<Recipe>> pools = new EnumMap<>(Slot.class);
    private final List<Use> history = new ArrayList<>();
    private final Map<String, PlanFood> foodsUsed = new TreeMap<>();
    private final Map<String, List<LocalDate>> relaxed = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private List<Integer> fillOrder;

    PlanRun(FoodDatabase foods, RecipeLibrary recipes, CompositionCache cache, List<PlanParts.SlotPlan> slots,
            int ageMonths, SafetyPolicy safety, PlanPrescription prescription, double step, Tolerances tolerances,
            SplittableRandom random) {
        this.foods = foods;
        this.cache = cache;
        this.slots = List.copyOf(slots);
        this.ageMonths = ageMonths;
        this.safety = safety;
        this.prescription = prescription;
        this.step = step;
        this.tolerances = tolerances;
        this.random = random;
        this.library = recipes.all();
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
            for (PlannedMeal m : d.meals()) {
                if (m.recipeId() != null) {
                    Recipe r = byId.get(m.recipeId());
                    history.add(new Use(d.date(), m.slot(), m.recipeId(), r == null ? null : r.proteinSource()));
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
    PlanDay day(LocalDate date, Map<String, String> repeat) {
        PlannedMeal[] meals = new PlannedMeal[slots.size()];
        for (int k : fillOrder(date)) {
            PlanParts.SlotPlan slot = slots.get(k);
            ComposedRecipe c = choose(date, slot, repeat.get(slot.slot().name()));
            PlannedMeal meal = PlanParts.meal(slot, c);
            for (PlannedFood f : meal.foods()) {
                foodsUsed.computeIfAbsent(f.id(), id -> PlanParts.food(foods.byId(id).orElseThrow()));
            }
            meals[k] = meal;
            history.add(new Use(date, slot.slot().name(), c.recipe().id(), c.recipe().proteinSource()));
        }
        return DayTotals.day(date, List.of(meals), foodsUsed, prescription, ageMonths);
    }

    /**
     * The order the day's slots are filled in: the slot with the fewest recipes that can be composed to it first
     * (so a slot that has a single fitting recipe gets it before another slot takes it), ties in time order.
     */
    private List<Integer> fillOrder(LocalDate date) {
        if (fillOrder == null) {
            int[] fit = new int[slots.size()];
            for (int k = 0; k < slots.size(); k++) {
                PlanParts.SlotPlan s = slots.get(k);
                // composed in parallel (the cache is thread-safe, the composer stateless): results do not
                // depend on the order, so the plan stays the same
                fit[k] = (int) pool(date, s).parallelStream()
                        .filter(r -> cache.get(r, s.target(), step, tolerances).ok()).count();
            }
            List<Integer> order = new ArrayList<>();
            for (int k = 0; k < slots.size(); k++) {
                order.add(k);
            }
            order.sort(Comparator.comparingInt(k -> fit[k]));
            fillOrder = List.copyOf(order);
        }
        return fillOrder;
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
            CompositionCache.Outcome o = r == null ? null : cache.get(r, slot.target(), step, tolerances);
            if (o != null && o.ok()) {
                return o.meal();
            }
            note(name + ": " + repeatId + " could not be repeated (" + (r == null ? "it no longer suits the meal"
                    : o.failure()) + "); another recipe was chosen");
        }
        List<Recipe> order = new ArrayList<>(pool);
        for (int i = order.size() - 1; i > 0; i--) { // Fisher-Yates with the seed's random numbers
            int j = random.nextInt(i + 1);
            Recipe t = order.get(i);
            order.set(i, order.get(j));
            order.set(j, t);
        }
        Map<Recipe, int[]> score = new LinkedHashMap<>();
        for (Recipe r : order) {
            score.put(r, score(date, name, r));
        }
        order.sort(Comparator.<Recipe>comparingInt(r -> score.get(r)[0])
                .thenComparingInt(r -> score.get(r)[1] + REPEAT_WEIGHT * score.get(r)[2])
                .thenComparingInt(r -> score.get(r)[2]));
        List<String> failures = new ArrayList<>();
        for (Recipe r : order) {
            CompositionCache.Outcome o = cache.get(r, slot.target(), step, tolerances);
            if (o.ok()) {
                int level = score.get(r)[0];
                if (level > 0) {
                    long fit = pool.stream().filter(x -> cache.get(x, slot.target(), step, tolerances).ok()).count();
                    String why = " (" + pool.size() + " recipe" + (pool.size() == 1 ? "" : "s") + " suit "
                            + slot.recipeSlot().word() + " for this child; " + fit + " of them can be composed to "
                            + "its " + Ratio.plain(DayTotals.r1(slot.target().kcal())) + " kcal at "
                            + DayTotals.ratio(slot.target().ratio()) + ")";
                    relax(name + (level >= 2 ? ": a recipe served twice on one day" : ": the same recipe as the day "
                            + "before") + why, date);
                }
                return o.meal();
            }
            failures.add(r.id() + ": " + o.failure());
        }
        throw new NoSolutionException(date + " " + name + ": no " + slot.recipeSlot().word() + " recipe can be "
                + "composed to its " + Ratio.plain(DayTotals.r1(slot.target().kcal())) + " kcal at "
                + DayTotals.ratio(slot.target().ratio()) + ": " + String.join("; ", failures));
    }

    /** {rules broken (2: twice today, 1: same slot yesterday), protein source uses, recipe uses} in the window. */
    private int[] score(LocalDate date, String slot, Recipe r) {
        int level = 0;
        int sources = 0;
        int uses = 0;
        LocalDate from = date.minusDays(WINDOW_DAYS - 1);
        for (Use u : history) {
            if (u.date().isBefore(from) || u.date().isAfter(date)) {
                continue;
            }
            if (u.recipeId().equals(r.id())) {
                uses++;
                if (u.date().equals(date)) {
                    level |= 2;
                } else if (u.date().equals(date.minusDays(1)) && u.slot().equalsIgnoreCase(slot)) {
                    level |= 1;
                }
            }
            if (u.source() == r.proteinSource()) {
                sources++;
            }
        }
        return new int[] {level, sources, uses};
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
