package org.ketoplan.diary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ketoplan.plan.Plan;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fixture's four weeks (see {@link DiaryFixture}), every figure worked out by hand. */
class AdherenceTest {
    private static final double EPS = 1e-9;

    @TempDir
    Path dir;

    private Plan plan;
    private AdherenceReport report;

    @BeforeEach
    void computeTheReport() {
        plan = DiaryFixture.plan();
        DiaryFixture.writeDiary(dir);
        Compositions foods = new Compositions(plan, DiaryFixture.database());
        report = AdherenceCalculator.report(plan, Diary.read(dir, plan, foods), foods, AdherenceOptions.defaults());
    }

    @Test
    void periodRunsFromThePlanStartToTheLastDayLogged() {
        // days.csv runs to day 28 (2026-02-01), the plan's last day
        assertEquals(DiaryFixture.day(1), report.from());
        assertEquals(DiaryFixture.day(28), report.to());
        assertEquals(28, report.days().size());
        assertFalse(report.nothingLogged());
        assertEquals(List.of(), report.skipped());
    }

    @Test
    void periodAdherenceAndLoggedShare() {
        // planned 28 x 3 = 84. Logged: week 1 21, week 2 21, week 3 4 x 3 + 3 x 1 = 15, week 4 3 -> 60.
        // Adherent: week 1 21; week 2 14 (the 80 % dinners: 198.4 kcal = 80 % < 90 %); week 3 15; week 4 1 (the
        // dinner of day 22) -> 51. 51 / 84 = 60.714 %; 60 / 84 = 71.429 %.
        AdherenceReport.Summary p = report.period();
        assertEquals(84, p.plannedMeals());
        assertEquals(60, p.loggedMeals());
        assertEquals(51, p.adherentMeals());
        assertEquals(51 * 100.0 / 84, p.adherencePct(), EPS);
        assertEquals(60 * 100.0 / 84, p.loggedPct(), EPS);
    }

    @Test
    void weeklyAdherenceLoggedAndSeizures() {
        List<AdherenceReport.Week> w = report.weeks();
        assertEquals(4, w.size());
        // week 1: 21/21 adherent; 4 seizures a day; baseline 6 -> (4 - 6) / 6 = -33.3 %, not a responder
        assertEquals(100, w.get(0).summary().adherencePct(), EPS);
        assertEquals(100, w.get(0).summary().loggedPct(), EPS);
        assertEquals(4, w.get(0).summary().seizuresPerDay(), EPS);
        assertEquals(-100.0 / 3, w.get(0).summary().seizureChangePct(), EPS);
        assertFalse(w.get(0).summary().responder());
        // week 2: 14/21 = 66.667 %, logged 100 %; 3 a day -> -50 %: exactly half counts as a responder week
        assertEquals(14 * 100.0 / 21, w.get(1).summary().adherencePct(), EPS);
        assertEquals(100, w.get(1).summary().loggedPct(), EPS);
        assertEquals(-50, w.get(1).summary().seizureChangePct(), EPS);
        assertTrue(w.get(1).summary().responder());
        // week 3: 15/21 adherent and logged; seizures (4 x 2 + 3 x 4) / 7 = 20/7 = 2.857; (20/7 - 6) / 6 = -52.4 %
        assertEquals(15 * 100.0 / 21, w.get(2).summary().adherencePct(), EPS);
        assertEquals(15 * 100.0 / 21, w.get(2).summary().loggedPct(), EPS);
        assertEquals(20.0 / 7, w.get(2).summary().seizuresPerDay(), EPS);
        assertEquals((20.0 / 7 - 6) / 6 * 100, w.get(2).summary().seizureChangePct(), EPS);
        assertTrue(w.get(2).summary().responder());
        // week 4: 1/21 adherent, 3/21 logged; seizures (5 + 6 x 2) / 7 = 17/7
        assertEquals(100.0 / 21, w.get(3).summary().adherencePct(), EPS);
        assertEquals(300.0 / 21, w.get(3).summary().loggedPct(), EPS);
        assertEquals(17.0 / 7, w.get(3).summary().seizuresPerDay(), EPS);
        assertEquals(List.of(2, 3, 4), report.seizures().responderWeeks());
        // period: (28 + 21 + 20 + 17) / 28 = 86/28 = 3.071 a day; (86/28 - 6) / 6 = -48.8 %: not a responder
        assertEquals(86.0 / 28, report.period().seizuresPerDay(), EPS);
        assertEquals((86.0 / 28 - 6) / 6 * 100, report.period().seizureChangePct(), EPS);
        assertFalse(report.period().responder());
    }

