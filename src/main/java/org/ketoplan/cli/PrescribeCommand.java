package org.ketoplan.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.ketoplan.nutrition.CarbConvention;
import org.ketoplan.nutrition.Ratio;
import org.ketoplan.app.PrescriptionService;
import org.ketoplan.prescription.DailyPrescription;
import org.ketoplan.prescription.EnergyBasis;
import org.ketoplan.prescription.MealSlot;
import org.ketoplan.prescription.Medicine;
import org.ketoplan.prescription.Patient;
import org.ketoplan.prescription.PrescriptionSettings;
import org.ketoplan.prescription.Snack;
import org.ketoplan.prescription.UnitsRounding;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code ketoplan prescribe}: the day's and each meal's targets from options or a patient file. */
@Command(name = "prescribe", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Daily and per-meal targets (kcal, ratio, dietary units, fat, protein, carbohydrate) from "
                + "the child's age and weight and the prescription, with the source of every default.",
                "Options given with --patient replace the file's values."})
final class PrescribeCommand implements Callable<Integer> {
    @Option(names = "--patient", paramLabel = "FILE", description = "The patient file (YAML; see 'ketoplan init').")
    Path patientFile;

    @Option(names = "--weight", paramLabel = "KG", description = "Body weight, kg.")
    Double weight;

    @Option(names = "--age-months", paramLabel = "N", description = "Age in whole months.")
    Integer ageMonths;

    @Option(names = "--born", paramLabel = "DATE", description = "Date of birth (YYYY-MM-DD); age on --on.")
    LocalDate born;

    @Option(names = "--on", paramLabel = "DATE", description = "The day to prescribe for (default today).")
    LocalDate on;

    /** The energy, per day or per kg: one of them. */
    @OneOf("{a} and {b}: give one of them")
    static final class Kcal {
        @Option(names = "--kcal", paramLabel = "N", description = "Energy, kcal per day.")
        Double perDay;

        @Option(names = "--kcal-per-kg", paramLabel = "N", description = "Energy, kcal per kg per day.")
        Double perKg;
    }

    @ArgGroup(exclusive = true)
    Kcal kcal = new Kcal();

    @Option(names = "--energy", paramLabel = "table|eer", description = "Default energy when no kcal is given: "
            + "table (Compass Group KD table by age, the default) or eer (IOM EER, 0-35 months).")
    String energy;

    @Option(names = "--ratio", paramLabel = "R", converter = RatioConverter.class,
            description = "Ketogenic ratio, 0.5 to 6 (\"4\" or \"4:1\").")
    Double ratio;

    /** The protein, per day, per kg or per 100 kcal: one of them. */
    @OneOf("{a} and {b}: give one of them")
    static final class Protein {
        @Option(names = "--protein", paramLabel = "G", description = "Protein, g per day.")
        Double perDay;

        @Option(names = "--protein-per-kg", paramLabel = "G", description = "Protein, g per kg per day.")
        Double perKg;

        @Option(names = "--protein-per-100kcal", paramLabel = "G",
                description = "Protein, g per 100 kcal (default 1.5, pubmed 24309243).")
        Double per100kcal;
    }

    @ArgGroup(exclusive = true)
    Protein protein = new Protein();

    @Option(names = "--carbs", paramLabel = "net|total", converter = CarbsConverter.class,
            description = "Count carbohydrate net (total - fibre; the default) or total.")
    CarbConvention carbs;

    /** The day's meals: equal or named. */
    @OneOf("{a} and {b}: give equal meals or named meals")
    static final class Meals {
        @Option(names = "--meals", paramLabel = "N", description = "N equal meals.")
        Integer equal;

        @Option(names = "--meal", paramLabel = "NAME=SHARE[@HH:MM]",
                description = "A meal and its share of the day, e.g. breakfast=25%%@07:00 (repeat; shares add to "
                        + "100 %%).")
        List<String> named = new ArrayList<>();
    }

    @ArgGroup(exclusive = true)
    Meals meals = new Meals();

    @Option(names = "--snack", paramLabel = "[NAME=]KCAL@RATIO[@HH:MM]",
            description = "A snack with its own kcal and ratio, taken out of the day first, e.g. 100kcal@1.5.")
    List<String> snack = new ArrayList<>();

    @Option(names = "--medicine", paramLabel = "NAME=MGmg*DOSES[@HH:MM,...]",
            description = "A medicine's carbohydrate per dose and doses a day, e.g. keppra=120mg*2 (repeat).")
    List<String> medicine = new ArrayList<>();

