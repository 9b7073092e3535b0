package org.ketoplan.diary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ketoplan.plan.Plan;

/** The committed four weeks of a child with spasm clusters ({@link SpasmsDiary}), every figure worked by hand. */
class SpasmsDiaryTest {
    private static final double EPS = 1e-9;

    @TempDir
    Path dir;

    private AdherenceReport report;

    @BeforeEach
    void computeTheReport() throws Exception {
        Plan plan = DiaryFixture.plan();
        SpasmsDiary.copyTo(dir);
        Compositions foods = new Compositions(plan, DiaryFixture.database());
        Diary diary = Diary.read(dir, plan, foods);
        assertEquals(List.of(), diary.problems());
        report = AdherenceCalculator.report(plan, diary, foods, AdherenceOptions.defaults());
    }

    @Test
    void clustersOrSeizuresPerDayWeekByWeek() {
        List<AdherenceReport.Week> w = report.weeks();
        // baseline: days -6..-4 counted 12, days -3..0 twelve clusters: 12 a day over 7 days
        assertEquals(12, report.seizures().baselinePerDay(), EPS);
        assertEquals("diary: mean of 7 days before the plan's start", report.seizures().baselineSource());
        // spasms before the diet: 12 x 8 = 96 on each of the 4 days with clusters
        assertEquals(96, report.seizures().baselineSpasmsPerDay(), EPS);
        // week 1: 12 + 11 + 10 + 9 + 8 + 6 + 5 = 61 clusters / 7 = 8.714; (61/7 - 12) / 12 = -27.4 %
        assertEquals(61.0 / 7, w.get(0).summary().seizuresPerDay(), EPS);
        assertEquals((61.0 / 7 - 12) / 12 * 100, w.get(0).summary().seizureChangePct(), EPS);
        assertFalse(w.get(0).summary().responder());
        // spasms: 61 x 8 = 488 / 7 = 69.714
        assertEquals(488.0 / 7, w.get(0).summary().spasmsPerDay(), EPS);
        // week 2: 5 a day on every day: events 5, 5, (day 10 counted 5), 5, 4 clusters + 1 other, 5, 5
        // -> 35 / 7 = 5; (5 - 12) / 12 = -58.3 %: a responder week
        assertEquals(5, w.get(1).summary().seizuresPerDay(), EPS);
        assertEquals(-700.0 / 12, w.get(1).summary().seizureChangePct(), EPS);
        assertTrue(w.get(1).summary().responder());
        // clusters over the 6 days with events: 5 + 5 + 5 + 4 + 5 + 5 = 29 / 6; spasms 30 x 5 + 24 = 174 / 6 = 29
        assertEquals(29.0 / 6, w.get(1).summary().clustersPerDay(), EPS);
        assertEquals(29, w.get(1).summary().spasmsPerDay(), EPS);
        assertEquals(1, w.get(1).rescues());
        // week 3: 3 clusters on days 15-18 (day 16's count of 4 is not used), days 19-20 not recorded (gaps, not
        // 0), day 21 counted 0: (12 + 0) / 5 days = 2.4; -80 %
        assertEquals(5, w.get(2).summary().seizureDays());
        assertEquals(2.4, w.get(2).summary().seizuresPerDay(), EPS);
        assertEquals(-80, w.get(2).summary().seizureChangePct(), EPS);
        // a seizure-free day has no spasms: (4 x 15 + 0) / 5 = 12; clusters (4 x 3 + 0) / 5 = 2.4
        assertEquals(12, w.get(2).summary().spasmsPerDay(), EPS);
        assertEquals(2.4, w.get(2).summary().clustersPerDay(), EPS);
        // week 4: 2 + 2 + 6 + 6 + 6 + 2 + 2 = 26 / 7 = 3.714; spasms 4 x 8 + 3 x 42 = 158 / 7
        assertEquals(26.0 / 7, w.get(3).summary().seizuresPerDay(), EPS);
        assertEquals(158.0 / 7, w.get(3).summary().spasmsPerDay(), EPS);
        assertEquals(List.of(2, 3, 4), report.seizures().responderWeeks());
        // period: 61 + 35 + 12 + 26 = 134 over 7 + 7 + 5 + 7 = 26 days = 5.154 a day; (134/26 - 12) / 12 = -57.1 %
        assertEquals(134.0 / 26, report.period().seizuresPerDay(), EPS);
        assertEquals(26, report.period().seizureDays());
        // clusters over the 24 days with events and the seizure-free day 21: 61 + 29 + 12 + 0 + 26 = 128 / 25;
        // spasms 488 + 174 + 60 + 0 + 158 = 880 / 25
        assertEquals(128.0 / 25, report.period().clustersPerDay(), EPS);
        assertEquals(880.0 / 25, report.period().spasmsPerDay(), EPS);
    }

