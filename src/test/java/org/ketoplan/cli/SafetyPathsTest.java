package org.ketoplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ketoplan.common.Mappers;
import org.ketoplan.food.FoodDatabases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same safety rules on every path that puts a food in front of a child: plan, plan --from, plan check --fix,
 * meal --patient, meal with --allergy/--age-months, recipe fit, formula --patient, log meal (which records and
 * warns), and the plausibility of the patient.
 */
class SafetyPathsTest {
    static final String HONEY_RECIPE = """
            name: Yolk custard with honey
            slots: [breakfast, lunch, dinner]
            min_age_months: 6
            texture: smooth purée
            protein_source: egg
            reference_kcal: 160
            ingredients:
              - {food: "01125", role: protein, grams: 17, min: 8, max: 30}
              - {food: "01053", role: cream, grams: 22, min: 5, max: 60}
              - {food: "04053", role: fat, grams: 4, min: 0, max: 15}
              - {food: "19296", role: carbohydrate, grams: 1, min: 1, max: 1}
              - {food: "09040", role: carbohydrate, grams: 10, min: 0, max: 30}
            directions: [Whisk and bake.]
            """;
    static final String SIX_MONTHS = """
            name: Six
            age_months: 6
            weight_kg: 7.5
            prescription:
              ratio: 3
              meals: [{name: breakfast, time: "07:00"}, {name: lunch, time: "12:00"}, {name: dinner, time: "17:00"}]
            """;
    static final String TWO_YEARS = """
            name: Two
            age_months: 24
            weight_kg: 12
            prescription:
              ratio: 3
              meals: [{name: breakfast, time: "07:00"}, {name: lunch, time: "12:00"}, {name: dinner, time: "17:00"}]
            """;

    @TempDir
    Path dir;

    @BeforeAll
    static void shipped() {
        assumeTrue(SafetyPathsTest.class.getResource("/foods/" + FoodDatabases.USDA_FOODS) != null,
                "the shipped tables are not in this build");
    }

