package org.ketoplan.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.ketoplan.export.Paper;
import org.ketoplan.export.PlanSource;
import org.ketoplan.plan.PlanDay;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ketoplan print PLAN --out days.pdf}: printable day sheets for parents. */
@Command(name = "print", mixinStandardHelpOptions = true,
        description = {"Print day sheets for parents (PDF): a page per day with each meal's foods and the "
                + "amounts to weigh, tick boxes, medicine times, and boxes for seizures and ketones."})
final class PrintCommand implements Callable<Integer> {
    @Mixin
    PlanOutputOptions io;

    /** The days to print: one day, or a range (one of them). */
    @OneOf("{a}: give either --day or --from/--to, not both")
    static final class Days {
        @Option(names = "--day", paramLabel = "DATE", description = "Only this day (yyyy-mm-dd).")
        LocalDate day;

        @ArgGroup(exclusive = false)
        Range range;
    }

    /** From and to, either left out for the plan's first or last day. */
    static final class Range {
        @Option(names = "--from", paramLabel = "DATE", description = "From this day (default: the plan's first).")
        LocalDate from;

        @Option(names = "--to", paramLabel = "DATE", description = "To this day (default: the plan's last).")
        LocalDate to;
    }

    @ArgGroup(exclusive = true)
    Days days;

    @Option(names = "--paper", paramLabel = "a4|letter", defaultValue = "a4",
            description = "Paper size (default a4).")
    Paper paper;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<PlanOutputOptions.Target> targets = io.targets("pdf");
        io.makeFolder();
        for (PlanOutputOptions.Target t : targets) {
            print(t);
        }
        return ExitCodes.OK;
    }

    private void print(PlanOutputOptions.Target t) {
        PlanSource source = io.read(t);
        io.warn(source, spec.commandLine().getErr()); // a broken --foods file stops before anything is written
        Range range = this.days == null ? null : this.days.range;
        List<PlanDay> days = io.exports().days(source, this.days == null ? null : this.days.day,
                range == null ? null : range.from, range == null ? null : range.to);
        int pages;
        try (Feedback.Bar bar = Feedback.progress(spec, "Printing " + t.plan().getFileName(), days.size())) {
            pages = io.exports().daySheets(source, days, paper, t.out(), io.force, bar);
        }
        if (Feedback.confirm(spec)) {
            spec.commandLine().getOut().println("Wrote " + t.out() + ": " + days.size() + " day"
                    + (days.size() == 1 ? "" : "s") + " on " + pages + " page" + (pages == 1 ? "" : "s") + " ("
                    + paper.name() + "), " + days.get(0).date() + " to " + days.get(days.size() - 1).date() + ".");
        }
    }
}
