package org.ketoplan.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ketoplan.food.FoodImports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ketoplan food import-sr24 JAR --out DIR}: USDA SR24 from cronometer's jar into the CSV tables. */
@Command(name = "import-sr24", mixinStandardHelpOptions = true,
        description = {"Import USDA SR24 from Debian cronometer's usda_sr24.jar into usda-sr24.csv and "
                + "usda-sr24-measures.csv.",
                "Get the jar with: apt-get download cronometer && dpkg-deb -x cronometer_*.deb x "
                        + "(it is x/usr/share/cronometer/usda_sr24.jar)."})
final class FoodImportSr24Command implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "JAR", description = "cronometer's usda_sr24.jar.")
    Path jar;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write the tables to.")
    Path out;

    @Option(names = "--force", description = "Overwrite existing tables.")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ImportSummaryText.print(spec.commandLine().getOut(), FoodImports.importSr24(jar, out, force));
        return ExitCodes.OK;
    }
}
