package org.ketoplan.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ketoplan.app.ChildRequest;
import org.ketoplan.app.ComposeSettings;
import org.ketoplan.app.FoodChoice;
import org.ketoplan.app.MealService;
import org.ketoplan.app.PlanEditService;
import org.ketoplan.app.TargetRequest;
import org.ketoplan.common.BadInputException;
import org.ketoplan.common.Limits;
import org.ketoplan.common.NoSolutionException;
import org.ketoplan.compose.AmountLimits;
import org.ketoplan.compose.ComposedMeal;
import org.ketoplan.compose.Ingredient;
import org.ketoplan.compose.MealBands;
import org.ketoplan.compose.MealRequest;
import org.ketoplan.compose.Portion;
import org.ketoplan.compose.Tolerances;
import org.ketoplan.food.Food;
import org.ketoplan.food.SearchHit;
import org.ketoplan.nutrition.Numbers;
import org.ketoplan.nutrition.Ratio;
import org.ketoplan.plan.MealKind;
import org.ketoplan.plan.Plan;
import org.ketoplan.plan.PlanFile;
import org.ketoplan.plan.PlanSlot;
import org.ketoplan.prescription.DailyPrescription;
import org.ketoplan.prescription.MealTarget;
import org.ketoplan.prescription.Patient;
import org.ketoplan.safety.Child;
import org.ketoplan.safety.SafetyPolicy;
import org.ketoplan.safety.Serving;

/**
 * The meal builder: a meal of the patient's prescription, foods found as you type, "Solve" (the composer of
 * {@code meal}), then +/- at the scale step or typed amounts with the ratio, kcal, protein, carbohydrate and band
 * checks after every change; a locked amount stays fixed when the rest is solved again. The state is the form
 * itself: every request carries the foods and amounts, so the server keeps nothing between changes. "Save into the
 * plan" sets one meal of plan.json to the foods and amounts as shown.
 */
final class MealBuilderPage {
    /** The scale's steps the builder offers, in grams: those of {@code meal --step} and {@code plan --step}. */
    static final List<Double> STEPS = List.of(1.0, 0.1);
    private static final int SEARCH_LIMIT = 12;

    private final Clinic clinic;
    private final PlanPage planPage;
    private final RecipeSave recipes;

    MealBuilderPage(Clinic clinic, PlanPage planPage) {
        this.clinic = clinic;
        this.planPage = planPage;
        this.recipes = new RecipeSave(clinic, this);
    }

    RecipeSave recipes() {
        return recipes;
    }

    /** The builder's rows as the form sends them: food id, amount as typed, locked. */
    record Row(String id, String amount, boolean locked) {
    }

    void show(Context ctx) {
        Workspace.PatientDir p = clinic.workspace().patient(ctx.pathParam("id"));
        DailyPrescription rx = prescription(p);
        String asked = ctx.queryParam("slot");
        String slot = asked;
        if (asked == null || rx.slots().stream().noneMatch(t -> t.name().equals(asked))) {
            slot = rx.meals().stream().filter(t -> !rx.isFeed(t.name())).map(MealTarget::name).findFirst()
                    .orElse(rx.slots().get(0).name());
        }
        Views.Builder b = build(p, rx, slot, List.of(), null, null, step(ctx, p));
        page(ctx, p, rx, b, null, null, false, recipes.form(ctx, rx, b, null));
    }

    /**
     * The builder's scale step: as the form says (1 or 0.1 g), else the plan's (the step {@code plan --step} made
     * it with), else the commands' default of 1 g.
     */
    static double step(Context ctx, Workspace.PatientDir p) {
        String asked = ctx.formParam("step");
        if (asked == null) {
            asked = ctx.queryParam("step");
        }
        if (asked != null && !asked.isBlank()) {
            for (double s : STEPS) {
                if (Views.num(s, s < 1 ? 1 : 0).equals(asked.strip())) {
                    return s;
                }
            }
            throw new BadInputException("step: '" + asked + "' is not a scale step (give 1 or 0.1)");
        }
        return p.planned() ? PlanFile.read(p.planFile()).tolerances().step() : ComposeSettings.DEFAULT.step();
    }

