package org.ketoplan.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.ketoplan.common.AtomicFiles;
import org.ketoplan.common.BadInputException;
import org.ketoplan.common.Text;
import org.ketoplan.plan.MealKind;
import org.ketoplan.plan.Plan;
import org.ketoplan.plan.PlanDay;
import org.ketoplan.plan.PlanMedicine;
import org.ketoplan.plan.PlannedFood;
import org.ketoplan.plan.PlannedMeal;

/**
 * Writes meal and medicine reminders as an iCalendar file (RFC 5545) for a phone's calendar: an event per meal
 * at its time on each day (30 minutes long) listing the foods and amounts, an event per medicine dose (5
 * minutes), each with an alarm a few minutes before, in the patient's time zone.
 *
 * <p>A meal without a time becomes an all-day event without an alarm, so its foods are still on the calendar.
 * Each event's UID is derived from the patient's name, the date and the meal's slot (or the medicine and dose
 * time), not from the foods: importing a re-planned file updates the same events instead of adding copies.
 *
 * <p>Text is written as RFC 5545 asks: escaped by ical4j, without control characters, and folded so that no line
 * exceeds 75 octets.
 */
public final class Reminders {
    /** How long a meal event lasts. */
    static final Duration MEAL_LENGTH = Duration.ofMinutes(30);
    /** How long a medicine event lasts. */
    static final Duration DOSE_LENGTH = Duration.ofMinutes(5);

    private Reminders() {
    }

    /** What was written. */
    public record Summary(int meals, int untimedMeals, int doses, ZoneId zone) {
    }

    /**
     * The time zone for reminders: {@code option} when given, else the patient's, else the system's.
     *
     * @throws BadInputException naming the time zone field when the zone is unknown
     */
    public static ZoneId zone(String option, Plan plan, String planName) {
        String id = option != null ? option : plan.patient().timeZone();
        if (id == null || id.isBlank()) {
            return ZoneId.systemDefault();
        }
        try {
            return ZoneId.of(id.trim());
        } catch (DateTimeException e) {
            String problem = ": '" + id + "' is not a time zone; use an IANA name such as Europe/London or "
                    + "America/New_York";
            throw option != null ? BadInputException.phrased(BadInputException.ref("tz"), problem)
                    : new BadInputException(planName + ": patient.time_zone" + problem);
        }
    }

    /** Writes the reminders for {@code plan} to {@code target} atomically. */
    public static Summary write(Plan plan, ZoneId zone, int alarmMinutes, Path target, boolean force) {
        AtomicFiles.checkWritable(target, force);
        Summary[] s = new Summary[1];
        AtomicFiles.write(target, force, out -> s[0] = write(plan, zone, alarmMinutes, out));
        return s[0];
    }

    /** Writes the reminders for {@code plan} to {@code out}; {@code alarmMinutes} 0 writes no alarms. */
    public static Summary write(Plan plan, ZoneId zone, int alarmMinutes, OutputStream out) throws IOException {
        Calendar cal = calendar(plan, zone, alarmMinutes);
        try {
            cal.validate();
        } catch (ValidationException e) {
            throw new IllegalStateException("the reminders do not form a valid calendar: " + e.getMessage(), e);
        }
        // ical4j escapes the text (\\, \; \, and \n) but folds at 73 characters, not octets: a line of accented
        // or CJK text would exceed RFC 5545's 75 octets, so the unfolded lines are folded here
        out.write(folded(cal.toString()).getBytes(StandardCharsets.UTF_8));
        int meals = 0;
        int untimed = 0;
        for (PlanDay d : plan.days()) {
            for (PlannedMeal m : d.meals()) {
                if (m.time() == null || m.time().isBlank()) {
                    untimed++;
                } else {
                    meals++;
                }
            }
        }
        int doses = plan.days().size() * plan.prescription().medicines().stream().mapToInt(m -> m.times().size())
                .sum();
        return new Summary(meals, untimed, doses, zone);
    }

