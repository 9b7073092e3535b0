package org.ketoplan.web;

import java.time.Clock;
import java.time.LocalDate;
import org.ketoplan.app.Application;
import org.ketoplan.food.FoodDatabase;

/**
 * What every page shares: the clinic folder, the application's services over the shipped foods and recipes
 * (the same services the command line uses, read once per session) and the clock that says which day is today.
 */
final class Clinic {
    private final Workspace workspace;
    private final Clock clock;
    private final Application app;

    Clinic(Workspace workspace, Clock clock) {
        this.workspace = workspace;
        this.clock = clock;
        this.app = new Application(org.ketoplan.app.Workspace.shipped().preloadFoods());
    }

    Workspace workspace() {
        return workspace;
    }

    /** The application's services. */
    Application app() {
        return app;
    }

    FoodDatabase foods() {
        return app.workspace().foods();
    }

    /** Today on this computer's clock (the day the caseload and the diary start from). */
    LocalDate today() {
        return LocalDate.now(clock);
    }
}
