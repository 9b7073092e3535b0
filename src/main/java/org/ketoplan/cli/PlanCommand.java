package org.ketoplan.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.ketoplan.app.PlanService;
import org.ketoplan.app.PrescriptionService;
import org.ketoplan.app.Workspace;
import org.ketoplan.compose.Tolerances;
import org.ketoplan.plan.BatchPlanner;
import org.ketoplan.plan.MenuPlanner;
import org.ketoplan.plan.Plan;
import org.ketoplan.prescription.Patient;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;


/** {@code ketoplan plan}: a varied menu of N days, every meal a recipe composed to the prescription. */
@Command(name = "plan", mixinStandardHelpOptions = true, sortOptions = false,
        subcommands = {PlanCheckCommand.class},
        description = {"Plan a menu: for each day, each meal and snack of the prescription gets a recipe that suits "
                + "it and whose every food may reach the child (allergies, food-safety rules by age, products' age "
                + "indications, exclude_foods), composed to the meal's targets; no recipe twice a day, not "
                + "the same in a slot on consecutive days, protein sources spread over the week.",
                "Examples: ketoplan plan --example --days 7",
                "          ketoplan plan --patient child.yaml --days 28 --out plan.json",
                "          ketoplan plan --from plan.json --days 7 --repeat --out next.json",
                "          ketoplan plan --patients clinic/ --days 28      (every patient of a folder, in parallel)"},
        footer = {"", "Exit codes: 0 done, 2 bad input, 3 a meal has no recipe that can be composed (the message "
                + "names the date, the meal and why). With --patients: 0 when every patient was planned, else the "
                + "most serious of the patients' codes (1, then 2, then 3)."})
final class PlanCommand implements Callable<Integer> {
    /** Whom the plan is for: one of the example infant, a patient file or a plan to extend, a folder of patients. */
    @OneOf("{a}: not with {b}")
    static final class Source {
        @Option(names = "--example", description = "Plan for the bundled example infant (9 months, 8 kg, 4:1).")
        boolean example;

        @Option(names = "--patients", paramLabel = "DIR", description = "Plan every patient of a folder: its *.yaml "
                + "files (each to NAME.plan.json beside it) or a clinic workspace (one sub-folder per patient with "
                + "patient.yaml, each to plan.json there); with --out DIR, all to DIR/NAME.json. In parallel on every "
                + "core, with a summary table.")
        Path patients;

        @ArgGroup(exclusive = false)
        PatientOrPlan one;
    }

    /** A patient file, a plan to extend, or both (the added days take the file's new prescription). */
    static final class PatientOrPlan {
        @Option(names = "--patient", paramLabel = "FILE", description = "The patient file (with --from: take a new "
                + "prescription from it for the added days).")
        Path patientFile;

        @Option(names = "--from", paramLabel = "PLAN", description = "Extend this plan by --days after its last day.")
        Path from;

        @Option(names = "--repeat", description = "With --from: serve the last 7 days' recipes again (recomposed).")
        boolean repeat;
    }

    @ArgGroup(exclusive = true)
    Source source;

    // the options of the groups above, read once at the start of call()
    private Path patientFile;
    private boolean example;
    private Path from;
    private Path patients;
    private boolean repeat;

    @Option(names = "--days", defaultValue = "7", paramLabel = "N", description = "How many days (default 7).")
    int days;

    @Option(names = "--start", paramLabel = "DATE", description = "The first day (default today).")
    LocalDate start;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed for the recipe order (default "
            + MenuPlanner.DEFAULT_SEED + "; the same seed gives the same plan).")
    Long seed;

    @Option(names = "--step", paramLabel = "1|0.1", description = "The scale's step in grams (default 1; with "
            + "--from, the plan's).")
    Double step;

    @Option(names = "--ratio-tolerance", defaultValue = "0.1", paramLabel = "R",
            description = "Allowed distance from the ratio (default 0.1).")
    double ratioTolerance;

    @Option(names = "--kcal-tolerance", defaultValue = "5", paramLabel = "PCT",
            description = "Allowed distance from the kcal, in percent (default 5).")
    double kcalTolerance;

    @Option(names = "--protein-band", defaultValue = "" + Tolerances.DEFAULT_PROTEIN_PCT, paramLabel = "PCT",
            description = "Each meal's protein within this percent of its target (default "
                    + Tolerances.DEFAULT_PROTEIN_PCT + ", so every day stays within 90-110 %%).")
    double proteinBand;

    @Option(names = "--min-amount", paramLabel = "G",
            description = "The smallest amount of a counted food to weigh (default 5 scale steps, within 10 %%).")
    Double minAmount;

    @Option(names = "--ramp", paramLabel = "R,R,...", converter = RampConverter.class,
            description = "Initiation ramp: the ratios of the first days, e.g. 1,2,3 or 1:1,3:1 (the patient file's "
                    + "ramp otherwise); then the prescribed ratio.")
    RampConverter.Steps ramp;

