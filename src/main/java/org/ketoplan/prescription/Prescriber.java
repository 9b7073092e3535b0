package org.ketoplan.prescription;

import org.ketoplan.nutrition.Numbers;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ketoplan.common.BadInputException;
import org.ketoplan.nutrition.CarbConvention;
import org.ketoplan.nutrition.Macros;
import org.ketoplan.nutrition.Ratio;

/**
 * Turns a patient and a date into the day's targets ({@link DailyPrescription}).
 *
 * <ol>
 *   <li>Energy: {@code kcal}, else {@code kcal_per_kg} x weight, else the default by age and weight
 *       ({@link EnergyDefaults}: the Compass table, or the IOM EER when {@code energy: eer}).</li>
 *   <li>Protein: {@code protein_g}, or per kg x weight, or per 100 kcal x kcal / 100; by default
 *       {@link ProteinReference#PER_100_KCAL} g per 100 kcal. Warns below the DRI for the age
 *       ({@link ProteinReference#gPerKg}) and below 1.5 g/100 kcal.</li>
 *   <li>Snacks first: each snack gets its kcal at its own ratio, with protein at the day's density (protein x
 *       snack kcal / day kcal), so every kcal carries the same protein.</li>
 *   <li>Meals: the rest of the day's kcal and protein, split by the meals' shares, each meal at the prescribed
 *       ratio. So meals stay at the prescribed ratio, snacks at theirs, and the day's ratio is that of the sum
 *       (lower than prescribed when the snacks' ratio is lower; a warning says by how much). The day's kcal
 *       and protein are exactly as prescribed.</li>
 *   <li>Medicines: their carbohydrate per day is taken out of the food's carbohydrate, from every meal and snack
 *       in proportion to its carbohydrate (each keeps the same fraction of its allowance; a meal's food ratio
 *       rises a little, food plus medicine stays at the prescription). When the medicines use up the whole
 *       allowance the food gets no carbohydrate and a warning says so.</li>
 * </ol>
 */
public final class Prescriber {
    private static final double EPS = 1e-9;

    private Prescriber() {
    }

    /** One day per ratio of an initiation ramp (e.g. 1, 2, 3, 4), at the same energy and protein. */
    public static List<DailyPrescription> ramp(Patient patient, LocalDate on, List<Double> ratios) {
        if (ratios.isEmpty()) {
            throw BadInputException.phrased(BadInputException.ref("ramp"), ": give at least one ratio, e.g. 1,2,3,4");
        }
        List<DailyPrescription> days = new ArrayList<>();
        for (double r : ratios) {
            Ratio.checkRange(r);
            days.add(prescribe(patient.withPrescription(patient.prescription().withRatio(r)), on));
        }
        return days;
    }

