package org.ketoplan.cli;

import org.ketoplan.app.RecipeService;
import org.ketoplan.app.Workspace;
import org.ketoplan.nutrition.Numbers;
import org.ketoplan.common.TextTable;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.ketoplan.food.Food;
import org.ketoplan.food.FoodDatabase;
import org.ketoplan.nutrition.CarbConvention;
import org.ketoplan.nutrition.Macros;
import org.ketoplan.recipe.RecipeIngredient;
import org.ketoplan.recipe.LoadedRecipe;
import org.ketoplan.recipe.Recipe;
import org.ketoplan.recipe.Slot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ketoplan recipe show NAME}: a recipe's ingredients, its own ratio and kcal, and its directions. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show a recipe: ingredients with roles and preferred amounts at its reference size, its own "
                + "ratio and kcal there, and the directions.")
final class RecipeShowCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "ID|NAME", description = "The recipe's id, or words of its name.")
    List<String> name;

    @Option(names = "--carbs", defaultValue = "net", paramLabel = "net|total",
            converter = CarbsConverter.class, description = "Count carbohydrate net (default) or total.")
    CarbConvention carbs;

    @Mixin
    FormatOption format;

    @Mixin
    RecipesOption recipes;

    @Mixin
    FoodsOption foods;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Workspace workspace = Workspaces.of(foods, recipes);
        LoadedRecipe loaded = new RecipeService(workspace).checked(String.join(" ", name));
        FoodDatabase db = workspace.foods();
        Recipe r = loaded.recipe();
        Macros total = r.macros(db);
        PrintWriter out = spec.commandLine().getOut();
        if (format.json()) {
            Json.print(out, json(r, db, total));
            return ExitCodes.OK;
        }
        out.println(r.name() + "  [" + r.id() + "]");
        out.println("For:   " + r.slots().stream().map(Slot::word).collect(Collectors.joining(", ")) + "; from "
                + r.minAgeMonths() + " months; " + r.texture().word() + "; protein from " + r.proteinSource().word());
        out.println("Allergens: " + allergens(r, db).describe());
        out.println("Size:  " + Numbers.plain(r.referenceKcal()) + " kcal (reference); the amounts scale with a "
                + "meal's kcal, least and most too");
        out.println();
        TextTable t = new TextTable("role", "food", ">amount", ">least", ">most", ">fat g", ">protein g",
                ">carb g (" + carbs.word() + ")");
        for (RecipeIngredient i : r.ingredients()) {
            Food f = db.byId(i.food()).orElseThrow();
            String unit = " " + f.unit();
            String food = i.food() + " " + FoodText.shorten(f.name(), 40);
            if (!i.counted()) {
                t.row(i.role().word(), food, amount(i.grams()) + unit, "", "", "not counted");
                continue;
            }
            Macros m = f.macros(i.grams());
            t.row(i.role().word(), food, amount(i.grams()) + unit, amount(i.min()),
                    Double.isInfinite(i.max()) ? "any" : amount(i.max()),
                    TextTable.fixed(m.fatG(), 2), TextTable.fixed(m.proteinG(), 2),
                    TextTable.fixed(m.carbohydrate(carbs), 2));
        }
        t.rule();
        t.row("total", "", "", "", "", TextTable.fixed(total.fatG(), 2), TextTable.fixed(total.proteinG(), 2),
                TextTable.fixed(total.carbohydrate(carbs), 2));
        out.print(t.render());
        out.println("At these amounts: " + TextTable.fixed(total.kcal(carbs), 1) + " kcal, ratio "
                + FoodText.ratio(ratio(total)) + " (carbohydrate counted " + convention() + "; 9/4/4 kcal per g).");
        notes(out, r);
        out.println();
        out.println("Directions:");
        for (int k = 0; k < r.directions().size(); k++) {
            out.println("  " + (k + 1) + ". " + r.directions().get(k));
        }
        return ExitCodes.OK;
    }

    private void notes(PrintWriter out, Recipe r) {
        List<String> notes = new ArrayList<>();
        for (RecipeIngredient i : r.ingredients()) {
            if (!i.note().isEmpty()) {
                notes.add(i.food() + ": " + i.note());
            }
        }
        if (!notes.isEmpty()) {
            out.println();
            out.println("Notes:");
            notes.forEach(n -> out.println("  " + n));
        }
    }

    private Double ratio(Macros m) {
        double v = m.ratio(carbs);
        return Double.isInfinite(v) ? null : v;
    }

    private String convention() {
        return carbs == CarbConvention.NET ? "net: total minus fibre" : "total: fibre included";
    }

    /** The recipe's allergen groups: those it declares and those of its foods (complete when all of theirs are). */
    private static org.ketoplan.food.Allergens allergens(Recipe r, FoodDatabase db) {
        org.ketoplan.food.Allergens all = org.ketoplan.food.Allergens.exactly(r.allergens());
        for (RecipeIngredient i : r.ingredients()) {
            all = all.plus(db.byId(i.food()).map(org.ketoplan.food.Food::allergens)
                    .orElse(org.ketoplan.food.Allergens.UNKNOWN));
        }
        return all;
    }

    private Map<String, Object> json(Recipe r, FoodDatabase db, Macros total) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("name", r.name());
        m.put("slots", r.slots().stream().map(Slot::word).toList());
        m.put("min_age_months", r.minAgeMonths());
        m.put("texture", r.texture().word());
        m.put("protein_source", r.proteinSource().word());
        m.put("reference_kcal", r.referenceKcal());
        m.put("allergens", allergens(r, db).words());
        m.put("allergens_complete", allergens(r, db).complete());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (RecipeIngredient i : r.ingredients()) {
            Food f = db.byId(i.food()).orElseThrow();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("food", i.food());
            row.put("food_name", f.name());
            row.put("role", i.role().word());
            row.put("amount", i.grams());
            row.put("unit", f.unit());
            row.put("min", i.min());
            row.put("max", Double.isInfinite(i.max()) ? null : i.max());
            row.put("counted", i.counted());
            row.put("note", i.note());
            if (i.counted()) {
                Macros x = f.macros(i.grams());
                row.put("fat_g", Json.round(x.fatG(), 3));
                row.put("protein_g", Json.round(x.proteinG(), 3));
                row.put("carb_g", Json.round(x.carbohydrate(carbs), 3));
            }
            rows.add(row);
        }
        m.put("ingredients", rows);
        m.put("carbs", carbs.word());
        m.put("fat_g", Json.round(total.fatG(), 3));
        m.put("protein_g", Json.round(total.proteinG(), 3));
        m.put("carb_g", Json.round(total.carbohydrate(carbs), 3));
        m.put("kcal", Json.round(total.kcal(carbs), 2));
        Double ratio = ratio(total);
        m.put("ratio", ratio == null ? null : Json.round(ratio, 3));
        m.put("directions", r.directions());
        return m;
    }

    private static String amount(double v) {
        return v == Math.rint(v) ? TextTable.fixed(v, 0) : v >= 10 ? TextTable.fixed(v, 1) : TextTable.fixed(v, 2)
                .replaceAll("0$", "");
    }
}