    /** An amount shown at the step: whole grams at 1 g, one decimal at 0.1 g. */
    static String grams(double a, double step) {
        return Views.num(a, step < 1 ? 1 : 0);
    }

    void page(Context ctx, Workspace.PatientDir p, DailyPrescription rx, Views.Builder builder,
              String saveDate, String saveSlot, boolean outOfBand, ClinicViews.RecipeForm recipe) {
        Map<String, Object> m = new HashMap<>();
        m.put("id", p.id());
        m.put("slots", rx.slots().stream().map(MealTarget::name).toList());
        m.put("builder", builder);
        m.put("recipe", recipe);
        List<String> planSlots = List.of();
        String range = "";
        String planStep = null;
        if (p.planned()) {
            Plan plan = PlanFile.read(p.planFile());
            planSlots = plan.prescription().slots().stream().filter(s -> s.kind() != MealKind.FEED
                    && s.kind() != MealKind.BREASTFEED).map(PlanSlot::name).toList();
            range = plan.start() + " to " + plan.end();
            planStep = grams(plan.tolerances().step(), plan.tolerances().step());
        }
        m.put("planStep", planStep);
        m.put("save", new Views.SaveTo(planSlots, range, saveDate == null ? clinic.today().toString() : saveDate,
                saveSlot != null ? saveSlot : planSlots.contains(builder.slot()) ? builder.slot()
                : planSlots.isEmpty() ? "" : planSlots.get(0), outOfBand));
        ctx.html(Templates.render("meal.jte", m));
    }

    /**
     * "Save into the plan": the builder's foods at their amounts as shown become one meal of plan.json (a date and
     * meal the user picks), through {@link org.ketoplan.app.PlanEditService#set}; the plan page shows the plan
     * check of the written file. A refusal (a food the child must not have, out of band without the box, a date
     * outside the plan) keeps the builder as it was, with the reason, and writes nothing.
     */
    void save(Context ctx) {
        Workspace.PatientDir p = clinic.workspace().patient(ctx.pathParam("id"));
        DailyPrescription rx = prescription(p);
        String slot = ctx.formParam("slot");
        List<Row> rows = rows(ctx);
        String date = ctx.formParam("plan_date");
        String planSlot = ctx.formParam("plan_slot");
        boolean outOfBand = ctx.formParam("out_of_band") != null;
        try {
            if (!p.planned()) {
                throw new BadInputException("plan.json: there is no plan to save the meal into; make one first");
            }
            LocalDate day = PlanPage.mealDate(date);
            Map<String, Double> amounts = new LinkedHashMap<>();
            for (Row r : rows) {
                if (amounts.put(r.id(), amount(r)) != null) {
                    throw new BadInputException("food: " + r.id() + " is in the meal twice");
                }
            }
            PlanEditService.Edited e = clinic.app().planEdits().set(p.planFile(), day, planSlot, amounts, outOfBand);
            var meal = e.meal();
            planPage.render(ctx, p, null, meal.slot() + " on " + day + " set from the meal builder: "
                    + Views.num(meal.totals().kcal(), 1) + " kcal, " + Ratio.format(meal.totals().ratio())
                    + (meal.withinTolerance() ? "" : " (NOT within tolerance, saved as asked)") + "; saved plan.json.",
                    null, e.check());
        } catch (BadInputException | NoSolutionException ex) {
            ctx.status(HttpStatus.BAD_REQUEST);
            Views.Builder b = build(p, rx, slot, rows, null, null, step(ctx, p));
            b = new Views.Builder(b.patient(), b.slot(), b.kcal(), b.ratio(), b.protein(), b.carb(), b.carbs(),
                    b.rows(), b.totals(), "Not saved: " + ex.getMessage(), b.method(), b.op(), b.step());
            page(ctx, p, rx, b, date, planSlot, outOfBand, recipes.form(ctx, rx, b, null));
        }
    }

    /** Food search as you type: a list of matches, each with a button that adds it to the meal. */
    void search(Context ctx) {
        String q = ctx.queryParam("q");
        List<Views.FoodHit> hits = new ArrayList<>();
        if (q != null && !q.isBlank() && q.length() <= Limits.NAME_CHARS) {
            for (SearchHit h : clinic.app().foods().search(q, SEARCH_LIMIT)) {
                Food f = h.food();
                hits.add(new Views.FoodHit(f.id(), f.name(), Views.num(f.macrosPer100().fatG(), 1),
                        Views.num(f.macrosPer100().proteinG(), 1), Views.num(f.macrosPer100().netCarbohydrateG(), 1)));
            }
        }
        ctx.html(Templates.render("foodhits.jte", Map.of("hits", hits, "query", q == null ? "" : q)));
    }

