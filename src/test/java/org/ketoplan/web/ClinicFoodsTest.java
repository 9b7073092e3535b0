package org.ketoplan.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.ketoplan.cli.CliRun;
import org.junit.jupiter.api.Test;

/** The clinic's foods: the page, the upload (strict reader, clashes, no overwrite, size) and every page using them. */
class ClinicFoodsTest extends ServedFolder {
    /**
     * Two clinic foods. Almond bread per 100 g: fat 45, protein 18, net carbohydrate 6 - 4 fibre = 2, ratio
     * 45 / (18 + 2) = 2.25:1, 520 kcal as stated. The custard base states no kcal: 40 x 9 + 4 x 4 + 2 x 4 = 384, ratio
     * 40 / (4 + 2) = 6.67:1, and no allergens: unknown.
     */
    static final String FOODS = """
            foods:
              - id: clinic-almond-bread
                name: Almond bread (clinic recipe)
                per_100g: {kcal: 520, fat_g: 45.0, protein_g: 18.0, carbohydrate_g: 6.0, fibre_g: 4.0}
                measures: [{name: slice, grams: 30}]
                source: clinic kitchen, 2026
                allergens: [tree nuts, egg]
              - id: clinic-custard-base
                name: MCT custard base (clinic)
                per_100g: {fat_g: 40, protein_g: 4, carbohydrate_g: 2}
                source: clinic kitchen, 2026
            """;

    private WebSession.Response upload(String name, String text, String... fields) {
        return s.upload("/clinic-foods/upload", "file", name, text.getBytes(StandardCharsets.UTF_8), fields);
    }

    private static Element row(Document d, String id) {
        for (Element th : d.select("th[scope=row]")) {
            if (th.text().equals(id)) {
                return th.parent();
            }
        }
        throw new AssertionError("no row " + id + " in " + d.text());
    }

    @Test
    void anUploadedFileIsWrittenListedAndUsedByEveryPage() throws Exception {
        assertTrue(s.get("/").body().contains("href=\"/clinic-foods\""), "the caseload links to the foods page");
        WebSession.Response r = upload("Clinic Foods.yaml", FOODS);
        assertEquals(303, r.status(), r.body());
        Path file = dir.resolve("foods/clinic-foods.yaml");
        assertArrayEquals(FOODS.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file), "written as uploaded");
        Document d = Jsoup.parse(s.get(r.header("Location").replace("+", "%20")).body());
        assertTrue(d.text().contains("Saved foods/clinic-foods.yaml: 2 foods"), d.text());
        Element bread = row(d, "clinic-almond-bread");
        assertEquals("Almond bread (clinic recipe) per 100 g 45.0 18.0 2.0 520 2.25:1 egg, tree nuts clinic kitchen, 2026",
                bread.select("td").text());
        Element base = row(d, "clinic-custard-base");
        assertEquals("384", base.child(6).text());
        assertEquals("6.67:1", base.child(7).text());
        assertEquals("unknown", base.child(8).text());
        assertTrue(d.text().contains("not give it to a child with any allergy"), "the page says what unknown means");