    @Test
    void theDailyRecordKeepsTheFallWithinTheFirstWeekAndTheGaps() {
        List<AdherenceReport.Day> d = report.days();
        assertEquals(List.of(12, 11, 10, 9, 8, 6, 5), d.subList(0, 7).stream().map(AdherenceReport.Day::seizures)
                .toList());
        assertEquals(96, d.get(0).spasms());
        // day 10: the family only counted; no clusters known
        assertEquals(5, d.get(9).seizures());
        assertNull(d.get(9).clusters());
        assertNull(d.get(9).spasms());
        // day 12: four clusters of 6 and a tonic seizure with rescue medicine; 4 x 2 + 6 = 14 minutes
        AdherenceReport.Day d12 = d.get(11);
        assertEquals(5, d12.seizures());
        assertEquals(4, d12.clusters());
        assertEquals(1, d12.otherSeizures());
        assertEquals(24, d12.spasms());
        assertEquals(1, d12.rescues());
        assertEquals(14, d12.seizureMinutes(), EPS);
        // days 19 and 20: nothing recorded is unknown, never 0; day 21's count of 0 is a seizure-free day
        assertNull(d.get(18).seizures());
        assertNull(d.get(19).seizures());
        assertEquals(0, d.get(20).seizures());
        assertEquals(0, d.get(20).spasms());
        // day 16: three clusters logged, the day's count says 4: the events are used, and the day is noted
        assertEquals(3, d.get(15).seizures());
        assertEquals(List.of("2026-01-20: 3 events logged, the day's count says 4; the events are used"),
                report.seizures().notes());
    }