    /**
     * The day's targets for {@code patient} on {@code on} (the date sets the age when the file gives a date of
     * birth).
     *
     * @throws BadInputException when the ratio is missing, the protein does not fit the ratio, or the snacks
     *     leave nothing for the meals
     */
    public static DailyPrescription prescribe(Patient patient, LocalDate on) {
        PrescriptionSettings s = patient.prescription();
        int age = patient.ageMonthsOn(on);
        double weight = patient.weightKg();
        CarbConvention conv = s.carbsOrDefault();
        Map<String, String> sources = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();
        if (s.ratio() == null) {
            throw BadInputException.phrased("ratio: not given; write prescription.ratio in the patient file or give ",
                    BadInputException.ref("ratio"), " (e.g. 3:1 or 4:1)");
        }
        double ratio = s.ratio();
        double kcal = energy(s, age, weight, sources);
        if (kcal > Bounds.KCAL || kcal / weight > Bounds.KCAL_PER_KG) {
            throw new BadInputException("energy: " + (kcal > Bounds.KCAL
                    ? Bounds.above(kcal, Bounds.KCAL, "kcal a day")
                    : Bounds.above(kcal / weight, Bounds.KCAL_PER_KG, "kcal/kg a day") + " (" + fmt(kcal) + " kcal for "
                    + Numbers.plain(weight) + " kg)"));
        }
        if (s.unitsRoundingOrDefault() == UnitsRounding.DOWN) {
            double rounded = UnitsRounding.DOWN.kcal(kcal, ratio);
            sources.put("units_rounding", UnitsRounding.DOWN_SOURCE + String.format(Locale.ROOT,
                    ": %.2f -> %.0f units, %.0f -> %.0f kcal", Ratio.units(kcal, ratio), Ratio.units(rounded, ratio),
                    kcal, rounded));
            kcal = rounded;
        }
        double protein = protein(s, kcal, weight, age, sources);
        if (protein > Bounds.PROTEIN_G || protein / weight > Bounds.PROTEIN_G_PER_KG) {
            throw new BadInputException("protein: " + (protein > Bounds.PROTEIN_G
                    ? Bounds.above(protein, Bounds.PROTEIN_G, "g a day")
                    : Bounds.above(protein / weight, Bounds.PROTEIN_G_PER_KG, "g/kg a day")));
        }
        checkProtein(protein, kcal, age, weight, warnings, sources);
        sources.put("carbs", s.carbs() == null
                ? "default: net (total - fibre), as KetoCal 4:1 is 4:1 on net (available) carbohydrate; "
                + Citation.NUTRICIA_KETOCAL_41.cite()
                : "given: " + conv.word());
        sources.put("units", "dietary unit = 9R + 4 kcal (9 kcal/g fat, 4 kcal/g protein and carbohydrate); fat = R x "
                + "units; carbohydrate = units - protein; " + Citation.COMPASS_2013.cite());

        MealTarget whole = target("day", kcal, ratio, protein, conv, "protein");
        List<MealTarget> snacks = new ArrayList<>();
        Map<String, LocalTime> times = new LinkedHashMap<>();
        double snackKcal = 0;
        double snackProtein = 0;
        for (Snack sn : s.snacks()) {
            double p = protein * sn.kcal() / kcal;
            snacks.add(target(sn.name(), sn.kcal(), sn.ratio(), p, conv, "snack '" + sn.name() + "'"));
            snackKcal += sn.kcal();
            snackProtein += p;
            if (sn.time() != null) {
                times.put(sn.name(), sn.time());
            }
        }
        if (snackKcal >= kcal - EPS && !snacks.isEmpty()) {
            throw new BadInputException("snacks: " + fmt(snackKcal) + " kcal of snacks leave nothing of the day's "
                    + fmt(kcal) + " kcal for the meals");
        }
        MealPattern pattern = s.pattern() != null ? s.pattern() : MealPattern.forAge(age);
        List<MealSlot> slots = s.meals().isEmpty() ? pattern.defaultSlots() : s.meals();
        sources.put("meal_pattern", s.meals().isEmpty() ? (s.pattern() != null ? "given: " + pattern.word()
                + "; " : "default: ") + pattern.source() : "given: the meals of the prescription ("
                + pattern.word() + ")");
        List<String> feeds = slots.stream().filter(pattern::isFeed).map(MealSlot::name).toList();
        BreastMilk milk = s.breastMilkOrNone();
        Macros breastfed = BreastMilk.of(milk.breastfedMl());
        List<MealTarget> meals = new ArrayList<>();
        for (MealSlot m : slots) {
            meals.add(breastfed.fatG() > 0 ? aroundBreastfeeds(m, whole, snacks, breastfed, milk, conv)
                    : target(m.name(), (kcal - snackKcal) * m.share(), ratio, (protein - snackProtein) * m.share(),
                    conv, "meal '" + m.name() + "'"));
            if (m.time() != null) {
                times.put(m.name(), m.time());
            }
        }
        for (BreastMilk.Breastfeed b : milk.breastfeeds()) {
            if (b.time() != null) {
                times.put(b.name(), b.time());
            }
        }
        if (milk.expressedMl() > 0 && feeds.isEmpty()) {
            throw new BadInputException("breast_milk.expressed_ml: the day has no feeds to give it in; add a feed "
                    + "(kind: feed) or give the milk as breastfeeds");
        }
        if (milk.expressedMl() > 0 || !milk.breastfeeds().isEmpty()) {
            sources.put("breast_milk", BreastMilk.SOURCE);
        }
        double medicineCarb = patient.medicines().stream().mapToDouble(Medicine::carbGPerDay).sum();
        for (MealTarget sn : snacks) {
            if (Math.abs(sn.ratio() - ratio) > EPS) {
                double dayRatio = sum("day", meals, snacks, conv).ratio();
                warnings.add("snacks at their own ratio bring the day's ratio to " + Ratio.format(round2(dayRatio))
                        + (medicineCarb > 0 ? " (medicines' carbohydrate included)" : "") + "; the meals stay at "
                        + Ratio.format(ratio));
                break;
            }
        }

        MealTarget day;
        if (medicineCarb > 0) {
            double allowance = meals.isEmpty() ? whole.carbG() : sum("day", meals, snacks, conv).carbG();
            double keep = allowance > medicineCarb ? (allowance - medicineCarb) / allowance : 0;
            if (keep == 0) {
                warnings.add(String.format(Locale.ROOT, "medicines supply %.2f g carbohydrate a day, %s the day's "
                        + "allowance of %.2f g: no carbohydrate is left for food%s; ask about carbohydrate-free "
                        + "forms or lower the protein or the ratio", medicineCarb,
                        medicineCarb > allowance + EPS ? "more than" : "all of", allowance,
                        medicineCarb > allowance + EPS ? String.format(Locale.ROOT,
                                " and the day is %.2f g over", medicineCarb - allowance) : ""));
            }
            meals = reduceCarb(meals, keep);
            snacks = reduceCarb(snacks, keep);
            day = meals.isEmpty() ? reduceCarb(List.of(whole), keep).get(0) : sum("day", meals, snacks, conv);
        } else {
            day = snacks.isEmpty() && breastfed.fatG() == 0 ? whole : sum("day", meals, snacks, conv);
        }
        if (breastfed.fatG() > 0) {
            day = MealTarget.ofMacros("day", day.fatG() + breastfed.fatG(), day.proteinG() + breastfed.proteinG(),
                    day.carbG() + breastfed.carbohydrate(conv), conv);
        }
        Fluid.Target fluid = s.fluidMl() != null || s.fluidMlPerKg() != null
                ? Fluid.given(age, weight, s.fluidMl(), s.fluidMlPerKg()) : Fluid.forChild(age, weight);
        sources.put("fluid", fluid.source());
        sources.put("reference_intakes", ReferenceIntakes.SOURCE + ": " + ReferenceIntakes.band(age) + " used");
        return new DailyPrescription(patient.name(), on, age, weight, ratio, day, meals, snacks, times,
                medicineCarb, fluid.ml(), warnings, sources, pattern, feeds, fluid.basis(), milk.expressedMl(),
                milk.breastfeeds());
    }

