package org.ketoplan.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ketoplan.common.AtomicFiles;
import org.ketoplan.common.BadInputException;
import org.ketoplan.food.Food;
import org.ketoplan.food.FoodDatabase;
import org.ketoplan.nutrition.Numbers;
import org.ketoplan.plan.SlotRules;
import org.ketoplan.prescription.DailyPrescription;
import org.ketoplan.prescription.MealTarget;
import org.ketoplan.recipe.LoadedRecipe;
import org.ketoplan.recipe.ProteinSource;
import org.ketoplan.recipe.Recipe;
import org.ketoplan.recipe.RecipeChecks;
import org.ketoplan.recipe.RecipeFile;
import org.ketoplan.recipe.RecipeGuesses;
import org.ketoplan.recipe.RecipeIngredient;
import org.ketoplan.recipe.RecipeLibrary;
import org.ketoplan.recipe.RecipeWriter;
import org.ketoplan.recipe.Recipes;
import org.ketoplan.recipe.Role;
import org.ketoplan.recipe.Slot;
import org.ketoplan.recipe.Texture;
import org.ketoplan.safety.Child;
import org.ketoplan.safety.SafetyPolicy;

/**
 * "Save as a recipe" of the meal builder: the foods at the amounts shown become a recipe file in the clinic's
 * {@code recipes/} (the layout {@code --recipes DIR} reads), with the name, slots, texture, protein source and
 * youngest age the dietitian gives and each food's role and least and largest amounts (by default half to twice
 * the amount shown, on the scale step; a seasoning is fixed and not counted). The meal's kcal is the recipe's
 * reference size. The file is written as {@link RecipeWriter} writes it, read back with the strict {@link
 * RecipeFile} reader, checked as the commands check a recipe (its foods exist, its foods are safe at its own youngest
 * age) and against the child's safety rules (as "Save into the plan" is), its id against the shipped recipes and
 * the clinic's others, and only then written atomically; an existing recipe is replaced only when asked.
 */
final class RecipeSave {
    /** "recipes/x.yaml:12: " before a message, and the field it names. */
    private static final Pattern FIELD = Pattern.compile("^(?:[^ ]*:\\d+: |[^ ]*\\.yaml: )?(?:ingredients\\[(\\d+)\\]"
            + "\\.([a-z_]+)|([a-z_]+)):");
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private final Clinic clinic;
    private final MealBuilderPage builder;

    RecipeSave(Clinic clinic, MealBuilderPage builder) {
        this.clinic = clinic;
        this.builder = builder;
    }

    /** The form as posted (or its defaults on a page's first showing), with a problem placed beside its field. */
    ClinicViews.RecipeForm form(Context ctx, DailyPrescription rx, Views.Builder b, String problem) {
        return form(ctx, rx, b, problem, null);
    }

    private ClinicViews.RecipeForm form(Context ctx, DailyPrescription rx, Views.Builder b, String problem,
                                        String message) {
        boolean posted = ctx.formParam("recipe_form") != null;
        String field = "";
        int problemRow = -1;
        if (problem != null) {
            Matcher m = FIELD.matcher(problem);
            if (m.find()) {
                if (m.group(1) != null) {
                    problemRow = Integer.parseInt(m.group(1));
                } else {
                    field = switch (m.group(3)) {
                        case "name" -> "recipe-name";
                        case "id" -> "recipe-id";
                        case "slots", "slot" -> "recipe-slots";
                        case "min_age_months" -> "recipe-age";
                        case "texture" -> "recipe-texture";
                        case "protein_source" -> "recipe-protein";
                        case "directions" -> "recipe-directions";
                        default -> "";
                    };
                }
            }
        }
        List<String> slotsAsked = posted ? ctx.formParams("recipe_slot") : List.of(defaultSlot(rx, b.slot()).word());
        List<ClinicViews.Choice> slots = new ArrayList<>();
        for (Slot s : Slot.values()) {
            slots.add(new ClinicViews.Choice(s.word(), slotsAsked.contains(s.word())));
        }
        String texture = posted ? ctx.formParam("recipe_texture") : (rx.ageMonths() < 8 ? Texture.SMOOTH_PUREE
                : Texture.SOFT_PIECES).word();
        List<ClinicViews.Choice> textures = new ArrayList<>();
        for (Texture t : Texture.values()) {
            textures.add(new ClinicViews.Choice(t.word(), t.word().equals(texture)));
        }
        List<ClinicViews.Choice> proteins = new ArrayList<>();
        // the protein source follows the foods until the dietitian picks another (the page sends the one proposed)
        String proposed = proteinSource(b).word();
        String asked = ctx.formParam("recipe_protein");
        String protein = posted && asked != null && !asked.equals(ctx.formParam("recipe_protein_proposed")) ? asked
                : proposed;
        for (ProteinSource ps : ProteinSource.values()) {
            proteins.add(new ClinicViews.Choice(ps.word(), ps.word().equals(protein)));
        }
        Texture t = parseOr(texture);
        double step = Double.parseDouble(b.step());
        List<ClinicViews.RecipeIngredientRow> rows = new ArrayList<>();
        for (int i = 0; i < b.rows().size(); i++) {
            Views.BuilderRow r = b.rows().get(i);
            Food f = clinic.foods().byId(r.id()).orElseThrow();
            double a = amountOr0(r.amount());
            String role = posted && ctx.formParam("role:" + r.id()) != null ? ctx.formParam("role:" + r.id())
                    : RecipeGuesses.role(f).word();
            rows.add(new ClinicViews.RecipeIngredientRow(r.id(), r.key(), r.name(), r.amount(), role,
                    value(ctx, "min:" + r.id()), value(ctx, "max:" + r.id()),
                    MealBuilderPage.grams(low(a, step), step), MealBuilderPage.grams(high(a, step), step),
                    i == problemRow ? problem : null));
        }
        return new ClinicViews.RecipeForm(value(ctx, "recipe_name"), value(ctx, "recipe_id"), slots, textures,
                proteins, protein, value(ctx, "recipe_age"), t == null ? "" : String.valueOf(t.earliestMonths()),
                value(ctx, "recipe_directions"), ctx.formParam("recipe_replace") != null, rows,
                java.util.Arrays.stream(Role.values()).map(Role::word).toList(), problem, problemRow >= 0 ? "row"
                : field, message);
    }

