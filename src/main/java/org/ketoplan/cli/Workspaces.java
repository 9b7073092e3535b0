package org.ketoplan.cli;

import java.util.List;
import org.ketoplan.app.Workspace;

/** The application's workspace from the --foods and --recipes options. */
final class Workspaces {
    private Workspaces() {
    }

    /** The shipped foods and recipes plus those of the options. */
    static Workspace of(FoodsOption foods, RecipesOption recipes) {
        return Workspace.of(foods.files, recipes.paths);
    }

    /** The shipped foods plus those of --foods, and the shipped recipes. */
    static Workspace of(FoodsOption foods) {
        return Workspace.of(foods.files, List.of());
    }
}