    @Option(names = "--ramp-days", paramLabel = "N", description = "Days at each ramp ratio (default 1).")
    Integer rampDays;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the plan here (plan.json) and print a "
            + "summary instead of every day (with --patients: a folder).")
    Path out;

    @Option(names = "--show", description = "With --out: print every day too.")
    boolean show;

    @Option(names = "--force", description = "Overwrite --out if it exists.")
    boolean force;

    @Mixin
    SafetyOptions safety;

    @Mixin
    RecipesOption recipes;

    @Mixin
    FoodsOption foods;

    @Mixin
    FormatOption format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Workspace workspace = Workspaces.of(foods, recipes);
        PlanService plans = new PlanService(workspace);
        readSource();
        if (patients != null) {
            return batch(plans);
        }
        checkSources();
        if (out != null) {
            plans.checkWritable(out, force);
        }
        workspace.preloadFoods(); // the food database loads on a second core while the patient file is read
        PrescriptionService prescriptions = new PrescriptionService();
        Patient patient = example && from == null ? prescriptions.example()
                : patientFile == null ? null : prescriptions.read(patientFile);
        if (patient == null && (ramp != null || rampDays != null)) {
            throw fail((ramp != null ? "--ramp" : "--ramp-days") + ": needs --patient or --example");
        }
        Plan plan;
        int shownFrom = 0;
        if (from != null) {
            PlanService.Extended extended = plans.extend(new PlanService.ExtendJob(from, patient, days, repeat, seed,
                    step, rampRequest(), safety.options()));
            plan = extended.plan();
            shownFrom = extended.daysBefore();
        } else {
            try (Feedback.Bar bar = Feedback.progress(spec, "Planning", days)) {
                plan = plans.plan(new PlanService.PlanJob(patient, start, days, settings(), rampRequest(),
                        safety.options()), bar);
            }
        }
        if (out != null) {
            plans.write(out, plan, force);
        }
        var w = spec.commandLine().getOut();
        if (format.json()) {
            Json.print(w, plan);
        } else if (out == null || show) {
            w.print(PlanView.text(plan, shownFrom));
        } else if (Feedback.confirm(spec)) {
            w.print(PlanView.summary(plan, shownFrom));
        } else {
            w.print(PlanView.notes(plan)); // the planner's notes are warnings: --quiet keeps them
        }
        if (out != null && !format.json() && Feedback.confirm(spec)) {
            w.println();
            w.println("Wrote " + out + " (" + plan.days().size() + " days).");
        }
        return ExitCodes.OK;
    }

    /** {@code --patients DIR}: every patient of the folder, planned in one process on every core. */
    private int batch(PlanService plans) {
        // --example, --patient, --from and --repeat are refused by the Source group
        if (ramp != null || rampDays != null || minAmount != null) {
            throw fail((ramp != null ? "--ramp" : rampDays != null ? "--ramp-days" : "--min-amount")
                    + ": not with --patients (each patient file's ramp: and the default amounts apply)");
        }
        List<BatchPlanner.Result> results;
        PlanService.BatchJob job = new PlanService.BatchJob(patients, out, start, days, settings(), force,
                safety.options(), Runtime.getRuntime().availableProcessors());
        try (Feedback.Bar bar = Feedback.progress(spec, "Planning patients", 0)) {
            results = plans.batch(job, bar);
        }
        var w = spec.commandLine().getOut();
        if (format.json()) {
            Json.print(w, results.stream().map(BatchRow::of).toList());
        } else {
            w.print(PlanView.batch(results));
        }
        return BatchRow.exitCode(results);
    }

    private void readSource() {
        if (source != null) {
            example = source.example;
            patients = source.patients;
            if (source.one != null) {
                patientFile = source.one.patientFile;
                from = source.one.from;
                repeat = source.one.repeat;
            }
        }
    }

    private void checkSources() {
        if (from != null) {
            if (start != null) {
                throw fail("--start: not with --from (the new days follow the plan's last day)");
            }
            return;
        }
        if (repeat) {
            throw fail("--repeat: only with --from (it repeats the plan's last week)");
        }
        if (!example && patientFile == null) { // --example with --patient is refused by the Source group
            throw fail("--patient: missing (or --example, or --from PLAN)");
        }
    }

    private PlanService.PlanSettings settings() {
        return new PlanService.PlanSettings(seed, step, ratioTolerance, kcalTolerance, proteinBand, minAmount);
    }

    private PlanService.RampRequest rampRequest() {
        return ramp == null && rampDays == null ? null
                : new PlanService.RampRequest(ramp == null ? null : ramp.ratios(), rampDays);
    }

    private ParameterException fail(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
