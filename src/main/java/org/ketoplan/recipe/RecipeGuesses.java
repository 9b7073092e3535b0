package org.ketoplan.recipe;

import java.util.Locale;
import org.ketoplan.food.Food;
import org.ketoplan.nutrition.Energy;

/**
 * First guesses for a recipe made from a meal (the browser's "Save as a recipe"), for the dietitian to confirm or
 * change: a food's role in the recipe and the protein source a food stands for. Only proposals: a recipe file
 * always states both.
 */
public final class RecipeGuesses {
    private RecipeGuesses() {
    }

    /**
     * A food's likely role: water and other foods without macronutrients a liquid; a formula; cream; a fat when
     * at least 80 % of its energy is fat; else protein or carbohydrate, whichever it has more of.
     */
    public static Role role(Food f) {
        var m = f.macrosPer100();
        String name = f.name().toLowerCase(Locale.ROOT);
        if (m.fatG() + m.proteinG() + m.carbohydrateG() == 0) {
            return Role.LIQUID;
        }
        if (name.contains("formula") || name.contains("ketocal")) {
            return Role.FORMULA;
        }
        if (name.startsWith("cream")) {
            return Role.CREAM;
        }
        if (Energy.kcal(m.fatG(), 0, 0) >= 0.8 * Energy.kcal(m.fatG(), m.proteinG(), m.netCarbohydrateG())) {
            return Role.FAT;
        }
        return m.proteinG() >= m.netCarbohydrateG() ? Role.PROTEIN : Role.CARBOHYDRATE;
    }

    /** The protein source {@code f} stands for, by its food group and name; dairy when nothing else fits. */
    public static ProteinSource proteinSource(Food f) {
        String name = f.name().toLowerCase(Locale.ROOT);
        String g = (f.group() + " " + name).toLowerCase(Locale.ROOT);
        if (g.contains("formula") || g.contains("ketocal")) {
            return ProteinSource.FORMULA;
        }
        if (g.contains("egg") && !g.contains("dairy and egg") || name.startsWith("egg")) {
            return ProteinSource.EGG;
        }
        if (g.contains("fish")) {
            return ProteinSource.FISH;
        }
        if (g.contains("poultry") || g.contains("beef") || g.contains("pork") || g.contains("lamb")
                || g.contains("sausage")) {
            return ProteinSource.MEAT;
        }
        if (g.contains("nut and seed") || g.contains("legume")) {
            return ProteinSource.PLANT;
        }
        return ProteinSource.DAIRY;
    }
}
