package org.ketoplan.cli;

import org.ketoplan.nutrition.Numbers;
import org.ketoplan.app.FormulaService;

import org.ketoplan.common.TextTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ketoplan.compose.Band;
import org.ketoplan.compose.ComposedMeal;
import org.ketoplan.compose.FormulaFeeds;
import org.ketoplan.compose.MealTargets;
import org.ketoplan.compose.Portion;
import org.ketoplan.food.Basis;
import org.ketoplan.nutrition.CarbConvention;
import org.ketoplan.nutrition.Macros;
import org.ketoplan.nutrition.Ratio;

/** Renders a day of formula feeds as text or JSON. */
final class FormulaView {
    private FormulaView() {
    }

    /** The JSON object: products, water, volume, energy, ratio, macros, per feed, warnings. */
    static Map<String, Object> json(FormulaFeeds f, String fluidBasis, double powderMlPerG) {
        ComposedMeal day = f.day();
        Map<String, Object> j = amounts(f, 1);
        j.put("feeds", f.feeds());
        j.put("per_feed", amounts(f, f.feeds()));
        j.put("warnings", f.warnings(FieldOptions::dashed));
        j.put("target", MealView.target(day.target()));
        j.put("within_tolerance", day.withinTolerance());
        j.put("carb_convention", day.carbs().word());
        j.put("step", day.step());
        j.put("fluid_basis", fluidBasis);
        j.put("powder_ml_per_g", powderMlPerG);
        return j;
    }

    /** Where the day's fluid came from, as the output says it. */
    static String basis(FormulaService.FluidBasis b) {
        if (b instanceof FormulaService.FluidBasis.Given) {
            return "--fluid-ml";
        }
        if (b instanceof FormulaService.FluidBasis.PerKg k) {
            return Numbers.plain(k.mlPerKg()) + " ml/kg";
        }
        if (b instanceof FormulaService.FluidBasis.Prescribed p) {
            return "the prescription (" + p.source() + ")";
        }
        return FormulaService.FluidBasis.HollidaySegar.RULE;
    }

    private static Map<String, Object> amounts(FormulaFeeds f, int parts) {
        ComposedMeal day = f.day();
        CarbConvention conv = day.carbs();
        List<Map<String, Object>> products = new ArrayList<>();
        for (Portion p : day.portions()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", p.food().id());
            m.put("name", p.food().name());
            m.put(p.food().basis() == Basis.MILLILITRE ? "ml" : "grams", Json.round(p.amount() / parts, 2));
            products.add(m);
        }
        Macros t = day.totals();
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("products", products);
        j.put("water_ml", Json.round(f.waterMl() / parts, 1));
        j.put("total_ml", Json.round(f.totalMl() / parts, 1));
        j.put("kcal", Json.round(day.kcal() / parts, 1));
        j.put("kcal_per_ml", Json.round(f.kcalPerMl(), 3));
        j.put("ratio", Json.round(day.ratio(), 3));
        j.put("fat_g", Json.round(t.fatG() / parts, 2));
        j.put("protein_g", Json.round(t.proteinG() / parts, 2));
        j.put("carb_g", Json.round(t.carbohydrate(conv) / parts, 2));
        return j;
    }

    /** The text: amounts per day and per feed, then the day against its target, warnings and assumptions. */
    static String text(FormulaFeeds f, String fluidBasis, boolean defaultProtein, double powderMlPerG) {
        ComposedMeal day = f.day();
        CarbConvention conv = day.carbs();
        int n = f.feeds();
        int decimals = day.step() < 1 ? 1 : 0;
        TextTable t = new TextTable("", ">per day", ">per feed (" + n + ")");
        for (Portion p : day.portions()) {
            t.row(p.food().name() + " [" + p.food().id() + "]", TextTable.fixed(p.amount(), decimals) + " "
                    + p.food().unit(), TextTable.fixed(p.amount() / n, 1) + " " + p.food().unit());
        }
        t.row("water", TextTable.fixed(f.waterMl(), 0) + " ml", TextTable.fixed(f.waterMl() / n, 1) + " ml");
        t.rule();
        t.row("total volume", TextTable.fixed(f.totalMl(), 0) + " ml", TextTable.fixed(f.feedMl(), 1) + " ml");
        Macros m = day.totals();
        t.row("kcal", TextTable.fixed(day.kcal(), 1), TextTable.fixed(day.kcal() / n, 1));
        t.row("kcal/ml", TextTable.fixed(f.kcalPerMl(), 2), TextTable.fixed(f.kcalPerMl(), 2));
        t.row("ratio", Ratio.format(Json.round(day.ratio(), 2)), Ratio.format(Json.round(day.ratio(), 2)));
        t.row("fat (g)", TextTable.fixed(m.fatG(), 1), TextTable.fixed(m.fatG() / n, 2));
        t.row("protein (g)", TextTable.fixed(m.proteinG(), 1), TextTable.fixed(m.proteinG() / n, 2));
        t.row("carbohydrate, " + conv.word() + " (g)", TextTable.fixed(m.carbohydrate(conv), 1),
                TextTable.fixed(m.carbohydrate(conv) / n, 2));
        StringBuilder sb = new StringBuilder(t.render()).append('\n');
        TextTable b = new TextTable("day", ">target", ">achieved", ">allowed", "");
        for (Band band : day.checks()) {
            String allowed = Double.isInfinite(band.high()) ? "at least " + TextTable.fixed(band.low(), 2)
                    : Double.isInfinite(band.low()) ? "at most " + TextTable.fixed(band.high(), 2)
                    : TextTable.fixed(band.low(), 2) + " to " + TextTable.fixed(band.high(), 2);
            b.row(band.name(), TextTable.fixed(band.target(), 2), TextTable.fixed(band.achieved(), 2), allowed,
                    band.holds() ? "✓" : "✗");
        }
        sb.append(b.render()).append('\n');
        for (String w : f.warnings(FieldOptions::dashed)) {
            sb.append("WARNING: ").append(w).append('\n');
        }
        sb.append("Fluid: ").append(TextTable.fixed(f.totalMl(), 0)).append(" ml by ").append(fluidBasis).append(".\n");
        sb.append(powderMlPerG > 0
                ? "Water = fluid - liquid products - powder x " + Numbers.plain(powderMlPerG) + " ml/g.\n"
                : "Water = fluid - liquid products; the powder's own volume is not counted (the batch is slightly "
                        + "larger, its kcal/ml slightly lower).\n");
        sb.append("Make up the day's batch and divide it into ").append(n).append(" equal feeds. Carbohydrate counted ")
                .append(conv.word()).append("; kcal by 9/4/4.\n");
        if (defaultProtein) {
            sb.append("Protein target: the default ").append(Numbers.plain(MealTargets.DEFAULT_PROTEIN_G_PER_100_KCAL))
                    .append(" g per 100 kcal (Nation 2014, doi:10.1177/0883073813508222); set it with --protein.\n");
        }
        return sb.toString();
    }
}
