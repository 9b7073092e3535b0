package org.ketoplan.plan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.ketoplan.common.AtomicFiles;
import org.ketoplan.common.BadInputException;
import org.ketoplan.common.NoSolutionException;
import org.ketoplan.common.Progress;
import org.ketoplan.compose.Tolerances;
import org.ketoplan.food.FoodDatabase;
import org.ketoplan.prescription.Patient;
import org.ketoplan.prescription.PatientFile;
import org.ketoplan.safety.Child;
import org.ketoplan.safety.SafetyPolicy;

/**
 * Plans a clinic's caseload in one process: one plan per patient file, on every core, through one menu planner
 * (one food database, one recipe library and one composition cache, so patients with the same meal targets share
 * their compositions), each under its own child's {@link SafetyPolicy}. Each plan is the plan made for
 * that one patient file alone with the same settings,
 * byte for byte; a patient whose file is bad or whose meals cannot be composed gets that outcome and the others go
 * on.
 *
 * <p>The patients are either every {@code *.yaml} file of a folder, each planned to {@code NAME.plan.json} beside
 * it, or a clinic workspace: one sub-folder per patient holding {@code patient.yaml}, planned to {@code plan.json}
 * in the same sub-folder (the layout the browser workspace shares). With an output folder, every plan is written
 * there as {@code NAME.json} instead.
 */
public final class BatchPlanner {
    /** The patient file of a workspace's sub-folder. */
    public static final String WORKSPACE_PATIENT = "patient.yaml";
    /** The plan file of a workspace's sub-folder. */
    public static final String WORKSPACE_PLAN = "plan.json";

    private final MenuPlanner planner;
    private final FoodDatabase foods;
    private final int threads;