    /** A change (add, remove, +/-, a typed amount, a lock): the totals and band checks of the amounts as they are. */
    void check(Context ctx) {
        respond(ctx, false);
    }

    /** "Solve": the composer finds the unlocked amounts; locked amounts stay as typed. */
    void solve(Context ctx) {
        respond(ctx, true);
    }

    private void respond(Context ctx, boolean solve) {
        Workspace.PatientDir p = clinic.workspace().patient(ctx.pathParam("id"));
        DailyPrescription rx = prescription(p);
        String slot = ctx.formParam("slot");
        List<Row> rows = rows(ctx);
        String op = ctx.formParam("op");
        double step = step(ctx, p);
        if (op != null) {
            rows = apply(op, rows, step);
            solve |= op.equals("solve");
        }
        Views.Builder b = build(p, rx, slot, rows, solve ? "solve" : null, op, step);
        ctx.html(Templates.render("mealbuilder.jte", Map.of("b", b, "recipe", recipes.form(ctx, rx, b, null))));
    }

    static List<Row> rows(Context ctx) {
        List<String> ids = ctx.formParams("food");
        List<String> amounts = ctx.formParams("amount");
        List<String> locked = ctx.formParams("lock");
        if (ids.size() != amounts.size()) {
            throw new BadInputException("the meal's foods and amounts do not match; reload the page");
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            rows.add(new Row(ids.get(i), amounts.get(i), locked.contains(ids.get(i))));
        }
        return rows;
    }

    /** The rows after the button's operation: add:ID, remove:ID, plus:ID, minus:ID (one scale step). */
    private static List<Row> apply(String op, List<Row> rows, double step) {
        int colon = op.indexOf(':');
        if (colon < 0) {
            return rows;
        }
        String what = op.substring(0, colon);
        String id = op.substring(colon + 1);
        List<Row> out = new ArrayList<>();
        boolean found = false;
        for (Row r : rows) {
            if (!r.id().equals(id)) {
                out.add(r);
                continue;
            }
            found = true;
            switch (what) {
                case "remove" -> { }
                case "plus", "minus" -> {
                    double a = atStep(amount(r), step);
                    double next = Math.max(0, atStep(a + (what.equals("plus") ? step : -step), step));
                    out.add(new Row(r.id(), grams(next, step), r.locked()));
                }
                default -> out.add(r);
            }
        }
        if (what.equals("add") && !found) {
            out.add(new Row(id, "0", false));
        }
        return out;
    }

    /** {@code a} rounded to the nearest step (0.1 g steps counted in tenths, so 12.3 stays 12.3, not 12.299...). */
    static double atStep(double a, double step) {
        return step < 1 ? Math.round(a * 10) / 10.0 : Math.round(a);
    }

