package org.ketoplan.prescription;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.ketoplan.nutrition.Ratio;

/**
 * The initiation ramp: the ratios of the first days, each kept for {@code daysPerStep} days, at the prescription's
 * energy and protein; after the last step the prescribed ratio. Seen in practice: 1:1 -> 2:1 -> 3:1 over 3 days
 * (Children's Mercy), 2:1 -> 4:1 over 1-2 weeks in other centres; infants often start at 3:1 without a ramp
 * (clinical.md, "Practice"; van der Louw et al. 2016, doi:10.1016/j.ejpn.2016.07.009).
 *
 * <p>In the patient file: {@code ramp: {steps: [1, 2, 3], days_per_step: 1}} (ratios as 2 or "2:1").
 *
 * @param steps the ratios in order, each 0.5 to 6, rising (not falling)
 * @param daysPerStep how many days each ratio is kept, 1 to 14
 */
public record Ramp(List<Double> steps, int daysPerStep) {
    /** The longest a step may last, days. */
    public static final int MAX_DAYS_PER_STEP = 14;

    /** Rejects an empty or falling list, a ratio out of range and a step length outside 1 to 14 days. */
    public Ramp {
        if (steps == null || steps.isEmpty()) {
            throw new FieldProblem("steps", "give at least one ratio, e.g. [1, 2, 3]");
        }
        steps = List.copyOf(steps);
        for (int i = 0; i < steps.size(); i++) {
            try {
                Ratio.checkRange(steps.get(i));
            } catch (IllegalArgumentException e) {
                throw new FieldProblem("steps", e.getMessage());
            }
            if (i > 0 && steps.get(i) < steps.get(i - 1)) {
                throw new FieldProblem("steps", "the ratios must rise: " + Ratio.format(steps.get(i - 1))
                        + " is followed by " + Ratio.format(steps.get(i)));
            }
        }
        if (daysPerStep < 1 || daysPerStep > MAX_DAYS_PER_STEP) {
            throw new FieldProblem("days_per_step", "must be 1 to " + MAX_DAYS_PER_STEP + ", not " + daysPerStep);
        }
    }

    /** The patient file's form: {@code steps} as ratios ("2" or "2:1"), {@code days_per_step} (default 1). */
    @JsonCreator
    static Ramp fromFile(@JsonProperty("steps") List<String> steps,
                         @JsonProperty("days_per_step") Integer daysPerStep) {
        if (steps == null) {
            throw new FieldProblem("steps", "missing (the ratios of the first days, e.g. [1, 2, 3])");
        }
        List<Double> ratios = new ArrayList<>();
        for (String s : steps) {
            try {
                ratios.add(Ratio.parse(s));
            } catch (IllegalArgumentException e) {
                throw new FieldProblem("steps", e.getMessage());
            }
        }
        return new Ramp(ratios, daysPerStep == null ? 1 : daysPerStep);
    }

    /** Parses "1,2,3" or "1:1,2:1,3:1". */
    public static List<Double> parseSteps(String text) {
        List<Double> ratios = new ArrayList<>();
        for (String s : (text == null ? "" : text).split(",")) {
            ratios.add(Ratio.parse(s));
        }
        return ratios;
    }

    /** How many days the ramp lasts. */
    public int days() {
        return steps.size() * daysPerStep;
    }

    /** The step (0-based) of day {@code dayIndex} (0 = the first day), or empty once the ramp is over. */
    public OptionalInt stepOn(int dayIndex) {
        return dayIndex >= 0 && dayIndex < days() ? OptionalInt.of(dayIndex / daysPerStep) : OptionalInt.empty();
    }

    /**
     * Fails when a step is above {@code prescribed}: the ramp leads up to the prescribed ratio.
     *
     * @throws IllegalArgumentException naming the step
     */
    public void checkUpTo(double prescribed) {
        for (double r : steps) {
            if (r > prescribed + 1e-9) {
                throw new IllegalArgumentException("step " + Ratio.format(r) + " is above the prescribed ratio "
                        + Ratio.format(prescribed) + "; the ramp leads up to it");
            }
        }
    }
}
