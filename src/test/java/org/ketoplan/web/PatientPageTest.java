package org.ketoplan.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.ketoplan.cli.CliRun;
import org.ketoplan.prescription.Patient;
import org.ketoplan.prescription.PatientFile;
import org.junit.jupiter.api.Test;

/** The caseload and the patient form: the CLI's reader and messages, nothing written on bad input. */
class PatientPageTest extends ServedFolder {

    @Test
    void anEmptyFolderOffersTheExamplePatient() throws IOException {
        String page = s.get("/").body();
        assertTrue(page.contains("Add the example patient"), page);
        WebSession.Response r = s.post("/example");
        assertEquals(303, r.status());
        assertEquals("/p/example", r.header("Location"));
        try (var in = getClass().getClassLoader().getResourceAsStream("examples/example-infant.yaml")) {
            assertArrayEquals(in.readAllBytes(), Files.readAllBytes(dir.resolve("example/patient.yaml")));
        }
        String caseload = s.get("/").body();
        assertTrue(caseload.contains("Example Infant"));
        assertTrue(caseload.contains("9 months"));
        assertTrue(caseload.contains("8.0 kg"));
        assertTrue(caseload.contains("no plan yet"), "a patient without a plan needs attention");
    }

    @Test
    void theFormShowsTheFileAndTheTargetsWithTheirSources() {
        Fixtures.child(dir, "tom");
        String page = s.get("/p/tom").body();
        assertTrue(page.contains("value=\"Test Child\""));
        assertTrue(page.contains("value=\"18\""));
        // 300 kcal a meal at 4:1: 7.5 units, 30 g fat, protein + carbohydrate 7.5 g (5 + 2.5)
        assertTrue(page.contains("<th scope=\"row\">breakfast</th><td>meal</td><td>07:30</td><td class=\"num\">300.0</td>"),
                page);
        assertTrue(page.contains("<td class=\"num\">30.0</td>"));
        assertTrue(page.contains("<dt>fluid</dt>"), "the source of each default");
    }

