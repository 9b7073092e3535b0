package org.ketoplan.prescription;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ketoplan.common.Limits;
import org.ketoplan.nutrition.Numbers;

/**
 * A medicine with carbohydrate in it (syrups, chewables): carbohydrate per dose and doses per day, counted against
 * the day's carbohydrate allowance.
 *
 * @param name the medicine
 * @param carbMgPerDose carbohydrate per dose, mg
 * @param dosesPerDay doses a day
 * @param times the clock times of the doses (empty, or one per dose)
 * @param supplement true for a vitamin or mineral supplement (listed apart from the medicines on day sheets; its
 *                   carbohydrate counts the same), null or false for a medicine
 */
public record Medicine(String name,
                       @JsonDeserialize(using = Fields.NonNegative.class) Double carbMgPerDose,
                       @JsonDeserialize(using = Fields.WholeNumber.class) Integer dosesPerDay,
                       @JsonDeserialize(contentUsing = Fields.TimeValue.class) List<LocalTime> times,
                       Boolean supplement) {

    /** The most carbohydrate in one dose: 100 g (a syrup's whole bottle is less). */
    public static final double MAX_CARB_MG_PER_DOSE = 100_000;

    /** Rejects missing fields, negative carbohydrate, no doses, and a number of times that is not the doses. */
    public Medicine {
        if (name == null || name.isBlank()) {
            throw new FieldProblem("name", "missing");
        }
        name = name.trim();
        if (carbMgPerDose == null) {
            throw new FieldProblem("carb_mg_per_dose", "missing for medicine '" + name + "'");
        }
        if (carbMgPerDose < 0 || carbMgPerDose.isNaN()) {
            throw new FieldProblem("carb_mg_per_dose", "medicine '" + name + "': must not be negative");
        }
        if (carbMgPerDose > MAX_CARB_MG_PER_DOSE) {
            throw new FieldProblem("carb_mg_per_dose", "medicine '" + name + "': " + Numbers.plain(carbMgPerDose)
                    + " mg is more than " + Numbers.plain(MAX_CARB_MG_PER_DOSE) + " mg, the most ketoplan accepts");
        }
        if (name.length() > Limits.NAME_CHARS) {
            throw new FieldProblem("name", "has " + name.length() + " characters; the most is " + Limits.NAME_CHARS);
        }
        if (dosesPerDay == null) {
            throw new FieldProblem("doses_per_day", "missing for medicine '" + name + "'");
        }
        if (dosesPerDay < 1 || dosesPerDay > 24) {
            throw new FieldProblem("doses_per_day", "medicine '" + name + "': must be 1 to 24, not "
                    + dosesPerDay);
        }
        times = times == null ? List.of() : List.copyOf(times);
        if (!times.isEmpty() && times.size() != dosesPerDay) {
            throw new FieldProblem("times", "medicine '" + name + "': " + times.size() + " times for "
                    + dosesPerDay + " doses a day");
        }
    }

    /** A medicine (not a supplement). */
    public Medicine(String name, Double carbMgPerDose, Integer dosesPerDay, List<LocalTime> times) {
        this(name, carbMgPerDose, dosesPerDay, times, null);
    }

    /** Carbohydrate from this medicine per day, g: mg per dose x doses / 1000. */
    public double carbGPerDay() {
        return carbMgPerDose * dosesPerDay / 1000.0;
    }

    /** "levetiracetam syrup 120 mg x 2". */
    public String describe() {
        return name + " " + Numbers.plain(carbMgPerDose) + " mg x " + dosesPerDay;
    }

    /**
     * Parses {@code NAME=AMOUNT(mg|g)*DOSES[@HH:MM,HH:MM...]}, e.g. "keppra=120mg*2@08:00,20:00". The unit is
     * required, so a milligram figure cannot be read as grams.
     */
    public static Medicine parse(String text) {
        String t = text == null ? "" : text.trim();
        int eq = t.indexOf('=');
        int star = t.indexOf('*');
        if (eq <= 0 || star < eq) {
            throw new IllegalArgumentException("'" + text + "' is not NAME=120mg*2[@08:00,20:00]");
        }
        String name = t.substring(0, eq);
        String amount = t.substring(eq + 1, star).trim().toLowerCase(Locale.ROOT);
        String rest = t.substring(star + 1);
        List<LocalTime> times = new ArrayList<>();
        int at = rest.indexOf('@');
        if (at >= 0) {
            for (String s : rest.substring(at + 1).split(",")) {
                times.add(Fields.parseTime(s));
            }
            rest = rest.substring(0, at);
        }
        double mg;
        if (amount.endsWith("mg")) {
            mg = Numbers.parse(amount.substring(0, amount.length() - 2), "carbohydrate per dose");
        } else if (amount.endsWith("g")) {
            mg = 1000 * Numbers.parse(amount.substring(0, amount.length() - 1), "carbohydrate per dose");
        } else {
            throw new IllegalArgumentException("'" + text + "': write the carbohydrate per dose with its unit, "
                    + "e.g. 120mg or 0.12g");
        }
        int doses;
        try {
            doses = Integer.parseInt(rest.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "': doses a day '" + rest.trim()
                    + "' is not a whole number");
        }
        return new Medicine(name, mg, doses, times);
    }
}
