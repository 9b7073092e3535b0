package org.ketoplan.diary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ketoplan.common.BadInputException;
import org.ketoplan.common.Suggestions;
import org.ketoplan.nutrition.Numbers;
import org.ketoplan.plan.Plan;
import org.ketoplan.plan.PlanDay;
import org.ketoplan.plan.PlanFood;
import org.ketoplan.plan.PlannedFood;
import org.ketoplan.plan.PlannedMeal;

import static org.ketoplan.common.BadInputException.phrased;
import static org.ketoplan.common.BadInputException.ref;

/**
 * Logs one meal to {@code meals.csv}: every planned food as planned, each at a percentage, given foods (planned or
 * off-plan), or the meal refused. A food already logged for the same date and meal is refused unless the entry is
 * a correction ({@code replace}): then the new rows are appended and supersede the earlier ones (the last row for a
 * date, meal and food wins), and a food logged before but missing from the correction gets a row with 0 g.
 */
public final class MealLog {
    private MealLog() {
    }

    /**
     * What was eaten at one meal.
     *
     * @param date the day
     * @param meal the slot name
     * @param all every planned food eaten as planned
     * @param percent each planned food at this percentage (rounded to the plan's step), or null
     * @param foods food id to grams eaten, planned or off-plan (laid over {@code all} or {@code percent})
     * @param refused the meal was refused entirely
     * @param note a note for every row, or ""
     * @param replace a correction of an earlier entry
     */
    public record Request(LocalDate date, String meal, boolean all, Double percent, Map<String, Double> foods,
                          boolean refused, String note, boolean replace) {
        /** Copies the foods, keeping their order. */
        public Request {
            foods = foods == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(foods));
            note = note == null ? "" : note;
        }
    }

    /**
     * The rows appended and what the meal supplies now.
     *
     * @param meal the planned meal
     * @param appended the rows written
     * @param intake the meal as eaten after this entry
     * @param warnings warnings about the diary's files (an interrupted entry taken out)
     */
    public record Result(PlannedMeal meal, List<MealEntry> appended, MealIntake intake, List<String> warnings) {
    }

    /**
     * Checks the request against the plan and the diary, then appends its rows in one write.
     *
     * @throws BadInputException for a date outside the plan, an unknown meal or food, a negative amount, or a food
     *                           already logged without {@code replace}
     */
    public static Result log(Path dir, Plan plan, Compositions compositions, Request r) {
        PlanDay day = plan.day(r.date()).orElseThrow(() -> phrased(ref("date"), ": ", r.date()
                + " is outside the plan (" + plan.start() + " to " + plan.end() + ")"));
        PlannedMeal meal = day.meal(r.meal()).orElseThrow(() -> {
            List<String> slots = day.meals().stream().map(PlannedMeal::slot).toList();
            return phrased(ref("meal"), ": ", "'" + r.meal() + "' is not a meal on " + r.date() + " ("
                    + String.join(", ", slots) + ")" + Suggestions.closest(r.meal(), slots)
                    .map(s -> "; did you mean '" + s + "'?").orElse(""));
        });
        int modes = (r.all() ? 1 : 0) + (r.percent() != null ? 1 : 0) + (r.refused() ? 1 : 0);
        if (modes > 1) {
            throw phrased(ref("all"), ": give one of ", ref("all"), ", ", ref("percent"), " and ", ref("refused"));
        }
        if (modes == 0 && r.foods().isEmpty()) {
            throw phrased(ref("food"), ": say what was eaten: ", ref("all"), ", ", ref("percent"), " P, ",
                    ref("food"), " ID=G or ", ref("refused"));
        }
        if (r.refused() && !r.foods().isEmpty()) {
            throw phrased(ref("refused"), ": a refused meal has no ", ref("food"));
        }
        List<MealEntry> rows = entries(plan, meal, compositions, r);
        try (DiaryFiles diary = DiaryFiles.forAppending(dir)) {
            return append(diary, meal, rows, r, compositions);
        }
    }

    /** Checks the rows against what is logged and appends them, under the diary's lock. */
    private static Result append(DiaryFiles diary, PlannedMeal meal, List<MealEntry> rows, Request r,
                                 Compositions compositions) {
        List<Located<MealEntry>> existing = diary.meals().rows();
        Map<String, Located<MealEntry>> inForce = new LinkedHashMap<>();
        for (Located<MealEntry> row : existing) {
            if (row.value().date().equals(r.date()) && row.value().meal().equalsIgnoreCase(meal.slot())) {
                inForce.put(row.value().key(), row);
            }
        }
        List<MealEntry> toAppend = new ArrayList<>(rows);
        if (!r.replace()) {
            for (MealEntry e : rows) {
                Located<MealEntry> before = inForce.get(e.key());
                if (before == null && !inForce.isEmpty() && (e.refusal() || refusedBefore(inForce))) {
                    before = inForce.values().iterator().next();
                }
                if (before != null) {
                    String what = e.refusal() || before.value().refusal() ? meal.slot() + " on " + r.date()
                            : "'" + e.food() + "' at " + meal.slot() + " on " + r.date();
                    throw phrased(before.place() + ": " + what + " is already logged; use ",
                            ref("replace"), " to correct it (a new row is appended and supersedes "
                            + "the earlier one)");
                }
            }
        } else {
            java.util.Set<String> newKeys = rows.stream().map(MealEntry::key).collect(Collectors.toSet());
            for (Located<MealEntry> before : inForce.values()) {
                MealEntry b = before.value();
                if (!newKeys.contains(b.key()) && !b.refusal() && b.eatenG() > 0) {
                    toAppend.add(new MealEntry(b.date(), meal.slot(), b.food(), b.plannedG(), 0,
                            "correction: not eaten"));
                }
            }
        }
        diary.appendMeals(toAppend);
        Map<String, MealEntry> after = new LinkedHashMap<>();
        inForce.values().forEach(l -> after.put(l.value().key(), l.value()));
        toAppend.forEach(e -> after.put(e.key(), e));
        return new Result(meal, toAppend, MealIntake.of(meal, new ArrayList<>(after.values()), compositions),
                diary.warnings());
    }

    private static boolean refusedBefore(Map<String, Located<MealEntry>> inForce) {
        return inForce.values().stream().anyMatch(l -> l.value().refusal());
    }

    private static List<MealEntry> entries(Plan plan, PlannedMeal meal, Compositions compositions, Request r) {
        if (r.refused()) {
            return List.of(MealEntry.refused(r.date(), meal.slot(), r.note()));
        }
        Map<String, MealEntry> rows = new LinkedHashMap<>();
        double step = plan.tolerances().step() > 0 ? plan.tolerances().step() : 1;
        if (r.all() || r.percent() != null) {
            if (r.percent() != null && !(r.percent() >= 0)) {
                throw phrased(ref("percent"), ": ", "must not be negative (" + Numbers.plain(r.percent()) + ")");
            }
            if (r.percent() != null) {
                org.ketoplan.common.Limits.atMost("percent", r.percent(), org.ketoplan.common.Limits.PERCENT, "%");
            }
            for (PlannedFood f : meal.foods()) {
                double eaten = r.all() ? f.amount() : toStep(f.amount() * r.percent() / 100, step);
                rows.put(f.id(), new MealEntry(r.date(), meal.slot(), f.id(), f.amount(), eaten, r.note()));
            }
        }
        java.util.Set<String> given = new java.util.HashSet<>();
        for (Map.Entry<String, Double> g : r.foods().entrySet()) {
            String id = foodId(plan, meal, compositions, g.getKey().trim());
            if (!given.add(id)) {
                throw phrased(ref("food"), ": ", "'" + g.getKey().trim() + "' is " + id + ", given twice");
            }
            if (g.getValue() == null || !(g.getValue() >= 0)) {
                throw phrased(ref("food"), ": ", id + ": the grams must not be negative ("
                        + g.getValue() + ")");
            }
            PlannedFood planned = meal.foods().stream().filter(f -> f.id().equals(id)).findFirst().orElse(null);
            if (planned == null && !compositions.known(id)) {
                throw phrased(ref("food"), ": ", "'" + id + "' is not in the plan or the food database; "
                        + "find its id with 'ketoplan food search'");
            }
            rows.put(id, new MealEntry(r.date(), meal.slot(), id, planned == null ? null : planned.amount(),
                    g.getValue(), r.note()));
        }
        return new ArrayList<>(rows.values());
    }

    /**
     * The food id {@code key} stands for: an id of the meal or the food database as it is, else the one food of the
     * meal, then of the plan, whose name or household name is {@code key} (ignoring case), or else contains it.
     *
     * @throws BadInputException when the words fit several foods (naming them) or none
     */
    static String foodId(Plan plan, PlannedMeal meal, Compositions compositions, String key) {
        if (meal.foods().stream().anyMatch(f -> f.id().equals(key)) || compositions.known(key)) {
            return key;
        }
        String k = key.toLowerCase(java.util.Locale.ROOT).strip();
        Map<String, PlanFood> planFoods = plan.foodsById();
        Map<String, List<String>> mealNames = new LinkedHashMap<>();
        for (PlannedFood f : meal.foods()) {
            mealNames.put(f.id(), names(f.name(), planFoods.get(f.id())));
        }
        Map<String, List<String>> allNames = new LinkedHashMap<>(mealNames);
        for (PlanFood f : plan.foods()) {
            allNames.putIfAbsent(f.id(), names(f.name(), f));
        }
        for (Map<String, List<String>> names : List.of(mealNames, allNames)) {
            for (boolean whole : new boolean[] {true, false}) {
                List<String> ids = names.entrySet().stream().filter(e -> e.getValue().stream()
                        .anyMatch(n -> whole ? n.equals(k) : n.contains(k))).map(Map.Entry::getKey).toList();
                if (ids.size() == 1) {
                    return ids.get(0);
                }
                if (ids.size() > 1) {
                    throw phrased(ref("food"), ": ", "'" + key + "' fits " + ids.size() + " foods: "
                            + ids.stream().map(id -> id + " (" + (planFoods.containsKey(id)
                            ? planFoods.get(id).householdName() : names.get(id).get(0)) + ")")
                            .collect(Collectors.joining(", ")) + "; give the id or more of the name");
                }
            }
        }
        throw phrased(ref("food"), ": ", "'" + key + "' is neither a food of the plan (by id or name) nor an id "
                + "in the food database; find its id with 'ketoplan food search'");
    }

    private static List<String> names(String name, PlanFood food) {
        List<String> out = new ArrayList<>();
        for (String n : new String[] {name, food == null ? null : food.name(), food == null ? null
                : food.shortName()}) {
            if (n != null && !n.isBlank()) {
                out.add(n.toLowerCase(java.util.Locale.ROOT).strip());
            }
        }
        return out;
    }

    /** The name a parent knows {@code id} by: the plan's household name, else the meal's name, else the id. */
    public static String displayName(Plan plan, String id) {
        PlanFood f = plan.foodsById().get(id);
        if (f != null) {
            return f.householdName();
        }
        for (PlanDay d : plan.days()) {
            for (PlannedMeal m : d.meals()) {
                for (PlannedFood pf : m.foods()) {
                    if (pf.id().equals(id) && pf.name() != null && !pf.name().isBlank()) {
                        return pf.name();
                    }
                }
            }
        }
        return id;
    }

    /** {@code grams} rounded to the nearest multiple of {@code step} (half up), without binary noise. */
    static double toStep(double grams, double step) {
        BigDecimal s = BigDecimal.valueOf(step);
        BigDecimal n = BigDecimal.valueOf(grams).divide(s, 0, RoundingMode.HALF_UP);
        return n.multiply(s).doubleValue();
    }

    /** Parses "ID=G", a food eaten and its grams. */
    public static Map.Entry<String, Double> parseFood(String text) {
        int eq = text.lastIndexOf('=');
        if (eq <= 0 || eq == text.length() - 1) {
            throw phrased(ref("food"), ": ", "'" + text + "' is not ID=GRAMS (e.g. 01001=12)");
        }
        double g;
        try {
            g = org.ketoplan.nutrition.Numbers.parse(text.substring(eq + 1), text.substring(0, eq));
        } catch (IllegalArgumentException e) {
            throw phrased(ref("food"), ": ", e.getMessage());
        }
        return Map.entry(text.substring(0, eq).trim(), g);
    }
}
