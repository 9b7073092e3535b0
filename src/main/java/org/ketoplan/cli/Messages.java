package org.ketoplan.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ketoplan.common.Text;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** Small helpers for what the CLI prints. */
final class Messages {
    private Messages() {
    }

    /** The text on one line: line breaks folded into "; ", other control characters shown as their codes. */
    static String oneLine(String text) {
        return text == null ? "" : Text.printable(text.strip().replaceAll("\\s*\\R\\s*", "; "));
    }

    /**
     * The command's own message for two options of one exclusive {@code @ArgGroup} given together: the
     * {@link OneOf} of the first such group in {@code spec} (nested groups included) of which {@code args} name two
     * members; empty when no group has one.
     */
    static Optional<String> exclusive(CommandSpec spec, String[] args) {
        for (ArgGroupSpec g : groups(spec.argGroups(), new ArrayList<>())) {
            OneOf oneOf = g.typeInfo().getType().getAnnotation(OneOf.class);
            if (!g.exclusive() || oneOf == null) {
                continue;
            }
            List<String> given = new ArrayList<>();
            for (OptionSpec o : g.options()) {
                if (given(o, args)) {
                    given.add(o.longestName());
                }
            }
            for (ArgGroupSpec sub : g.subgroups()) {
                sub.allOptionsNested().stream().filter(o -> given(o, args)).findFirst()
                        .ifPresent(o -> given.add(o.longestName()));
            }
            if (given.size() >= 2) {
                return Optional.of(oneOf.value().replace("{a}", given.get(0)).replace("{b}", given.get(1)));
            }
        }
        return Optional.empty();
    }

    private static List<ArgGroupSpec> groups(List<ArgGroupSpec> top, List<ArgGroupSpec> into) {
        for (ArgGroupSpec g : top) {
            into.add(g);
            groups(g.subgroups(), into);
        }
        return into;
    }

    /** True when {@code args} hold the option, alone ("--kcal 500") or with its value ("--kcal=500"). */
    private static boolean given(OptionSpec o, String[] args) {
        for (String a : args) {
            for (String name : o.names()) {
                if (a.equals(name) || a.startsWith(name + "=")) {
                    return true;
                }
            }
        }
        return false;
    }
}
