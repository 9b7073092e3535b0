package org.ketoplan.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ketoplan.food.Food;
import org.ketoplan.food.FoodDatabase;
import org.ketoplan.food.HouseholdMeasure;
import org.ketoplan.plan.Plan;
import org.ketoplan.plan.PlanDay;
import org.ketoplan.plan.PlanFood;
import org.ketoplan.plan.PlannedFood;
import org.ketoplan.plan.PlannedMeal;

/** What to buy for a plan: the total amount of each food over the period, with a household measure if known. */
public final class ShoppingList {
    private ShoppingList() {
    }

    /**
     * One food to buy.
     *
     * @param id the food's id
     * @param name the food's name
     * @param unit "g" or "ml"
     * @param total the amount over the whole plan
     * @param measure the household measure to count it in, or empty when the database has none for this id
     */
    public record Item(String id, String name, String unit, double total, Optional<HouseholdMeasure> measure) {
        /** How many measures the total makes (0 without a measure). */
        public double measures() {
            return measure.map(m -> total / m.grams() * m.amount()).orElse(0.0);
        }
    }

    /**
     * The foods of {@code plan} in the order of {@link Plan#foods()} (then any others in order of first use),
     * with totals; measures come from {@code database} by id, or are empty when it is null or lacks the id.
     */
    public static List<Item> of(Plan plan, FoodDatabase database) {
        Map<String, Double> totals = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, String> units = new LinkedHashMap<>();
        for (PlanFood f : plan.foods()) {
            names.put(f.id(), f.name() == null ? f.id() : f.name());
            units.put(f.id(), f.unit());
        }
        for (PlanDay day : plan.days()) {
            for (PlannedMeal meal : day.meals()) {
                for (PlannedFood f : meal.foods()) {
                    totals.merge(f.id(), f.amount(), Double::sum);
                    names.putIfAbsent(f.id(), f.name() == null ? f.id() : f.name());
                    units.putIfAbsent(f.id(), f.unit());
                }
            }
        }
        List<Item> items = new ArrayList<>();
        for (Map.Entry<String, String> e : names.entrySet()) {
            Double total = totals.get(e.getKey());
            if (total == null) {
                continue;
            }
            Optional<Food> food = database == null ? Optional.empty() : database.byId(e.getKey());
            items.add(new Item(e.getKey(), e.getValue(), units.get(e.getKey()), total,
                    food.flatMap(f -> measure(f.measures(), total))));
        }
        return items;
    }

    /**
     * The measure that counts {@code total} in the fewest whole-ish units: the largest one the total fills at
     * least once, or the smallest when the total is less than every measure.
     */
    static Optional<HouseholdMeasure> measure(List<HouseholdMeasure> measures, double total) {
        HouseholdMeasure best = null;
        HouseholdMeasure smallest = null;
        for (HouseholdMeasure m : measures) {
            double each = m.grams() / m.amount();
            if (smallest == null || each < smallest.grams() / smallest.amount()) {
                smallest = m;
            }
            if (each <= total && (best == null || each > best.grams() / best.amount())) {
                best = m;
            }
        }
        return Optional.ofNullable(best != null ? best : smallest);
    }
}