    /**
     * The meal {@code m} when breastfeeds of estimated volume supply part of the day: the day's fat, protein and
     * carbohydrate less the snacks' and the breast milk's, shared by the meals' shares. The meals' ratio rises so
     * that the day, breast milk included, keeps the prescribed one.
     *
     * @throws BadInputException when the breast milk alone brings more of a nutrient than the meals have
     */
    private static MealTarget aroundBreastfeeds(MealSlot m, MealTarget whole, List<MealTarget> snacks,
                                                Macros milk, BreastMilk given, CarbConvention conv) {
        double f = whole.fatG() - milk.fatG();
        double p = whole.proteinG() - milk.proteinG();
        double c = whole.carbG() - milk.carbohydrate(conv);
        for (MealTarget sn : snacks) {
            f -= sn.fatG();
            p -= sn.proteinG();
            c -= sn.carbG();
        }
        if (c < -EPS || p < -EPS) {
            double per100 = c < -EPS ? BreastMilk.PER_100_ML.carbohydrate(conv) : BreastMilk.PER_100_ML.proteinG();
            double room = (c < -EPS ? c + milk.carbohydrate(conv) : p + milk.proteinG()) / per100 * 100;
            throw new BadInputException(String.format(Locale.ROOT, "breast_milk.breastfeeds: %.0f ml a day of "
                    + "breast milk bring %.1f g %s, more than the day's %.1f g at %s leave for it; estimate at most "
                    + "%.0f ml, or lower the ratio", given.breastfedMl(), c < -EPS ? milk.carbohydrate(conv)
                    : milk.proteinG(), c < -EPS ? "carbohydrate" : "protein", c < -EPS ? c + milk.carbohydrate(conv)
                    : p + milk.proteinG(), Ratio.format(whole.ratio()), Math.max(0, room)));
        }
        return MealTarget.ofMacros(m.name(), f * m.share(), Math.max(0, p) * m.share(), Math.max(0, c) * m.share(),
                conv);
    }

    private static double energy(PrescriptionSettings s, int age, double weight, Map<String, String> sources) {
        if (s.kcal() != null) {
            sources.put("energy", "given: " + fmt(s.kcal()) + " kcal/d");
            return s.kcal();
        }
        if (s.kcalPerKg() != null) {
            sources.put("energy", "given: " + Numbers.plain(s.kcalPerKg()) + " kcal/kg/d x " + Numbers.plain(weight)
                    + " kg");
            return s.kcalPerKg() * weight;
        }
        Sourced e = s.energy() == EnergyBasis.EER ? EnergyDefaults.eer(age, weight)
                : EnergyDefaults.ketoKcal(age, weight);
        sources.put("energy", "default: " + e.source());
        return e.value();
    }

