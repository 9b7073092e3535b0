package org.ketoplan.cli;

import org.ketoplan.app.RecipeService;
import org.ketoplan.app.Workspace;

import org.ketoplan.common.TextTable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.ketoplan.recipe.Recipe;
import org.ketoplan.recipe.Slot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ketoplan recipe list}: the recipes, optionally only those for a slot and an age. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the recipes (shipped and from --recipes), optionally for one slot and age.")
final class RecipeListCommand implements Callable<Integer> {
    @Option(names = "--slot", paramLabel = "SLOT",
            description = "Only recipes for this slot: breakfast, lunch, dinner, snack or feed.")
    String slot;

    @Option(names = "--age", paramLabel = "MONTHS",
            description = "Only recipes suitable for a child of this age in months.")
    Double age;

    @Mixin
    FormatOption format;

    @Mixin
    RecipesOption recipes;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Slot s = null;
        if (slot != null) {
            try {
                s = Slot.parse(slot);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--slot: "
                        + e.getMessage().substring(e.getMessage().indexOf(": ") + 2));
            }
        }
        List<Recipe> found = new RecipeService(Workspace.of(List.of(), recipes.paths)).list(s, age);
        var out = spec.commandLine().getOut();
        if (format.json()) {
            Json.print(out, found.stream().map(RecipeListCommand::row).toList());
            return ExitCodes.OK;
        }
        TextTable t = new TextTable("id", "name", "slots", ">min age", "texture", "protein");
        for (Recipe r : found) {
            t.row(r.id(), r.name(), r.slots().stream().map(Slot::word).collect(Collectors.joining(",")),
                    r.minAgeMonths() + " mo", r.texture().word(), r.proteinSource().word());
        }
        out.print(t.render());
        out.println(found.size() + " recipe" + (found.size() == 1 ? "" : "s")
                + (found.isEmpty() ? "; try without --slot or --age" : "")
                + ". Show one with 'ketoplan recipe show ID'.");
        return ExitCodes.OK;
    }

    private static Map<String, Object> row(Recipe r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("name", r.name());
        m.put("slots", r.slots().stream().map(Slot::word).toList());
        m.put("min_age_months", r.minAgeMonths());
        m.put("texture", r.texture().word());
        m.put("protein_source", r.proteinSource().word());
        m.put("reference_kcal", r.referenceKcal());
        return m;
    }
}
