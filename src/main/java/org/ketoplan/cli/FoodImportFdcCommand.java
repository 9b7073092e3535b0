package org.ketoplan.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ketoplan.food.FoodImports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ketoplan food import-fdc DIR --out DIR}: a FoodData Central CSV download into the CSV tables. */
@Command(name = "import-fdc", mixinStandardHelpOptions = true,
        description = {"Import a USDA FoodData Central CSV download (SR Legacy or Foundation Foods) into NAME.csv "
                + "and NAME-measures.csv.",
                "DIR is the unpacked download, with food.csv, nutrient.csv, food_nutrient.csv and (optional) "
                        + "food_portion.csv, measure_unit.csv, food_category.csv."})
final class FoodImportFdcCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "The folder of the unpacked CSV download.")
    Path dir;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write the tables to.")
    Path out;

    @Option(names = "--name", defaultValue = FoodImports.FDC_NAME, paramLabel = "NAME",
            description = "The tables' file name (default ${DEFAULT-VALUE}: fdc.csv and fdc-measures.csv).")
    String name;

    @Option(names = "--force", description = "Overwrite existing tables.")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ImportSummaryText.print(spec.commandLine().getOut(), FoodImports.importFdc(dir, out, name, force));
        return ExitCodes.OK;
    }
}
