package org.ketoplan.prescription;

import java.nio.file.Path;
import java.time.LocalDate;
import org.ketoplan.common.BadInputException;
import org.ketoplan.common.Document;
import org.ketoplan.common.InputFiles;
import org.ketoplan.common.Limits;

/**
 * The patient file (YAML): reading it with one-line errors that name the file, the line and the field, and the
 * commented template that {@code ketoplan init} writes.
 *
 * <pre>
 * name: Example Baby
 * born: 2026-03-10          # or age_months: 8
 * weight_kg: 7.8
 * time_zone: Europe/London  # optional
 * prescription:
 *   kcal: 650               # optional: kcal_per_kg, or the default by age and weight
 *   ratio: 4                # or "4:1"
 *   protein_g_per_kg: 1.5   # or protein_g, or protein_g_per_100kcal; default 1.5 g/100 kcal
 *   carbs: net
 *   pattern: feeds and meals                 # optional: by age (MealPattern)
 *   meals: [{name: breakfast, time: "07:00", share: 0.25}, {name: bedtime, kind: feed, ...}, ...]
 *   snacks: [{name: snack, time: "15:00", kcal: 100, ratio: 1.5}]
 *   breast_milk: {expressed_ml: 150, breastfeeds: [{time: "05:00", ml: 60}]}
 *   ramp: {steps: [1, 2, 3], days_per_step: 1}
 *   units_rounding: down
 *   fluid_ml_per_kg: 150    # or fluid_ml
 * medicines: [{name: ..., carb_mg_per_dose: 120, doses_per_day: 2, times: ["08:00", "20:00"]}]
 * exclude_foods: [...]
 * </pre>
 */
public final class PatientFile {
    private PatientFile() {
    }

    /**
     * Reads and checks a patient file.
     *
     * @throws BadInputException "file:line: field.path: problem" for bad YAML, a missing or unknown field, or an
     *     impossible value (negative weight, ratio 0, meal shares not adding to 100 %)
     */
    public static Patient read(Path file) {
        return read(file.toString(), InputFiles.bytes(file, Limits.SMALL_FILE_BYTES));
    }

    /**
     * Reads and checks a patient file's {@code bytes} (e.g. a resource), naming it {@code name} in messages.
     *
     * @throws BadInputException as {@link #read(Path)}
     */
    public static Patient read(String name, byte[] bytes) {
        Document doc;
        try {
            doc = Document.parse(name, bytes, Document.Format.YAML);
        } catch (BadInputException e) {
            if (e.getMessage().equals(name + ": the file is empty")) {
                throw new BadInputException(name + ": the file is empty; run 'ketoplan init FILE' for a template");
            }
            throw e;
        }
        if (!doc.root().isObject()) {
            throw doc.at("", "expected the fields name, born, weight_kg, ... (run 'ketoplan init FILE' for a "
                    + "template)");
        }
        Patient patient = doc.bind(Patient.class);
        if (patient.born() != null && (patient.born().isBefore(Limits.FIRST_DATE)
                || patient.born().isAfter(Limits.LAST_DATE))) {
            throw doc.at("/born", patient.born() + " is outside " + Limits.FIRST_DATE.getYear() + " to "
                    + Limits.LAST_DATE.getYear());
        }
        if (patient.name().length() > Limits.NAME_CHARS) {
            throw doc.at("/name", "has " + patient.name().length() + " characters; the most is " + Limits.NAME_CHARS);
        }
        for (int i = 0; i < patient.excludeFoods().size(); i++) {
            if (patient.excludeFoods().get(i).length() > Limits.NAME_CHARS) {
                throw doc.at("/exclude_foods/" + i, "has more than " + Limits.NAME_CHARS + " characters");
            }
        }
        return patient;
    }

    /**
     * The commented template of a new patient file: an 8-month-old born 8 months before {@code today}, 7.8 kg, at 3:1
     * (the usual infant start) with energy, protein, meals (the pattern for the age) and fluid left to their
     * defaults.
     */
    public static String template(LocalDate today) {
        return template(today, null);
    }

