package org.ketoplan.plan;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import org.ketoplan.food.FoodDatabase;
import org.ketoplan.food.FoodDatabases;
import org.ketoplan.prescription.Patient;
import org.ketoplan.prescription.PatientFile;

/** Patients and the shipped data for the planner's tests. */
final class PlanFixtures {
    private PlanFixtures() {
    }

    /** A toddler: 14 months, 10 kg, 3:1, three meals and a 120 kcal snack at 3:1, with times. */
    static final String TODDLER = """
            name: Test Toddler
            age_months: 14
            weight_kg: 10
            prescription:
              ratio: "3:1"
              meals:
                - {name: breakfast, time: "07:30"}
                - {name: lunch, time: "12:00"}
                - {name: dinner, time: "17:30"}
              snacks: [{name: snack, time: "15:00", kcal: 120, ratio: 3}]
            """;

    /** The example infant as it was before meal patterns: 9 months, 8 kg, 4:1, four solid meals with times. */
    static final String FOUR_MEALS_INFANT = """
            name: Four Meals Infant
            age_months: 9
            weight_kg: 8
            prescription:
              ratio: "4:1"
              meals:
                - {name: breakfast, time: "07:00"}
                - {name: lunch, time: "11:30"}
                - {name: tea, time: "15:30"}
                - {name: dinner, time: "18:30"}
            """;

    static Patient patient(String yaml) {
        return PatientFile.read("patient.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    /** The shipped foods; skips the test when the USDA table is not in this build. */
    static FoodDatabase shippedFoods() {
        assumeTrue(PlanFixtures.class.getResource("/foods/" + FoodDatabases.USDA_FOODS) != null,
                "foods/usda-sr24.csv is not in this build yet");
        return FoodDatabases.shipped();
    }
}
