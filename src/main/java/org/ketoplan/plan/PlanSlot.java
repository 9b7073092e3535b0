package org.ketoplan.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;
import org.ketoplan.nutrition.CarbConvention;
import org.ketoplan.prescription.MealTarget;

/**
 * A meal, snack or feed of the day: its time and kind, and its targets as the prescription gave them (the same
 * {@link MealTarget} the planner composes to, so a slot's targets are never copied into another type and back).
 * plan.json spells a slot flat: name, time, kind, kcal, ratio, fat_g, protein_g, carb_g; the carbohydrate is counted
 * as the plan's prescription counts it ({@link PlanPrescription} sees to that).
 *
 * @param time the time of day as "HH:MM", or null
 * @param kind meal, snack or feed
 * @param target the slot's name and its energy, ratio, fat, protein and carbohydrate targets
 */
@JsonPropertyOrder({"name", "time", "kind", "kcal", "ratio", "fat_g", "protein_g", "carb_g"})
public record PlanSlot(String time, MealKind kind, @JsonIgnore MealTarget target) {
    /** Rejects a slot without targets; a slot without kind is a meal. */
    public PlanSlot {
        Objects.requireNonNull(target, "slot: missing targets");
        kind = kind == null ? MealKind.MEAL : kind;
    }

    /**
     * A slot as plan.json spells it; rejects a missing name and a target that is negative, not a number or infinite,
     * naming the field (the bounds a slot keeps are {@link PlanValidation}'s, with their lines). The carbohydrate is
     * counted net until the prescription it belongs to says otherwise.
     */
    @JsonCreator
    static PlanSlot fromFile(@JsonProperty("name") String name, @JsonProperty("time") String time,
                             @JsonProperty("kind") MealKind kind, @JsonProperty("kcal") double kcal,
                             @JsonProperty("ratio") double ratio, @JsonProperty("fat_g") double fatG,
                             @JsonProperty("protein_g") double proteinG, @JsonProperty("carb_g") double carbG) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("slot: missing field 'name'");
        }
        PlanTotals.amount("kcal", kcal);
        PlanTotals.amount("ratio", ratio);
        PlanTotals.amount("fat_g", fatG);
        PlanTotals.amount("protein_g", proteinG);
        PlanTotals.amount("carb_g", carbG);
        return new PlanSlot(time, kind, new MealTarget(name, kcal, ratio, fatG, proteinG, carbG,
                CarbConvention.NET));
    }

    /** This slot with its carbohydrate counted by {@code carbs} (the numbers unchanged). */
    PlanSlot counting(CarbConvention carbs) {
        return carbs == target.carbs() ? this : new PlanSlot(time, kind, new MealTarget(target.name(), target.kcal(),
                target.ratio(), target.fatG(), target.proteinG(), target.carbG(), carbs));
    }

    /** The slot's name ("breakfast", "snack"). */
    @JsonProperty("name")
    public String name() {
        return target.name();
    }

    /** The energy target, kcal. */
    @JsonProperty("kcal")
    public double kcal() {
        return target.kcal();
    }

    /** The ratio target. */
    @JsonProperty("ratio")
    public double ratio() {
        return target.ratio();
    }

    /** The fat target, g. */
    @JsonProperty("fat_g")
    public double fatG() {
        return target.fatG();
    }

    /** The protein target, g. */
    @JsonProperty("protein_g")
    public double proteinG() {
        return target.proteinG();
    }

    /** The carbohydrate target, g, counted as the plan counts it. */
    @JsonProperty("carb_g")
    public double carbG() {
        return target.carbG();
    }
}
