package org.ketoplan.plan;

import java.util.List;
import org.ketoplan.nutrition.CarbConvention;

/**
 * The daily prescription a plan was composed to, with its meal and snack slots and medicines.
 *
 * @param kcal the day's energy
 * @param ratio the day's (and meals') ratio
 * @param fatG the day's fat
 * @param proteinG the day's protein
 * @param carbG the day's carbohydrate from food (after medicines), by {@code carbConvention}
 * @param carbConvention net or total carbohydrate
 * @param medicineCarbG carbohydrate from medicines per day, taken out of the day's allowance
 * @param fluidMl the day's fluid target in ml
 * @param slots the meals and snacks of a day, in time order
 * @param medicines the medicines with their dose times
 * @param sources where each default came from (e.g. "energy" -> "Compass Group ... 80 kcal/kg/d under 1 y")
 * @param pattern how the day is fed ("feeds", "feeds and meals", "meals"; null in older plans)
 * @param fluidBasis what counts towards the fluid target ("feeds" or "water"; null in older plans: water)
 * @param ramp the initiation ramp of the plan's first days, or null
 * @param expressedMilkMl expressed breast milk a day, given in the feeds (0 for none)
 * @param breastfeeds feeds at the breast of estimated volume, possibly none
 */
public record PlanPrescription(double kcal, double ratio, double fatG, double proteinG, double carbG,
                               CarbConvention carbConvention, double medicineCarbG, double fluidMl,
                               List<PlanSlot> slots, List<PlanMedicine> medicines,
                               java.util.Map<String, String> sources, String pattern, String fluidBasis,
                               PlanRamp ramp, Double expressedMilkMl, List<PlanBreastfeed> breastfeeds) {
    /**
     * Copies the lists and the sources (in their order); defaults the convention to net, and counts every slot's
     * carbohydrate target by it.
     */
    public PlanPrescription {
        carbConvention = carbConvention == null ? CarbConvention.NET : carbConvention;
        CarbConvention conv = carbConvention;
        slots = slots == null ? List.of() : slots.stream().map(s -> s.counting(conv)).toList();
        medicines = medicines == null ? List.of() : List.copyOf(medicines);
        sources = sources == null ? java.util.Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(sources));
        breastfeeds = breastfeeds == null ? List.of() : List.copyOf(breastfeeds);
        expressedMilkMl = expressedMilkMl == null ? 0.0 : expressedMilkMl;
    }

    /** A prescription of meals and snacks without feeds' details or a ramp (as older plans have it). */
    public PlanPrescription(double kcal, double ratio, double fatG, double proteinG, double carbG,
                            CarbConvention carbConvention, double medicineCarbG, double fluidMl,
                            List<PlanSlot> slots, List<PlanMedicine> medicines,
                            java.util.Map<String, String> sources) {
        this(kcal, ratio, fatG, proteinG, carbG, carbConvention, medicineCarbG, fluidMl, slots, medicines, sources,
                null, null, null, 0.0, List.of());
    }

    /** This prescription with another ramp. */
    public PlanPrescription withRamp(PlanRamp r) {
        return new PlanPrescription(kcal, ratio, fatG, proteinG, carbG, carbConvention, medicineCarbG, fluidMl,
                slots, medicines, sources, pattern, fluidBasis, r, expressedMilkMl, breastfeeds);
    }
}