    /**
     * The template of {@link #template(LocalDate)} whose second comment line says how to check the file in a front
     * end's words ({@code checkWith}: the command line gives its command), or none
     * when null.
     */
    public static String template(LocalDate today, String checkWith) {
        LocalDate born = today.minusMonths(8);
        String first = "# ketoplan patient file (YAML). Lines starting with # are comments; edit the values, keep the "
                + "layout.\n" + (checkWith == null ? "" : "# Check it with: " + checkWith + "\n");
        return first + """
                # Every default ketoplan fills in is shown with its source; any value set here replaces it.
                name: Example Baby
                born: %s            # date of birth, YYYY-MM-DD (or instead: age_months: 8)
                weight_kg: 7.8              # body weight, kg
                # time_zone: Europe/London  # the zone "today" is taken in (default: the computer's)

                prescription:
                  # Energy: kcal: 650 (per day), or kcal_per_kg: 80. Without either, the default comes from age and
                  # weight: under 12 months the infant energy requirement of Butte 2005 (1 month 110, 6 months and
                  # on 81 kcal/kg/d); from 12 months the Compass Group Manual of Clinical Nutrition Management
                  # (12-18 mo 75; 18 mo-3 y 70; 4-6 y 65; 7-8 y 60; 9-10 y 55; 11-14 y <= 40 kcal/kg/d); or
                  # energy: eer (IOM estimated energy requirement, 0-35 months). 'ketoplan sources' lists them all.
                  ratio: 3                  # fat : (protein + carbohydrate), 0.5 to 6, e.g. 3 or "4:1"; 3:1 is the
                                            # usual start for infants (a review of infant KD)
                  # Protein: protein_g (per day), protein_g_per_kg or protein_g_per_100kcal.
                  # Default: the larger of 1.5 g per 100 kcal (Nation 2014) and the reference intake for the age.
                  carbs: net                # count carbohydrate net (total - fibre) or total
                  # Meals: by default the pattern for the age, each named in 'ketoplan prescribe' with its reason:
                  # feeds only under 6 months; four milk feeds and three solid meals at 6-11 months; four meals from
                  # 12 months. pattern: feeds | feeds and meals | meals sets it; or list your own meals (shares add
                  # to 100 %%; kind: feed for a milk feed):
                  # meals:
                  #   - {name: morning feed, time: "06:30", share: 20%%, kind: feed}
                  #   - {name: breakfast, time: "08:00", share: 30%%}
                  #   - {name: lunch, time: "12:00", share: 30%%}
                  #   - {name: bedtime feed, time: "19:00", share: 20%%, kind: feed}
                  snacks: []                # e.g. - {name: snack, time: "17:00", kcal: 50, ratio: 1.5}
                  # breast_milk:            # breastfeeding need not stop on the diet:
                  #   expressed_ml: 150     #   expressed milk a day, given in the feeds, and/or
                  #   breastfeeds: [{time: "05:00", ml: 60}]   # feeds at the breast of an estimated volume
                  # ramp: {steps: [1, 2], days_per_step: 1}    # initiation: the first days' ratios, then the ratio
                  # units_rounding: down    # whole dietary units, rounded down as in hand calculations
                  # fluid_ml_per_kg: 150    # or fluid_ml; default 150 ml/kg of feed under 6 months (BNFC), 800 ml
                  #                         # of water at 6-11 months (IOM), Holliday-Segar from 12 months

                medicines: []               # carbohydrate in medicines, taken out of the food's allowance, e.g.
                                            # - {name: levetiracetam syrup, carb_mg_per_dose: 120, doses_per_day: 2,
                                            #    times: ["08:00", "20:00"]}
                allergies: []               # allergen groups never given, e.g. [milk, egg]: milk, egg, fish,
                                            # crustaceans, molluscs, tree nuts, peanuts, soy, sesame, wheat, gluten,
                                            # celery, mustard, sulphites, lupin
                exclude_foods: []           # dislikes, by food id or a word of food names
                allow: []                   # recorded exceptions, printed with every plan, e.g.
                                            # - {rule: honey, reason: ...}  or  - {product: ID, reason: ...}
                                            # or - {food: ID, reason: "label read: no milk"} ('ketoplan sources')
                """.formatted(born);
    }
}
