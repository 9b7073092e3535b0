package org.ketoplan.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The top-level subcommands, in the order the root's help lists them.
 *
 * <p>Picocli builds a command's model by reflection when it is added, about 10 ms a command on a cold JVM; with
 * every command built up front, that was a third of a short command's run. So only the command named on the
 * command line is built. {@code --version} builds none; the root's help (and an unknown name, so Picocli can
 * suggest the closest) gets a light entry per command that carries only its name and description, read from
 * its {@link Command} annotation without building its options. {@code completion} builds them all: a
 * completion script needs every option.
 */
final class Commands {
    private static final Map<String, Class<?>> TYPES = new LinkedHashMap<>();
    private static final Map<String, Supplier<Object>> ALL = new LinkedHashMap<>();
    private static final Set<String> VERSION = Set.of("-V", "--version");

    static {
        add("food", FoodCommand.class, FoodCommand::new);
        add("ratio", RatioCommand.class, RatioCommand::new);
        add("meal", MealCommand.class, MealCommand::new);
        add("formula", FormulaCommand.class, FormulaCommand::new);
        add("init", InitCommand.class, InitCommand::new);
        add("prescribe", PrescribeCommand.class, PrescribeCommand::new);
        add("recipe", RecipeCommand.class, RecipeCommand::new);
        add("plan", PlanCommand.class, PlanCommand::new);
        add("log", LogCommand.class, LogCommand::new);
        add("diary", DiaryCommand.class, DiaryCommand::new);
        add("adherence", AdherenceCommand.class, AdherenceCommand::new);
        add("export", ExportCommand.class, ExportCommand::new);
        add("print", PrintCommand.class, PrintCommand::new);
        add("remind", RemindCommand.class, RemindCommand::new);
        add("sources", SourcesCommand.class, SourcesCommand::new);
        add("completion", CompletionCommand.class, CompletionCommand::new);
        add("setup", SetupCommand.class, SetupCommand::new);
        add("serve", ServeCommand.class, ServeCommand::new);
    }

    private Commands() {
    }

    private static void add(String name, Class<?> type, Supplier<Object> command) {
        TYPES.put(name, type);
        ALL.put(name, command);
    }

    /** Adds to {@code root} the subcommand that {@code args} names, or what the root alone needs. */
    static void addTo(CommandLine root, String... args) {
        String named = null;
        boolean version = false;
        for (String a : args) {
            if (!a.startsWith("-")) {
                named = a;
                break;
            }
            version |= VERSION.contains(a);
        }
        Supplier<Object> one = named == null ? null : ALL.get(named);
        if (one != null) {
            root.addSubcommand(named, one.get());
        } else if (!version) {
            TYPES.forEach((name, type) -> root.addSubcommand(name, listed(name, type)));
        }
    }

    /** Adds every command, fully built, to {@code root} (for a completion script). */
    static void addAll(CommandLine root) {
        ALL.forEach((name, command) -> {
            if (!root.getSubcommands().containsKey(name)) {
                root.addSubcommand(name, command.get());
            }
        });
    }

    /** A command as the root's help lists it: its name and its description, nothing to parse. */
    private static CommandSpec listed(String name, Class<?> type) {
        CommandSpec spec = CommandSpec.create().name(name);
        Command c = type.getAnnotation(Command.class);
        spec.usageMessage().description(c.description()).header(c.header());
        return spec;
    }
}