    static double amount(Row r) {
        String t = r.amount() == null || r.amount().isBlank() ? "0" : r.amount();
        double a;
        try {
            a = Numbers.parse(t, "amount of " + r.id());
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        if (a < 0) {
            throw new BadInputException("amount of " + r.id() + ": must not be negative (" + t + ")");
        }
        if (a > Limits.GRAMS) {
            throw new BadInputException("amount of " + r.id() + ": at most " + Views.num(Limits.GRAMS, 0) + " g");
        }
        return a;
    }

    DailyPrescription prescription(Workspace.PatientDir p) {
        var prescriptions = clinic.app().prescriptions();
        return prescriptions.prescribe(prescriptions.read(p.patientFile()), clinic.today(), false).prescription();
    }

    /** The builder's view: rows with amounts, totals, bands; solved when asked; a problem said in place. */
    Views.Builder build(Workspace.PatientDir p, DailyPrescription rx, String slot, List<Row> rows,
                        String action, String op, double step) {
        MealTarget target;
        try {
            target = rx.slot(slot);
        } catch (BadInputException | IllegalArgumentException e) {
            throw new BadInputException("meal: '" + slot + "' is not a meal of the prescription");
        }
        boolean feed = rx.isFeed(target.name());
        AmountLimits limits = feed ? AmountLimits.forChild(rx.weightKg()).withoutCaps()
                : AmountLimits.forChild(rx.weightKg());
        List<Food> foods = new ArrayList<>();
        for (Row r : rows) {
            foods.add(clinic.foods().byId(r.id()).orElseThrow(() -> new BadInputException("food: unknown food '"
                    + r.id() + "'")));
        }
        String problem = null;
        List<Double> amounts = new ArrayList<>();
        for (Row r : rows) {
            try {
                amounts.add(atStep(amount(r), step));
            } catch (BadInputException e) {
                amounts.add(null);
                problem = problem == null ? e.getMessage() : problem;
            }
        }
        String method = "as typed";
        Patient patient = clinic.app().prescriptions().read(p.patientFile());
        if (!foods.isEmpty() && !"solve".equals(action)) {
            // the amounts as typed: the same safety rules as the meal service applies when it solves
            try {
                SafetyPolicy.of(Child.of(patient, clinic.today()), clinic.foods(), SafetyPolicy.Options.NONE)
                        .check(foods, Serving.LOOSE);
            } catch (BadInputException e) {
                problem = e.getMessage();
            }
        }
        if ("solve".equals(action) && problem == null && !foods.isEmpty()) {
            List<FoodChoice> choices = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                choices.add(rows.get(i).locked() ? FoodChoice.fixed(foods.get(i).id(), amounts.get(i))
                        : FoodChoice.any(foods.get(i).id()));
            }
            try {
                ComposedMeal meal = clinic.app().meals().compose(new MealService.MealJob(
                        new TargetRequest.OfPatient(patient, clinic.today(), target.name()), choices, List.of(),
                        settings(step), new ChildRequest.OfPatient(patient, clinic.today(),
                        SafetyPolicy.Options.NONE))).meal();
                Map<String, Double> solved = new HashMap<>();
                meal.portions().forEach(x -> solved.put(x.food().id(), x.amount()));
                for (int i = 0; i < rows.size(); i++) {
                    amounts.set(i, solved.getOrDefault(foods.get(i).id(), 0.0));
                }
                method = "solved";
            } catch (BadInputException | NoSolutionException e) {
                problem = e.getMessage();
            }
        }
        List<Portion> portions = new ArrayList<>();
        List<Ingredient> free = new ArrayList<>();
        List<Views.BuilderRow> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Food f = foods.get(i);
            double a = amounts.get(i) == null ? 0 : amounts.get(i);
            portions.add(new Portion(f, a, true));
            free.add(Ingredient.free(f));
            var mac = f.macros(a);
            out.add(new Views.BuilderRow(f.id(), f.name(), amounts.get(i) == null ? rows.get(i).amount()
                    : grams(a, step), rows.get(i).locked(), Views.num(mac.fatG(), 1), Views.num(mac.proteinG(), 1),
                    Views.num(mac.carbohydrate(target.carbs()), 1), Views.num(mac.kcal(target.carbs()), 1)));
        }
        Views.Totals totals = null;
        if (!portions.isEmpty()) {
            MealBands bands = MealBands.of(new MealRequest(target, free, step, Tolerances.DEFAULT, limits));
            ComposedMeal meal = new ComposedMeal(portions, bands, step, method);
            totals = Views.totals(meal);
        }
        return new Views.Builder(p.id(), target.name(), Views.num(target.kcal(), 1), Ratio.format(target.ratio()),
                Views.num(target.proteinG(), 1), Views.num(target.carbG(), 1), target.carbs().word(), out, totals,
                problem, method, op == null ? "" : op, grams(step, step));
    }

    /** The commands' default tolerances at {@code step} (as {@code meal --step}). */
    private static ComposeSettings settings(double step) {
        ComposeSettings d = ComposeSettings.DEFAULT;
        return new ComposeSettings(step, d.ratioTolerance(), d.kcalTolerancePct(), d.proteinBandPct(),
                d.carbToleranceG(), d.minAmountG(), d.maxFoodG(), d.maxMealG());
    }
}