    @Test
    void severalReadingsADayAndTheActionLevelsFlagged() {
        List<AdherenceReport.Week> w = report.weeks();
        // week 1: 21 readings, 7 x 1 + 7 x 1.5 + 6 x 2 + 6.2 = 35.7 -> mean 1.7; in 2-5: the six 2.0s; 1 high
        assertEquals(21, w.get(0).ketoneReadings());
        assertEquals(35.7 / 21, w.get(0).ketonesMeanMmol(), EPS);
        assertEquals(6, w.get(0).ketonesInRange());
        assertEquals(1, w.get(0).ketonesHigh());
        assertEquals(2.3, w.get(0).glucoseMinMmol(), EPS);
        assertEquals(1, w.get(0).glucoseLow());
        // day 1: three readings, mean (1 + 1.5 + 2) / 3 = 1.5, highest 2; lowest glucose 3.6
        AdherenceReport.Day d1 = report.days().get(0);
        assertEquals(3, d1.ketoneReadings());
        assertEquals(1.5, d1.ketonesBloodMmol(), EPS);
        assertEquals(2, d1.ketonesMaxMmol(), EPS);
        assertEquals(3.6, d1.glucoseMinMmol(), EPS);
        // week 2: six timed readings of 3 and day 10's single reading of 3.5 (day 12's single 4 is left out: it
        // has a timed reading) -> (18 + 3.5) / 7
        assertEquals(7, w.get(1).ketoneReadings());
        assertEquals(21.5 / 7, w.get(1).ketonesMeanMmol(), EPS);
        // week 4: 4 x 4 + 5.5 + 6.5 + 5 + 5 + 4.8 + 4.6 = 47.4 / 10; in range: 4 x 4, 5, 5, 4.8, 4.6 = 8; high: 6.5
        assertEquals(47.4 / 10, w.get(3).ketonesMeanMmol(), EPS);
        assertEquals(8, w.get(3).ketonesInRange());
        assertEquals(1, w.get(3).ketonesHigh());
        // glucose 2.5 is at the level (at or below 2.5 is flagged)
        assertEquals(2.5, w.get(3).glucoseMinMmol(), EPS);
        assertEquals(1, w.get(3).glucoseLow());
        // period: 21 + 7 + 5 + 10 = 43 readings; 6 + 7 + 5 + 8 = 26 in range; mean 125.1 / 43
        AdherenceReport.Ketones k = report.ketones();
        assertEquals(43, k.bloodReadings());
        assertEquals(26, k.inRange());
        assertEquals(125.1 / 43, k.bloodMeanMmol(), EPS);
        assertEquals(6.5, k.maxMmol(), EPS);
        assertEquals(2, k.high());
        // glucose: 21 + 6 + 4 + 10 = 41 readings; sum 77.8 + 24 + 16.8 + 35.1 = 153.7; lowest 2.3; 2 low
        AdherenceReport.Glucose g = report.glucose();
        assertEquals(41, g.readings());
        assertEquals(153.7 / 41, g.meanMmol(), EPS);
        assertEquals(2.3, g.minMmol(), EPS);
        assertEquals(2, g.low());
        assertEquals(List.of(
                "2026-01-07 07:00: blood glucose 2.3 mmol/L: at or below 2.5 mmol/L, the level to act on",
                "2026-01-10 19:00: blood ketones 6.2 mmol/L: at or above 6 mmol/L, the level to act on",
                "2026-01-28 19:00: blood glucose 2.5 mmol/L: at or below 2.5 mmol/L, the level to act on",
                "2026-01-28 19:00: blood ketones 6.5 mmol/L: at or above 6 mmol/L, the level to act on"),
                report.flags().readings());
        assertTrue(report.flags().ketonesSource().contains("NHS Greater Glasgow and Clyde"));
        assertTrue(report.flags().glucoseSource().contains("[S: secondary source]"));
    }

    @Test
    void adherenceSleepStressAndIllnessByWeek() {
        List<AdherenceReport.Week> w = report.weeks();
        // week 1 all 21 meals; week 2 the 80 % dinners fail (14/21); week 3 days 15-18 and 21 (15 of 21 planned);
        // week 4: the 4 well days (12); ill days: breakfast refused, lunch and dinner at 50 % -> 0 of 9
        assertEquals(100, w.get(0).summary().adherencePct(), EPS);
        assertEquals(1400.0 / 21, w.get(1).summary().adherencePct(), EPS);
        assertEquals(1500.0 / 21, w.get(2).summary().adherencePct(), EPS);
        assertEquals(1200.0 / 21, w.get(3).summary().adherencePct(), EPS);
        assertEquals(100, w.get(3).summary().loggedPct(), EPS);
        // sleep: 10; 11; (4 x 11.5 + 12) / 5 = 11.6; (4 x 11 + 3 x 9) / 7 = 71 / 7
        assertEquals(10, w.get(0).sleepHours(), EPS);
        assertEquals(11.6, w.get(2).sleepHours(), EPS);
        assertEquals(71.0 / 7, w.get(3).sleepHours(), EPS);
        // stress: (3 x 2 + 4 x 1) / 7 = 10 / 7; 1; 0; 3 x 2 / 7
        assertEquals(10.0 / 7, w.get(0).stress(), EPS);
        assertEquals(1, w.get(1).stress(), EPS);
        assertEquals(0, w.get(2).stress(), EPS);
        assertEquals(6.0 / 7, w.get(3).stress(), EPS);
        assertEquals(List.of(0, 0, 0, 3), w.stream().map(AdherenceReport.Week::daysIll).toList());
        // weight: 8.1 - 8.0; 8.15 - 8.1; none; 8.2 - 8.15
        assertEquals(0.1, w.get(0).weightChangeKg(), 1e-9);
        assertEquals(0.05, w.get(1).weightChangeKg(), 1e-9);
        assertNull(w.get(2).weightChangeKg());
        assertEquals(0.05, w.get(3).weightChangeKg(), 1e-9);
    }

