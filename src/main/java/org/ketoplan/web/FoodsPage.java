package org.ketoplan.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ketoplan.common.AtomicFiles;
import org.ketoplan.common.BadInputException;
import org.ketoplan.common.InputFiles;
import org.ketoplan.common.Limits;
import org.ketoplan.food.Food;
import org.ketoplan.food.FoodDatabase;
import org.ketoplan.food.FoodDatabases;
import org.ketoplan.food.UserFoodFile;
import org.ketoplan.nutrition.Ratio;
import org.ketoplan.recipe.LoadedRecipe;
import org.ketoplan.recipe.RecipeChecks;
import org.ketoplan.recipe.Recipes;
import org.ketoplan.recipe.Slot;

/**
 * The clinic's own foods and recipes ({@link ClinicFiles}): each foods file with its foods (per 100 g or ml, and
 * its allergens, "unknown" where the file gives none), the clinic's recipes, and the upload of a foods file, read
 * with the strict reader of {@code --foods} together with the shipped foods and the clinic's other files (so an id
 * that is taken is refused as the command line refuses it) before it is written atomically.
 */
final class FoodsPage {
    /** The largest foods file the page takes: 1 MB (a clinic's products are a few KB). */
    static final long MAX_FOODS_FILE_BYTES = 1L << 20;
    static final String PATH = "/clinic-foods";

    private final Clinic clinic;

    FoodsPage(Clinic clinic) {
        this.clinic = clinic;
    }

    void show(Context ctx) {
        String done = ctx.queryParam("done");
        render(ctx, done, null, null);
    }

