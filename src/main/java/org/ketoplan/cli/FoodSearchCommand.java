package org.ketoplan.cli;

import org.ketoplan.app.FoodService;

import org.ketoplan.common.TextTable;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.ketoplan.food.Food;
import org.ketoplan.food.SearchHit;
import org.ketoplan.nutrition.CarbConvention;
import org.ketoplan.nutrition.Macros;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ketoplan food search QUERY}: foods ranked by relevance, with their macros and own ratio. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Find foods by name, best matches first.",
                "Shows per 100 g (or 100 ml): fat, protein, net carbohydrate, kcal (as the source states it) and "
                        + "the food's own ratio (net carbohydrate)."})
final class FoodSearchCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "Words of the food's name, e.g. heavy cream.")
    List<String> query;

    @Option(names = "--limit", defaultValue = "20", paramLabel = "N", description = "At most N results (default 20).")
    int limit;

    @Mixin
    FormatOption format;

    @Mixin
    FoodsOption foods;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String q = String.join(" ", query);
        List<SearchHit> hits = new FoodService(Workspaces.of(foods)).search(q, limit);
        var out = spec.commandLine().getOut();
        if (format.json()) {
            List<Row> rows = new ArrayList<>();
            for (SearchHit h : hits) {
                rows.add(Row.of(h.food()));
            }
            Json.print(out, new Result(q, rows));
            return ExitCodes.OK;
        }
        if (hits.isEmpty()) {
            out.println("No food matches '" + q + "'.");
            return ExitCodes.OK;
        }
        TextTable t = new TextTable("id", "name", ">fat", ">protein", ">net carb", ">kcal", ">ratio", "allergens");
        for (SearchHit h : hits) {
            Row r = Row.of(h.food());
            t.row(r.id, FoodText.shorten(r.name, 60), TextTable.fixed(r.fatG, 1), TextTable.fixed(r.proteinG, 1),
                    TextTable.fixed(r.netCarbG, 1), TextTable.fixed(r.kcal, 0), FoodText.ratio(r.ratio),
                    h.food().allergens().describe());
        }
        out.print(t.render());
        out.println("Per 100 g (per 100 ml for liquids marked ml). Ratio = fat : (protein + net carbohydrate). "
                + "Allergens: the EU 14 and US 9 groups the food contains (foods/allergens.csv).");
        return ExitCodes.OK;
    }

    /** The JSON result. */
    record Result(String query, List<Row> foods) {
    }

    /** One food in the results, per 100 units. */
    record Row(String id, String name, String unit, double fatG, double proteinG, double netCarbG, double kcal,
               Double ratio, List<String> allergens, boolean allergensComplete) {
        static Row of(Food f) {
            Macros m = f.macrosPer100();
            double r = m.ratio(CarbConvention.NET);
            return new Row(f.id(), f.name(), f.unit(), Json.round(m.fatG(), 2), Json.round(m.proteinG(), 2),
                    Json.round(m.netCarbohydrateG(), 2), Json.round(f.per100().kcal(), 1),
                    Double.isInfinite(r) ? null : Json.round(r, 2), f.allergens().words(),
                    f.allergens().complete());
        }
    }
}
