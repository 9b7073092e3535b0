package org.ketoplan.diary;

import java.nio.file.Path;
import java.util.function.Supplier;
import org.ketoplan.common.BadInputException;
import org.ketoplan.food.FoodDatabase;
import org.ketoplan.plan.Plan;
import org.ketoplan.plan.PlanFile;

import static org.ketoplan.common.BadInputException.phrased;
import static org.ketoplan.common.BadInputException.ref;

/**
 * The adherence report as a service: reads the plan and the diary, refuses a diary with bad rows unless told to
 * skip them ({@code lenient}), and computes the figures.
 */
public final class Adherence {
    private Adherence() {
    }

    /**
     * The report of the diary in {@code diaryDir} against the plan in {@code planFile}.
     *
     * @param database the food database, for off-plan foods (loaded only when the diary has one)
     * @throws BadInputException naming the first bad row (file:line) and how many more there are, unless
     *                           {@code lenient}; then they are left out and listed in the report
     */
    public static AdherenceReport report(Path planFile, Path diaryDir, Supplier<FoodDatabase> database,
                                         AdherenceOptions options,
                                         boolean lenient) {
        Plan plan = PlanFile.read(planFile);
        Compositions foods = new Compositions(plan, database);
        return report(plan, Diary.read(diaryDir, plan, foods), foods, options, lenient);
    }

    /**
     * The report of {@code diary} (read against {@code plan} with {@code foods}) against {@code plan}, both already
     * read: for a caller that needs the plan and the diary for more than the report and reads each file once.
     *
     * @throws BadInputException as {@link #report(Path, Path, Supplier, AdherenceOptions, boolean)}
     */
    public static AdherenceReport report(Plan plan, Diary diary, Compositions foods, AdherenceOptions options,
                                         boolean lenient) {
        if (!lenient) {
            requireClean(diary);
        }
        return AdherenceCalculator.report(plan, diary, foods, options);
    }

    /** Fails with the first problem of {@code diary} and the number of others. */
    static void requireClean(Diary diary) {
        if (!diary.problems().isEmpty()) {
            int more = diary.problems().size() - 1;
            throw phrased(diary.problems().get(0) + (more == 0 ? "" : " (and " + more + " more row"
                    + (more == 1 ? "" : "s") + " with problems)") + "; fix the rows with a ", ref("replace"),
                    " entry, or run with ", ref("lenient"), " to leave them out");
        }
    }
}
