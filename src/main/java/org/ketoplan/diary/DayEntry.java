package org.ketoplan.diary;

import java.time.LocalDate;
import java.util.List;
import org.ketoplan.common.Limits;
import org.ketoplan.nutrition.Checks;
import org.ketoplan.nutrition.Numbers;

/**
 * One row of {@code days.csv}: how a day went. Every field but the date may be unknown (null).
 *
 * @param date the day
 * @param seizures the number of seizures
 * @param seizureMinutes their total length in minutes
 * @param ketonesBloodMmol blood beta-hydroxybutyrate in mmol/L
 * @param ketonesUrine the urine strip reading
 * @param weightKg weight in kg
 * @param sleepHours hours slept
 * @param ill true when the child was ill
 * @param stress how stressful the day was for the child: 0 none, 1 mild, 2 moderate, 3 severe
 * @param note free text, or ""
 */
public record DayEntry(LocalDate date, Integer seizures, Double seizureMinutes, Double ketonesBloodMmol,
                       UrineKetones ketonesUrine, Double weightKg, Double sleepHours, Boolean ill, Integer stress,
                       String note) {
    /** The header line of {@code days.csv}. */
    public static final List<String> COLUMNS = List.of("date", "seizures", "seizure_minutes", "ketones_blood_mmol",
            "ketones_urine", "weight_kg", "sleep_hours", "ill", "stress", "note");
    /** Columns a diary made before the stress column may lack (read as unknown). */
    public static final List<String> OPTIONAL_COLUMNS = List.of("stress");
    /** The stress scale's words, by level. */
    public static final List<String> STRESS_WORDS = List.of("none", "mild", "moderate", "severe");

    /** A day without a stress rating (the columns of diaries made before it). */
    public DayEntry(LocalDate date, Integer seizures, Double seizureMinutes, Double ketonesBloodMmol,
                    UrineKetones ketonesUrine, Double weightKg, Double sleepHours, Boolean ill, String note) {
        this(date, seizures, seizureMinutes, ketonesBloodMmol, ketonesUrine, weightKg, sleepHours, ill, null, note);
    }

    /**
     * Rejects a missing date and impossible values, naming the field, and values past their bounds
     * ({@link Limits}: 10,000 seizures, 1,440 minutes, 30 mmol/L, 250 kg, 1,000-character notes).
     */
    public DayEntry {
        if (date == null) {
            throw new IllegalArgumentException("date: missing");
        }
        Limits.date("date", date);
        if (seizures != null && seizures < 0) {
            throw new IllegalArgumentException("seizures: must not be negative (" + seizures + ")");
        }
        if (seizures != null) {
            Limits.atMost("seizures", seizures, Limits.SEIZURES_PER_DAY, "");
        }
        if (seizureMinutes != null) {
            Checks.nonNegative("seizure_minutes", seizureMinutes);
            Limits.atMost("seizure_minutes", seizureMinutes, Limits.MINUTES_PER_DAY, "minutes");
        }
        if (ketonesBloodMmol != null) {
            Checks.nonNegative("ketones_blood_mmol", ketonesBloodMmol);
            Limits.atMost("ketones_blood_mmol", ketonesBloodMmol, Limits.BLOOD_KETONES_MMOL, "mmol/L");
        }
        if (weightKg != null) {
            Checks.positive("weight_kg", weightKg);
            Limits.atMost("weight_kg", weightKg, Limits.WEIGHT_KG, "kg");
        }
        if (sleepHours != null) {
            Checks.nonNegative("sleep_hours", sleepHours);
            if (sleepHours > 24) {
                throw new IllegalArgumentException("sleep_hours: " + Numbers.plain(sleepHours) + " is more than 24");
            }
        }
        if (stress != null && (stress < 0 || stress > Limits.STRESS_LEVEL)) {
            throw new IllegalArgumentException("stress: " + stress + " is not on the scale 0 none, 1 mild, "
                    + "2 moderate, 3 severe");
        }
        note = note == null ? "" : note;
        Limits.text("note", note, Limits.NOTE_CHARS, "\n\r\t");
    }

    /**
     * A stress rating written as its number (0-3) or its word (none, mild, moderate, severe).
     *
     * @throws IllegalArgumentException naming the field {@code stress}
     */
    public static int stress(String text) {
        String t = text.trim().toLowerCase(java.util.Locale.ROOT);
        int word = STRESS_WORDS.indexOf(t);
        if (word >= 0) {
            return word;
        }
        if (t.matches("[0-9]+") && t.length() <= 2 && Integer.parseInt(t) <= Limits.STRESS_LEVEL) {
            return Integer.parseInt(t);
        }
        throw new IllegalArgumentException("stress: '" + org.ketoplan.common.Text.printable(t) + "' is not on the "
                + "scale; write 0 none, 1 mild, 2 moderate or 3 severe");
    }

    /** This entry with {@code later}'s known fields laid over it (a correction that keeps what it does not name). */
    public DayEntry updatedBy(DayEntry later) {
        return new DayEntry(date, pick(later.seizures, seizures), pick(later.seizureMinutes, seizureMinutes),
                pick(later.ketonesBloodMmol, ketonesBloodMmol), pick(later.ketonesUrine, ketonesUrine),
                pick(later.weightKg, weightKg), pick(later.sleepHours, sleepHours), pick(later.ill, ill),
                pick(later.stress, stress), later.note.isEmpty() ? note : later.note);
    }

    private static <T> T pick(T later, T earlier) {
        return later != null ? later : earlier;
    }

    /** The row as CSV fields. */
    public List<String> fields() {
        return List.of(date.toString(), seizures == null ? "" : seizures.toString(), num(seizureMinutes),
                num(ketonesBloodMmol), ketonesUrine == null ? "" : ketonesUrine.text(), num(weightKg),
                num(sleepHours), ill == null ? "" : ill ? "yes" : "no", stress == null ? "" : stress.toString(), note);
    }

    private static String num(Double v) {
        return v == null ? "" : Numbers.plain(v);
    }
}
