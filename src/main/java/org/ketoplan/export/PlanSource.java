package org.ketoplan.export;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.ketoplan.common.BadInputException;
import org.ketoplan.food.FoodDatabase;
import org.ketoplan.plan.Plan;
import org.ketoplan.plan.PlanDay;
import org.ketoplan.plan.PlanFile;

import static org.ketoplan.common.BadInputException.phrased;
import static org.ketoplan.common.BadInputException.ref;

/**
 * A plan read for export, with the warnings to show: exports use the plan's own stored composition, so a plan
 * made with another food data version is exported as it is, with a one-line warning.
 *
 * <p>The current food database (needed only for household measures and that warning) loads on another thread
 * while the export starts, so its load time is mostly hidden.
 */
public final class PlanSource {
    private static final String USER_FOODS = " + user foods";

    private final Path file;
    private final Plan plan;
    private final CompletableFuture<Current> current;

    private record Current(FoodDatabase database, List<Warning> warnings) {
    }

    /** Something to tell the person exporting, who can still go on: the export is made all the same. */
    public sealed interface Warning {
        /** The warning as a sentence, without any front end's advice. */
        String text();
    }

    /**
     * The food database cannot be loaded (the shipped tables are missing from this build): household measures are
     * left out.
     *
     * @param reason why it cannot be loaded
     */
    public record NoFoodDatabase(String reason) implements Warning {
        @Override
        public String text() {
            return "the food database cannot be loaded (" + reason + "); household measures are left out";
        }
    }

    /**
     * The plan was made with another food data version: it is exported with its own stored values, and the plan
     * check would say which meals changed.
     *
     * @param file the plan file
     * @param planVersion the plan's food data version
     * @param currentVersion this ketoplan's
     */
    public record OtherFoodData(Path file, String planVersion, String currentVersion) implements Warning {
        @Override
        public String text() {
            return file + " was made with food data version '" + planVersion + "', this ketoplan has '"
                    + currentVersion + "'; exporting the plan's own stored values";
        }
    }

    private PlanSource(Path file, Plan plan, CompletableFuture<Current> current) {
        this.file = file;
        this.plan = plan;
        this.current = current;
    }

    /**
     * Reads {@code file} and starts loading {@code database} to compare its food data version with the plan's.
     *
     * @throws BadInputException when the plan does not parse (naming the file and line)
     */
    public static PlanSource read(Path file, Supplier<FoodDatabase> database) {
        CompletableFuture<FoodDatabase> db = CompletableFuture.supplyAsync(database);
        Plan plan;
        try {
            plan = PlanFile.read(file);
        } catch (RuntimeException e) {
            db.cancel(false);
            throw e;
        }
        return new PlanSource(file, plan, db.handle((d, error) -> current(file, plan, d, error)));
    }

    private static Current current(Path file, Plan plan, FoodDatabase db, Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof IllegalStateException) {
            // the shipped tables are missing from this build: export still works from the plan's own values
            return new Current(null, List.of(new NoFoodDatabase(cause.getMessage())));
        }
        if (cause instanceof RuntimeException r) {
            throw r; // a broken food file given by the user: reported as such
        }
        if (cause != null) {
            throw new IllegalStateException(cause);
        }
        List<Warning> warnings = new ArrayList<>();
        if (!shipped(plan.foodDataVersion()).equals(shipped(db.dataVersion()))) {
            warnings.add(new OtherFoodData(file, plan.foodDataVersion(), db.dataVersion()));
        }
        return new Current(db, warnings);
    }

    /** Where the plan was read from. */
    public Path file() {
        return file;
    }

    /** The plan. */
    public Plan plan() {
        return plan;
    }

    /**
     * The current food database, or null when it cannot be loaded (waits for it).
     *
     * @throws BadInputException when a user food file is broken
     */
    public FoodDatabase database() {
        return join().database();
    }

    /** The warnings to show (waits for the food database). */
    public List<Warning> warnings() {
        return join().warnings();
    }

    private Current join() {
        try {
            return current.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    private static String shipped(String version) {
        return version.endsWith(USER_FOODS) ? version.substring(0, version.length() - USER_FOODS.length()) : version;
    }

    /**
     * The days to print: {@code day} alone, or {@code from} to {@code to} (either may be null for the plan's
     * first or last day), or every day when all are null.
     *
     * @throws BadInputException naming the option and the plan's dates when a date is outside the plan
     */
    public List<PlanDay> days(LocalDate day, LocalDate from, LocalDate to) {
        if (day != null && (from != null || to != null)) {
            throw phrased(ref("day"), ": give either ", ref("day"),
                    " or ", ref("from"), "/", ref("to"), ", not both");
        }
        if (plan.days().isEmpty()) {
            throw BadInputException.at(file.toString(), "the plan has no days");
        }
        String covers = "the plan covers " + plan.start() + " to " + plan.end();
        if (day != null) {
            return List.of(plan.day(day).orElseThrow(() -> phrased(ref("day"), ": ", day
                    + " is not in the plan; " + covers)));
        }
        LocalDate a = from == null ? plan.start() : from;
        LocalDate b = to == null ? plan.end() : to;
        if (from != null && (from.isBefore(plan.start()) || from.isAfter(plan.end()))) {
            throw phrased(ref("from"), ": ", from + " is not in the plan; " + covers);
        }
        if (to != null && (to.isBefore(plan.start()) || to.isAfter(plan.end()))) {
            throw phrased(ref("to"), ": ", to + " is not in the plan; " + covers);
        }
        if (b.isBefore(a)) {
            throw phrased(ref("to"), ": ", b + " is before ",
                    ref("from"), " " + a);
        }
        return plan.days().stream().filter(d -> !d.date().isBefore(a) && !d.date().isAfter(b)).toList();
    }
}