    private Path file(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void recipeFitRefusesHoneyUnderTwelveMonthsAndPrintsARecordedException() throws IOException {
        Path recipe = file("honey-custard.yaml", HONEY_RECIPE);
        CliRun refused = CliRun.of("recipe", "fit", "honey-custard", "--recipes", recipe.toString(), "--patient",
                file("six.yaml", SIX_MONTHS).toString(), "--meal", "breakfast");
        assertEquals(ExitCodes.BAD_INPUT, refused.code(), refused.out());
        assertTrue(refused.err().startsWith("error: honey-custard: 19296 (Honey): honey not under 12 months (this "
                + "child: 6 months): risk of infant botulism; rule honey, CDC."), refused.err());
        assertFalse(refused.err().contains("--"), "a domain error names no option: " + refused.err());
        CliRun allowed = CliRun.of("recipe", "fit", "honey-custard", "--recipes", recipe.toString(), "--patient",
                file("six-allow.yaml", SIX_MONTHS + "allow: [{rule: honey, reason: \"tasted at the clinic\"}]\n")
                        .toString(), "--meal", "breakfast");
        assertEquals(ExitCodes.OK, allowed.code(), allowed.err());
        assertTrue(allowed.out().contains("Safety notes:\n- allowed by the patient file: Honey [19296] for a child of 6 "
                + "months, against rule honey"), allowed.out());
        assertTrue(allowed.out().contains("reason: tasted at the clinic"), allowed.out());
    }

    @Test
    void mealRefusesSaltedButterForASixMonthOldAndWholeNutsForATwoYearOld() throws IOException {
        Path six = file("six.yaml", SIX_MONTHS);
        CliRun salt = CliRun.of("meal", "--patient", six.toString(), "--meal", "breakfast", "--food", "01125",
                "--food", "01053", "--food", "01001");
        assertEquals(ExitCodes.BAD_INPUT, salt.code());
        assertTrue(salt.err().contains("01001 (Butter, salted): added salt not under 12 months (this child: 6 "
                + "months)"), salt.err());
        // (banana too: egg yolk, cream and butter alone have too little carbohydrate for the protein band)
        CliRun allowed = CliRun.of("meal", "--patient", file("six-salt.yaml", SIX_MONTHS
                + "allow: [{rule: added-salt, reason: sodium prescribed}]\n").toString(), "--meal", "breakfast",
                "--food", "01125", "--food", "01053", "--food", "01001", "--food", "09040", "--format", "json");
        assertEquals(ExitCodes.OK, allowed.code(), allowed.err());
        JsonNode notes = Mappers.json().readTree(allowed.out()).get("safety_notes");
        assertTrue(notes.toString().contains("allowed by the patient file: Butter, salted [01001] for a child of 6 "
                + "months, against rule added-salt"), notes.toString());
        // without a patient file: the age and allergies as options
        CliRun nuts = CliRun.of("meal", "--kcal", "200", "--ratio", "3", "--age-months", "24", "--food", "12061",
                "--food", "01053", "--food", "04053");
        assertEquals(ExitCodes.BAD_INPUT, nuts.code());
        assertTrue(nuts.err().contains("12061 (Nuts, almonds): whole nuts and peanuts not under 5 years (this child: "
                + "24 months)"), nuts.err());
        CliRun milk = CliRun.of("meal", "--kcal", "200", "--ratio", "3", "--allergy", "milk", "--food", "01053",
                "--food", "04053", "--food", "01125");
        assertEquals(ExitCodes.BAD_INPUT, milk.code());
        assertTrue(milk.err().contains("01053 (Cream, fluid, heavy whipping) contains milk, to which the child is "
                + "allergic"), milk.err());
        CliRun unknownAge = CliRun.of("meal", "--kcal", "200", "--ratio", "3", "--food", "12061", "--food", "01053",
                "--food", "04053", "--food", "09040");
        assertEquals(ExitCodes.OK, unknownAge.code(), unknownAge.err());
        assertTrue(unknownAge.out().contains("age not given: the food-safety rules by age and the products' age "
                + "indications were not checked"), unknownAge.out());
    }

    @Test
    void formulaRefusesKetoCalFourToOneForAThreeMonthOldUnlessAllowed() throws IOException {
        Path three = file("three.yaml", "name: Three\nage_months: 3\nweight_kg: 6\nprescription:\n  ratio: 4\n");
        CliRun refused = CliRun.of("formula", "--patient", three.toString(), "--base", "ketocal-4to1-powder",
                "--feeds", "6");
        assertEquals(ExitCodes.BAD_INPUT, refused.code());
        assertTrue(refused.err().contains("ketocal-4to1-powder (KetoCal 4:1 powder (Nutricia)) is outside its age "
                + "indication for a child of 3 months: 'designed for individuals over 1 year' (Nutricia Canada"),
                refused.err());
        // (with infant formula and Liquigen: KetoCal 4:1 alone brings more protein than the prescription's band)
        CliRun allowed = CliRun.of("formula", "--patient", three.toString(), "--module", "ketocal-4to1-powder",
                "--module", "infant-formula-standard-powder", "--module", "liquigen", "--feeds", "6",
                "--allow-product", "ketocal-4to1-powder");
        assertEquals(ExitCodes.OK, allowed.code(), allowed.err());
        assertTrue(allowed.out().contains("allowed outside its age indication: KetoCal 4:1 powder (Nutricia) "
                + "[ketocal-4to1-powder] for a child of 3 months"), allowed.out());
        // a product whose indication was not verified is allowed and said so
        // (RCF has almost no carbohydrate: infant formula brings the feed's)
        CliRun unverified = CliRun.of("formula", "--patient", three.toString(), "--module", "ross-carbohydrate-free",
                "--module", "infant-formula-standard-powder", "--module", "liquigen", "--feeds", "6");
        assertEquals(ExitCodes.OK, unverified.code(), unverified.err());
        assertTrue(unverified.out().contains("age indication not verified: check the label: Liquigen MCT fat "
                + "emulsion (Nutricia) [liquigen]"), unverified.out());
        // cow's milk as the drink of a 6-month-old
        CliRun cowsMilk = CliRun.of("formula", "--kcal", "500", "--ratio", "1", "--age-months", "6", "--module",
                "01077", "--module", "liquigen", "--weight", "7", "--feeds", "5");
        assertEquals(ExitCodes.BAD_INPUT, cowsMilk.code());
        assertTrue(cowsMilk.err().contains("cow's milk as a main drink not under 12 months"), cowsMilk.err());
    }

    @Test
    void planLeavesOutAUsersHoneyRecipeAndSaysWhy() throws IOException {
        Path recipe = file("honey-custard.yaml", HONEY_RECIPE);
        Path out = dir.resolve("p.json");
        CliRun r = CliRun.of("plan", "--patient", file("six.yaml", SIX_MONTHS).toString(), "--recipes",
                recipe.toString(), "--days", "3", "--start", "2026-12-01", "--out", out.toString(), "--format",
                "json");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertFalse(Files.readString(out).contains("\"19296\""), "honey was planned");
        assertTrue(r.out().contains("honey-custard (19296 (Honey): honey not under 12 months"), r.out());
    }

    @Test
    void planFromKeepsTheAllergiesAndCheckFindsAFoodNowUnsafe() throws IOException {
        Path milkFree = file("mf.yaml", TWO_YEARS + "allergies: [milk]\n");
        Path week = dir.resolve("week.json");
        assertEquals(ExitCodes.OK, CliRun.of("plan", "--patient", milkFree.toString(), "--days", "7", "--start",
                "2026-12-01", "--out", week.toString()).code());
        Path two = dir.resolve("two.json");
        CliRun more = CliRun.of("plan", "--from", week.toString(), "--days", "7", "--out", two.toString());
        assertEquals(ExitCodes.OK, more.code(), more.err());
        JsonNode plan = Mappers.json().readTree(two.toFile());
        assertEquals("milk", plan.get("patient").get("allergies").get(0).asText());
        for (JsonNode f : plan.get("foods")) {
            String id = f.get("id").asText();
            assertFalse(FoodDatabases.shipped().byId(id).orElseThrow().allergens().mayContain(
                    org.ketoplan.food.Allergen.MILK), id + " in a milk-free plan");
        }
        // the family learns of an egg allergy: the check names the meals, and --fix will not serve them again
        Path any = dir.resolve("any.json");
        assertEquals(ExitCodes.OK, CliRun.of("plan", "--patient", file("two.yaml", TWO_YEARS).toString(), "--days",
                "3", "--start", "2026-12-01", "--out", any.toString()).code());
        String text = Files.readString(any);
        assumeTrue(text.contains("Egg, "), "the plan has no egg to find");
        Files.writeString(any, text.replace("\"allergies\" : [ ]", "\"allergies\" : [ \"egg\" ]"));
        CliRun check = CliRun.of("plan", "check", any.toString(), "--format", "json");
        assertEquals(ExitCodes.OK, check.code(), check.err());
        JsonNode j = Mappers.json().readTree(check.out());
        assertFalse(j.get("ok").asBoolean());
        assertTrue(j.get("unsafe").get(0).asText().contains("contains egg, to which the child is allergic"),
                j.toString());
        CliRun fix = CliRun.of("plan", "check", any.toString(), "--fix", "--out", dir.resolve("f.json").toString());
        assertEquals(ExitCodes.BAD_INPUT, fix.code());
        assertTrue(fix.err().contains("plan those days again"), fix.err());
    }

    @Test
    void logMealRecordsAnOffPlanFoodOfAnAllergyAndWarns() throws IOException {
        Path plan = dir.resolve("p.json");
        assertEquals(ExitCodes.OK, CliRun.of("plan", "--patient", file("two.yaml", TWO_YEARS + "allergies: "
                + "[tree nuts]\n").toString(), "--days", "1", "--start", "2026-12-01", "--out", plan.toString())
                .code());
        Path diary = dir.resolve("diary");
        CliRun r = CliRun.of("log", "meal", "--diary", diary.toString(), "--plan", plan.toString(), "--date",
                "2026-12-01", "--meal", "lunch", "--all", "--food", "12061=10");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertTrue(Files.readString(diary.resolve("meals.csv")).contains("12061"), "the off-plan food is recorded");
        assertTrue(r.out().contains("Warning: 12061 (Nuts, almonds) contains tree nuts, to which the child is "
                + "allergic (allergies: tree nuts); recorded as eaten"), r.out());
    }

    @Test
    void implausibleWeightsAndPrescriptionsAreRefusedNamingTheBound() throws IOException {
        CliRun heavy = CliRun.of("prescribe", "--weight", "80", "--age-months", "9", "--ratio", "4");
        assertEquals(ExitCodes.BAD_INPUT, heavy.code());
        assertTrue(heavy.err().contains("weight_kg: 80 kg is not plausible at 9 months"), heavy.err());
        CliRun accepted = CliRun.of("prescribe", "--weight", "80", "--age-months", "9", "--ratio", "4",
                "--accept-weight", "--kcal", "700", "--protein", "10");
        assertEquals(ExitCodes.OK, accepted.code(), accepted.err());
        assertTrue(accepted.out().contains("weight 80 kg is above the WHO weight-for-age"), accepted.out());
        Path huge = file("huge.yaml", "name: X\nage_months: 9\nweight_kg: 8\nprescription:\n  ratio: 4\n"
                + "  kcal: 99999999999999999999999\n");
        CliRun kcal = CliRun.of("prescribe", "--patient", huge.toString());
        assertEquals(ExitCodes.BAD_INPUT, kcal.code());
        assertTrue(kcal.err().contains("huge.yaml:6: prescription.kcal: 1.00e+23 is above the upper bound of 5000 "
                + "kcal a day"), kcal.err());
        CliRun perKg = CliRun.of("prescribe", "--weight", "8", "--age-months", "9", "--ratio", "4", "--kcal",
                "4000");
        assertEquals(ExitCodes.BAD_INPUT, perKg.code());
        assertTrue(perKg.err().contains("above the upper bound of 200 kcal/kg a day"), perKg.err());
    }
}
