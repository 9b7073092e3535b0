package org.ketoplan.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ketoplan.food.AllergenRules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ketoplan food allergens}: the maintainers' tool that derives foods/allergens.csv. */
@Command(name = "allergens", mixinStandardHelpOptions = true,
        description = {"Derive the allergen table of the shipped foods (foods/allergens.csv): USDA foods by their SR "
                + "food group and the name rules of --rules, keto products from their labels (keto-products.yaml). "
                + "Rows of --out whose 'how' starts with 'reviewed' are kept as they are.",
                "Example: ketoplan food allergens --rules foods/allergen-rules.yaml --out foods/allergens.csv --force"})
final class FoodAllergensCommand implements Callable<Integer> {
    @Option(names = "--rules", required = true, paramLabel = "FILE", description = "The rules (allergen-rules.yaml).")
    Path rules;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The table to write.")
    Path out;

    @Option(names = "--force", description = "Overwrite --out (its reviewed rows are kept).")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        AllergenRules.Summary s = AllergenRules.writeTable(rules, out, force);
        spec.commandLine().getOut().printf("Wrote %s: %d foods; %d contain no allergen group, %d contain at least "
                + "one, %d are mixed foods whose other groups are not known; %d from product labels, %d reviewed rows "
                + "kept.%n", out, s.rows(), s.none(), s.withGroups(), s.notComplete(), s.labels(), s.reviewed());
        return ExitCodes.OK;
    }
}
