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

/**
 * What to buy for a plan: the total amount of each food over the period, with a household measure if known. Tap
 * water is not bought (it is left out and said so), and a food weighed cooked says that it is bought raw.
 */
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
     * @param note what to know when buying it ("weighed cooked: buy it raw ..."), or ""
     */
    public record Item(String id, String name, String unit, double total, Optional<HouseholdMeasure> measure,
                       String note) {
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
            units.put(f.id(), f.unit().unit());
        }
        for (PlanDay day : plan.days()) {
            for (PlannedMeal meal : day.meals()) {
                for (PlannedFood f : meal.foods()) {
                    totals.merge(f.id(), f.amount(), Double::sum);
                    names.putIfAbsent(f.id(), f.name() == null ? f.id() : f.name());
                    units.putIfAbsent(f.id(), f.unit().unit());
                }
            }
        }
        List<Item> items = new ArrayList<>();
        for (Map.Entry<String, String> e : names.entrySet()) {
            Double total = totals.get(e.getKey());
            if (total == null) {
                continue;
            }
            if (tapWater(e.getValue())) {
                continue;
            }
            Optional<Food> food = database == null ? Optional.empty() : database.byId(e.getKey());
            items.add(new Item(e.getKey(), e.getValue(), units.get(e.getKey()), total,
                    food.flatMap(f -> measure(f.measures(), total)), COOKED.matcher(e.getValue()).find()
                    ? "weighed cooked: buy it raw, it weighs more before cooking" : ""));
        }
        return items;
    }

    /** The tap water {@link #of} leaves out, by id, with its total: it comes from the tap. */
    public static Map<String, Double> tapWater(Plan plan) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (PlanDay day : plan.days()) {
            for (PlannedMeal meal : day.meals()) {
                for (PlannedFood f : meal.foods()) {
                    if (tapWater(f.name() == null ? "" : f.name())) {
                        out.merge(f.id(), f.amount(), Double::sum);
                    }
                }
            }
        }
        return out;
    }

    /** Words of a food's name that say it is weighed cooked. */
    private static final java.util.regex.Pattern COOKED = java.util.regex.Pattern.compile(
            "\\b(cooked|boiled|roasted|baked|broiled|grilled|fried|pan-browned|braised|steamed|stewed|poached|"
                    + "dry heat)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** True for tap (or boiled tap) water, which is not bought. */
    private static boolean tapWater(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        return n.startsWith("water, tap") || n.equals("tap water") || n.startsWith("water, municipal");
    }

    /** Measures of volume or weight, as opposed to countable items ("large", "stick", "breast"). */
    private static final java.util.regex.Pattern VOLUME = java.util.regex.Pattern.compile(
            "^(cups?|tbsp|tsp|tablespoons?|teaspoons?|fl oz|fluid ounces?|oz|ounces?|ml|l|liters?|litres?"
                    + "|pints?|quarts?|qt|gallons?|lb|pounds?|g|cubic|dash|pinch)\\b.*",
            java.util.regex.Pattern.CASE_INSENSITIVE);
    /** Beyond this many items a countable measure stops helping ("58 pats of butter"). */
    private static final double MAX_ITEMS = 60;

    /**
     * The measure to count {@code total} in: a countable item (a large yolk, a stick of butter) when the total
     * fills at least one and at most {@value #MAX_ITEMS}; otherwise the largest measure the total fills at least
     * once, or the smallest when the total is less than every measure.
     */
    static Optional<HouseholdMeasure> measure(List<HouseholdMeasure> measures, double total) {
        List<HouseholdMeasure> countable = measures.stream().filter(m -> !VOLUME.matcher(m.name()).matches())
                .toList();
        Optional<HouseholdMeasure> item = largestFilled(countable, total);
        if (item.isPresent() && total / each(item.get()) <= MAX_ITEMS) {
            return item;
        }
        return largestFilled(measures, total).or(() -> measures.stream()
                .min(java.util.Comparator.comparingDouble(ShoppingList::each)));
    }

    private static Optional<HouseholdMeasure> largestFilled(List<HouseholdMeasure> measures, double total) {
        return measures.stream().filter(m -> each(m) <= total)
                .max(java.util.Comparator.comparingDouble(ShoppingList::each));
    }

    private static double each(HouseholdMeasure m) {
        return m.grams() / m.amount();
    }
}
