package org.ketoplan.cli;

import picocli.CommandLine.Command;

/** {@code ketoplan recipe}: list and show the recipe library. */
@Command(name = "recipe", description = "List and show recipes.",
        mixinStandardHelpOptions = true,
        subcommands = {RecipeListCommand.class, RecipeShowCommand.class})
public final class RecipeCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