    private static double protein(PrescriptionSettings s, double kcal, double weight, int age,
                                  Map<String, String> sources) {
        if (s.proteinG() != null) {
            sources.put("protein", "given: " + Numbers.plain(s.proteinG()) + " g/d");
            return s.proteinG();
        }
        if (s.proteinGPerKg() != null) {
            sources.put("protein", "given: " + Numbers.plain(s.proteinGPerKg()) + " g/kg/d x " + Numbers.plain(weight)
                    + " kg");
            return s.proteinGPerKg() * weight;
        }
        if (s.proteinGPer100kcal() != null) {
            sources.put("protein", "given: " + Numbers.plain(s.proteinGPer100kcal()) + " g/100 kcal");
            return s.proteinGPer100kcal() * kcal / 100;
        }
        double byEnergy = ProteinReference.PER_100_KCAL * kcal / 100;
        Sourced ref = ProteinReference.gPerKg(age);
        double byWeight = ref.value() * weight;
        if (byWeight > byEnergy + EPS) {
            sources.put("protein", String.format(Locale.ROOT, "default: the larger of the reference intake %s x %s kg "
                    + "= %.2f g and 1.5 g/100 kcal x %s kcal = %.2f g: the reference intake; %s; %s",
                    Numbers.plain(ref.value()), Numbers.plain(weight), byWeight, fmt(kcal), byEnergy, ref.source(),
                    ProteinReference.PER_100_KCAL_SOURCE));
            return byWeight;
        }
        sources.put("protein", String.format(Locale.ROOT, "default: the larger of 1.5 g/100 kcal x %s kcal = %.2f g "
                + "and the reference intake %s x %s kg = %.2f g: 1.5 g/100 kcal; %s; %s", fmt(kcal), byEnergy,
                Numbers.plain(ref.value()), Numbers.plain(weight), byWeight, ProteinReference.PER_100_KCAL_SOURCE,
                ref.source()));
        return byEnergy;
    }

    private static void checkProtein(double protein, double kcal, int age, double weight, List<String> warnings,
                                     Map<String, String> sources) {
        Sourced ref = ProteinReference.gPerKg(age);
        sources.put("protein_reference", ref.source());
        double perKg = protein / weight;
        if (perKg < ref.value() - EPS) {
            warnings.add(String.format(Locale.ROOT, "protein %.2f g/kg/d (%.1f g) is below the reference intake "
                    + "for %s: %s = %.1f g", perKg, protein, Age.describe(age), ref.source(),
                    ref.value() * weight));
        }
        double per100 = protein / kcal * 100;
        if (per100 < ProteinReference.PER_100_KCAL - EPS) {
            warnings.add(String.format(Locale.ROOT, "protein %.2f g/100 kcal is below the recommended 1.5 g/100 "
                    + "kcal; poor linear growth was seen at <= 1.4 (Nation 2014, doi:10.1177/0883073813508222)",
                    per100));
        }
    }

    private static MealTarget target(String name, double kcal, double r, double protein, CarbConvention conv,
                                     String what) {
        try {
            return MealTarget.of(name, kcal, r, protein, conv);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(what + ": " + e.getMessage() + "; lower the protein or the ratio");
        }
    }

    private static MealTarget sum(String name, List<MealTarget> meals, List<MealTarget> snacks,
                                  CarbConvention conv) {
        double f = 0;
        double p = 0;
        double c = 0;
        for (List<MealTarget> list : List.of(meals, snacks)) {
            for (MealTarget t : list) {
                f += t.fatG();
                p += t.proteinG();
                c += t.carbG();
            }
        }
        return MealTarget.ofMacros(name, f, p, c, conv);
    }

    private static List<MealTarget> reduceCarb(List<MealTarget> targets, double keep) {
        List<MealTarget> out = new ArrayList<>();
        for (MealTarget t : targets) {
            out.add(MealTarget.ofMacros(t.name(), t.fatG(), t.proteinG(), t.carbG() * keep, t.carbs()));
        }
        return out;
    }

    private static String fmt(double kcal) {
        return Numbers.fixed(kcal, 0);
    }

    private static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
