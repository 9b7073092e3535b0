package org.ketoplan.export;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.ketoplan.common.BadInputException;
import org.ketoplan.food.FoodDatabase;
import org.ketoplan.plan.Plan;
import org.ketoplan.plan.PlanDay;
import org.ketoplan.plan.PlanFile;

/**
 * A plan read for export, with the warnings to show: exports use the plan's own stored composition, so a plan
 * made with another food data version is exported as it is, with a one-line warning.
 *
 * @param file where the plan was read from
 * @param plan the plan
 * @param database the current food database (for household measures), or null when it cannot be loaded
 * @param warnings one-line warnings for standard error
 */
public record PlanSource(Path file, Plan plan, FoodDatabase database, List<String> warnings) {
    private static final String USER_FOODS = " + user foods";

    /** Copies the warnings. */
    public PlanSource {
        warnings = List.copyOf(warnings);
    }

    /**
     * Reads {@code file} and compares its food data version with {@code database}'s.
     *
     * @throws BadInputException when the plan does not parse (naming the file and line)
     */
    public static PlanSource read(Path file, Supplier<FoodDatabase> database) {
        Plan plan = PlanFile.read(file);
        List<String> warnings = new ArrayList<>();
        FoodDatabase db = null;
        try {
            db = database.get();
        } catch (IllegalStateException e) {
            // the shipped tables are missing from this build: export still works from the plan's own values
            warnings.add("warning: the food database cannot be loaded (" + e.getMessage() + "); household "
                    + "measures are left out");
        }
        if (db != null && !shipped(plan.foodDataVersion()).equals(shipped(db.dataVersion()))) {
            warnings.add("warning: " + file + " was made with food data version '" + plan.foodDataVersion()
                    + "', this ketoplan has '" + db.dataVersion() + "'; exporting the plan's own stored values; "
                    + "run 'ketoplan plan check " + file + "' to see what changed");
        }
        return new PlanSource(file, plan, db, warnings);
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
            throw BadInputException.at("--day", "give either --day or --from/--to, not both");
        }
        if (plan.days().isEmpty()) {
            throw BadInputException.at(file.toString(), "the plan has no days");
        }
        String covers = "the plan covers " + plan.start() + " to " + plan.end();
        if (day != null) {
            return List.of(plan.day(day).orElseThrow(() -> BadInputException.at("--day", day
                    + " is not in the plan; " + covers)));
        }
        LocalDate a = from == null ? plan.start() : from;
        LocalDate b = to == null ? plan.end() : to;
        if (from != null && (from.isBefore(plan.start()) || from.isAfter(plan.end()))) {
            throw BadInputException.at("--from", from + " is not in the plan; " + covers);
        }
        if (to != null && (to.isBefore(plan.start()) || to.isAfter(plan.end()))) {
            throw BadInputException.at("--to", to + " is not in the plan; " + covers);
        }
        if (b.isBefore(a)) {
            throw BadInputException.at("--to", b + " is before --from " + a);
        }
        return plan.days().stream().filter(d -> !d.date().isBefore(a) && !d.date().isAfter(b)).toList();
    }
}
