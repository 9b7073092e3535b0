package org.ketoplan.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.ketoplan.common.BadInputException;
import org.ketoplan.common.NoSolutionException;
import org.ketoplan.compose.ComposedMeal;
import org.ketoplan.compose.Ingredient;
import org.ketoplan.compose.MealBands;
import org.ketoplan.compose.MealRequest;
import org.ketoplan.compose.Portion;
import org.ketoplan.food.FoodDatabase;
import org.ketoplan.nutrition.CarbConvention;
import org.ketoplan.nutrition.Numbers;
import org.ketoplan.prescription.MealTarget;
import org.ketoplan.recipe.Recipe;
import org.ketoplan.recipe.Slot;
import org.ketoplan.safety.SafetyPolicy;
import org.ketoplan.safety.Serving;

/**
 * One meal of a plan composed again, the rest of the plan kept: from another recipe (a swap) or from its own
 * recipe (re-solved). The recipe is composed to that meal's stored targets with the plan's step and bands and the
 * planner's caps for the child ({@link MenuPlanner}'s limits), under the same safety policy and the same slot and
 * age rules as the planner; the day's totals and checks are worked out again.
 */
public final class MealSwap {
    private MealSwap() {
    }

    /**
     * The meal {@code slot} of {@code date} in {@code plan}.
     *
     * @throws BadInputException for a date outside the plan or a meal it does not have that day
     */
    public static PlannedMeal meal(Plan plan, LocalDate date, String slot) {
        PlanDay day = plan.day(date).orElseThrow(() -> new BadInputException("date: " + date + " is outside the "
                + "plan (" + plan.start() + " to " + plan.end() + ")"));
        return day.meal(slot == null ? "" : slot).orElseThrow(() -> new BadInputException("meal: the plan has no "
                + "meal '" + slot + "' on " + date));
    }

    /** The recipe slot (breakfast, lunch, dinner, snack or feed) of the plan's meal {@code slot}, as the planner maps it. */
    public static Slot recipeSlot(Plan plan, String slot) {
        return slotPlan(plan, slot).recipeSlot();
    }

    private static PlanParts.SlotPlan slotPlan(Plan plan, String slot) {
        int age = (int) Math.floor(plan.patient().ageMonths());
        return PlanParts.slots(plan.prescription(), age).stream()
                .filter(s -> s.slot().name().equalsIgnoreCase(slot)).findFirst()
                .orElseThrow(() -> new BadInputException("meal: '" + slot + "' is not a meal of the plan's "
                        + "prescription"));
    }

    /**
     * {@code plan} with the meal {@code slot} of {@code date} composed from {@code recipe}.
     *
     * @throws BadInputException for a date outside the plan, an unknown meal, a feed, a recipe that does not suit
     *     the meal or the child's age, or one with a food this child must not have
     * @throws NoSolutionException when the recipe cannot be composed to the meal's targets within its bands
     */
    public static Plan compose(Plan plan, LocalDate date, String slot, Recipe recipe, FoodDatabase foods,
                               SafetyPolicy safety) {
        Objects.requireNonNull(recipe, "recipe");
        PlannedMeal meal = notFeed(plan, date, slot);
        int age = (int) Math.floor(plan.patient().ageMonths());
        PlanParts.SlotPlan stored = slotPlan(plan, meal.slot());
        if (!recipe.suits(stored.recipeSlot())) {
            throw new BadInputException("recipe: " + recipe.id() + " is not a " + stored.recipeSlot().word()
                    + " recipe, so it cannot be the " + meal.slot());
        }
        if (!recipe.suitsAge(age)) {
            throw new BadInputException("recipe: " + recipe.id() + " is for children older than " + age
                    + " months");
        }
        safety.check(recipe, foods);
        CarbConvention conv = plan.prescription().carbConvention();
        MealTarget target = PlanParts.target(meal, conv);
        CompositionCache.Outcome o = new CompositionCache(foods, false, true).get(recipe, target,
                plan.tolerances().step(), plan.tolerances().composer(),
                MenuPlanner.limits(plan.patient().weightKg(), null), Map.of());
        if (!o.ok()) {
            throw new NoSolutionException(date + " " + meal.slot() + ": " + recipe.id() + " cannot be composed to "
                    + "this meal's targets: " + o.failure());
        }
        PlannedMeal again = PlanParts.meal(new PlanParts.SlotPlan(planSlot(meal, target), stored.recipeSlot()),
                o.meal());
        String note = date + " " + meal.slot() + ": " + (recipe.id().equals(meal.recipeId()) ? "composed again from "
                : meal.recipeId() == null ? "swapped to " : "swapped from " + meal.recipeId() + " to ") + recipe.id();
        return replaced(plan, date, meal, again, foods, safety, note);
    }

