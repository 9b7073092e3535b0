package org.ketoplan.diary;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.ketoplan.common.Limits;
import org.ketoplan.nutrition.Checks;
import org.ketoplan.nutrition.Numbers;

/**
 * One row of {@code seizures.csv}: a cluster of spasms or another seizure, at the time it began. The date and time
 * are its key: a later row for the same date and time corrects it, and a row with no type withdraws it (an event
 * logged by mistake).
 *
 * @param date the day
 * @param time when it began
 * @param type spasms (a cluster) or another seizure; null for a row that withdraws the event at this time
 * @param spasms the spasms in the cluster, when counted (only for {@link SeizureType#SPASMS})
 * @param durationMin how long it lasted, in minutes, when known
 * @param rescue the rescue medicine given (name and dose as the family writes it), or ""
 * @param note free text, or ""
 */
public record SeizureEvent(LocalDate date, LocalTime time, SeizureType type, Integer spasms, Double durationMin,
                           String rescue, String note) {
    /** The header line of {@code seizures.csv}. */
    public static final List<String> COLUMNS = List.of("date", "time", "type", "spasms", "duration_min", "rescue",
            "note");

    /**
     * Rejects a missing date or time, spasms on a seizure that is not a cluster, a withdrawal that carries values,
     * and values past their bounds ({@link Limits}: 1,000 spasms, 1,440 minutes, a 200-character rescue medicine,
     * a 1,000-character note).
     */
    public SeizureEvent {
        if (date == null) {
            throw new IllegalArgumentException("date: missing");
        }
        Limits.date("date", date);
        if (time == null) {
            throw new IllegalArgumentException("time: missing; write when it began as HH:MM");
        }
        rescue = rescue == null ? "" : rescue.strip();
        Limits.text("rescue", rescue, Limits.NAME_CHARS, "");
        note = note == null ? "" : note;
        Limits.text("note", note, Limits.NOTE_CHARS, "\n\r\t");
        if (spasms != null) {
            if (spasms < 1) {
                throw new IllegalArgumentException("spasms: must be at least 1 (" + spasms + "); leave it empty when "
                        + "they were not counted");
            }
            Limits.atMost("spasms", spasms, Limits.SPASMS_PER_CLUSTER, "");
            if (type != SeizureType.SPASMS) {
                throw new IllegalArgumentException("spasms: only a cluster of spasms (type spasms) has a spasm count");
            }
        }
        if (durationMin != null) {
            Checks.nonNegative("duration_min", durationMin);
            Limits.atMost("duration_min", durationMin, Limits.MINUTES_PER_DAY, "minutes");
        }
        if (type == null && (durationMin != null || !rescue.isEmpty())) {
            throw new IllegalArgumentException("type: empty; write spasms or other (a row without a type only "
                    + "withdraws the event logged at its time)");
        }
    }

    /** A row that withdraws the event logged at {@code time} on {@code date}. */
    public static SeizureEvent withdrawal(LocalDate date, LocalTime time, String note) {
        return new SeizureEvent(date, time, null, null, null, "", note);
    }

    /** True for a row that withdraws the event at its time. */
    public boolean withdrawn() {
        return type == null;
    }

    /** True when a rescue medicine was given. */
    public boolean rescued() {
        return !rescue.isEmpty();
    }

    /**
     * The event in words, as {@code log seizure} and the diary page confirm it: "a cluster of 12 spasms, 4 min,
     * rescue: buccal midazolam 2.5 mg", "a cluster of spasms (not counted)", "a seizure (other)".
     */
    public String describe() {
        String s = type == SeizureType.SPASMS ? "a cluster of " + (spasms == null ? "spasms (not counted)"
                : spasms + " spasm" + (spasms == 1 ? "" : "s")) : "a seizure (other)";
        if (durationMin != null) {
            s += ", " + Numbers.plain(durationMin) + " min";
        }
        if (rescued()) {
            s += ", rescue: " + rescue;
        }
        return s;
    }

    /** The key a later row corrects or withdraws this one by: the date and the time. */
    public String key() {
        return date + "|" + DiaryTime.format(time);
    }

    /** The row as CSV fields. */
    public List<String> fields() {
        return List.of(date.toString(), DiaryTime.format(time), type == null ? "" : type.word(),
                spasms == null ? "" : spasms.toString(), durationMin == null ? "" : Numbers.plain(durationMin), rescue,
                note);
    }
}