    /**
     * A batch that plans through {@code planner} (over {@code foods}, which the safety policy checks too) on
     * {@code threads} threads (at least 1).
     */
    public BatchPlanner(MenuPlanner planner, FoodDatabase foods, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads: at least 1, not " + threads);
        }
        this.planner = planner;
        this.foods = foods;
        this.threads = threads;
    }

    /**
     * One patient of the batch.
     *
     * @param name the patient's name in the summary (the file's or the sub-folder's name)
     * @param patientFile the patient file
     * @param planFile where the plan goes
     */
    public record Job(String name, Path patientFile, Path planFile) {
        /** Rejects missing parts. */
        public Job {
            if (name == null || name.isBlank() || patientFile == null || planFile == null) {
                throw new IllegalArgumentException("a batch job needs a name, a patient file and a plan file");
            }
        }
    }

    /** How one patient's planning ended. */
    public enum Status {
        /** The plan was written. */
        PLANNED,
        /** The patient file (or an existing plan file) stopped it: {@link Result#message()} says where. */
        BAD_INPUT,
        /** A meal has no recipe that can be composed: the message names the date, meal and why. */
        NO_SOLUTION,
        /** Something failed that is not the input's fault (a bug, a disk error). */
        FAILED
    }

    /**
     * One patient's outcome.
     *
     * @param job the patient
     * @param status how it ended
     * @param days the plan's days (0 unless planned)
     * @param meals the plan's meals and snacks (0 unless planned)
     * @param warnings the plan's notes: prescription warnings and relaxed variety rules
     * @param message why it was not planned, or null
     */
    public record Result(Job job, Status status, int days, int meals, List<String> warnings, String message) {
        /** Copies the warnings. */
        public Result {
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * What to plan.
     *
     * @param start the first day, or null for today in each patient's time zone
     * @param days how many days
     * @param seed the random seed
     * @param step the scale's step
     * @param tolerances the bands
     * @param force whether an existing plan file may be replaced
     * @param safety the exceptions given for this run (each patient's own come from the patient file)
     */
    public record Settings(LocalDate start, int days, long seed, double step, Tolerances tolerances, boolean force,
                           SafetyPolicy.Options safety) {
    }

    /**
     * The patients of {@code folder}: its {@code *.yaml} files, or its sub-folders holding {@value
     * #WORKSPACE_PATIENT}, in name order.
     *
     * @param out where the plans go, or null for beside each patient file
     * @throws BadInputException when the folder does not exist or holds no patient
     */
    public static List<Job> find(Path folder, Path out) {
        if (!Files.isDirectory(folder)) {
            throw BadInputException.phrased(BadInputException.ref("patients"), ": " + folder + " is not a folder");
        }
        List<Job> jobs = new ArrayList<>();
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path p : entries.sorted().toList()) {
                String file = p.getFileName().toString();
                if (Files.isRegularFile(p) && file.endsWith(".yaml")) {
                    String name = file.substring(0, file.length() - ".yaml".length());
                    jobs.add(new Job(name, p, out != null ? out.resolve(name + ".json")
                            : p.resolveSibling(name + ".plan.json")));
                } else if (Files.isRegularFile(p.resolve(WORKSPACE_PATIENT))) {
                    jobs.add(new Job(file, p.resolve(WORKSPACE_PATIENT), out != null ? out.resolve(file + ".json")
                            : p.resolve(WORKSPACE_PLAN)));
                }
            }
        } catch (IOException e) {
            throw BadInputException.phrased(BadInputException.ref("patients"),
                    ": cannot read the folder " + folder + ": " + e.getMessage());
        }
        if (jobs.isEmpty()) {
            throw BadInputException.phrased(BadInputException.ref("patients"), ": " + folder
                    + " holds no patient: give it *.yaml patient files, or one sub-folder per patient with "
                    + WORKSPACE_PATIENT);
        }
        return jobs;
    }

    /**
     * Plans every job, {@link #threads} at a time, and writes each plan; returns the outcomes in the jobs' order.
     * {@code progress} advances by one as each patient is done.
     */
    public List<Result> run(List<Job> jobs, Settings s, Progress progress) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, jobs.size()), r -> {
            Thread t = new Thread(r, "ketoplan-batch");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Result>> futures = new ArrayList<>();
            for (Job job : jobs) {
                futures.add(pool.submit(() -> {
                    Result r = plan(job, s);
                    progress.advance(1);
                    return r;
                }));
            }
            List<Result> results = new ArrayList<>();
            for (int i = 0; i < jobs.size(); i++) {
                results.add(outcome(jobs.get(i), futures.get(i)));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Result outcome(Job job, Future<Result> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(job, Status.FAILED, 0, 0, List.of(), "interrupted");
        } catch (ExecutionException e) {
            return new Result(job, Status.FAILED, 0, 0, List.of(), String.valueOf(e.getCause()));
        }
    }

    /** One patient: read, plan, write; every failure becomes the patient's outcome. */
    private Result plan(Job job, Settings s) {
        try {
            AtomicFiles.checkWritable(job.planFile(), s.force());
            Patient patient = PatientFile.read(job.patientFile());
            LocalDate start = s.start() != null ? s.start() : patient.today(Clock.systemDefaultZone());
            Plan plan = planner.plan(patient, new MenuPlanner.Settings(start, s.days(), s.seed(), s.step(),
                    s.tolerances()), SafetyPolicy.of(Child.of(patient, start), foods, s.safety()));
            Files.createDirectories(job.planFile().toAbsolutePath().getParent());
            PlanFile.write(job.planFile(), plan, s.force());
            int meals = plan.days().stream().mapToInt(d -> d.meals().size()).sum();
            return new Result(job, Status.PLANNED, plan.days().size(), meals, plan.notes(), null);
        } catch (BadInputException | IllegalArgumentException e) {
            return new Result(job, Status.BAD_INPUT, 0, 0, List.of(), e.getMessage());
        } catch (NoSolutionException e) {
            return new Result(job, Status.NO_SOLUTION, 0, 0, List.of(), e.getMessage());
        } catch (IOException | UncheckedIOException e) {
            return new Result(job, Status.FAILED, 0, 0, List.of(), e.toString());
        }
    }
}