    @Test
    void fourWeekTrendsEachWeekAgainstTheOneBefore() {
        List<AdherenceReport.Trend> t = report.trends();
        assertEquals(List.of(1, 2, 3, 4), t.stream().map(AdherenceReport.Trend::week).toList());
        // week 1 against the seven days before the start (the baseline diary): no adherence before the plan
        AdherenceReport.Trend w1 = t.get(0);
        assertEquals(DiaryFixture.day(-6), w1.previousFrom());
        assertEquals(DiaryFixture.day(0), w1.previousTo());
        assertNull(change(w1, "adherence %").direction());
        assertEquals(100, change(w1, "adherence %").current(), EPS);
        // seizures 12 -> 61/7: down 3.286 a day, -27.4 %
        AdherenceReport.Change s1 = change(w1, "clusters or seizures per day");
        assertEquals("down", s1.direction());
        assertEquals(61.0 / 7 - 12, s1.change(), EPS);
        assertEquals((61.0 / 7 - 12) / 12 * 100, s1.changePct(), EPS);
        // spasms 96 -> 488/7
        assertEquals((488.0 / 7 - 96) / 96 * 100, change(w1, "spasms per day").changePct(), EPS);
        // no ketones were measured before the diet
        assertNull(change(w1, "blood ketones, mean mmol/L").previous());
        // sleep 9.5 -> 10 (+0.5, +5.26 %); stress 1 -> 10/7
        assertEquals(0.5, change(w1, "sleep, mean hours").change(), EPS);
        assertEquals(0.5 / 9.5 * 100, change(w1, "sleep, mean hours").changePct(), EPS);
        assertEquals("up", change(w1, "stress, mean (0-3)").direction());
        assertEquals("no change", change(w1, "days ill").direction());
        // week 2 against week 1: adherence 100 -> 66.667 (down 33.3 points); seizures 61/7 -> 5 (-42.6 %);
        // ketones 1.7 -> 21.5/7
        AdherenceReport.Trend w2 = t.get(1);
        assertEquals(-100.0 / 3, change(w2, "adherence %").change(), EPS);
        assertEquals((5 - 61.0 / 7) / (61.0 / 7) * 100, change(w2, "clusters or seizures per day").changePct(), EPS);
        assertEquals(21.5 / 7 - 1.7, change(w2, "blood ketones, mean mmol/L").change(), EPS);
        // week 3 against week 2: seizures 5 -> 2.4 (-52 %), spasms 29 -> 12
        AdherenceReport.Trend w3 = t.get(2);
        assertEquals(-52, change(w3, "clusters or seizures per day").changePct(), EPS);
        assertEquals(-17, change(w3, "spasms per day").change(), EPS);
        // week 4 against week 3: seizures up 2.4 -> 26/7 (+54.8 %); ill 0 -> 3 (no % of 0); stress 0 -> 6/7
        AdherenceReport.Trend w4 = t.get(3);
        AdherenceReport.Change s4 = change(w4, "clusters or seizures per day");
        assertEquals("up", s4.direction());
        assertEquals((26.0 / 7 - 2.4) / 2.4 * 100, s4.changePct(), EPS);
        assertEquals(3, change(w4, "days ill").change(), EPS);
        assertNull(change(w4, "days ill").changePct());
        assertEquals(4.74 - 4.1, change(w4, "blood ketones, mean mmol/L").change(), EPS);
        assertEquals(71.0 / 7 - 11.6, change(w4, "sleep, mean hours").change(), EPS);
    }

    private static AdherenceReport.Change change(AdherenceReport.Trend t, String measure) {
        return t.changes().stream().filter(c -> c.measure().equals(measure)).findFirst().orElseThrow();
    }
}
