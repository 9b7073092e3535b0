package org.ketoplan.diary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The 4-week trend a neurologist asks for: each of the report's last four weeks against the week before it (plan
 * week N - 1; for week 1, the seven days before the plan's start, when the baseline diary holds them), measure by
 * measure, with the direction and size of the change.
 */
final class WeekTrends {
    /** How many of the last weeks get a trend. */
    static final int WEEKS = 4;

    private WeekTrends() {
    }

    /**
     * The measures of one week (null where nothing was recorded).
     *
     * @param adherencePct adherent meals / planned meals x 100 (null before the plan)
     * @param seizuresPerDay seizure episodes per day
     * @param spasmsPerDay spasms per day
     * @param ketonesMeanMmol mean blood ketones
     * @param sleepHours mean sleep
     * @param stress mean stress (0-3)
     * @param daysIll days ill
     */
    record Figures(Double adherencePct, Double seizuresPerDay, Double spasmsPerDay, Double ketonesMeanMmol,
                   Double sleepHours, Double stress, int daysIll) {
    }

    /** The trends of the last {@value #WEEKS} of {@code weeks}; {@code figures} gives a date range's measures. */
    static List<AdherenceReport.Trend> of(BiFunction<LocalDate, LocalDate, Figures> figures, LocalDate planStart,
                                          List<AdherenceReport.Week> weeks) {
        List<AdherenceReport.Trend> out = new ArrayList<>();
        for (AdherenceReport.Week w : weeks.subList(Math.max(0, weeks.size() - WEEKS), weeks.size())) {
            LocalDate prevFrom = planStart.plusDays(7L * (w.week() - 2));
            LocalDate prevTo = prevFrom.plusDays(6);
            Figures now = figures.apply(w.from(), w.to());
            Figures before = figures.apply(prevFrom, prevTo);
            List<AdherenceReport.Change> changes = new ArrayList<>();
            changes.add(change("adherence %", before.adherencePct(), now.adherencePct()));
            changes.add(change("clusters or seizures per day", before.seizuresPerDay(), now.seizuresPerDay()));
            changes.add(change("spasms per day", before.spasmsPerDay(), now.spasmsPerDay()));
            changes.add(change("blood ketones, mean mmol/L", before.ketonesMeanMmol(), now.ketonesMeanMmol()));
            changes.add(change("sleep, mean hours", before.sleepHours(), now.sleepHours()));
            changes.add(change("stress, mean (0-3)", before.stress(), now.stress()));
            changes.add(change("days ill", (double) before.daysIll(), (double) now.daysIll()));
            out.add(new AdherenceReport.Trend(w.week(), w.from(), w.to(), prevFrom, prevTo, changes));
        }
        return out;
    }

    /** The change from {@code previous} to {@code current}; unknown when either is. */
    static AdherenceReport.Change change(String measure, Double previous, Double current) {
        if (previous == null || current == null) {
            return new AdherenceReport.Change(measure, previous, current, null, null, null);
        }
        double d = current - previous;
        String direction = Math.abs(d) < 1e-9 ? "no change" : d > 0 ? "up" : "down";
        return new AdherenceReport.Change(measure, previous, current, d, previous == 0 ? null : d / previous * 100,
                direction);
    }
}
