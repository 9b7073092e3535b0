package org.ketoplan.compose;

import java.util.List;
import org.ketoplan.food.Basis;
import org.ketoplan.food.Food;
import org.ketoplan.nutrition.CarbConvention;
import org.ketoplan.nutrition.Nutrient;
import org.ketoplan.nutrition.Nutrients;
import org.ketoplan.prescription.MealTarget;

/** Fixed foods for the composer's tests, with the values of their sources per 100 g (or 100 ml). */
final class Fixtures {
    /** USDA SR 01053 Cream, fluid, heavy whipping: fat 37.0, protein 2.05, carbohydrate 2.79, fibre 0. */
    static final Food CREAM = food("01053", "Cream, fluid, heavy whipping", 37.0, 2.05, 2.79, 0);
    /** USDA SR 01001 Butter, salted: fat 81.11, protein 0.85, carbohydrate 0.06. */
    static final Food BUTTER = food("01001", "Butter, salted", 81.11, 0.85, 0.06, 0);
    /** USDA SR 05064 Chicken, broilers or fryers, breast, meat only, cooked, roasted: fat 3.57, protein 31.02, carb 0. */
    static final Food CHICKEN = food("05064", "Chicken breast, roasted", 3.57, 31.02, 0, 0);
    /** USDA SR 11090 Broccoli, raw: fat 0.37, protein 2.82, carbohydrate 6.64, fibre 2.6 (net 4.04). */
    static final Food BROCCOLI = food("11090", "Broccoli, raw", 0.37, 2.82, 6.64, 2.6);
    /** USDA SR 04053 Oil, olive, salad or cooking: fat 100. */
    static final Food OIL = food("04053", "Olive oil", 100, 0, 0, 0);
    /** USDA SR 01123 Egg, whole, raw, fresh: fat 9.51, protein 12.56, carbohydrate 0.72. */
    static final Food EGG = food("01123", "Egg, whole, raw", 9.51, 12.56, 0.72, 0);
    /** USDA SR 02047 Salt, table: no fat, protein or carbohydrate. */
    static final Food SALT = food("02047", "Salt, table", 0, 0, 0, 0);
    /** USDA SR 11206 Cucumber, peeled, raw: fat 0.16, protein 0.59, carbohydrate 2.16, fibre 0.7 (net 1.46). */
    static final Food CUCUMBER = food("11206", "Cucumber, peeled, raw", 0.16, 0.59, 2.16, 0.7);
    /** USDA SR 01145 Butter, without salt: fat 81.11, protein 0.85, carbohydrate 0.06. */
    static final Food UNSALTED_BUTTER = food("01145", "Butter, without salt", 81.11, 0.85, 0.06, 0);
    /** USDA SR 09040 Bananas, raw: fat 0.33, protein 1.09, carbohydrate 22.84, fibre 2.6 (net 20.24). */
    static final Food BANANA = food("09040", "Bananas, raw", 0.33, 1.09, 22.84, 2.6);
    /** USDA SR 90240 Mollusks, scallop, cooked, steamed: fat 0.84, protein 20.54, carbohydrate 5.41, fibre 0. */
    static final Food SCALLOP = food("90240", "Mollusks, scallop, cooked, steamed", 0.84, 20.54, 5.41, 0);
    /** USDA SR 01125 Egg, yolk, raw, fresh: fat 26.54, protein 15.86, carbohydrate 3.59. */
    static final Food EGG_YOLK = food("01125", "Egg, yolk, raw, fresh", 26.54, 15.86, 3.59, 0);
    /** USDA SR 11282 Onions, raw: fat 0.1, protein 1.1, carbohydrate 9.34, fibre 1.7. */
    static final Food ONION = food("11282", "Onions, raw", 0.1, 1.1, 9.34, 1.7);

    /**
     * KetoCal 4:1 powder per 100 g (clinical.md, nutricia.ca): 705 kcal on the label, fat 69.2, protein 14.4,
     * carbohydrate 8.2 total with 5.3 fibre (2.9 net).
     */
    static final Food KETOCAL_4 = product("ketocal-4to1-powder", "KetoCal 4:1 powder", Basis.GRAM, 705, 69.2, 14.4,
            8.2, 5.3);
    /** Liquigen per 100 ml (clinical.md): 450 kcal, fat 50, no protein or carbohydrate. */
    static final Food LIQUIGEN = product("liquigen", "Liquigen", Basis.MILLILITRE, 450, 50, 0, 0, 0);
    /** Protifar per 100 g (clinical.md, unverified): protein 87.2, carbohydrate 1.4, fat 1.6. */
    static final Food PROTIFAR = product("protifar", "Protifar", Basis.GRAM, 370, 1.6, 87.2, 1.4, 0);
    /** Breast milk per 100 ml (clinical.md, PMC3586783): fat 3.5, protein 0.9, carbohydrate 6.7, 65-70 kcal. */
    static final Food BREAST_MILK = product("breast-milk-expressed", "Breast milk, expressed", Basis.MILLILITRE, 67,
            3.5, 0.9, 6.7, 0);
    /** Whey infant formula powder per 100 g: clinical.md gives 66 kcal, 1.3 protein, 7.2 carb, 3.6 fat per 100 ml
     *  made of 13 g powder, so per 100 g powder: fat 27.7, protein 10.0, carbohydrate 55.4. */
    static final Food INFANT_FORMULA = product("infant-formula-standard-powder", "Infant formula, standard powder",
            Basis.GRAM, 508, 27.7, 10.0, 55.4, 0);

    private Fixtures() {
    }

    static Food food(String id, String name, double fat, double protein, double carb, double fibre) {
        return new Food(id, name, "test", Basis.GRAM, Nutrients.builder().set(Nutrient.FAT, fat)
                .set(Nutrient.PROTEIN, protein).set(Nutrient.CARBOHYDRATE, carb).set(Nutrient.FIBRE, fibre).build(),
                List.of(), "test fixture", "");
    }

    static Food product(String id, String name, Basis basis, double kcal, double fat, double protein, double carb,
                        double fibre) {
        return new Food(id, name, "Ketogenic formulas and modules", basis, Nutrients.builder()
                .set(Nutrient.ENERGY, kcal).set(Nutrient.FAT, fat).set(Nutrient.PROTEIN, protein)
                .set(Nutrient.CARBOHYDRATE, carb).set(Nutrient.FIBRE, fibre).build(), List.of(), "test fixture", "");
    }

    /** The target at {@code kcal} and ratio {@code r} with {@code protein} g protein, net carbohydrate. */
    static MealTarget target(double kcal, double r, double protein) {
        return MealTarget.of("meal", kcal, r, protein, CarbConvention.NET);
    }
}
