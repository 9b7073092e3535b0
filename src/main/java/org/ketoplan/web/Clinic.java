package org.ketoplan.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.ketoplan.app.Application;
import org.ketoplan.food.FoodDatabase;

/**
 * What every page shares: the clinic folder, the application's services over the shipped foods and recipes plus
 * the clinic's own ({@code foods/} and {@code recipes/} of the workspace, read as {@code --foods DIR --recipes DIR}
 * read them), and the clock that says which day is today. The services are made again when a file of those two
 * folders is added, removed or changed (its size or modification time), by a page or by hand, so no restart is
 * needed; the composer's cache belongs to the services, so it goes with them.
 */
final class Clinic {
    private final Workspace workspace;
    private final Clock clock;
    private volatile Loaded loaded;

    private record Loaded(List<ClinicFiles.Stamp> stamps, Application app) {
    }

    Clinic(Workspace workspace, Clock clock) {
        this.workspace = workspace;
        this.clock = clock;
        this.loaded = load(workspace.files().stamps());
    }

    private Loaded load(List<ClinicFiles.Stamp> stamps) {
        ClinicFiles files = workspace.files();
        return new Loaded(stamps, new Application(org.ketoplan.app.Workspace.of(files.foodPaths(),
                files.recipePaths()).preloadFoods()));
    }

    Workspace workspace() {
        return workspace;
    }

    /** The application's services over the clinic's foods and recipes as they are on disk now. */
    Application app() {
        List<ClinicFiles.Stamp> now = workspace.files().stamps();
        Loaded l = loaded;
        if (!now.equals(l.stamps())) {
            synchronized (this) {
                l = loaded;
                if (!now.equals(l.stamps())) {
                    l = load(now);
                    loaded = l;
                }
            }
        }
        return l.app();
    }

    /** Forgets the services, so the next page reads the clinic's files again (after a page wrote one). */
    void changed() {
        synchronized (this) {
            loaded = new Loaded(null, loaded.app());
        }
    }

    FoodDatabase foods() {
        return app().workspace().foods();
    }

    /** Today on this computer's clock (the day the caseload and the diary start from). */
    LocalDate today() {
        return LocalDate.now(clock);
    }
}
