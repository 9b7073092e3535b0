package org.ketoplan.diary;

import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import org.ketoplan.common.Limits;
import org.ketoplan.common.Text;
import org.ketoplan.export.FilledWorkbook;
import org.ketoplan.nutrition.Numbers;

/**
 * The diary sheet's rows as diary entries: a Day row as a {@link DayEntry}, a Seizure row as a {@link SeizureEvent},
 * a Reading row as a {@link Reading}. A value that does not make sense is an error naming its cell.
 */
final class WorkbookDiaryRows {
    private WorkbookDiaryRows() {
    }

    /** A value that cannot be used, at its cell. */
    static final class CellProblem extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CellProblem(String place, String message) {
            super(place + ": " + message);
        }
    }

    static DayEntry day(FilledWorkbook.DiaryRow r) {
        Integer seizures = whole(r, "Seizures counted", Limits.SEIZURES_PER_DAY);
        Double sleep = number(r, "Sleep (h)");
        Boolean ill = yesNo(r, "Ill (yes/no)");
        String stressText = text(r, "Stress (0-3)");
        String urine = text(r, "Urine ketones");
        Double weight = number(r, "Weight (kg)");
        String note = text(r, "Note");
        try {
            Integer stress = stressText == null ? null : DayEntry.stress(stressText);
            return new DayEntry(r.date(), seizures, null, null, urine == null ? null : UrineKetones.parse(urine),
                    weight, sleep, ill, stress, note);
        } catch (IllegalArgumentException e) {
            throw new CellProblem(r.place(), e.getMessage());
        }
    }

    static SeizureEvent seizure(FilledWorkbook.DiaryRow r) {
        LocalTime time = time(r);
        String type = text(r, "Type (spasms/other)");
        Integer spasms = whole(r, "Spasms", Limits.SPASMS_PER_CLUSTER);
        try {
            SeizureType t = type != null ? SeizureType.parse(type) : spasms != null ? SeizureType.SPASMS : null;
            if (t == null) {
                throw new CellProblem(r.placeOf("Type (spasms/other)"), "Type: empty; write spasms (a cluster) or "
                        + "other (another seizure)");
            }
            return new SeizureEvent(r.date(), time, t, spasms, number(r, "Minutes"), text(r, "Rescue medicine"),
                    text(r, "Note"));
        } catch (CellProblem e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new CellProblem(r.place(), e.getMessage());
        }
    }

    static Reading reading(FilledWorkbook.DiaryRow r) {
        LocalTime time = time(r);
        Double ketones = number(r, "Ketones (mmol/L)");
        Object g = r.value("Glucose (mmol/L)");
        Double glucose;
        try {
            glucose = g == null ? null : g instanceof Double d ? d : Reading.glucoseMmol("Glucose", (String) g);
        } catch (IllegalArgumentException | ClassCastException e) {
            throw new CellProblem(r.placeOf("Glucose (mmol/L)"), "Glucose: '" + Text.printable(String.valueOf(g))
                    + "' is not a number of mmol/L (or one of mg/dL written with its unit)");
        }
        if (ketones == null && glucose == null) {
            throw new CellProblem(r.place(), "a reading needs ketones, glucose or both");
        }
        try {
            return new Reading(r.date(), time, ketones, glucose, text(r, "Note"));
        } catch (IllegalArgumentException e) {
            throw new CellProblem(r.place(), e.getMessage());
        }
    }

    /** The row's time: a time cell (a fraction of a day) or text HH:MM. */
    private static LocalTime time(FilledWorkbook.DiaryRow r) {
        String title = r.entry().columns().get(0);
        Object v = r.value(title);
        String place = r.placeOf(title);
        if (v == null) {
            throw new CellProblem(place, "Time: empty; write when it began as HH:MM");
        }
        if (v instanceof Double d) {
            if (d < 0 || d >= 1) {
                throw new CellProblem(place, "Time: " + Numbers.plain(d)
                        + " is not a time of day; write HH:MM");
            }
            int minutes = (int) Math.round(d * 24 * 60) % (24 * 60);
            return LocalTime.of(minutes / 60, minutes % 60);
        }
        try {
            return DiaryTime.parse("Time", v.toString());
        } catch (IllegalArgumentException e) {
            throw new CellProblem(place, e.getMessage());
        }
    }

    private static String text(FilledWorkbook.DiaryRow r, String title) {
        Object v = r.value(title);
        if (v == null) {
            return null;
        }
        if (v instanceof Double d) {
            return Numbers.plain(d);
        }
        if (v instanceof Boolean b) {
            return b ? "yes" : "no";
        }
        String s = v.toString();
        if (s.startsWith("=")) {
            throw new CellProblem(r.placeOf(title), title + ": a formula (" + Text.printable(s) + "); type the value");
        }
        return s;
    }

    private static Double number(FilledWorkbook.DiaryRow r, String title) {
        Object v = r.value(title);
        if (v == null) {
            return null;
        }
        if (v instanceof Double d) {
            return d;
        }
        String s = text(r, title);
        try {
            return Numbers.parse(s, title);
        } catch (IllegalArgumentException e) {
            throw new CellProblem(r.placeOf(title), e.getMessage().startsWith(title) ? e.getMessage()
                    : title + ": '" + Text.printable(s) + "' is not a number");
        }
    }

    private static Integer whole(FilledWorkbook.DiaryRow r, String title, int max) {
        Double v = number(r, title);
        if (v == null) {
            return null;
        }
        if (v != Math.rint(v) || v < 0 || v > max) {
            throw new CellProblem(r.placeOf(title), title + ": " + Numbers.plain(v)
                    + " is not a whole number from 0 to " + max);
        }
        return v.intValue();
    }

    private static Boolean yesNo(FilledWorkbook.DiaryRow r, String title) {
        Object v = r.value(title);
        if (v == null) {
            return null;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        String s = text(r, title).toLowerCase(Locale.ROOT);
        if (List.of("yes", "y", "true", "1").contains(s)) {
            return true;
        }
        if (List.of("no", "n", "false", "0").contains(s)) {
            return false;
        }
        throw new CellProblem(r.placeOf(title), title + ": '" + Text.printable(s) + "' is not yes or no");
    }
}
