package org.ketoplan.cli;

import org.ketoplan.nutrition.Numbers;
import org.ketoplan.common.TextTable;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ketoplan.nutrition.Ratio;
import org.ketoplan.prescription.Age;
import org.ketoplan.prescription.BreastMilk;
import org.ketoplan.prescription.DailyPrescription;
import org.ketoplan.prescription.Fluid;
import org.ketoplan.prescription.MealTarget;

/** Renders a {@link DailyPrescription} as a text table or as JSON (snake_case fields). */
final class PrescriptionView {
    private PrescriptionView() {
    }

    /** The JSON object of one day: the day's targets at the top level, then meals, snacks, warnings, sources. */
    static Map<String, Object> json(DailyPrescription p) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("name", p.patientName());
        j.put("on", p.on().toString());
        j.put("age_months", p.ageMonths());
        j.put("weight_kg", p.weightKg());
        Map<String, Object> day = target(p.day(), null);
        day.remove("name");
        day.remove("time");
        j.putAll(day);
        j.put("prescribed_ratio", Json.round(p.prescribedRatio(), 3));
        j.put("carb_convention", p.carbs().word());
        j.put("medicine_carb_g", Json.round(p.medicineCarbG(), 3));
        j.put("fluid_ml", Json.round(p.fluidMl(), 0));
        j.put("fluid_basis", p.fluidBasis().word());
        j.put("pattern", p.pattern().word());
        List<Map<String, Object>> meals = new ArrayList<>();
        for (MealTarget m : p.meals()) {
            Map<String, Object> t = target(m, p.times().get(m.name()));
            t.put("kind", p.isFeed(m.name()) ? "feed" : "meal");
            meals.add(t);
        }
        List<Map<String, Object>> snacks = new ArrayList<>();
        for (MealTarget s : p.snacks()) {
            snacks.add(target(s, p.times().get(s.name())));
        }
        j.put("meals", meals);
        j.put("snacks", snacks);
        j.put("expressed_milk_ml", Json.round(p.expressedMilkMl(), 0));
        List<Map<String, Object>> breastfeeds = new ArrayList<>();
        for (BreastMilk.Breastfeed b : p.breastfeeds()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", b.name());
            m.put("time", b.time() == null ? null : b.time().toString());
            m.put("ml", b.ml());
            breastfeeds.add(m);
        }
        j.put("breastfeeds", breastfeeds);
        j.put("warnings", p.warnings());
        j.put("sources", p.sources());
        return j;
    }

    /** {"steps": [day, day, ...]} for an initiation ramp, each day numbered by "step". */
    static Map<String, Object> stepsJson(List<DailyPrescription> steps) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Map<String, Object> day = new LinkedHashMap<>();
            day.put("step", i + 1);
            day.putAll(json(steps.get(i)));
            list.add(day);
        }
        return Map.of("steps", list);
    }

    private static Map<String, Object> target(MealTarget t, LocalTime time) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", t.name());
        m.put("time", time == null ? null : time.toString());
        m.put("kcal", Json.round(t.kcal(), 1));
        m.put("ratio", Json.round(t.ratio(), 3));
        m.put("units", Json.round(t.units(), 2));
        m.put("fat_g", Json.round(t.fatG(), 2));
        m.put("protein_g", Json.round(t.proteinG(), 2));
        m.put("carb_g", Json.round(t.carbG(), 2));
        return m;
    }

    /** The day as text: a header, the table of day, meals and snacks, medicines, fluid, sources and warnings. */
    static String text(DailyPrescription p) {
        StringBuilder sb = new StringBuilder(header(p));
        sb.append(table(p));
        sb.append(footer(p));
        sb.append(sources(p));
        sb.append(warnings(p));
        return sb.toString();
    }

    /** The steps of an initiation ramp, one table each, then the sources once. */
    static String stepsText(List<DailyPrescription> steps) {
        StringBuilder sb = new StringBuilder(header(steps.get(0)));
        for (int i = 0; i < steps.size(); i++) {
            DailyPrescription p = steps.get(i);
            sb.append(i == 0 ? "" : "\n").append("Step ").append(i + 1).append(": ").append(Ratio.format(p.prescribedRatio()))
                    .append('\n');
            sb.append(table(p));
            sb.append(warnings(p));
        }
        sb.append('\n').append(footer(steps.get(0)));
        sb.append(sources(steps.get(0)));
        return sb.toString();
    }

    private static String header(DailyPrescription p) {
        String who = p.patientName().isEmpty() ? "" : p.patientName() + ", ";
        return "Prescription for " + who + Age.describe(p.ageMonths()) + ", " + Numbers.plain(p.weightKg())
                + " kg, on " + p.on() + "\nCarbohydrate counted: " + p.carbs().word() + "\n\n";
    }

    private static String table(DailyPrescription p) {
        TextTable t = new TextTable("", "time", ">kcal", ">ratio", ">units", ">fat g", ">protein g",
                ">carb g");
        row(t, p.day(), null);
        if (!p.slots().isEmpty()) {
            t.rule();
        }
        for (MealTarget m : p.slots()) {
            row(t, m, p.isFeed(m.name()) && p.meals().contains(m) ? m.name() + " (feed)" : m.name(),
                    p.times().get(m.name()));
        }
        return t.render();
    }

    private static void row(TextTable t, MealTarget m, LocalTime time) {
        row(t, m, m.name(), time);
    }

    private static void row(TextTable t, MealTarget m, String name, LocalTime time) {
        t.row(name, time == null ? "" : time.toString(), TextTable.fixed(m.kcal(), 1),
                Ratio.format(Json.round(m.ratio(), 2)), TextTable.fixed(m.units(), 1),
                TextTable.fixed(m.fatG(), 1), TextTable.fixed(m.proteinG(), 1), TextTable.fixed(m.carbG(), 1));
    }

    private static String footer(DailyPrescription p) {
        StringBuilder sb = new StringBuilder();
        if (p.medicineCarbG() > 0) {
            sb.append(String.format(java.util.Locale.ROOT, "Medicines: %.2f g carbohydrate a day, taken out of the "
                    + "food's carbohydrate above.%n", p.medicineCarbG()));
        }
        sb.append(String.format(java.util.Locale.ROOT, "Fluid: %.0f ml a day%s.%n", p.fluidMl(),
                p.fluidBasis() == Fluid.Basis.FEEDS ? " as feeds (all the baby's fluid is in the feeds)"
                        : " of water from food and drink"));
        if (p.expressedMilkMl() > 0) {
            sb.append(String.format(java.util.Locale.ROOT, "Expressed breast milk: %.0f ml a day, in the feeds.%n",
                    p.expressedMilkMl()));
        }
        for (BreastMilk.Breastfeed b : p.breastfeeds()) {
            sb.append(String.format(java.util.Locale.ROOT, "Breastfeed%s: about %.0f ml, counted as breast milk; the "
                    + "meals above are what is left of the day.%n", b.time() == null ? "" : " at " + b.time(), b.ml()));
        }
        return sb.toString();
    }

    private static String sources(DailyPrescription p) {
        StringBuilder sb = new StringBuilder("\nSources:\n");
        p.sourcesInWords().forEach((k, v) -> sb.append("  ").append(k).append(": ").append(v)
                .append('\n'));
        return sb.toString();
    }

    private static String warnings(DailyPrescription p) {
        if (p.warnings().isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("\nWarnings:\n");
        p.warnings().forEach(w -> sb.append("  ! ").append(w).append('\n'));
        return sb.toString();
    }
}