    private static String value(Context ctx, String name) {
        String v = ctx.formParam(name);
        return v == null ? "" : v;
    }

    private static Texture parseOr(String word) {
        try {
            return word == null ? null : Texture.parse(word);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static double amountOr0(String text) {
        try {
            double a = Numbers.parse(text, "amount");
            return a >= 0 && a <= org.ketoplan.common.Limits.GRAMS ? a : 0;
        } catch (IllegalArgumentException e) {
            return 0;
        }
    }

    /** Half the amount, down to the step. */
    static double low(double a, double step) {
        return step < 1 ? Math.floor(a * 10 / 2) / 10 : Math.floor(a / 2);
    }

    /** Twice the amount, up to the step. */
    static double high(double a, double step) {
        return step < 1 ? Math.ceil(a * 10 * 2) / 10 : Math.ceil(a * 2);
    }

    /** The recipe slot the planner gives this meal of the prescription (SlotRules, as the plan maps it). */
    private static Slot defaultSlot(DailyPrescription rx, String meal) {
        if (rx.isFeed(meal)) {
            return Slot.FEED;
        }
        List<String> meals = rx.meals().stream().map(MealTarget::name).toList();
        boolean snack = !meals.contains(meal);
        return SlotRules.forMeal(meal, snack, Math.max(0, meals.indexOf(meal)), meals.size());
    }

    /** The source of the meal's protein: that of the food giving the most protein ({@link RecipeGuesses}). */
    private ProteinSource proteinSource(Views.Builder b) {
        Food best = null;
        double most = -1;
        for (Views.BuilderRow r : b.rows()) {
            Food f = clinic.foods().byId(r.id()).orElseThrow();
            double p = f.macros(amountOr0(r.amount())).proteinG();
            if (p > most) {
                most = p;
                best = f;
            }
        }
        return best == null ? ProteinSource.DAIRY : RecipeGuesses.proteinSource(best);
    }

    /** "Save as a recipe". */
    void save(Context ctx) {
        Workspace.PatientDir p = clinic.workspace().patient(ctx.pathParam("id"));
        DailyPrescription rx = builder.prescription(p);
        String slot = ctx.formParam("slot");
        double step = MealBuilderPage.step(ctx, p);
        Views.Builder b = builder.build(p, rx, slot, MealBuilderPage.rows(ctx), null, null, step);
        try {
            Path file = write(ctx, p, rx, b, step);
            ctx.status(HttpStatus.OK);
            builder.page(ctx, p, rx, b, null, null, false, form(ctx, rx, b, null, "Saved "
                    + shown(file) + ". Plans, swaps and the commands with --recipes "
                    + clinic.workspace().files().recipesDir() + " now offer it."));
        } catch (BadInputException | IllegalArgumentException e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            builder.page(ctx, p, rx, b, null, null, false, form(ctx, rx, b, e.getMessage()));
        }
    }

    private static String shown(Path file) {
        return ClinicFiles.RECIPES + "/" + file.getFileName();
    }

    private Path write(Context ctx, Workspace.PatientDir p, DailyPrescription rx, Views.Builder b, double step) {
        if (b.problem() != null) {
            throw new BadInputException(b.problem());
        }
        if (b.rows().isEmpty()) {
            throw new BadInputException("ingredients: the meal has no foods yet");
        }
        String name = value(ctx, "recipe_name").strip();
        if (name.isEmpty()) {
            throw new BadInputException("name: missing (the name people read, e.g. Chicken and avocado mash)");
        }
        String id = value(ctx, "recipe_id").strip();
        if (id.isEmpty()) {
            id = idOf(name);
        }
        if (!ID.matcher(id).matches()) {
            throw new BadInputException("id: '" + id + "' must be lower-case letters, digits and hyphens, at most 64 "
                    + "(the file name without .yaml)");
        }
        List<Slot> slots = new ArrayList<>();
        for (String s : ctx.formParams("recipe_slot")) {
            slots.add(Slot.parse(s));
        }
        Texture texture = Texture.parse(value(ctx, "recipe_texture"));
        ProteinSource protein = ProteinSource.parse(value(ctx, "recipe_protein"));
        String ageText = value(ctx, "recipe_age").strip();
        int age;
        try {
            age = ageText.isEmpty() ? texture.earliestMonths() : Integer.parseInt(ageText);
        } catch (NumberFormatException e) {
            throw new BadInputException("min_age_months: '" + ageText + "' is not a whole number of months");
        }
        FoodDatabase db = clinic.foods();
        MealTarget meal = rx.slot(b.slot());
        List<RecipeIngredient> ingredients = new ArrayList<>();
        double kcal = 0;
        for (int i = 0; i < b.rows().size(); i++) {
            Views.BuilderRow r = b.rows().get(i);
            Food f = db.byId(r.id()).orElseThrow();
            double a = Numbers.parse(r.amount(), "ingredients[" + i + "].grams");
            String where = "ingredients[" + i + "]";
            String roleText = value(ctx, "role:" + r.id());
            Role role;
            try {
                role = roleText.isBlank() ? RecipeGuesses.role(f) : Role.parse(roleText);
            } catch (IllegalArgumentException e) {
                throw new BadInputException(where + "." + e.getMessage());
            }
            if (role == Role.SEASONING) {
                ingredients.add(withField(where, () -> new RecipeIngredient(f.id(), role, a, a, a, false, "")));
                continue;
            }
            if (a == 0) {
                throw new BadInputException(where + ".grams: " + f.name() + " is at 0 g; give it an amount or remove"
                        + " it from the meal");
            }
            double min = bound(ctx, "min:" + r.id(), where + ".min", low(a, step));
            double max = bound(ctx, "max:" + r.id(), where + ".max", high(a, step));
            ingredients.add(withField(where, () -> new RecipeIngredient(f.id(), role, a, min, max, true, "")));
            kcal += f.macros(a).kcal(meal.carbs());
        }
        double referenceKcal = Math.round(kcal * 10) / 10.0;
        String file = ClinicFiles.RECIPES + "/" + id + ".yaml";
        Recipe recipe;
        try {
            recipe = new Recipe(id, name, slots, age, texture, protein, referenceKcal, ingredients,
                    RecipeWriter.steps(value(ctx, "recipe_directions")));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new BadInputException(file + ": " + e.getMessage());
        }
        byte[] bytes = RecipeWriter.yaml(recipe, "saved in the ketoplan meal builder on " + clinic.today()
                + " from a " + Numbers.plain(referenceKcal) + " kcal " + b.slot() + " at " + b.ratio())
                .getBytes(StandardCharsets.UTF_8);
        LoadedRecipe loaded = RecipeFile.read(file, new ByteArrayInputStream(bytes), id);
        RecipeChecks.check(loaded, db);
        SafetyPolicy.checkRecipeFile(loaded, db);
        var patient = clinic.app().prescriptions().read(p.patientFile());
        SafetyPolicy.of(Child.of(patient, clinic.today()), db, SafetyPolicy.Options.NONE).check(loaded.recipe(), db);
        ClinicFiles files = clinic.workspace().files();
        Path target = files.recipesDir().resolve(id + ".yaml");
        boolean replace = ctx.formParam("recipe_replace") != null;
        var shipped = Recipes.shipped().loaded().stream().filter(r -> r.recipe().id().equals(loaded.recipe().id()))
                .findFirst();
        if (shipped.isPresent()) {
            throw new BadInputException("id: '" + id + "' is the id of a shipped recipe (" + shipped.get().recipe()
                    .name() + "); choose another id");
        }
        if (Files.exists(target) && !replace) {
            throw new BadInputException("id: " + file + " exists already; tick \"replace the recipe of the same id\" "
                    + "to replace it; nothing was written");
        }
        List<LoadedRecipe> all = new ArrayList<>(Recipes.shipped().loaded());
        for (LoadedRecipe r : Recipes.of(files.recipePaths()).loaded()) {
            if (!Path.of(r.file()).toAbsolutePath().equals(target.toAbsolutePath())) {
                all.add(r);
            }
        }
        all.add(loaded);
        new RecipeLibrary(all);
        AtomicFiles.write(target, replace, out -> out.write(bytes));
        clinic.changed();
        return target;
    }

    private static double bound(Context ctx, String param, String field, double otherwise) {
        String t = value(ctx, param).strip();
        if (t.isEmpty()) {
            return otherwise;
        }
        return Numbers.parse(t, field);
    }

    private interface Make {
        RecipeIngredient make();
    }

    private static RecipeIngredient withField(String where, Make make) {
        try {
            return make.make();
        } catch (IllegalArgumentException e) {
            throw new BadInputException(where + "." + e.getMessage());
        }
    }

    /** A recipe id from its name: "Chicken & avocado mash" -> "chicken-avocado-mash" (accents dropped). */
    static String idOf(String name) {
        String plain = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String id = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return id.length() > 64 ? id.substring(0, 64).replaceAll("-+$", "") : id;
    }

}
