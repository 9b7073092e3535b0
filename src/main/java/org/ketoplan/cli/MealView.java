package org.ketoplan.cli;

import org.ketoplan.nutrition.Numbers;
import org.ketoplan.common.TextTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ketoplan.compose.Band;
import org.ketoplan.compose.ComposedMeal;
import org.ketoplan.compose.MealTargets;
import org.ketoplan.compose.Portion;
import org.ketoplan.food.Basis;
import org.ketoplan.nutrition.CarbConvention;
import org.ketoplan.nutrition.Macros;
import org.ketoplan.nutrition.Ratio;
import org.ketoplan.prescription.MealTarget;

/** Renders a composed meal as a text table or as JSON. */
final class MealView {
    private MealView() {
    }

    /** The JSON object: foods, totals, target, bands, convention and step. */
    static Map<String, Object> json(ComposedMeal meal) {
        CarbConvention conv = meal.carbs();
        List<Map<String, Object>> foods = new ArrayList<>();
        for (Portion p : meal.portions()) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("id", p.food().id());
            f.put("name", p.food().name());
            boolean ml = p.food().basis() == Basis.MILLILITRE;
            f.put("grams", ml ? null : p.amount()); // a liquid is measured in ml; its density is not known
            if (ml) {
                f.put("ml", p.amount());
            }
            Macros m = p.macros();
            f.put("fat_g", Json.round(m.fatG(), 2));
            f.put("protein_g", Json.round(m.proteinG(), 2));
            f.put("carb_g", Json.round(m.carbohydrate(conv), 2));
            f.put("kcal", Json.round(m.kcal(conv), 1));
            f.put("counted", p.counted());
            foods.add(f);
        }
        Macros t = meal.totals();
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("foods", foods);
        j.put("fat_g", Json.round(t.fatG(), 2));
        j.put("protein_g", Json.round(t.proteinG(), 2));
        j.put("carb_g", Json.round(t.carbohydrate(conv), 2));
        j.put("kcal", Json.round(meal.kcal(), 1));
        j.put("ratio", Json.round(meal.ratio(), 3));
        j.put("target", target(meal.target()));
        j.put("within_tolerance", meal.withinTolerance());
        List<Map<String, Object>> bands = new ArrayList<>();
        for (Band b : meal.checks()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("band", b.name());
            m.put("target", Json.round(b.target(), 3));
            m.put("low", Double.isInfinite(b.low()) ? null : Json.round(b.low(), 3));
            m.put("high", Double.isInfinite(b.high()) ? null : Json.round(b.high(), 3));
            m.put("achieved", Json.round(b.achieved(), 3));
            m.put("holds", b.holds());
            bands.add(m);
        }
        j.put("bands", bands);
        j.put("carb_convention", conv.word());
        j.put("step", meal.step());
        return j;
    }

    static Map<String, Object> target(MealTarget t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kcal", Json.round(t.kcal(), 1));
        m.put("ratio", Json.round(t.ratio(), 3));
        m.put("fat_g", Json.round(t.fatG(), 2));
        m.put("protein_g", Json.round(t.proteinG(), 2));
        m.put("carb_g", Json.round(t.carbG(), 2));
        return m;
    }

    /** The text: foods table with totals, then target against achieved with a mark per band. */
    static String text(ComposedMeal meal, boolean defaultProtein) {
        CarbConvention conv = meal.carbs();
        int decimals = meal.step() < 1 ? 1 : 0;
        TextTable foods = new TextTable("food", ">amount", ">fat g", ">protein g", ">carb g", ">kcal");
        for (Portion p : meal.portions()) {
            Macros m = p.macros();
            String amount = (p.counted() ? TextTable.fixed(p.amount(), decimals) : Numbers.plain(p.amount())) + " "
                    + p.food().unit(); // a pinch of a seasoning is weighed to 0.1 g whatever the step
            if (p.counted()) {
                foods.row(p.food().name() + " [" + p.food().id() + "]", amount, g(m.fatG()), g(m.proteinG()),
                        g(m.carbohydrate(conv)), TextTable.fixed(m.kcal(conv), 1));
            } else {
                foods.row(p.food().name() + " [" + p.food().id() + "] (not counted)", amount, "-", "-", "-", "-");
            }
        }
        Macros t = meal.totals();
        foods.rule();
        foods.row("total", "", g(t.fatG()), g(t.proteinG()), g(t.carbohydrate(conv)), TextTable.fixed(meal.kcal(), 1));
        StringBuilder sb = new StringBuilder(foods.render()).append('\n');
        MealTarget target = meal.target();
        List<Band> bands = meal.checks();
        TextTable check = new TextTable("", ">target", ">achieved", ">allowed", "");
        Band ratio = bands.get(0);
        Band energy = bands.get(1);
        Band protein = bands.get(2);
        Band carb = bands.get(3);
        check.row("ratio", Ratio.format(round(target.ratio(), 2)), Ratio.format(round(meal.ratio(), 2)),
                TextTable.fixed(ratio.low(), 2) + " to " + TextTable.fixed(ratio.high(), 2), mark(ratio));
        check.row("kcal", TextTable.fixed(target.kcal(), 1), TextTable.fixed(meal.kcal(), 1),
                TextTable.fixed(energy.low(), 1) + " to " + TextTable.fixed(energy.high(), 1), mark(energy));
        check.row("fat (g)", g(target.fatG()), g(t.fatG()), "", "");
        check.row("protein (g)", g(target.proteinG()), g(t.proteinG()), g(protein.low()) + " to "
                + g(protein.high()), mark(protein));
        check.row("carbohydrate, " + conv.word() + " (g)", g(target.carbG()), g(t.carbohydrate(conv)),
                "at most " + g(carb.high()), mark(carb));
        if (bands.size() > 4) {
            Band weight = bands.get(4);
            check.row("meal weight (g)", "", TextTable.fixed(weight.achieved(), 0), "at most "
                    + TextTable.fixed(weight.high(), 0), mark(weight));
        }
        sb.append(check.render()).append('\n');
        sb.append(meal.withinTolerance() ? "Every band holds." : "NOT every band holds.").append('\n');
        sb.append("Carbohydrate counted ").append(conv == CarbConvention.NET ? "net (total - fibre)" : "total")
                .append("; kcal by 9/4/4; amounts in ").append(Numbers.plain(meal.step())).append(" g steps.\n");
        if (defaultProtein) {
            sb.append("Protein target: the default ").append(Numbers.plain(MealTargets.DEFAULT_PROTEIN_G_PER_100_KCAL))
                    .append(" g per 100 kcal (Nation 2014, doi:10.1177/0883073813508222); set it with --protein.\n");
        }
        return sb.toString();
    }

    /**
     * Prints a composed recipe: the meal as {@code meal} shows it, then the directions and the safety notes (or all
     * of it as JSON). {@code meal --recipe} and {@code recipe fit} both show it so.
     */
    static void recipe(java.io.PrintWriter out, boolean json, org.ketoplan.app.MealService.RecipeResult r) {
        org.ketoplan.recipe.Recipe recipe = r.recipe();
        if (json) {
            Map<String, Object> j = new LinkedHashMap<>();
            j.put("recipe", recipe.id());
            j.put("name", recipe.name());
            j.put("meal", r.mealName());
            j.putAll(json(r.meal().withUncounted()));
            j.put("directions", recipe.directions());
            j.put("safety_notes", r.safetyNotes());
            Json.print(out, j);
            return;
        }
        out.println(recipe.name() + " [" + recipe.id() + "] for " + r.mealName() + ":");
        out.println();
        out.print(text(r.meal().withUncounted(), false));
        out.println();
        int k = 1;
        for (String d : recipe.directions()) {
            out.println((k++) + ". " + d);
        }
        SafetyOptions.print(out, r.safetyNotes());
    }

    private static String mark(Band b) {
        return b.holds() ? "✓" : "✗";
    }

    private static String g(double v) {
        return TextTable.fixed(v, v < 10 ? 2 : 1);
    }

    private static double round(double v, int d) {
        return Json.round(v, d);
    }
}