        // the builder's search and its checks: 30 g of almond bread = 13.5 g fat, 5.4 g protein, 0.6 g net carb
        assertTrue(s.get("/foods?q=almond+bread").body().contains("clinic-almond-bread"));
        Fixtures.child(dir, "tom");
        Document b = Jsoup.parse(s.fetch("/p/tom/meal/check", "slot", "breakfast", "food", "clinic-almond-bread",
                "amount", "30").body());
        Element tr = b.getElementById("amount-clinic-almond-bread").closest("tr");
        assertEquals("13.5", tr.child(3).text());
        assertEquals("5.4", tr.child(4).text());
        assertEquals("0.6", tr.child(5).text());
    }

    @Test
    void aClinicFoodMeetsTheChildsAllergyRulesInTheBuilder() throws Exception {
        assertEquals(303, upload("clinic.yaml", FOODS).status());
        Fixtures.child(dir, "tom");
        Files.writeString(dir.resolve("tom/patient.yaml"), Files.readString(dir.resolve("tom/patient.yaml"))
                + "allergies: [egg]\n");
        // the almond bread declares egg; the custard base declares nothing, so it is not known to be free of egg:
        // Solve refuses each with the safety policy's words, as meal --patient does for a shipped food
        java.util.Map<String, String> expected = java.util.Map.of(
                "clinic-almond-bread", "clinic-almond-bread (Almond bread (clinic recipe)) contains egg, to which the "
                        + "child is allergic",
                "clinic-custard-base", "not known to be free of egg");
        expected.forEach((food, words) -> {
            String said = Jsoup.parse(s.fetch("/p/tom/meal/solve", "slot", "breakfast", "food", food, "amount", "0",
                    "food", "01053", "amount", "0").body()).text();
            assertTrue(said.contains(words), food + ": " + said);
            assertFalse(said.contains("Every band holds"), "nothing composed with " + food);
        });
    }

    /**
     * The message {@code food show --foods FILE} gives for {@code content} (after "FILE:"), checked to be what the
     * upload of the same content as {@code name} says after "foods/NAME:", with nothing written.
     */
    private String cliAndUploadSay(String name, String content) throws Exception {
        Path cliFile = Files.createDirectories(dir.resolve("cli")).resolve(name);
        Files.writeString(cliFile, content);
        CliRun cli = CliRun.of("food", "show", "01053", "--foods", cliFile.toString());
        assertEquals(2, cli.code());
        String said = cli.err().strip().replace("error: " + cliFile + ":", "");
        WebSession.Response r = upload(name, content);
        assertEquals(400, r.status());
        assertEquals("Not saved: foods/" + name + ":" + said, Jsoup.parse(r.body()).getElementById("upload-problem")
                .text());
        assertFalse(Files.exists(dir.resolve("foods/" + name)), "nothing written");
        return said;
    }

    @Test
    void aBadLineGivesTheClisMessageAndWritesNothing() throws Exception {
        // line 10 is the custard base's per_100g
        assertEquals("10: foods[1].per_100g.fat_g: must not be negative (-1)", cliAndUploadSay("bad.yaml",
                FOODS.replace("fat_g: 40,", "fat_g: -1,")));
    }

    @Test
    void anIdTakenByAShippedFoodOrAnotherClinicFileIsRefusedAsTheCliRefusesIt() throws Exception {
        // line 8 is the second food's id
        assertEquals("8: food id '01053' is already taken by the USDA table; choose another id",
                cliAndUploadSay("cream.yaml", FOODS.replace("clinic-custard-base", "01053")));

        assertEquals(303, upload("a.yaml", FOODS).status());
        WebSession.Response r = upload("b.yaml", FOODS);
        assertEquals(400, r.status());
        assertEquals("Not saved: foods/b.yaml:2: food id 'clinic-almond-bread' is already taken by foods/a.yaml:2; "
                + "choose another id", Jsoup.parse(r.body()).getElementById("upload-problem").text());
        assertFalse(Files.exists(dir.resolve("foods/b.yaml")));
        // the command line reading the same folder says the same
        Files.writeString(dir.resolve("foods/b.yaml"), FOODS);
        CliRun cli = CliRun.of("food", "show", "01053", "--foods", dir.resolve("foods").toString());
        assertEquals("error: " + dir.resolve("foods/b.yaml") + ":2: food id 'clinic-almond-bread' is already taken by "
                + dir.resolve("foods/a.yaml") + ":2; choose another id", cli.err().strip());
    }

    @Test
    void anExistingFileIsReplacedOnlyWhenAsked() throws Exception {
        assertEquals(303, upload("clinic.yaml", FOODS).status());
        String changed = FOODS.replace("MCT custard base (clinic)", "MCT custard base, new label");
        WebSession.Response r = upload("clinic.yaml", changed);
        assertEquals(400, r.status());
        assertTrue(r.body().contains("foods/clinic.yaml exists already"), r.body());
        assertEquals(FOODS, Files.readString(dir.resolve("foods/clinic.yaml")), "not replaced");
        assertEquals(303, upload("clinic.yaml", changed, "replace", "yes").status());
        assertEquals(changed, Files.readString(dir.resolve("foods/clinic.yaml")));
        assertTrue(s.get("/foods?q=custard+base").body().contains("new label"), "the pages use the new file");
    }

    @Test
    void aFileOverOneMegabyteIsRefused() {
        // a valid file padded with a YAML comment to 1 MB + 1 byte
        StringBuilder big = new StringBuilder(FOODS);
        big.append('#');
        while (big.length() <= (1 << 20)) {
            big.append('x');
        }
        WebSession.Response r = upload("big.yaml", big.toString());
        assertEquals(400, r.status());
        assertTrue(r.body().contains("more than the 1024 KB a foods file may be; nothing was written"), r.body());
        assertFalse(Files.exists(dir.resolve("foods/big.yaml")));
        assertTrue(s.get("/clinic-foods").body().contains("At most 1024 KB"), "the page states the limit");
    }

    @Test
    void aFileAddedOrChangedByHandIsNoticedWithoutARestart() throws Exception {
        assertFalse(s.get("/foods?q=custard+base").body().contains("clinic-custard-base"));
        Files.createDirectories(dir.resolve("foods"));
        Files.writeString(dir.resolve("foods/hand.yaml"), FOODS);
        assertTrue(s.get("/foods?q=custard+base").body().contains("clinic-custard-base"), "a new file is read");
        Files.writeString(dir.resolve("foods/hand.yaml"), FOODS.replace("MCT custard base (clinic)",
                "MCT custard base, edited by hand"));
        assertTrue(s.get("/foods?q=custard+base").body().contains("edited by hand"), "a changed file is read again");
        Files.writeString(dir.resolve("foods/hand.yaml"), FOODS.replace("fat_g: 40,", "fat_g: -1,"));
        String page = Jsoup.parse(s.get("/clinic-foods").body()).text();
        assertTrue(page.contains("foods/hand.yaml:10: foods[1].per_100g.fat_g: must not be negative (-1)"), page);
    }
}