    @Option(names = "--units-rounding", paramLabel = "down|none",
            description = "Round the day's dietary units down to whole units and recompute kcal, fat and "
                    + "carbohydrate (down), or use them as calculated (none, the default).")
    String unitsRounding;

    @Option(names = "--ramp", paramLabel = "R,R,...",
            description = "Initiation steps, e.g. 1,2,3,4 or 1:1,2:1,3:1: one day's targets per ratio.")
    String ramp;

    @Mixin
    FormatOption format;

    @Option(names = "--accept-weight", description = "Accept a weight beyond twice the WHO weight-for-age range "
            + "(otherwise refused as a likely typing error); the warning is still printed.")
    boolean acceptWeight;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrescriptionService service = new PrescriptionService();
        Patient patient = patient(service);
        var out = spec.commandLine().getOut();
        if (ramp != null) {
            List<DailyPrescription> steps = service.ramp(patient, on, rampRatios(), acceptWeight);
            if (format.json()) {
                Json.print(out, PrescriptionView.stepsJson(steps));
            } else {
                out.print(PrescriptionView.stepsText(steps));
            }
            return ExitCodes.OK;
        }
        PrescriptionService.Prescribed p = service.prescribe(patient, on, acceptWeight);
        if (format.json()) {
            java.util.Map<String, Object> j = new java.util.LinkedHashMap<>(PrescriptionView.json(p.prescription()));
            j.put("safety_notes", p.safetyNotes());
            Json.print(out, j);
        } else {
            out.print(PrescriptionView.text(p.prescription()));
            SafetyOptions.print(out, p.safetyNotes());
        }
        return ExitCodes.OK;
    }

    private Patient patient(PrescriptionService service) {
        PrescriptionSettings settings = settings();
        List<Medicine> meds = new ArrayList<>();
        for (String m : medicine) {
            meds.add(parse("--medicine", () -> Medicine.parse(m)));
        }
        return service.patient(patientFile == null ? null : service.read(patientFile),
                new PrescriptionService.PatientDetails(weight, ageMonths, born, settings, meds));
    }

    private PrescriptionSettings settings() {
        // one of each exclusive group: picocli refuses two (Kcal, Protein, Meals)
        Double kcal = this.kcal == null ? null : this.kcal.perDay;
        Double kcalPerKg = this.kcal == null ? null : this.kcal.perKg;
        Double protein = this.protein == null ? null : this.protein.perDay;
        Double proteinPerKg = this.protein == null ? null : this.protein.perKg;
        Double proteinPer100kcal = this.protein == null ? null : this.protein.per100kcal;
        Integer meals = this.meals == null ? null : this.meals.equal;
        List<String> meal = this.meals == null ? List.of() : this.meals.named;
        positiveIfGiven("--kcal", kcal);
        positiveIfGiven("--kcal-per-kg", kcalPerKg);
        positiveIfGiven("--protein", protein);
        positiveIfGiven("--protein-per-kg", proteinPerKg);
        positiveIfGiven("--protein-per-100kcal", proteinPer100kcal);
        EnergyBasis basis = energy == null ? null : parse("--energy", () -> EnergyBasis.parse(energy));
        List<MealSlot> slots = new ArrayList<>();
        if (meals != null) {
            slots.addAll(parse("--meals", () -> MealSlot.equal(meals)));
        }
        for (String m : meal) {
            slots.add(parse("--meal", () -> MealSlot.parse(m)));
        }
        List<MealSlot> resolved = parse("--meal", () -> MealSlot.resolveShares(slots));
        List<Snack> snacks = new ArrayList<>();
        for (int i = 0; i < snack.size(); i++) {
            String text = snack.get(i);
            String name = "snack " + (i + 1);
            snacks.add(parse("--snack", () -> Snack.parse(text, name)));
        }
        UnitsRounding rounding = unitsRounding == null ? null
                : parse("--units-rounding", () -> UnitsRounding.parse(unitsRounding));
        return parse("--meal", () -> new PrescriptionSettings(kcal, kcalPerKg, basis, ratio, protein, proteinPerKg,
                proteinPer100kcal, carbs, resolved, snacks, rounding, null, null, null, null, null));
    }

    private List<Double> rampRatios() {
        List<Double> ratios = new ArrayList<>();
        for (String s : ramp.split(",")) {
            ratios.add(parse("--ramp", () -> Ratio.parse(s)));
        }
        return ratios;
    }

    private void positiveIfGiven(String option, Double v) {
        if (v != null) {
            Options.positive(spec, option, v);
        }
    }

    private <T> T parse(String option, java.util.function.Supplier<T> parser) {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), option + ": " + e.getMessage());
        }
    }
}
