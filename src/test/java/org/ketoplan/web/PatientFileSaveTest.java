package org.ketoplan.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.ketoplan.cli.CliRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ketoplan.prescription.Patient;
import org.ketoplan.prescription.PatientFile;

/**
 * Saving the patient form keeps the file's comments, key order and untouched lines: only the values the user
 * changed are edited in the file's text; a setting changed in the "other settings" box is written again without
 * the comments inside it, and the page says which.
 */
class PatientFileSaveTest extends ServedFolder {
    /** Every kind of field the form has (text, date, number, quoted ratio, flow list, block list) and the box's. */
    static final String COMMENTED = """
            # Tom's prescription, agreed in clinic on 2026-11-20.
            name: "Tom Test"          # as on the clinic letter
            born: 2021-09-14
            weight_kg: 18.0   # weighed 2026-11-20
            time_zone: Europe/London
            allergies: [egg]   # confirmed by the allergy clinic
            exclude_foods:
              - walnut   # the family's choice
              - peanut

            prescription:
              ratio: "4:1"      # from 3:1 on 2026-11-01
              kcal: 1200
              protein_g: 20     # 1.1 g/kg
              carbs: net
              # the family's own meal times
              meals:
                - {name: breakfast, time: "07:30", share: 25%}
                - {name: lunch, time: "12:00", share: 25%}   # at nursery
                - {name: tea, time: "16:00", share: 25%}
                - {name: supper, time: "18:30", share: 25%}

            medicines:
              # checked with the pharmacist
              - name: keppra syrup   # levetiracetam
                carb_mg_per_dose: 120
                doses_per_day: 2
            """;

    Path file;

    @BeforeEach
    void commentedPatient() throws IOException {
        Files.createDirectories(dir.resolve("tom"));
        file = dir.resolve("tom/patient.yaml");
        Files.writeString(file, COMMENTED);
    }

    /** The form as the page shows it: every input, select and the box, by name. */
    private Map<String, String> form() {
        var f = Jsoup.parse(s.get("/p/tom").body()).getElementById("patient-form");
        Map<String, String> values = new LinkedHashMap<>();
        for (var e : f.select("input[name], select[name], textarea[name]")) {
            values.put(e.attr("name"), e.tagName().equals("textarea") ? e.wholeText()
                    : e.tagName().equals("select") ? e.select("option[selected]").val() : e.val());
        }
        return values;
    }

    private WebSession.Response save(Map<String, String> values) {
        return s.post("/p/tom", values.entrySet().stream().flatMap(e -> Stream.of(e.getKey(), e.getValue()))
                .toArray(String[]::new));
    }

