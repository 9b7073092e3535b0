package org.ketoplan.cli;

import java.util.concurrent.Callable;
import org.ketoplan.export.ExportFormat;
import org.ketoplan.export.FlatExport;
import org.ketoplan.export.Paper;
import org.ketoplan.export.PlanSource;
import org.ketoplan.export.PlanWorkbook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ketoplan export PLAN --out FILE}: the plan as a workbook (XLSX), CSV rows or JSON rows. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export a plan: a workbook for the dietitian (.xlsx: live formulas, shopping list, nutrient "
                + "check), or one row per food per meal (.csv, .json).",
                "The format follows the file's extension unless --as names it."})
final class ExportCommand implements Callable<Integer> {
    @Mixin
    PlanOutputOptions io;

    @Option(names = "--as", paramLabel = "xlsx|csv|json", description = "The format (default: from --out's name).")
    ExportFormat as;

    @Option(names = "--paper", paramLabel = "a4|letter", defaultValue = "a4",
            description = "Paper the workbook's pages are set up for (default a4).")
    Paper paper;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ExportFormat format = ExportFormat.of(as, io.out);
        PlanSource source = io.read();
        if (format != ExportFormat.XLSX) {
            io.warn(source, spec.commandLine().getErr()); // a broken --foods file stops before anything is written
        }
        var out = spec.commandLine().getOut();
        String dates = source.plan().start() == null ? "no days"
                : source.plan().start() + " to " + source.plan().end();
        switch (format) {
            case XLSX -> {
                PlanWorkbook.Summary s = PlanWorkbook.write(source.plan(), paper, source::database, io.out,
                        io.force);
                out.println("Wrote " + io.out + ": " + s.planSheets().size() + " plan sheet"
                        + (s.planSheets().size() == 1 ? "" : "s") + " (" + String.join(", ", s.planSheets())
                        + "), " + s.foodRows() + " food rows, " + dates + ".");
            }
            case CSV -> out.println("Wrote " + io.out + ": " + FlatExport.csv(source.plan(), io.out, io.force)
                    + " food rows, " + dates + ".");
            case JSON -> out.println("Wrote " + io.out + ": " + FlatExport.json(source.plan(), io.out, io.force)
                    + " food rows, " + dates + ".");
            default -> throw new IllegalStateException(format.name());
        }
        if (format == ExportFormat.XLSX) {
            // the food database loaded while the plan sheets were built; the shopping list waited for it
            io.warn(source, spec.commandLine().getErr());
        }
        return ExitCodes.OK;
    }
}