    /**
     * {@code text}'s content lines folded as RFC 5545 section 3.1 asks: no line longer than 75 octets of UTF-8
     * (without its CRLF), a continuation line starting with one space, and no character split.
     */
    static String folded(String text) {
        StringBuilder out = new StringBuilder(text.length() + text.length() / 64 * 3);
        for (String line : text.split("\r\n", -1)) {
            if (line.isEmpty()) {
                continue;
            }
            int octets = 0;
            for (int i = 0; i < line.length(); ) {
                int cp = line.codePointAt(i);
                int n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
                if (octets + n > MAX_OCTETS) {
                    out.append("\r\n ");
                    octets = 1;
                }
                out.appendCodePoint(cp);
                octets += n;
                i += Character.charCount(cp);
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    /** A content line's longest length in octets (RFC 5545, 3.1). */
    static final int MAX_OCTETS = 75;

    /** {@code s} without control characters (RFC 5545 TEXT allows none but tab; a line break is kept as \n). */
    private static String clean(String s) {
        return s == null ? null : Text.withoutControls(s.replace("\r\n", "\n"), "\n\t");
    }

    static Calendar calendar(Plan plan, ZoneId zone, int alarmMinutes) {
        Calendar cal = new Calendar();
        cal.add(new ProdId("-//ketoplan//meal reminders//EN"));
        cal.add(ImmutableVersion.VERSION_2_0);
        cal.add(ImmutableCalScale.GREGORIAN);
        TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
        TimeZone tz = registry.getTimeZone(zone.getId());
        if (tz != null) {
            cal.add(tz.getVTimeZone());
        }
        String child = clean(plan.patient().name());
        for (PlanDay day : plan.days()) {
            for (PlannedMeal meal : day.meals()) {
                cal.add(meal(child, day, meal, plan.tolerances().step(), zone, alarmMinutes));
            }
            for (PlanMedicine m : plan.prescription().medicines()) {
                String medicine = clean(m.name());
                for (String time : m.times()) {
                    LocalTime t = time(time, "medicine '" + medicine + "'");
                    VEvent e = new VEvent(ZonedDateTime.of(day.date(), t, zone), DOSE_LENGTH, medicine + " ("
                            + child + ")");
                    e.add(new Uid(uid(child, day.date().toString(), "medicine", medicine, time)));
                    e.add(new Description(medicine + " for " + child + " at " + time + "."));
                    e.add(new Categories("Medicine"));
                    alarm(e, alarmMinutes, medicine + " at " + time);
                    cal.add(e);
                }
            }
        }
        return cal;
    }

    private static VEvent meal(String child, PlanDay day, PlannedMeal meal, double step, ZoneId zone,
                               int alarmMinutes) {
        LocalDate date = day.date();
        String name = clean(meal.slot());
        String slot = name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
        String summary = slot + (meal.recipeName() == null || meal.recipeName().isBlank() ? ""
                : ": " + clean(meal.recipeName())) + " (" + child + ")"
                + (day.ramp() == null ? "" : " - step " + day.ramp().step() + " of " + day.ramp().steps());
        boolean timed = meal.time() != null && !meal.time().isBlank();
        VEvent e = timed
                ? new VEvent(ZonedDateTime.of(date, time(meal.time(), meal.slot() + " on " + date), zone),
                        MEAL_LENGTH, summary)
                : new VEvent(date, summary + " - no set time");
        e.add(new Uid(uid(child, date.toString(), "meal", name)));
        List<String> lines = new ArrayList<>();
        if (day.ramp() != null) {
            lines.add(Character.toUpperCase(day.ramp().label().charAt(0)) + day.ramp().label().substring(1) + ".");
        }
        if (meal.kind() == MealKind.FEED && day.feedBatch() != null && meal.volumeMl() != null) {
            lines.add(slot + " for " + child + (timed ? " at " + meal.time() : " (no set time)") + ": give "
                    + Amounts.number(meal.volumeMl(), 1) + " ml of the day's feed, made up once with:");
            for (PlannedFood f : day.feedBatch().foods()) {
                lines.add("- " + clean(f.name() == null ? f.id() : f.name()) + ": " + Amounts.weigh(f.amount(), step,
                        f.unit().unit()));
            }
        } else {
            lines.add(slot + " for " + child + (timed ? " at " + meal.time() : " (no set time)") + ". Weigh:");
            for (PlannedFood f : meal.foods()) {
                lines.add("- " + clean(f.name() == null ? f.id() : f.name()) + ": " + Amounts.weigh(f.amount(), step,
                        f.unit().unit()) + (f.counted() ? "" : " (not counted)"));
            }
        }
        if (!meal.directions().isEmpty()) {
            lines.add("How to: " + clean(String.join(" ", meal.directions())));
        }
        e.add(new Description(String.join("\n", lines)));
        e.add(new Categories("Meal"));
        if (timed) {
            alarm(e, alarmMinutes, slot + " at " + meal.time());
        }
        return e;
    }

    private static void alarm(VEvent e, int minutes, String what) {
        if (minutes <= 0) {
            return;
        }
        VAlarm a = new VAlarm(Duration.ofMinutes(-minutes));
        a.add(ImmutableAction.DISPLAY);
        a.add(new Description(what + " in " + minutes + " minutes"));
        e.add(a);
    }

    private static LocalTime time(String text, String what) {
        try {
            return LocalTime.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new BadInputException("plan: " + what + ": time '" + text + "' is not HH:MM");
        }
    }

    /** A UID from the event's identity (not its content), so a re-planned day updates its events. */
    static String uid(String... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest(String.join("\u001f", parts).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16) + "@ketoplan";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
