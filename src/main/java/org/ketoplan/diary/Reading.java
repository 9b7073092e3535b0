package org.ketoplan.diary;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.ketoplan.common.Limits;
import org.ketoplan.nutrition.Checks;
import org.ketoplan.nutrition.Numbers;

/**
 * One row of {@code readings.csv}: a blood ketone (beta-hydroxybutyrate) and/or blood glucose reading at a time of
 * day. The date and time are its key: a later row for the same date and time corrects it, and a row with neither
 * value withdraws it (a reading logged by mistake).
 *
 * @param date the day
 * @param time when the blood was taken
 * @param ketonesBloodMmol blood BHB in mmol/L, or null
 * @param glucoseMmol blood glucose in mmol/L, or null
 * @param note free text, or ""
 */
public record Reading(LocalDate date, LocalTime time, Double ketonesBloodMmol, Double glucoseMmol, String note) {
    /** The header line of {@code readings.csv}. */
    public static final List<String> COLUMNS = List.of("date", "time", "ketones_blood_mmol", "glucose_mmol", "note");
    /**
     * mg/dL of glucose in 1 mmol/L: the molar mass of glucose, C6H12O6, 180.16 g/mol, / 10 (IUPAC standard atomic
     * weights: 6 x 12.011 + 12 x 1.008 + 6 x 15.999 = 180.156).
     */
    public static final double GLUCOSE_MG_DL_PER_MMOL = 18.0156;

    /** Rejects a missing date or time and values past their bounds (30 mmol/L ketones, 100 mmol/L glucose). */
    public Reading {
        if (date == null) {
            throw new IllegalArgumentException("date: missing");
        }
        Limits.date("date", date);
        if (time == null) {
            throw new IllegalArgumentException("time: missing; write when the blood was taken as HH:MM");
        }
        if (ketonesBloodMmol != null) {
            Checks.nonNegative("ketones_blood_mmol", ketonesBloodMmol);
            Limits.atMost("ketones_blood_mmol", ketonesBloodMmol, Limits.BLOOD_KETONES_MMOL, "mmol/L");
        }
        if (glucoseMmol != null) {
            Checks.nonNegative("glucose_mmol", glucoseMmol);
            Limits.atMost("glucose_mmol", glucoseMmol, Limits.BLOOD_GLUCOSE_MMOL, "mmol/L");
        }
        note = note == null ? "" : note;
        Limits.text("note", note, Limits.NOTE_CHARS, "\n\r\t");
    }

    /** True for a row that withdraws the reading at its time (neither value given). */
    public boolean withdrawn() {
        return ketonesBloodMmol == null && glucoseMmol == null;
    }

    /** The key a later row corrects or withdraws this one by: the date and the time. */
    public String key() {
        return date + "|" + DiaryTime.format(time);
    }

    /** The row as CSV fields. */
    public List<String> fields() {
        return List.of(date.toString(), DiaryTime.format(time), num(ketonesBloodMmol), num(glucoseMmol), note);
    }

    private static String num(Double v) {
        return v == null ? "" : Numbers.plain(v);
    }

    /**
     * A glucose reading as written: mmol/L ("2.4"), or mg/dL with its unit ("45 mg/dL", "45mg/dl"), converted to
     * mmol/L at {@value #GLUCOSE_MG_DL_PER_MMOL} mg/dL per mmol/L and rounded to 0.01 mmol/L.
     *
     * @throws IllegalArgumentException naming {@code field}
     */
    public static double glucoseMmol(String field, String text) {
        String t = text == null ? "" : text.trim();
        String lower = t.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith("mg/dl")) {
            double mg = DiaryFiles.amount(t.substring(0, t.length() - 5), field);
            return Math.round(mg / GLUCOSE_MG_DL_PER_MMOL * 100) / 100.0;
        }
        if (lower.endsWith("mmol/l")) {
            t = t.substring(0, t.length() - 6);
        }
        return DiaryFiles.amount(t, field);
    }
}
