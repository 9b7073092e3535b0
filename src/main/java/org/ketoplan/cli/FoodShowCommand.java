package org.ketoplan.cli;

import org.ketoplan.nutrition.Numbers;
import org.ketoplan.app.FoodService;

import org.ketoplan.common.TextTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ketoplan.food.Food;
import org.ketoplan.food.HouseholdMeasure;
import org.ketoplan.nutrition.CarbConvention;
import org.ketoplan.nutrition.Macros;
import org.ketoplan.nutrition.Nutrient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ketoplan food show ID}: a food's full composition per 100 g and per household measure. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show a food's composition per 100 g (or 100 ml) and per household measure.")
final class FoodShowCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "ID|NAME", description = "The food's id, or a name that matches only it.")
    List<String> food;

    @Mixin
    FormatOption format;

    @Mixin
    FoodsOption foods;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Food f = new FoodService(Workspaces.of(foods)).show(String.join(" ", food));
        var out = spec.commandLine().getOut();
        Macros m = f.macrosPer100();
        if (format.json()) {
            Map<String, Double> per100 = f.per100().byKey();
            List<Map<String, Object>> measures = new ArrayList<>();
            for (HouseholdMeasure hm : f.measures()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("amount", hm.amount());
                row.put("measure", hm.name());
                row.put("grams", hm.grams());
                measures.add(row);
            }
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("id", f.id());
            result.put("name", f.name());
            result.put("group", f.group());
            result.put("unit", f.unit());
            result.put("per_100", per100);
            result.put("net_carb_g", Json.round(m.netCarbohydrateG(), 3));
            double r = m.ratio(CarbConvention.NET);
            result.put("ratio_net", Double.isInfinite(r) ? null : Json.round(r, 3));
            double rt = m.ratio(CarbConvention.TOTAL);
            result.put("ratio_total", Double.isInfinite(rt) ? null : Json.round(rt, 3));
            result.put("measures", measures);
            result.put("source", f.source());
            result.put("note", f.note());
            result.put("allergens", f.allergens().words());
            result.put("allergens_complete", f.allergens().complete());
            Json.print(out, result);
            return ExitCodes.OK;
        }
        out.println(f.name() + "  [" + f.id() + "]");
        out.println("Group:  " + f.group());
        out.println("Allergens: " + f.allergens().describe() + (f.allergens().unknown()
                ? " (not given to a child with an allergy; declare them with allergens: in a food file)" : ""));
        out.println("Source: " + f.source());
        if (!f.note().isEmpty()) {
            out.println("Note:   " + f.note());
        }
        double rn = m.ratio(CarbConvention.NET);
        double rt = m.ratio(CarbConvention.TOTAL);
        out.println("Ratio:  " + FoodText.ratio(Double.isInfinite(rn) ? null : rn) + " (net carbohydrate), "
                + FoodText.ratio(Double.isInfinite(rt) ? null : rt) + " (total carbohydrate)");
        out.println();
        List<HouseholdMeasure> ms = f.measures();
        String[] headers = new String[2 + ms.size()];
        headers[0] = "nutrient";
        headers[1] = ">per 100 " + f.unit();
        for (int i = 0; i < ms.size(); i++) {
            headers[2 + i] = ">" + FoodText.shorten(ms.get(i).label(), 18) + " (" + TextTable.fixed(ms.get(i).grams(), 1)
                    + " g)";
        }
        TextTable t = new TextTable(headers);
        for (Map.Entry<Nutrient, Double> e : f.per100().known().entrySet()) {
            Object[] cells = new Object[headers.length];
            cells[0] = e.getKey().label() + " (" + e.getKey().unit() + ")";
            cells[1] = amount(e.getValue());
            for (int i = 0; i < ms.size(); i++) {
                cells[2 + i] = amount(e.getValue() * ms.get(i).grams() / 100.0);
            }
            t.row(cells);
            if (e.getKey() == Nutrient.FIBRE) {
                Object[] net = new Object[headers.length];
                net[0] = "net carbohydrate (g)";
                net[1] = amount(m.netCarbohydrateG());
                for (int i = 0; i < ms.size(); i++) {
                    net[2 + i] = amount(m.netCarbohydrateG() * ms.get(i).grams() / 100.0);
                }
                t.row(net);
            }
        }
        out.print(t.render());
        out.println("A nutrient the source does not report is left out (unknown, not zero).");
        return ExitCodes.OK;
    }

    private static String amount(double v) {
        return Numbers.threeFigures(v);
    }
}