    @Test
    void baselineIsTheMeanOfTheDaysBeforeTheStartUnlessGiven() {
        // 7 days of 6 seizures before 2026-01-05
        assertEquals(6, report.seizures().baselinePerDay(), EPS);
        assertEquals("diary: mean of 7 days before the plan's start", report.seizures().baselineSource());
        Compositions foods = new Compositions(plan, DiaryFixture.database());
        AdherenceReport given = AdherenceCalculator.report(plan, Diary.read(dir, plan, foods), foods,
                AdherenceOptions.defaults().baseline(8.0));
        // week 1: (4 - 8) / 8 = -50 % -> now a responder week too
        assertEquals(-50, given.weeks().get(0).summary().seizureChangePct(), EPS);
        assertEquals(List.of(1, 2, 3, 4), given.seizures().responderWeeks());
    }

    @Test
    void otherFactorsByWeek() {
        List<AdherenceReport.Week> w = report.weeks();
        // ill days 19-21 fall in week 3
        assertEquals(List.of(0, 0, 3, 0), w.stream().map(AdherenceReport.Week::daysIll).toList());
        assertEquals(11, w.get(0).sleepHours(), EPS);
        assertEquals(10, w.get(1).sleepHours(), EPS);
        assertEquals(9, w.get(2).sleepHours(), EPS);
        assertNull(w.get(3).sleepHours());
        // weight: 8.0 before the start; 8.1 (day 7) - 8.0 = +0.1; 8.2 - 8.1 = +0.1; none in week 3; 8.1 - 8.2 = -0.1
        assertEquals(0.1, w.get(0).weightChangeKg(), 1e-9);
        assertEquals(0.1, w.get(1).weightChangeKg(), 1e-9);
        assertNull(w.get(2).weightChangeKg());
        assertEquals(-0.1, w.get(3).weightChangeKg(), 1e-9);
    }

    @Test
    void ketoneShareInRangeAndWeeklyMeans() {
        // readings 7 + 7 + 7 + 1 = 22; in 2-5 mmol/L: week 1 none (1.5), week 2 all 7 (3.0), week 3 the 4 of 4.0
        // (not the 3 of 5.5), week 4 the 2.0 (ends included) -> 12; 12 / 22 = 54.545 %
        AdherenceReport.Ketones k = report.ketones();
        assertEquals(22, k.bloodReadings());
        assertEquals(12, k.inRange());
        assertEquals(1200.0 / 22, k.inRangePct(), EPS);
        // mean (7 x 1.5 + 7 x 3 + 4 x 4 + 3 x 5.5 + 2) / 22 = (10.5 + 21 + 16 + 16.5 + 2) / 22 = 66 / 22 = 3
        assertEquals(3, k.bloodMeanMmol(), EPS);
        // week 3: (16 + 16.5) / 7 = 4.642857
        assertEquals(32.5 / 7, report.weeks().get(2).ketonesMeanMmol(), EPS);
        assertEquals(4, report.weeks().get(2).ketonesInRange());
        // urine: small on days 1-3 and day 8 ("1.5" mmol/L is the small level), moderate days 4-7, large day 9
        assertEquals(Map.of("negative", 0, "trace", 0, "small", 4, "moderate", 4, "large", 1), k.urine());
    }

    @Test
    void dayFiguresAgainstThePrescription() {
        AdherenceReport.Day d8 = report.days().get(7);
        // breakfast + lunch: fat 48, protein 8, carb 8; dinner at 80 %: oil 16 + egg 32 -> fat 19.2, protein 3.2;
        // berry 32 g -> net carb 3.2. Day fat 67.2, protein 11.2, carb 11.2: kcal 604.8 + 44.8 + 44.8 = 694.4
        // = 93.333 % of 744; protein 11.2 / 12 = 93.333 %; ratio 67.2 / 22.4 = 3
        assertEquals(694.4 / 744 * 100, d8.kcalPct(), EPS);
        assertEquals(11.2 / 12 * 100, d8.proteinPct(), EPS);
        assertEquals(3, d8.ratio(), EPS);
        assertEquals(2, d8.adherentMeals());
        assertEquals(2 * 100.0 / 3, d8.adherencePct(), EPS);

        AdherenceReport.Day d22 = report.days().get(21);
        // breakfast + 10 g biscuit: fat 26, protein 4.5, carb 11: kcal 234 + 18 + 44 = 296 = 119.4 % of 248 (out)
        // and ratio 26 / 15.5 = 1.68 (< 2.85); lunch refused (0 kcal, logged); dinner as planned (adherent).
        // Day: fat 50, protein 8.5, carb 15: kcal 450 + 34 + 60 = 544 = 73.118 %; protein 70.833 %; carb 125 %;
        // ratio 50 / 23.5 = 2.128; off-plan carbohydrate 7 g
        assertEquals(3, d22.loggedMeals());
        assertEquals(1, d22.adherentMeals());
        assertEquals(544.0 / 744 * 100, d22.kcalPct(), EPS);
        assertEquals(8.5 / 12 * 100, d22.proteinPct(), EPS);
        assertEquals(125, d22.carbPct(), EPS);
        assertEquals(50 / 23.5, d22.ratio(), EPS);
        assertEquals(7, d22.offPlanCarbG(), EPS);
        AdherenceReport.Meal breakfast = d22.meals().get(0);
        assertEquals(296, breakfast.kcal(), EPS);
        assertFalse(breakfast.adherent());
        assertTrue(d22.meals().get(1).logged());
        assertEquals(0, d22.meals().get(1).kcal(), EPS);

        AdherenceReport.Day d23 = report.days().get(22);
        // nothing logged: no intake figures, every meal counts as not adherent
        assertEquals(0, d23.loggedMeals());
        assertNull(d23.kcalPct());
        assertEquals(0, d23.adherencePct(), EPS);
        assertEquals(2, d23.seizures());
    }

