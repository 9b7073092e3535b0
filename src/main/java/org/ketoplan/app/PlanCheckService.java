package org.ketoplan.app;

import java.nio.file.Path;
import java.util.Objects;
import org.ketoplan.food.FoodDatabase;
import org.ketoplan.plan.MenuPlanner;
import org.ketoplan.plan.Plan;
import org.ketoplan.plan.PlanCheck;
import org.ketoplan.plan.PlanFile;
import org.ketoplan.safety.SafetyPolicy;

/**
 * A plan of record checked against today's food data and safety rules (foods whose composition changed, meals that
 * left their bands, foods that must no longer reach the child, values edited by hand), and fixed: the meals out of
 * band composed again.
 */
public final class PlanCheckService {
    private final Workspace workspace;

    /** A service checking against {@code workspace}'s foods (and its recipes, to fix). */
    public PlanCheckService(Workspace workspace) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
    }

    /**
     * A plan checked, and fixed when asked.
     *
     * @param plan the plan as read
     * @param result what the check found
     * @param fixed the plan with its meals out of band composed again, or null when not asked
     */
    public record Checked(Plan plan, PlanCheck.Result result, Plan fixed) {
        /** Rejects missing parts. */
        public Checked {
            Objects.requireNonNull(plan, "plan");
            Objects.requireNonNull(result, "result");
        }
    }

    /**
     * Checks the plan in {@code file}; with {@code fix}, composes its meals out of band again and writes the fixed
     * plan to {@code fixedFile} (an existing file only with {@code force}).
     */
    public Checked check(Path file, boolean fix, Path fixedFile, boolean force, SafetyPolicy.Options safety) {
        if (fix) {
            Objects.requireNonNull(fixedFile, "fixedFile");
            org.ketoplan.common.AtomicFiles.checkWritable(fixedFile, force);
        }
        PlanFile.Checked read = PlanFile.readForCheck(file);
        Plan plan = read.plan();
        FoodDatabase db = workspace.foods();
        SafetyPolicy policy = SafetyPolicy.of(MenuPlanner.child(plan, null), db, safety);
        PlanCheck.Result r = PlanCheck.check(plan, db, policy, read.inconsistencies());
        Plan fixed = null;
        if (fix) {
            fixed = PlanCheck.fix(plan, r, db, workspace.recipes(), policy);
            PlanFile.write(fixedFile, fixed, force);
        }
        return new Checked(plan, r, fixed);
    }
}
