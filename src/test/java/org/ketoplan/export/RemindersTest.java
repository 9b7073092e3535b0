package org.ketoplan.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.ketoplan.common.BadInputException;
import org.ketoplan.plan.Plan;
import org.ketoplan.plan.PlannedMeal;
import org.junit.jupiter.api.Test;

class RemindersTest {
    static String ics(Plan plan, ZoneId zone, int alarm) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Reminders.write(plan, zone, alarm, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new ByteArrayInputStream(ics.getBytes(StandardCharsets.UTF_8)));
    }

    static VEvent event(Calendar cal, String summaryStart, String dtstartPrefix) {
        return cal.<VEvent>getComponents("VEVENT").stream()
                .filter(e -> e.getSummary().getValue().startsWith(summaryStart))
                .filter(e -> e.getProperty(Property.DTSTART).orElseThrow().getValue().startsWith(dtstartPrefix))
                .findFirst().orElseThrow();
    }

    @Test
    void anEventPerMealAndDoseInThePatientsTimeZone() throws Exception {
        Plan plan = PlanFixtures.days(3);
        String text = ics(plan, Reminders.zone(null, plan, "plan.json"), 10);
        Calendar cal = parse(text);
        cal.validate();
        // 3 days x (4 meals + 2 doses) = 18 events
        assertEquals(18, cal.getComponents("VEVENT").size());
        assertEquals(1, cal.getComponents("VTIMEZONE").size());
        VEvent breakfast = event(cal, "Breakfast", "20261202T0730");
        assertEquals("Europe/London", breakfast.getProperty(Property.DTSTART).orElseThrow()
                .getParameter("TZID").orElseThrow().getValue());
        assertEquals("20261202T073000", breakfast.getProperty(Property.DTSTART).orElseThrow().getValue());
        String description = breakfast.getDescription().getValue();
        assertTrue(description.contains("- Cream, fluid, heavy whipping: 70 g"), description);
        assertTrue(description.contains("- Egg, yolk, raw, fresh: 15 g"), description);
        assertEquals(1, breakfast.getAlarms().size());
        assertEquals("-PT10M", breakfast.getAlarms().get(0).getTrigger().orElseThrow().getValue());
        VEvent dose = event(cal, "Levetiracetam syrup", "20261201T2000");
        assertEquals("Europe/London", dose.getProperty(Property.DTSTART).orElseThrow().getParameter("TZID")
                .orElseThrow().getValue());
    }

    @Test
    void uidsFollowTheEventsIdentitySoReimportingUpdates() throws Exception {
        Plan plan = PlanFixtures.days(2);
        Plan replanned = PlanFixtures.days(2); // same days and meals, built again
        assertEquals(uids(ics(plan, ZoneId.of("Europe/London"), 10)),
                uids(ics(replanned, ZoneId.of("Europe/London"), 10)));
        List<String> uids = uids(ics(plan, ZoneId.of("Europe/London"), 10));
        assertEquals(uids.size(), uids.stream().distinct().count(), "UIDs must be unique");
        assertNotEquals(Reminders.uid("Example Baby", "2026-12-01", "meal", "lunch"),
                Reminders.uid("Example Baby", "2026-12-02", "meal", "lunch"));
    }

    @Test
    void zoneOptionWinsAndNoAlarmWithZeroMinutes() throws Exception {
        Plan plan = PlanFixtures.days(1);
        Calendar cal = parse(ics(plan, Reminders.zone("America/New_York", plan, "plan.json"), 0));
        VEvent lunch = event(cal, "Lunch", "20261201T1200");
        assertEquals("America/New_York", lunch.getProperty(Property.DTSTART).orElseThrow().getParameter("TZID")
                .orElseThrow().getValue());
        assertTrue(lunch.getAlarms().isEmpty());
    }

    @Test
    void aMealWithoutATimeIsAnAllDayEventWithoutAlarm() throws Exception {
        PlannedMeal untimed = PlanFixtures.meal("snack", null, null, "KetoCal LQ", List.of(),
                PlanFixtures.target(100, 10, 1.5, 1), PlanFixtures.item(PlanFixtures.KETOCAL_LQ, 68));
        Plan plan = PlanFixtures.plan(List.of(PlanFixtures.day(PlanFixtures.START, List.of(untimed))), 1);
        Calendar cal = parse(ics(plan, ZoneId.of("Europe/London"), 10));
        cal.validate();
        VEvent snack = event(cal, "Snack", "20261201");
        assertEquals("20261201", snack.getProperty(Property.DTSTART).orElseThrow().getValue());
        assertEquals("DATE", snack.getProperty(Property.DTSTART).orElseThrow().getParameter("VALUE").orElseThrow()
                .getValue());
        assertTrue(snack.getDescription().getValue().contains("KetoCal 4:1 LQ, ready to drink (Nutricia): 68 ml"));
        assertTrue(snack.getAlarms().isEmpty());
    }

    @Test
    void unknownZoneIsNamed() {
        BadInputException e = assertThrows(BadInputException.class,
                () -> Reminders.zone("Mars/Olympus", PlanFixtures.days(1), "plan.json"));
        // the field as the domain names it; the command line says it as --tz
        assertEquals("--tz: 'Mars/Olympus' is not a time zone; use an IANA name such as Europe/London or "
                + "America/New_York", e.render(f -> "--" + f));
        assertEquals(java.util.List.of("tz"), e.fieldsReferred());
    }

    private static List<String> uids(String ics) throws Exception {
        return parse(ics).<VEvent>getComponents("VEVENT").stream().map(e -> e.getUid().orElseThrow().getValue())
                .toList();
    }
}