    @Test
    void aBadValueGivesTheClisMessageBesideTheFieldAndNothingIsWritten() throws IOException {
        Path p = Fixtures.child(dir, "tom");
        byte[] before = Files.readAllBytes(p.resolve("patient.yaml"));
        for (String[] bad : new String[][] {{"weight_kg", "-8"}, {"weight_kg", "12,5"},
                {"prescription.ratio", "9"}}) {
            Path cliFile = dir.resolve("cli.yaml");
            String field = bad[0].replace("prescription.", "");
            Files.writeString(cliFile, Fixtures.CHILD.replaceFirst("(?m)^(\\s*)" + field + ": .*$",
                    "$1" + field + ": " + bad[1]));
            CliRun cli = CliRun.of("prescribe", "--patient", cliFile.toString());
            assertEquals(2, cli.code());
            String expected = Fixtures.message(cli.errLines()[0]);
            java.util.Map<String, String> form = new java.util.LinkedHashMap<>(java.util.Map.of("name",
                    "Test Child", "age_months", "60", "weight_kg", "18", "prescription.ratio", "4",
                    "prescription.kcal", "1200", "prescription.protein_g", "20"));
            form.put(bad[0], bad[1]);
            WebSession.Response r = s.post("/p/tom", form.entrySet().stream()
                    .flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue())).toArray(String[]::new));
            assertEquals(400, r.status());
            var doc = Jsoup.parse(r.body());
            String id = "e-f-" + bad[0].replace('.', '-').replace('_', '-');
            assertEquals(expected, doc.getElementById(id).text(), "beside " + bad[0]);
            assertArrayEquals(before, Files.readAllBytes(p.resolve("patient.yaml")));
        }
    }

    @Test
    void aFileThatReadsButDoesNotPrescribeShowsItsProblemWhenOpened() throws IOException {
        // the file parses, but a weight of -8 kg prescribes nothing: the form opens with the CLI's message beside
        // the weight, as the caseload names it, instead of an empty preview
        Path p = Fixtures.child(dir, "tom");
        Files.writeString(p.resolve("patient.yaml"), Fixtures.CHILD.replaceFirst("(?m)^(\\s*)weight_kg: .*$",
                "$1weight_kg: -8"));
        CliRun cli = CliRun.of("prescribe", "--patient", p.resolve("patient.yaml").toString());
        assertEquals(2, cli.code());
        var doc = Jsoup.parse(s.get("/p/tom").body());
        assertEquals(Fixtures.message(cli.errLines()[0]), doc.getElementById("e-f-weight-kg").text());
    }

    @Test
    void savingKeepsWhatTheFormDoesNotShow() throws IOException {
        Path p = Fixtures.child(dir, "tom");
        Files.writeString(p.resolve("patient.yaml"), Fixtures.CHILD + "# a comment\nmedicines:\n"
                + "  - {name: keppra syrup, carb_mg_per_dose: 120, doses_per_day: 2, times: [\"08:00\", \"20:00\"]}\n");
        String page = s.get("/p/tom").body();
        String other = Jsoup.parse(page).getElementById("f-other").text();
        assertTrue(other.contains("keppra syrup"), other);
        WebSession.Response r = s.post("/p/tom", "name", "Test Child", "age_months", "60", "weight_kg", "19.5",
                "prescription.ratio", "3:1", "prescription.kcal", "1200", "prescription.protein_g", "20",
                "other", other);
        assertEquals(303, r.status());
        Patient back = PatientFile.read(p.resolve("patient.yaml"));
        assertEquals(19.5, back.weightKg());
        assertEquals(3.0, back.prescription().ratio());
        assertEquals(1, back.medicines().size());
        assertEquals("keppra syrup", back.medicines().get(0).name());
        assertEquals(0, CliRun.of("prescribe", "--patient", p.resolve("patient.yaml").toString()).code());
    }

    @Test
    void thePreviewFollowsTheFormBeforeSaving() throws IOException {
        Path p = Fixtures.child(dir, "tom");
        WebSession.Response r = s.fetch("/p/tom/preview", "name", "Test Child", "age_months", "60",
                "weight_kg", "18", "prescription.ratio", "3", "prescription.kcal", "1000");
        assertEquals(200, r.status());
        // 1,000 kcal at 3:1, four meals of 250 kcal: 250 / (9 x 3 + 4) = 8.06 units, fat 24.2 g
        assertTrue(r.body().contains("<td class=\"num\">250.0</td>"), r.body());
        assertTrue(r.body().contains("<td class=\"num\">24.2</td>"), r.body());
        assertEquals(Fixtures.CHILD, Files.readString(p.resolve("patient.yaml")), "a preview writes nothing");
    }

    @Test
    void aNewPatientNeedsAFolderName() {
        WebSession.Response r = s.post("/new", "folder", "../x", "name", "A", "age_months", "60", "weight_kg",
                "18", "prescription.ratio", "3");
        assertEquals(400, r.status());
        assertTrue(r.body().contains("folder: &#39;../x&#39; is not a folder name")
                || r.body().contains("folder: '../x' is not a folder name"), r.body());
        assertFalse(Files.exists(dir.resolve("x")));
        assertEquals(303, s.post("/new", "folder", "anna", "name", "Anna", "age_months", "60", "weight_kg", "18",
                "prescription.ratio", "3").status());
        assertTrue(Files.exists(dir.resolve("anna/patient.yaml")));
    }

    @Test
    void theNewPatientFormStartsFromTheInitTemplateAndCreatesTheFolder() throws IOException {
        var form = Jsoup.parse(s.get("/new").body()).getElementById("patient-form");
        java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
        for (var e : form.select("input[name], select[name], textarea[name]")) {
            values.put(e.attr("name"), e.tagName().equals("textarea") ? e.wholeText()
                    : e.tagName().equals("select") ? e.select("option[selected]").val() : e.val());
        }
        assertTrue(values.get("other").contains("snacks"), values.get("other"));
        values.put("folder", "mia");
        values.put("name", "Mia");
        values.put("born", "");
        values.put("age_months", "60");
        values.put("weight_kg", "18");
        WebSession.Response r = s.post("/new", values.entrySet().stream()
                .flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue())).toArray(String[]::new));
        assertEquals(303, r.status(), r.body());
        assertEquals("Mia", PatientFile.read(dir.resolve("mia/patient.yaml")).name());
    }
}
