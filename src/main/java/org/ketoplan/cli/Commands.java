package org.ketoplan.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * The top-level subcommands, in the order the root's help lists them.
 *
 * <p>Picocli builds a command's model by reflection when it is added, about 10 ms a command on a cold JVM; with
 * every command built up front, that was a third of a short command's run. So only the command named on the
 * command line is added; all are added when none is named (root help) or the name is unknown (so Picocli can
 * suggest the closest).
 */
final class Commands {
    private static final Map<String, Supplier<Object>> ALL = new LinkedHashMap<>();

    static {
        ALL.put("food", FoodCommand::new);
        ALL.put("ratio", RatioCommand::new);
        ALL.put("meal", MealCommand::new);
        ALL.put("formula", FormulaCommand::new);
        ALL.put("init", InitCommand::new);
        ALL.put("prescribe", PrescribeCommand::new);
        ALL.put("recipe", RecipeCommand::new);
        ALL.put("plan", PlanCommand::new);
        ALL.put("log", LogCommand::new);
        ALL.put("diary", DiaryCommand::new);
        ALL.put("adherence", AdherenceCommand::new);
        ALL.put("export", ExportCommand::new);
        ALL.put("print", PrintCommand::new);
        ALL.put("remind", RemindCommand::new);
        ALL.put("sources", SourcesCommand::new);
    }

    private Commands() {
    }

    /** Adds to {@code root} the subcommand that {@code args} names, or all of them. */
    static void addTo(CommandLine root, String... args) {
        String named = null;
        for (String a : args) {
            if (!a.startsWith("-")) {
                named = a;
                break;
            }
        }
        Supplier<Object> one = named == null ? null : ALL.get(named);
        if (one != null) {
            root.addSubcommand(named, one.get());
            return;
        }
        ALL.forEach((name, command) -> root.addSubcommand(name, command.get()));
    }
}
