package org.ketoplan.prescription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import org.ketoplan.common.BadInputException;
import org.ketoplan.nutrition.CarbConvention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PatientFileTest {
    static final String GOOD = """
            name: Example Baby
            born: 2026-03-10
            weight_kg: 7.8
            prescription:
              ratio: "4:1"
              protein_g_per_kg: 1.5
              carbs: net
              meals:
                - {name: breakfast, time: "07:00", share: 25%}
                - {name: lunch, time: "12:00", share: 0.25}
                - {name: tea, time: "16:00", share: 0.3}
                - {name: supper, time: "19:00", share: 0.2}
              snacks: [{name: snack, time: "15:00", kcal: 50, ratio: 1.5}]
            medicines: [{name: keppra, carb_mg_per_dose: 120, doses_per_day: 2, times: ["08:00", "20:00"]}]
            exclude_foods: [egg]
            time_zone: Europe/London
            """;

    @TempDir
    Path dir;

    private Path write(String text) throws IOException {
        Path f = dir.resolve("patient.yaml");
        Files.writeString(f, text);
        return f;
    }

    @Test
    void readsEveryField() throws IOException {
        Patient p = PatientFile.read(write(GOOD));
        assertEquals("Example Baby", p.name());
        assertEquals(LocalDate.of(2026, 3, 10), p.born());
        assertEquals(7.8, p.weightKg());
        assertEquals(4.0, p.prescription().ratio());
        assertEquals(1.5, p.prescription().proteinGPerKg());
        assertEquals(CarbConvention.NET, p.prescription().carbs());
        assertEquals(4, p.prescription().meals().size());
        assertEquals(0.25, p.prescription().meals().get(0).share());
        assertEquals(LocalTime.of(16, 0), p.prescription().meals().get(2).time());
        assertEquals(1.5, p.prescription().snacks().get(0).ratio());
        assertEquals(0.24, p.medicines().get(0).carbGPerDay(), 1e-12);
        assertEquals("egg", p.excludeFoods().get(0));
        assertEquals(java.time.ZoneId.of("Europe/London"), p.timeZone());
    }

    @Test
    void theTemplateParsesAndPrescribes() throws IOException {
        LocalDate today = LocalDate.of(2026, 11, 22);
        Patient p = PatientFile.read(write(PatientFile.template(today)));
        DailyPrescription d = Prescriber.prescribe(p, today);
        // born 8 months before today, 7.8 kg: 339 kJ/kg/d (Butte 2005, mean of boys and girls at 6 months, a plateau
        // to 12) / 4.184 = 81.023 kcal/kg x 7.8 kg = 631.98 kcal at 3:1; the pattern at 8 months: four feeds of
        // 12.5 % (631.98 / 8 = 79.00 kcal) and three meals of one sixth (631.98 / 6 = 105.33 kcal)
        assertEquals(8, d.ageMonths());
        assertEquals(339 / 4.184 * 7.8, d.day().kcal(), 1e-9);
        assertEquals(631.98, d.day().kcal(), 0.005);
        assertEquals(7, d.meals().size());
        assertEquals(4, d.feeds().size());
        assertEquals(339 / 4.184 * 7.8 / 8, d.slot("morning feed").kcal(), 1e-9);
        assertEquals(105.33, d.slot("tea").kcal(), 0.005);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            negative weight    | 'weight_kg: 7.8'         | 'weight_kg: -7.8'    | patient.yaml:3: weight_kg: must be above zero (-7.8)
            missing weight     | 'weight_kg: 7.8'         | ''                   | patient.yaml:1: weight_kg: missing
            ratio 0            | 'ratio: "4:1"'           | 'ratio: 0'           | patient.yaml:5: prescription.ratio: ratio 0 is outside 0.5 to 6
            unknown field      | 'carbs: net'             | 'carbz: net'         | patient.yaml:7: prescription: unknown field 'carbz' (did you mean 'carbs'?
            shares not 100     | 'share: 0.2}'            | 'share: 0.1}'        | patient.yaml:8: prescription.meals: meal shares add to 90 %, not 100 %
            unclosed quote     | 'name: Example Baby'     | 'name: "Example'     | patient.yaml:5: YAML syntax: while parsing a block mapping, expected <block end>, but found '<scalar>'
            tab indent         | 'weight_kg: 7.8'         | '	weight_kg: 7.8'   | patient.yaml:3: YAML syntax: while scanning for the next token, found character
            decimal comma      | 'weight_kg: 7.8'         | 'weight_kg: 7,8'     | patient.yaml:3: weight_kg: '7,8' uses a decimal comma
            bad time           | 'time: "12:00"'          | 'time: "25:00"'      | patient.yaml:10: prescription.meals[1].time: '25:00' is not a time of day
            half a dose        | 'doses_per_day: 2,'      | 'doses_per_day: 2.5,' | patient.yaml:14: medicines[0].doses_per_day: '2.5' is not a whole number
            missing carb       | 'carb_mg_per_dose: 120,' | ''                   | patient.yaml:14: medicines[0].carb_mg_per_dose: missing for medicine 'keppra'
            weight in grams    | 'weight_kg: 7.8'         | 'weight_kg: 7800'    | patient.yaml:3: weight_kg: 7800 is not a weight in kg (more than 250)
            """)
    void malformedFilesGiveOneLineWithFileLineAndField(String what, String from, String to, String expected)
            throws IOException {
        Path f = write(GOOD.replace(from, to));
        BadInputException e = assertThrows(BadInputException.class, () -> PatientFile.read(f));
        String message = e.getMessage().replace(f.toString(), "patient.yaml");
        org.junit.jupiter.api.Assertions.assertTrue(message.startsWith(expected), what + ": " + message);
        org.junit.jupiter.api.Assertions.assertFalse(message.contains("\n"), message);
    }

    @Test
    void anEmptyOrMissingFileIsNamed() throws IOException {
        Path empty = write("");
        assertEquals(empty + ": the file is empty; run 'ketoplan init FILE' for a template",
                assertThrows(BadInputException.class, () -> PatientFile.read(empty)).getMessage());
        Path none = dir.resolve("none.yaml");
        assertEquals(none + ": no such file",
                assertThrows(BadInputException.class, () -> PatientFile.read(none)).getMessage());
    }
}