    @Test
    void spearmanOverTheDaysWithMealsAndSeizureCounts() {
        // Days 1-22 have a meal logged and a count (22 >= 14). Adherence %: days 1-7 and 15-18 100 (11 days),
        // 8-14 66.7 (7), 19-22 33.3 (4). Average ranks: 33.3 -> 2.5, 66.7 -> 8, 100 -> 17.
        // Seizures: 2 (days 15-18) -> 2.5; 3 (8-14) -> 8; 4 (1-7, 19-21; 10 days) -> ranks 12-21 = 16.5; 5 (day 22) -> 22.
        // Pearson on ranks, mean 11.5: pairs (dx, dy) = days 1-7 (5.5, 5) x7, 8-14 (-3.5, -3.5) x7,
        // 15-18 (5.5, -9) x4, 19-21 (-9, 5) x3, 22 (-9, 10.5) x1.
        // sum dx dy = 192.5 + 85.75 - 198 - 135 - 94.5 = -149.25
        // sum dx^2 = 11 x 30.25 + 7 x 12.25 + 4 x 81 = 742.5; sum dy^2 = 10 x 25 + 7 x 12.25 + 4 x 81 + 110.25 = 770
        // rho = -149.25 / sqrt(742.5 x 770) = -0.1974
        AdherenceReport.Correlation c = report.correlation();
        assertEquals(22, c.days());
        assertEquals(-149.25 / Math.sqrt(742.5 * 770), c.spearmanRho(), 1e-12);
        assertTrue(c.note().contains("not proof of cause"), c.note());
    }

    @Test
    void spearmanWithTiesOnASmallSetByHand() {
        // x = 10, 20, 30, 40, 50 -> ranks 1..5; y = 3, 1, 2, 2, 0 -> ranks 5, 2, 3.5, 3.5, 1 (the two 2s share 3, 4)
        // dx = -2, -1, 0, 1, 2; dy = 2, -1, 0.5, 0.5, -2; sum dx dy = -4 + 1 + 0 + 0.5 - 4 = -6.5
        // sum dx^2 = 10; sum dy^2 = 4 + 1 + 0.25 + 0.25 + 4 = 9.5; rho = -6.5 / sqrt(95) = -0.6669
        List<double[]> pairs = List.of(new double[] {10, 3}, new double[] {20, 1}, new double[] {30, 2},
                new double[] {40, 2}, new double[] {50, 0});
        assertEquals(-6.5 / Math.sqrt(95), AdherenceCalculator.spearman(pairs), 1e-12);
        // a constant series has no rank correlation
        assertNull(AdherenceCalculator.spearman(List.of(new double[] {1, 2}, new double[] {2, 2},
                new double[] {3, 2})));
    }

    @Test
    void tooFewDaysForACorrelationIsSaid() {
        Compositions foods = new Compositions(plan, DiaryFixture.database());
        // days 1-10: 10 days < 14
        AdherenceReport r = AdherenceCalculator.report(plan, Diary.read(dir, plan, foods), foods,
                AdherenceOptions.defaults().period(DiaryFixture.day(1), DiaryFixture.day(10)));
        assertNull(r.correlation().spearmanRho());
        assertEquals(10, r.correlation().days());
        assertTrue(r.correlation().note().startsWith("too few days: 10 days"), r.correlation().note());
        // the period's weeks: week 1 whole, week 2 days 8-10 only (6 of 9 meals adherent)
        assertEquals(2, r.weeks().size());
        assertEquals(6 * 100.0 / 9, r.weeks().get(1).summary().adherencePct(), EPS);
    }
}
