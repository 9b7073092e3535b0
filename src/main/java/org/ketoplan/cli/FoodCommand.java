package org.ketoplan.cli;

import picocli.CommandLine.Command;

/** {@code ketoplan food}: search and show the nutrient database, and import data into it. */
@Command(name = "food", description = "Search the nutrient database, show foods, import USDA data.",
        mixinStandardHelpOptions = true,
        subcommands = {FoodSearchCommand.class, FoodShowCommand.class, FoodImportSr24Command.class,
                FoodImportFdcCommand.class, FoodAllergensCommand.class})
public final class FoodCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
