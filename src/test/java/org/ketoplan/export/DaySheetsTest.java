package org.ketoplan.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.ketoplan.plan.Plan;
import org.ketoplan.plan.PlanDay;
import org.ketoplan.plan.PlannedFood;
import org.ketoplan.plan.PlannedMeal;
import org.junit.jupiter.api.Test;

class DaySheetsTest {
    static byte[] pdf(Plan plan, List<PlanDay> days, Paper paper) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DaySheets.write(plan, days, paper, out);
        return out.toByteArray();
    }

    static String text(PDDocument doc, int page) throws Exception {
        PDFTextStripper s = new PDFTextStripper();
        s.setStartPage(page);
        s.setEndPage(page);
        return s.getText(doc).replaceAll("[ \\t]+", " ");
    }

    /**
     * Renders every page at 40 dpi and asserts the strips within {@code strip} points of each edge are white:
     * nothing was drawn into the margins (they are 42.5 pt; the check leaves 2 pt of slack for antialiasing).
     */
    static void assertMarginsBlank(PDDocument doc, String name) throws Exception {
        PDFRenderer r = new PDFRenderer(doc);
        float dpi = 40;
        int strip = (int) Math.floor((PdfCanvas.MARGIN - 2) * dpi / 72);
        for (int p = 0; p < doc.getNumberOfPages(); p++) {
            BufferedImage img = r.renderImageWithDPI(p, dpi);
            if (p == 0) {
                ImageIO.write(r.renderImageWithDPI(p, 100), "png", Path.of("target", name + ".png").toFile());
            }
            for (int y = 0; y < img.getHeight(); y++) {
                for (int x = 0; x < img.getWidth(); x++) {
                    boolean margin = x < strip || y < strip || x >= img.getWidth() - strip
                            || y >= img.getHeight() - strip;
                    if (margin) {
                        assertEquals(0xFFFFFF, img.getRGB(x, y) & 0xFFFFFF,
                                "page " + (p + 1) + " has ink in the margin at " + x + "," + y);
                    }
                }
            }
        }
    }

    @Test
    void aFourMealDayFitsOnOnePageOfEitherPaper() throws Exception {
        Plan plan = PlanFixtures.days(28);
        for (Paper paper : Paper.values()) {
            try (PDDocument doc = Loader.loadPDF(pdf(plan, plan.days(), paper))) {
                assertEquals(28, doc.getNumberOfPages(), paper.name());
            }
        }
    }

    @Test
    void onePagePerDayWithEveryFoodAndItsAmount() throws Exception {
        Plan plan = PlanFixtures.days(28);
        try (PDDocument doc = Loader.loadPDF(pdf(plan, plan.days(), Paper.A4))) {
            assertEquals(28, doc.getNumberOfPages());
            // the text as read, each wrapped name joined up again
            String first = text(doc, 1).replaceAll("\\s+", " ");
            assertTrue(first.contains("Example Baby"), first);
            assertTrue(first.contains("Tuesday 1 December 2026"), first);
            assertTrue(first.contains("07:30 Breakfast"), first);
            assertTrue(first.contains("Egg, yolk, raw, fresh"), first);
            assertTrue(first.contains("15 g"), first);
            assertTrue(first.contains("70 g"), first);
            assertTrue(first.contains("KetoCal 4:1 LQ, ready to drink (Nutricia) 68 ml"), first);
            assertTrue(first.contains("Crème fraîche, full fat (Ελληνικό)"), first);
            assertTrue(first.contains("08:00 Levetiracetam syrup"), first);
            assertTrue(first.contains("20:00 Levetiracetam syrup"), first);
            assertTrue(first.contains("Seizures"), first);
            assertTrue(first.contains("Ketones"), first);
            assertTrue(first.contains("How to: Whisk the yolk into the cream."), first);
            assertTrue(first.contains("Fluid 950 ml in all today. Meals and feeds give 147 ml: give about 803 ml more"),
                    first);
            assertTrue(text(doc, 28).contains("(2026-12-28)"));
        }
    }

    @Test
    void nothingIsDrawnIntoTheMarginsOnA4OrLetter() throws Exception {
        Plan plan = PlanFixtures.days(2);
        for (Paper paper : Paper.values()) {
            try (PDDocument doc = Loader.loadPDF(pdf(plan, plan.days(), paper))) {
                assertMarginsBlank(doc, "day-sheet-" + paper.name().toLowerCase());
            }
        }
    }

    @Test
    void amountsAreShownAtThePlansStep() throws Exception {
        // at a 0.1 g scale 12.5 g of butter prints as "12.5 g", and 20 g as "20 g" (no trailing zero)
        PlannedMeal meal = PlanFixtures.meal("breakfast", "07:30", null, "Butter and cream", List.of(),
                PlanFixtures.target(300, 30, 4.5, 3), PlanFixtures.item(PlanFixtures.BUTTER, 12.5),
                PlanFixtures.item(PlanFixtures.CREAM, 20));
        Plan plan = PlanFixtures.plan(List.of(PlanFixtures.day(PlanFixtures.START, List.of(meal))), 0.1);
        try (PDDocument doc = Loader.loadPDF(pdf(plan, plan.days(), Paper.A4))) {
            String t = text(doc, 1);
            assertTrue(t.contains("Butter, salted 12.5 g"), t);
            assertTrue(t.contains("Cream, fluid, heavy whipping 20 g"), t);
        }
    }

    @Test
    void aDayTooLongForNormalTypeIsDrawnCompactOnOnePage() throws Exception {
        // four meals of four foods (the chicken's name wraps), each with two lines of directions: more than an A4 page at the normal
        // sizes (18 pt rows), within one page at the compact ones (15.5 pt rows), seizure record included
        List<PlannedMeal> meals = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            meals.add(PlanFixtures.meal("meal " + (i + 1), String.format("%02d:00", 7 + 4 * i), null,
                    "Chicken, broccoli and cream with butter and oil",
                    List.of("Steam the broccoli until soft and purée it with the cream.",
                            "Stir in the butter and oil, then the finely chopped chicken; serve warm."),
                    PlanFixtures.target(160, 16, 2.4, 1.6), PlanFixtures.item(PlanFixtures.CHICKEN, 8),
                    PlanFixtures.item(PlanFixtures.BROCCOLI, 20), PlanFixtures.item(PlanFixtures.CREAM, 25),
                    PlanFixtures.item(PlanFixtures.BUTTER, 6)));
        }
        Plan plan = PlanFixtures.plan(List.of(PlanFixtures.day(PlanFixtures.START, meals)), 1);
        try (PDDocument doc = Loader.loadPDF(pdf(plan, plan.days(), Paper.A4))) {
            assertEquals(1, doc.getNumberOfPages());
            String t = text(doc, 1);
            assertTrue(t.contains("Meal 4"), t);
            assertTrue(t.contains("Seizures") && t.contains("Ketones"), t);
            assertMarginsBlank(doc, "day-sheet-compact");
        }
    }

    @Test
    void aSeasoningShowsItsOwnAmountNotTheScaleStep() throws Exception {
        // a 0.2 g pinch of cinnamon is not counted and not weighed to the 1 g step: it prints as "0.2 g", not "0 g"
        PlannedFood pinch = new PlannedFood("02010", "Spices, cinnamon, ground", 0.2, org.ketoplan.food.Basis.GRAM, false, 0, 0, 0, 0);
        PlannedMeal base = PlanFixtures.meal("breakfast", "07:30", null, "Custard", List.of(),
                PlanFixtures.target(300, 30, 4.5, 3), PlanFixtures.item(PlanFixtures.CREAM, 20));
        List<PlannedFood> foods = new ArrayList<>(base.foods());
        foods.add(pinch);
        PlannedMeal meal = new PlannedMeal(base.slot(), base.time(), null, base.recipeName(), List.of(),
                base.target(), foods, base.totals(), base.withinTolerance());
        Plan plan = PlanFixtures.plan(List.of(PlanFixtures.day(PlanFixtures.START, List.of(meal))), 1);
        try (PDDocument doc = Loader.loadPDF(pdf(plan, plan.days(), Paper.A4))) {
            String t = text(doc, 1);
            assertTrue(t.contains("0.2 g eaten"), t);
            assertFalse(t.contains("\n0 g"), t);
        }
    }

    @Test
    void aDayThatDoesNotFitContinuesOnASecondPageWithLongNamesWrapped() throws Exception {
        String longName = "Cheese, cottage, creamed, large or small curd, with fruit, as served at the "
                + "hospital's ketogenic kitchen on Tuesdays and Thursdays only, very long name indeed";
        org.ketoplan.plan.PlanFood odd = new org.ketoplan.plan.PlanFood("odd", longName, org.ketoplan.food.Basis.GRAM,
                PlanFixtures.CREAM.per100());
        List<PlannedMeal> meals = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            meals.add(PlanFixtures.meal("feed " + (i + 1), String.format("%02d:00", 6 + 2 * i), null,
                    "A feed with a long recipe name that needs to wrap onto a second line on the sheet " + i,
                    List.of("Mix well.", "Serve warm, not hot; test a drop on the wrist first."),
                    PlanFixtures.target(100, 10, 1.5, 1), PlanFixtures.item(odd, 10),
                    PlanFixtures.item(PlanFixtures.CREAM, 20), PlanFixtures.item(PlanFixtures.BUTTER, 5)));
        }
        Plan plan = PlanFixtures.plan(List.of(PlanFixtures.day(PlanFixtures.START, meals)), 1, odd);
        try (PDDocument doc = Loader.loadPDF(pdf(plan, plan.days(), Paper.LETTER))) {
            assertTrue(doc.getNumberOfPages() >= 2, "pages: " + doc.getNumberOfPages());
            String second = text(doc, 2);
            assertTrue(second.contains("(continued)"), second);
            assertTrue(second.contains("page 2 of " + doc.getNumberOfPages()), second);
            String all = new PDFTextStripper().getText(doc);
            assertTrue(all.contains("Feed 8"), all);
            assertTrue(all.replaceAll("\\s+", " ").contains("very long name indeed"), all);
            assertMarginsBlank(doc, "day-sheet-long");
        }
    }

    @Test
    void aCharacterTheFontLacksBecomesAQuestionMarkInsteadOfFailing() throws Exception {
        org.ketoplan.plan.PlanFood odd = new org.ketoplan.plan.PlanFood("tofu", "Tofu \u8C46\u8150 silken", org.ketoplan.food.Basis.GRAM,
                PlanFixtures.CREAM.per100());
        PlannedMeal meal = PlanFixtures.meal("lunch", "12:00", null, "Tofu", List.of(),
                PlanFixtures.target(100, 10, 1.5, 1), PlanFixtures.item(odd, 10));
        Plan plan = PlanFixtures.plan(List.of(PlanFixtures.day(PlanFixtures.START, List.of(meal))), 1, odd);
        try (PDDocument doc = Loader.loadPDF(pdf(plan, plan.days(), Paper.A4))) {
            assertTrue(text(doc, 1).contains("Tofu ?? silken"));
        }
        Files.createDirectories(Path.of("target"));
    }
}
