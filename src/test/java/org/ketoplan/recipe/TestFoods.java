package org.ketoplan.recipe;

import java.util.List;
import org.ketoplan.food.Basis;
import org.ketoplan.food.Food;
import org.ketoplan.food.FoodDatabase;
import org.ketoplan.food.FoodDatabases;
import org.ketoplan.nutrition.Nutrient;
import org.ketoplan.nutrition.Nutrients;

/** A few foods with their USDA SR24 values per 100 g, for tests that must not depend on the shipped table. */
final class TestFoods {
    private TestFoods() {
    }

    static Food food(String id, String name, double fat, double protein, double carb, double fibre) {
        Nutrients n = Nutrients.builder().set(Nutrient.FAT, fat).set(Nutrient.PROTEIN, protein)
                .set(Nutrient.CARBOHYDRATE, carb).set(Nutrient.FIBRE, fibre).build();
        return new Food(id, name, "test", Basis.GRAM, n, List.of(), "USDA SR24", "");
    }

    /** SR24 values: 01125 yolk, 01053 heavy cream, 01145 and 01001 butter, 02010 cinnamon, 19296 honey, ... */
    static FoodDatabase database() {
        return FoodDatabases.of(List.of(
                food("01125", "Egg, yolk, raw, fresh", 26.54, 15.86, 3.59, 0.0),
                food("01053", "Cream, fluid, heavy whipping", 37.0, 2.05, 2.79, 0.0),
                food("01145", "Butter, without salt", 81.11, 0.85, 0.06, 0.0),
                food("01001", "Butter, salted", 81.11, 0.85, 0.06, 0.0),
                food("01009", "Cheese, cheddar", 33.14, 24.9, 1.28, 0.0),
                food("02010", "Spices, cinnamon, ground", 1.24, 3.99, 80.59, 53.1),
                food("19296", "Honey", 0.0, 0.3, 82.4, 0.2),
                food("12062", "Nuts, almonds, blanched", 52.52, 21.4, 18.67, 9.9),
                food("12195", "Nuts, almond butter, plain, without salt added", 55.5, 20.96, 18.82, 10.3)),
                "test");
    }
}
