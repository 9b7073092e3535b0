package org.ketoplan.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.ketoplan.export.ExportFormat;
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
                "The format follows the file's extension unless --as names it (for several plans: xlsx unless --as "
                        + "names it).",
                "Examples: ketoplan export plan.json --out plan.xlsx",
                "          ketoplan export clinic/*/plan.json --out exports/     (one workbook per plan)"})
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
        ExportFormat format = as != null || io.more.isEmpty() ? ExportFormat.of(as, io.out) : ExportFormat.XLSX;
        List<PlanOutputOptions.Target> targets = io.targets(format.name().toLowerCase(java.util.Locale.ROOT));
        io.makeFolder();
        for (PlanOutputOptions.Target t : targets) {
            export(t, format);
        }
        return ExitCodes.OK;
    }

    private void export(PlanOutputOptions.Target t, ExportFormat format) {
        PlanSource source = io.read(t);
        if (format != ExportFormat.XLSX) {
            io.warn(source, spec.commandLine().getErr()); // a broken --foods file stops before anything is written
        }
        var out = spec.commandLine().getOut();
        boolean confirm = Feedback.confirm(spec);
        String dates = source.plan().start() == null ? "no days"
                : source.plan().start() + " to " + source.plan().end();
        switch (format) {
            case XLSX -> {
                PlanWorkbook.Summary s;
                try (Feedback.Bar bar = Feedback.progress(spec, "Exporting " + t.plan().getFileName(),
                        source.plan().days().size())) {
                    s = io.exports().workbook(source, paper, t.out(), io.force, bar);
                }
                if (confirm) {
                    out.println("Wrote " + t.out() + ": " + s.planSheets().size() + " plan sheet"
                            + (s.planSheets().size() == 1 ? "" : "s") + " (" + String.join(", ", s.planSheets())
                            + "), " + s.foodRows() + " food rows, " + dates + ".");
                }
            }
            case CSV -> {
                int rows = io.exports().csv(source, t.out(), io.force);
                if (confirm) {
                    out.println("Wrote " + t.out() + ": " + rows + " food rows, " + dates + ".");
                }
            }
            case JSON -> {
                int rows = io.exports().json(source, t.out(), io.force);
                if (confirm) {
                    out.println("Wrote " + t.out() + ": " + rows + " food rows, " + dates + ".");
                }
            }
            default -> throw new IllegalStateException(format.name());
        }
        if (format == ExportFormat.XLSX) {
            // the food database loaded while the plan sheets were built; the shopping list waited for it
            io.warn(source, spec.commandLine().getErr());
        }
    }
}
