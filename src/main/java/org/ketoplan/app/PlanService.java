package org.ketoplan.app;

import org.ketoplan.nutrition.Numbers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.ketoplan.common.AtomicFiles;
import org.ketoplan.common.Progress;
import org.ketoplan.compose.Tolerances;
import org.ketoplan.food.FoodDatabase;
import org.ketoplan.plan.BatchPlanner;
import org.ketoplan.plan.MenuPlanner;
import org.ketoplan.plan.Plan;
import org.ketoplan.plan.PlanFile;
import org.ketoplan.prescription.Patient;
import org.ketoplan.prescription.Ramp;
import org.ketoplan.safety.Child;
import org.ketoplan.safety.SafetyPolicy;

import static org.ketoplan.common.BadInputException.ref;

/**
 * Menu plans: a new plan for a patient, more days for a plan of record (continuing its variety rules, or repeating
 * its last week), every patient of a folder at once, and the plan file ({@code plan.json}) read and written.
 */
public final class PlanService {
    private final Workspace workspace;

    /** A service planning from {@code workspace}'s foods and recipes. */
    public PlanService(Workspace workspace) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
    }

    /**
     * How closely the plan's meals are composed.
     *
     * @param seed the random seed for the order recipes are tried in, or null for {@link MenuPlanner#DEFAULT_SEED}
     * @param step the scale's step, 1 or 0.1 g, or null (1 g; a plan extended keeps its own) (field "step")
     * @param ratioTolerance the allowed distance from the ratio (field "ratio_tolerance")
     * @param kcalTolerancePct the allowed distance from the kcal, percent (field "kcal_tolerance")
     * @param proteinBandPct each meal's protein within this percent of its target (field "protein_band")
     * @param minAmountG the smallest amount of a counted food to weigh, or null for 5 scale steps (field
     *     "min_amount")
     */
    public record PlanSettings(Long seed, Double step, double ratioTolerance, double kcalTolerancePct,
                               double proteinBandPct, Double minAmountG) {
        /** The default seed, 1 g steps, +-0.1 ratio, +-5 % kcal, the default protein band. */
        public static final PlanSettings DEFAULT = new PlanSettings(null, null, 0.1, 5,
                Tolerances.DEFAULT_PROTEIN_PCT, null);

        long seedOrDefault() {
            return seed == null ? MenuPlanner.DEFAULT_SEED : seed;
        }

        double stepOrDefault() {
            return step == null ? 1 : step;
        }

        Tolerances tolerances() {
            Require.nonNegative("ratio_tolerance", ratioTolerance);
            Require.atMost("ratio_tolerance", ratioTolerance, 1, "");
            Require.nonNegative("kcal_tolerance", kcalTolerancePct);
            Require.atMost("kcal_tolerance", kcalTolerancePct, 50, "%");
            Require.nonNegative("protein_band", proteinBandPct);
            Require.belowHundredPercent("kcal_tolerance", kcalTolerancePct);
            Require.belowHundredPercent("protein_band", proteinBandPct);
            return new Tolerances(ratioTolerance, kcalTolerancePct / 100, proteinBandPct / 100, null);
        }

        Double checkedMinAmount() {
            if (minAmountG == null) {
                return null;
            }
            Require.nonNegative("min_amount", minAmountG);
            return Require.atMost("min_amount", minAmountG, org.ketoplan.common.Limits.GRAMS, "g");
        }
    }

    /**
     * The initiation ramp asked for: the ratios of the first days (null: the patient file's) and the days at each
     * (null: the file's, or 1).
     *
     * @param steps the ratios, in order (field "ramp")
     * @param daysPerStep days at each ratio (field "ramp_days")
     */
    public record RampRequest(List<Double> steps, Integer daysPerStep) {
        /** Copies the list. */
        public RampRequest {
            steps = steps == null ? null : List.copyOf(steps);
        }
    }

    /**
     * A new plan.
     *
     * @param patient the patient
     * @param start the first day, or null for today in the patient's time zone
     * @param days how many days (field "days")
     * @param settings how closely the meals are composed
     * @param ramp the initiation ramp asked for, or null (the patient file's)
     * @param safety the deliberate exceptions to the safety rules
     */
    public record PlanJob(Patient patient, LocalDate start, int days, PlanSettings settings, RampRequest ramp,
                          SafetyPolicy.Options safety) {
        /** Rejects missing parts. */
        public PlanJob {
            Objects.requireNonNull(patient, "patient");
            Objects.requireNonNull(settings, "settings");
            Objects.requireNonNull(safety, "safety");
        }
    }

    /**
     * More days for a plan of record.
     *
     * @param planFile the plan (plan.json) (field "from")
     * @param patient a new patient file's patient for the added days, or null (the plan's)
     * @param days how many days to add (field "days")
     * @param repeat serve the last 7 days' recipes again (recomposed)
     * @param seed the random seed, or null (the plan's)
     * @param step the step asked for, or null; it must be the plan's (field "step")
     * @param ramp the initiation ramp asked for with a new patient file, or null
     * @param safety the deliberate exceptions to the safety rules
     */
    public record ExtendJob(Path planFile, Patient patient, int days, boolean repeat, Long seed, Double step,
                            RampRequest ramp, SafetyPolicy.Options safety) {
        /** Rejects missing parts. */
        public ExtendJob {
            Objects.requireNonNull(planFile, "planFile");
            Objects.requireNonNull(safety, "safety");
        }
    }

    /**
     * An extended plan and how many of its days were there before.
     *
     * @param plan the whole plan
     * @param daysBefore the days it had before
     */
    public record Extended(Plan plan, int daysBefore) {
    }

    /**
     * Every patient of a folder.
     *
     * @param folder its *.yaml files, or a clinic workspace of one sub-folder per patient (field "patients")
     * @param out a folder for all the plans, or null (each beside its patient file) (field "out")
     * @param start the first day, or null (each patient's today)
     * @param days how many days (field "days")
     * @param settings how closely the meals are composed (no smallest amount: each file's defaults)
     * @param force replace plans that exist
     * @param safety the deliberate exceptions to the safety rules
     * @param threads how many patients to plan at once
     */
    public record BatchJob(Path folder, Path out, LocalDate start, int days, PlanSettings settings, boolean force,
                           SafetyPolicy.Options safety, int threads) {
        /** Rejects missing parts and fewer than one thread. */
        public BatchJob {
            Objects.requireNonNull(folder, "folder");
            Objects.requireNonNull(settings, "settings");
            Objects.requireNonNull(safety, "safety");
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1 (" + threads + ")");
            }
        }
    }

    /** A new plan for {@code job}, each day planned reported to {@code progress}. */
    public Plan plan(PlanJob job, Progress progress) {
        checkDays(job.days());
        checkStep(job.settings().step());
        Patient patient = withRamp(job.patient(), job.ramp());
        Tolerances tolerances = job.settings().tolerances();
        Double minAmount = job.settings().checkedMinAmount();
        FoodDatabase db = workspace.foods();
        MenuPlanner planner = new MenuPlanner(db, workspace.recipes());
        LocalDate first = Targets.day(patient, job.start());
        return planner.plan(patient, new MenuPlanner.Settings(first, job.days(), job.settings().seedOrDefault(),
                job.settings().stepOrDefault(), tolerances, minAmount), SafetyPolicy.of(Child.of(patient, first), db,
                job.safety()), progress);
    }

    /** {@code job}'s plan with its days added. */
    public Extended extend(ExtendJob job) {
        checkDays(job.days());
        checkStep(job.step());
        Patient patient = job.patient() == null ? null : withRamp(job.patient(), job.ramp());
        FoodDatabase db = workspace.foods();
        Plan before = PlanFile.read(job.planFile());
        PlanFile.requireFoodDataVersion(job.planFile(), before, db.dataVersion());
        if (job.step() != null && job.step() != before.tolerances().step()) {
            throw InvalidRequest.phrased("step", job.step(), ref("step"), ": the plan is weighed in "
                    + Numbers.plain(before.tolerances().step()) + " g steps; leave out ", ref("step"));
        }
        MenuPlanner planner = new MenuPlanner(db, workspace.recipes());
        LocalDate next = before.end() == null ? null : before.end().plusDays(1);
        Plan plan = planner.extend(before, patient, job.days(), job.repeat(), job.seed(), SafetyPolicy.of(
                patient == null ? MenuPlanner.child(before, next) : Child.of(patient, next), db, job.safety()));
        return new Extended(plan, before.days().size());
    }

    /** Every patient of {@code job}'s folder, planned on {@code job.threads()} threads; one result per patient. */
    public List<BatchPlanner.Result> batch(BatchJob job, Progress progress) {
        checkDays(job.days());
        checkStep(job.settings().step());
        List<BatchPlanner.Job> jobs = BatchPlanner.find(job.folder(), job.out());
        if (job.out() != null) {
            try {
                Files.createDirectories(job.out());
            } catch (IOException e) {
                throw InvalidRequest.of("out", job.out(), "cannot make the folder " + job.out() + ": "
                        + e.getMessage());
            }
        }
        FoodDatabase db = workspace.foods();
        MenuPlanner planner = new MenuPlanner(db, workspace.recipes());
        BatchPlanner.Settings settings = new BatchPlanner.Settings(job.start(), job.days(),
                job.settings().seedOrDefault(), job.settings().stepOrDefault(), job.settings().tolerances(),
                job.force(), job.safety());
        return new BatchPlanner(planner, db, job.threads()).run(jobs, settings, progress);
    }

    /** The plan of record in {@code file}. */
    public Plan read(Path file) {
        return PlanFile.read(file);
    }

    /** Fails before any work when {@code file} exists and {@code force} is false. */
    public void checkWritable(Path file, boolean force) {
        AtomicFiles.checkWritable(file, force);
    }

    /** Writes {@code plan} to {@code file} atomically (an existing file only with {@code force}). */
    public void write(Path file, Plan plan, boolean force) {
        PlanFile.write(file, plan, force);
    }

    private static void checkDays(int days) {
        if (days < 1 || days > MenuPlanner.MAX_DAYS) {
            throw InvalidRequest.of("days", days, "must be 1 to " + MenuPlanner.MAX_DAYS + ", not " + days);
        }
    }

    private static void checkStep(Double step) {
        if (step != null) {
            Require.step("step", step);
        }
    }

    /** {@code patient} with the ramp asked for (the file's steps or days kept where not given). */
    private static Patient withRamp(Patient patient, RampRequest ramp) {
        if (ramp == null || ramp.steps() == null && ramp.daysPerStep() == null) {
            return patient;
        }
        Ramp fileRamp = patient.prescription().ramp();
        List<Double> steps;
        if (ramp.steps() != null) {
            steps = ramp.steps();
        } else if (fileRamp != null) {
            steps = fileRamp.steps();
        } else {
            throw InvalidRequest.phrased("ramp_days", ramp.daysPerStep(), ref("ramp_days"), ": give ", ref("ramp"),
                    " too (the patient file has no ramp)");
        }
        int perStep = ramp.daysPerStep() != null ? ramp.daysPerStep() : fileRamp != null ? fileRamp.daysPerStep() : 1;
        try {
            Ramp r = new Ramp(steps, perStep);
            Double ratio = patient.prescription().ratio();
            if (ratio != null) {
                r.checkUpTo(ratio);
            }
            return patient.withPrescription(patient.prescription().withRamp(r));
        } catch (IllegalArgumentException e) {
            boolean days = ramp.daysPerStep() != null && e.getMessage().contains("days_per_step");
            throw InvalidRequest.of(days ? "ramp_days" : "ramp", days ? ramp.daysPerStep() : steps,
                    e.getMessage().replace("days_per_step: ", "").replace("steps: ", ""));
        }
    }
}