    /**
     * {@code plan} with the meal {@code slot} of {@code date} set to the given foods at the given amounts (a meal
     * put together in the meal builder): no recipe, its totals and bands worked out against that meal's stored
     * targets with the plan's step and bands and the planner's caps, the day's totals and checks again.
     *
     * @param portions the foods and their amounts (counted); foods at 0 are left out
     * @param outOfBand true to save a meal outside its bands (the plan's note says so); false refuses it
     * @throws BadInputException for a date outside the plan, an unknown meal, a feed, no food above 0, a food this
     *     child must not have, or a meal outside its bands without {@code outOfBand}
     */
    public static Plan set(Plan plan, LocalDate date, String slot, List<Portion> portions, FoodDatabase foods,
                           SafetyPolicy safety, boolean outOfBand) {
        PlannedMeal meal = notFeed(plan, date, slot);
        List<Portion> kept = portions.stream().filter(p -> p.amount() > 0).toList();
        if (kept.isEmpty()) {
            throw new BadInputException("meal: it has no food above 0 g to save");
        }
        safety.check(kept.stream().map(Portion::food).toList(), Serving.LOOSE);
        PlanParts.SlotPlan stored = slotPlan(plan, meal.slot());
        MealTarget target = PlanParts.target(meal, plan.prescription().carbConvention());
        MealBands bands = MealBands.of(new MealRequest(target, kept.stream().map(p -> Ingredient.free(p.food()))
                .toList(), plan.tolerances().step(), plan.tolerances().composer(),
                MenuPlanner.limits(plan.patient().weightKg(), null)));
        ComposedMeal built = new ComposedMeal(kept, bands, plan.tolerances().step(), "set in the meal builder");
        List<String> outside = built.checks().stream().filter(b -> !b.holds()).map(b -> b.name() + " "
                + Numbers.trimmed(b.achieved(), 2) + " (allowed " + (Double.isInfinite(b.low()) ? "at most "
                : Numbers.trimmed(b.low(), 2) + " to ") + Numbers.trimmed(b.high(), 2) + ")").toList();
        if (!outside.isEmpty() && !outOfBand) {
            throw new BadInputException("meal: outside its band: " + String.join(", ", outside)
                    + "; save it only if you mean to, with 'save although out of band'");
        }
        PlannedMeal again = PlanParts.meal(new PlanParts.SlotPlan(planSlot(meal, target), stored.recipeSlot()),
                built, null, null, List.of());
        String note = date + " " + meal.slot() + ": set in the meal builder" + (outside.isEmpty() ? ""
                : ", saved although out of band: " + String.join(", ", outside));
        return replaced(plan, date, meal, again, foods, safety, note);
    }

    /** The meal {@code slot} of {@code date}, refused when it is a feed (feeds are made up for the whole day). */
    private static PlannedMeal notFeed(Plan plan, LocalDate date, String slot) {
        PlannedMeal meal = meal(plan, date, slot);
        if (meal.kind() == MealKind.FEED || meal.kind() == MealKind.BREASTFEED) {
            throw new BadInputException("meal: " + meal.slot() + " on " + date + " is a " + meal.kind().word()
                    + "; feeds are made up for the whole day, plan the day again to change them");
        }
        return meal;
    }

    private static PlanSlot planSlot(PlannedMeal meal, MealTarget target) {
        return new PlanSlot(meal.time(), meal.kind() == null ? MealKind.MEAL : meal.kind(), target);
    }

    /** {@code plan} with {@code meal} of {@code date} replaced by {@code again}, the day worked out again, the note added. */
    private static Plan replaced(Plan plan, LocalDate date, PlannedMeal meal, PlannedMeal again, FoodDatabase foods,
                                 SafetyPolicy safety, String note) {
        int age = (int) Math.floor(plan.patient().ageMonths());
        Map<String, PlanFood> current = new LinkedHashMap<>();
        plan.foods().forEach(f -> current.put(f.id(), f));
        again.foods().forEach(f -> current.computeIfAbsent(f.id(), id -> PlanFood.of(foods.byId(id)
                .orElseThrow())));
        List<PlanDay> days = new ArrayList<>();
        for (PlanDay d : plan.days()) {
            if (!d.date().equals(date)) {
                days.add(d);
                continue;
            }
            List<PlannedMeal> meals = new ArrayList<>(d.meals());
            meals.set(meals.indexOf(meal), again);
            PlanPrescription rx = d.ramp() == null ? plan.prescription() : DayTotals.targetsOf(meals,
                    plan.prescription());
            days.add(DayTotals.day(d.date(), meals, current, rx, age, new DayTotals.Extras(d.ramp(), d.feedBatch(),
                    d.checks() == null ? null : d.checks().feeds(), plan.patient().weightKg())));
        }
        TreeSet<String> used = new TreeSet<>();
        days.forEach(d -> {
            d.meals().forEach(m -> m.foods().forEach(f -> used.add(f.id())));
            if (d.feedBatch() != null) {
                d.feedBatch().foods().forEach(f -> used.add(f.id()));
            }
        });
        List<PlanFood> kept = used.stream().map(current::get).filter(Objects::nonNull).toList();
        List<String> notes = new ArrayList<>(plan.notes());
        notes.add(note);
        for (String n : safety.notices(kept.stream().map(f -> foods.byId(f.id())).flatMap(Optional::stream)
                .toList())) {
            if (!notes.contains(n)) {
                notes.add(n);
            }
        }
        return new Plan(plan.formatVersion(), plan.foodDataVersion(), plan.seed(), plan.patient(),
                plan.prescription(), plan.tolerances(), kept, days, notes);
    }
}