    /** The lines of the file now that differ from {@link #COMMENTED}, as "old -> new" (same line count). */
    private List<String> changedLines() throws IOException {
        List<String> before = COMMENTED.lines().toList();
        List<String> after = Files.readString(file).lines().toList();
        assertEquals(before.size(), after.size(), Files.readString(file));
        List<String> diff = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            if (!before.get(i).equals(after.get(i))) {
                diff.add(before.get(i) + " -> " + after.get(i));
            }
        }
        return diff;
    }

    @Test
    void changingTheWeightChangesThatOneLineAndKeepsEveryComment() throws IOException {
        Map<String, String> values = form();
        assertEquals("18.0", values.get("weight_kg"));
        values.put("weight_kg", "19.5");
        WebSession.Response r = save(values);
        assertEquals(303, r.status(), r.body());
        assertEquals("/p/tom?saved", r.header("Location"), "nothing lost, nothing to tell");
        assertEquals(List.of("weight_kg: 18.0   # weighed 2026-11-20 -> weight_kg: 19.5   # weighed 2026-11-20"),
                changedLines());
        Patient back = PatientFile.read(file);
        assertEquals(19.5, back.weightKg());
        var page = Jsoup.parse(s.get(r.header("Location")).body());
        assertEquals("Saved patient.yaml.", page.selectFirst("p.message").text());
        assertNull(page.selectFirst("p.alert"), "no warning when the comments are kept");
    }

    @Test
    void savingAnUnchangedFormWritesTheSameBytes() throws IOException {
        assertEquals(303, save(form()).status());
        assertEquals(COMMENTED, Files.readString(file));
    }

    @Test
    void listsTextsAndRatiosAreEditedInPlaceAddedAndTakenOut() throws IOException {
        Map<String, String> values = form();
        values.put("allergies", "egg, fish");            // flow list: one more item
        values.put("exclude_foods", "walnut");           // block list: one item fewer
        values.put("prescription.ratio", "3:1");         // quoted text, written as YAML needs it
        values.put("time_zone", "");                      // taken out
        values.put("prescription.fluid_ml", "1400");     // added after the last prescription field before it
        values.put("name", "Tom O'Test");
        assertEquals(303, save(values).status());
        String text = Files.readString(file);
        String expected = COMMENTED
                .replace("name: \"Tom Test\"", "name: Tom O'Test")
                .replace("time_zone: Europe/London\n", "")
                .replace("allergies: [egg]", "allergies: [egg, fish]")
                .replace("  - walnut   # the family's choice\n  - peanut\n", "  - walnut\n")
                .replace("ratio: \"4:1\"", "ratio: '3:1'")
                .replace("  carbs: net\n", "  carbs: net\n  fluid_ml: 1400\n");
        assertEquals(expected, text);
        Patient back = PatientFile.read(file);
        assertEquals(3.0, back.prescription().ratio());
        assertEquals("Tom O'Test", back.name());
        assertEquals(List.of("walnut"), back.excludeFoods());
    }

    @Test
    void aSettingChangedInTheBoxLosesOnlyItsOwnCommentsAndThePageSaysSo() throws IOException {
        Map<String, String> values = form();
        String box = values.get("other");
        assertTrue(box.contains("doses_per_day: 2"), box);
        values.put("other", box.replace("doses_per_day: 2", "doses_per_day: 3"));
        WebSession.Response r = save(values);
        assertEquals(303, r.status());
        String text = Files.readString(file);
        assertTrue(text.startsWith(COMMENTED.substring(0, COMMENTED.indexOf("medicines:"))), text);
        assertTrue(text.contains("doses_per_day: 3"), text);
        assertTrue(!text.contains("# checked with the pharmacist") && !text.contains("# levetiracetam"), text);
        assertEquals(Integer.valueOf(3), PatientFile.read(file).medicines().get(0).dosesPerDay());
        var page = Jsoup.parse(s.get(r.header("Location")).body());
        assertNotNull(page.selectFirst("p.alert"));
        assertEquals("The comments inside medicines were not kept: this setting was changed in the other settings "
                + "box and written again from it. Every other comment of the file was kept.",
                page.selectFirst("p.alert").text());
    }

    @Test
    void aFileSavedOnWindowsKeepsItsLineBreaks() throws IOException {
        Files.writeString(file, COMMENTED.replace("\n", "\r\n"));
        Map<String, String> values = form();
        values.put("weight_kg", "19.5");
        values.put("prescription.fluid_ml", "1400"); // a new line, with the file's own line break
        assertEquals(303, save(values).status());
        assertEquals(COMMENTED.replace("weight_kg: 18.0", "weight_kg: 19.5")
                .replace("  carbs: net\n", "  carbs: net\n  fluid_ml: 1400\n").replace("\n", "\r\n"),
                Files.readString(file));
    }

    @Test
    void aLayoutThatCannotBeEditedInPlaceIsWrittenAgainAndThePageSaysSo() throws IOException {
        // a prescription in braces (a flow mapping) is not edited in place: the file is rebuilt from the form
        Files.writeString(file, "# one comment\nname: Tom\nage_months: 60\nweight_kg: 18\n"
                + "prescription: {ratio: 4, kcal: 1200, protein_g: 20}\n");
        Map<String, String> values = form();
        values.put("prescription.ratio", "3");
        WebSession.Response r = save(values);
        assertEquals(303, r.status());
        assertEquals(3.0, PatientFile.read(file).prescription().ratio());
        assertTrue(!Files.readString(file).contains("# one comment"));
        assertEquals("The file's 1 comment was not kept: its layout could not be changed in place, so it was "
                + "written again from the form.", Jsoup.parse(s.get(r.header("Location")).body())
                .selectFirst("p.alert").text());
    }

    @Test
    void aBadValueWritesNothingAndKeepsTheClisMessageBesideTheField() throws IOException {
        Path cliFile = dir.resolve("cli.yaml");
        Files.writeString(cliFile, COMMENTED.replace("weight_kg: 18.0", "weight_kg: -3"));
        CliRun cli = CliRun.of("prescribe", "--patient", cliFile.toString());
        assertEquals(2, cli.code());
        Map<String, String> values = form();
        values.put("weight_kg", "-3");
        WebSession.Response r = save(values);
        assertEquals(400, r.status());
        assertEquals(COMMENTED, Files.readString(file));
        assertEquals(Fixtures.message(cli.errLines()[0]),
                Jsoup.parse(r.body()).getElementById("e-f-weight-kg").text());
    }
}
