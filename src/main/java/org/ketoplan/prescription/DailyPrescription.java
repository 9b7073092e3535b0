package org.ketoplan.prescription;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ketoplan.common.BadInputException;
import org.ketoplan.nutrition.CarbConvention;
import org.ketoplan.nutrition.Nutrient;

/**
 * One day's targets for a child: the day, each meal and each snack (what the food must supply, after the
 * medicines' carbohydrate), the fluid target, warnings for the dietitian, and the source of every default used.
 *
 * <p>Meals keep the prescribed ratio; snacks keep theirs; the day is their sum ({@link Prescriber} explains).
 *
 * @param patientName the child's name (may be empty)
 * @param on the day the age was taken on
 * @param ageMonths the age in whole months on that day
 * @param weightKg body weight, kg
 * @param prescribedRatio the ratio prescribed for the meals
 * @param day the whole day's food: the sum of meals and snacks (or the day alone when there are no meals)
 * @param meals the meals in order, each at the prescribed ratio
 * @param snacks the snacks in order, each at its own ratio
 * @param times the clock time of each meal or snack that has one, by its name
 * @param medicineCarbG carbohydrate from medicines per day, g, already taken out of the food targets
 * @param fluidMl the day's fluid target, ml
 * @param warnings things the dietitian should look at, one sentence each
 * @param sources where each default came from, by topic ("energy", "protein", ...)
 * @param pattern how the day is fed (feeds, feeds and meals, meals)
 * @param feeds the names of the meals that are milk feeds
 * @param fluidBasis what counts towards {@code fluidMl}: the feeds' volume or the water in all food and drink
 * @param expressedMilkMl expressed breast milk a day, ml, given in the feeds (0 for none)
 * @param breastfeeds feeds at the breast of estimated volumes, already taken out of the meals' targets
 */
public record DailyPrescription(String patientName, LocalDate on, int ageMonths, double weightKg,
                                double prescribedRatio, MealTarget day, List<MealTarget> meals,
                                List<MealTarget> snacks, Map<String, LocalTime> times, double medicineCarbG,
                                double fluidMl, List<String> warnings, Map<String, String> sources,
                                MealPattern pattern, List<String> feeds, Fluid.Basis fluidBasis,
                                double expressedMilkMl, List<BreastMilk.Breastfeed> breastfeeds) {

    /** Copies the collections so the prescription cannot change after it is made. */
    public DailyPrescription {
        meals = List.copyOf(meals);
        snacks = List.copyOf(snacks);
        times = Collections.unmodifiableMap(new LinkedHashMap<>(times));
        warnings = List.copyOf(warnings);
        sources = Collections.unmodifiableMap(new LinkedHashMap<>(sources));
        pattern = pattern == null ? MealPattern.MEALS : pattern;
        feeds = feeds == null ? List.of() : List.copyOf(feeds);
        fluidBasis = fluidBasis == null ? Fluid.Basis.WATER : fluidBasis;
        breastfeeds = breastfeeds == null ? List.of() : List.copyOf(breastfeeds);
    }

    /** True when the meal named {@code name} is a milk feed. */
    public boolean isFeed(String name) {
        return feeds.stream().anyMatch(f -> f.equalsIgnoreCase(name));
    }

    /** The sources by topic in words ("protein reference" for the key protein_reference), as every output shows them. */
    public Map<String, String> sourcesInWords() {
        Map<String, String> words = new LinkedHashMap<>();
        sources.forEach((k, v) -> words.put(k.replace('_', ' '), v));
        return words;
    }

    /** The carbohydrate convention of all the targets. */
    public CarbConvention carbs() {
        return day.carbs();
    }

    /** The meals, then the snacks. */
    public List<MealTarget> slots() {
        List<MealTarget> all = new ArrayList<>(meals);
        all.addAll(snacks);
        return all;
    }

    /**
     * The meal or snack named {@code name} (ignoring case).
     *
     * @throws BadInputException listing the names when there is none by that name
     */
    public MealTarget slot(String name) {
        String wanted = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        for (MealTarget t : slots()) {
            if (t.name().toLowerCase(Locale.ROOT).equals(wanted)) {
                return t;
            }
        }
        String known = slots().stream().map(MealTarget::name).collect(Collectors.joining(", "));
        throw known.isEmpty()
                ? BadInputException.phrased("meal: no meal or snack named '" + name + "'; the prescription has no "
                        + "meals (give meals or ", BadInputException.ref("meals"), " N)")
                : new BadInputException("meal: no meal or snack named '" + name + "'; the prescription has: " + known);
    }

    /** The clock time of the meal or snack named {@code name} (ignoring case), if it has one. */
    public Optional<LocalTime> time(String name) {
        return Optional.ofNullable(times.get(slot(name).name()));
    }

    /** The daily reference intakes of micronutrients for this child's age ({@link ReferenceIntakes}). */
    public Map<Nutrient, Double> referenceIntakes() {
        return ReferenceIntakes.forAgeMonths(ageMonths);
    }
}