    private void render(Context ctx, String message, String problem, String fileName) {
        ClinicFiles files = clinic.workspace().files();
        Map<String, Object> m = new HashMap<>();
        m.put("message", message);
        m.put("problem", problem);
        m.put("fileName", fileName == null ? "" : fileName);
        m.put("maxKb", MAX_FOODS_FILE_BYTES / 1024);
        List<ClinicViews.FoodsFile> foods = new ArrayList<>();
        for (Path f : files.foodFiles()) {
            String name = ClinicFiles.FOODS + "/" + f.getFileName();
            try (InputStream in = new ByteArrayInputStream(InputFiles.bytes(f, Limits.FOOD_FILE_BYTES))) {
                List<ClinicViews.FoodRow> rows = new ArrayList<>();
                for (UserFoodFile.Located l : UserFoodFile.read(name, in, FoodDatabases.USER_GROUP)) {
                    rows.add(row(l.food()));
                }
                foods.add(new ClinicViews.FoodsFile(name, rows, null));
            } catch (BadInputException e) {
                foods.add(new ClinicViews.FoodsFile(name, List.of(), e.getMessage()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        m.put("files", foods);
        String libraryProblem = null;
        List<ClinicViews.RecipeRow> recipes = new ArrayList<>();
        try {
            var lib = clinic.app().workspace().recipes();
            Path dir = files.recipesDir().toAbsolutePath();
            for (LoadedRecipe r : lib.loaded()) {
                if (Path.of(r.file()).toAbsolutePath().startsWith(dir)) {
                    var x = r.recipe();
                    recipes.add(new ClinicViews.RecipeRow(x.id(), x.name(), String.join(", ", x.slots().stream().map(Slot::word)
                            .toList()), x.minAgeMonths() + " months", x.texture().word(), x.proteinSource().word(),
                            ClinicFiles.RECIPES + "/" + Path.of(r.file()).getFileName()));
                }
            }
            clinic.foods();
        } catch (BadInputException e) {
            libraryProblem = e.getMessage();
        }
        m.put("libraryProblem", libraryProblem);
        m.put("recipes", recipes);
        m.put("workspace", clinic.workspace().root().toString());
        ctx.html(Templates.render("foods.jte", m));
    }

    /** A food per 100 g or ml as {@code food search} shows it: kcal as the file states it (or 9/4/4), net carbohydrate. */
    private static ClinicViews.FoodRow row(Food f) {
        var per = f.macrosPer100();
        double ratio = per.ratio(org.ketoplan.nutrition.CarbConvention.NET);
        return new ClinicViews.FoodRow(f.id(), f.name(), "per 100 " + f.basis().unit(), Views.num(per.fatG(), 1),
                Views.num(per.proteinG(), 1), Views.num(per.netCarbohydrateG(), 1), Views.num(f.per100().kcal(), 0),
                Double.isInfinite(ratio) ? "fat only" : Ratio.format(ratio), f.allergens().unknown() ? "unknown"
                : f.allergens().describe(), f.allergens().unknown(), f.source());
    }

    /**
     * Uploads a foods file into {@code foods/}: at most {@link #MAX_FOODS_FILE_BYTES}; read with the shipped foods
     * and the clinic's other files as {@code --foods} reads them (a bad line, or an id already taken, is refused with
     * the reader's message and nothing is written); the clinic's recipes must still find their foods; an existing
     * file is replaced only when "replace" is ticked.
     */
    void upload(Context ctx) {
        UploadedFile upload;
        boolean replace;
        try {
            upload = ctx.uploadedFile("file");
            replace = ctx.formParam("replace") != null;
        } catch (Exception e) { // Jetty refuses a part or a request above its limits while reading it
            ctx.status(HttpStatus.CONTENT_TOO_LARGE);
            render(ctx, null, "file: the upload is larger than the " + MAX_FOODS_FILE_BYTES / 1024 + " KB a foods "
                    + "file may be, or not a file upload; nothing was written", null);
            return;
        }
        String name = upload == null ? null : fileName(upload.filename());
        try {
            if (upload == null || upload.size() == 0) {
                throw new BadInputException("file: choose a foods file (.yaml) to upload");
            }
            if (upload.size() > MAX_FOODS_FILE_BYTES) {
                throw new BadInputException("file: " + upload.filename() + " is " + upload.size() / 1024 + " KB, more "
                        + "than the " + MAX_FOODS_FILE_BYTES / 1024 + " KB a foods file may be; nothing was written");
            }
            String bad = ClinicFiles.checkFileName("file", name);
            if (bad != null) {
                throw new BadInputException(bad);
            }
            ClinicFiles files = clinic.workspace().files();
            Path target = files.foodsDir().resolve(name);
            if (Files.exists(target) && !replace) {
                throw new BadInputException("file: " + ClinicFiles.FOODS + "/" + name + " exists already; tick "
                        + "\"replace the file of the same name\" to replace it; nothing was written");
            }
            byte[] bytes;
            try (InputStream in = upload.content()) {
                bytes = in.readAllBytes();
            }
            withClinicFoods(files, name, bytes);
            int count = UserFoodFile.read(name, new ByteArrayInputStream(bytes), FoodDatabases.USER_GROUP).size();
            AtomicFiles.write(target, replace, out -> out.write(bytes));
            clinic.changed();
            ctx.redirect(PATH + "?done=" + java.net.URLEncoder.encode("Saved " + ClinicFiles.FOODS + "/" + name + ": "
                    + count + " food" + (count == 1 ? "" : "s") + "; every page uses them now.",
                    java.nio.charset.StandardCharsets.UTF_8), HttpStatus.SEE_OTHER);
        } catch (BadInputException e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            render(ctx, null, e.getMessage(), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The shipped foods plus the clinic's files with {@code name} as {@code bytes} (in its place, or added), read as
     * {@code --foods DIR} reads them; the clinic's recipes are checked against the result.
     */
    private static FoodDatabase withClinicFoods(ClinicFiles files, String name, byte[] bytes) {
        List<FoodDatabases.UserFile> all = new ArrayList<>();
        boolean placed = false;
        for (Path f : files.foodFiles()) {
            String n = f.getFileName().toString();
            if (!placed && n.compareTo(name) >= 0) {
                all.add(new FoodDatabases.UserFile(ClinicFiles.FOODS + "/" + name, bytes));
                placed = true;
            }
            if (!n.equals(name)) {
                all.add(new FoodDatabases.UserFile(ClinicFiles.FOODS + "/" + n, InputFiles.bytes(f,
                        Limits.FOOD_FILE_BYTES)));
            }
        }
        if (!placed) {
            all.add(new FoodDatabases.UserFile(ClinicFiles.FOODS + "/" + name, bytes));
        }
        FoodDatabase db = FoodDatabases.withUserContent(all);
        for (LoadedRecipe r : Recipes.of(files.recipePaths()).loaded()) {
            RecipeChecks.check(r, db);
        }
        return db;
    }

    /** The name to save an upload as: the browser's file name, lower-case, spaces as '-' ("Clinic foods.yaml"). */
    static String fileName(String uploaded) {
        if (uploaded == null) {
            return null;
        }
        String n = uploaded.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1).strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
        return n;
    }
}
