package org.ketoplan.app;

import java.util.Objects;

/** Every service of the application over one {@link Workspace}: what a front end holds for its session. */
public final class Application {
    private final Workspace workspace;

    /** The services over {@code workspace}. */
    public Application(Workspace workspace) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
    }

    /** The workspace (foods and recipes). */
    public Workspace workspace() {
        return workspace;
    }

    /** Prescriptions. */
    public PrescriptionService prescriptions() {
        return new PrescriptionService();
    }

    /** Meals and recipes composed. */
    public MealService meals() {
        return new MealService(workspace);
    }

    /** Infant feeds made up. */
    public FormulaService formulas() {
        return new FormulaService(workspace);
    }

    /** Menu plans. */
    public PlanService plans() {
        return new PlanService(workspace);
    }

    /** One meal of a plan swapped or composed again. */
    public PlanEditService planEdits() {
        return new PlanEditService(workspace);
    }

    /** Plans checked and fixed. */
    public PlanCheckService planChecks() {
        return new PlanCheckService(workspace);
    }

    /** Workbooks, CSV, JSON, day sheets and reminders. */
    public ExportService exports() {
        return new ExportService(workspace);
    }

    /** The diary. */
    public DiaryService diary() {
        return new DiaryService(workspace);
    }

    /** Adherence reports. */
    public AdherenceService adherence() {
        return new AdherenceService(workspace);
    }

    /** Food search and show. */
    public FoodService foods() {
        return new FoodService(workspace);
    }

    /** Recipe list and show. */
    public RecipeService recipes() {
        return new RecipeService(workspace);
    }
}
