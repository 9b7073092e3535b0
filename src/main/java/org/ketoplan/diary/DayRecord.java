package org.ketoplan.diary;

import org.ketoplan.prescription.ActionLevels;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * What the diary says about one day's seizures and blood readings, combined from {@code seizures.csv},
 * {@code readings.csv} and the day's row of {@code days.csv} by one rule: the detailed, timed record wins, and the
 * day's single figure fills in only where there is none.
 *
 * <ul>
 *   <li>Seizures: a cluster of spasms is one seizure episode, another seizure is one. On a day with events logged,
 *   the episodes are the events (the day's count, if also given, is not added: it describes the same seizures, and
 *   a count that differs is noted); on a day without events, the day's count. A day with neither is unknown, never
 *   0: a seizure-free day is logged with a count of 0 (then its clusters and spasms are 0 too).</li>
 *   <li>Blood ketones: the timed readings of the day; without any, the day's single reading.</li>
 * </ul>
 *
 * @param date the day
 * @param episodes clusters plus other seizures, or the day's count; null when nothing was recorded
 * @param clusters clusters of spasms (null without events)
 * @param spasms spasms counted in the clusters (null when no cluster has a count)
 * @param uncountedClusters clusters whose spasms were not counted
 * @param others other seizures (null without events)
 * @param rescues events with a rescue medicine given
 * @param minutes minutes of seizures: the events' durations when any is given, else the day's figure
 * @param fromEvents true when the seizure figures come from events
 * @param dayCount the day's count from {@code days.csv}, or null
 * @param ketones the day's blood ketone readings in mmol/L
 * @param glucose the day's blood glucose readings in mmol/L
 * @param flags the readings at an action level, with their times
 */
public record DayRecord(LocalDate date, Integer episodes, Integer clusters, Integer spasms, int uncountedClusters,
                        Integer others, int rescues, Double minutes, boolean fromEvents, Integer dayCount,
                        List<Double> ketones, List<Double> glucose, List<TimedFlag> flags) {
    /** Copies the lists. */
    public DayRecord {
        ketones = List.copyOf(ketones);
        glucose = List.copyOf(glucose);
        flags = List.copyOf(flags);
    }

    /**
     * A flagged reading.
     *
     * @param date the day
     * @param time the time, or null for the day's untimed reading
     * @param flag what reached which level
     */
    public record TimedFlag(LocalDate date, LocalTime time, ActionLevels.Flag flag) {
        /** "2026-01-07 06:40: blood glucose 2.3 mmol/L: at or below 2.5 mmol/L, the level to act on". */
        @Override
        public String toString() {
            return date + (time == null ? "" : " " + DiaryTime.format(time)) + ": " + flag.text();
        }
    }

    /** The day's record from its row of days.csv (or null) and its events and readings (in force, by time). */
    public static DayRecord of(LocalDate date, DayEntry day, List<SeizureEvent> events, List<Reading> readings,
                               ActionLevels levels) {
        Integer count = day == null ? null : day.seizures();
        Integer episodes;
        Integer clusters = null;
        Integer spasms = null;
        Integer others = null;
        int uncounted = 0;
        int rescues = 0;
        Double minutes = day == null ? null : day.seizureMinutes();
        if (!events.isEmpty()) {
            int c = 0;
            int o = 0;
            int s = 0;
            boolean anySpasms = false;
            double m = 0;
            boolean anyMinutes = false;
            for (SeizureEvent e : events) {
                if (e.type() == SeizureType.SPASMS) {
                    c++;
                    if (e.spasms() != null) {
                        s += e.spasms();
                        anySpasms = true;
                    } else {
                        uncounted++;
                    }
                } else {
                    o++;
                }
                rescues += e.rescued() ? 1 : 0;
                if (e.durationMin() != null) {
                    m += e.durationMin();
                    anyMinutes = true;
                }
            }
            clusters = c;
            others = o;
            spasms = anySpasms ? s : null;
            episodes = c + o;
            minutes = anyMinutes ? Double.valueOf(m) : minutes;
        } else {
            episodes = count;
            if (count != null && count == 0) {
                // a seizure-free day: no clusters, no spasms, no other seizure
                clusters = 0;
                spasms = 0;
                others = 0;
            }
        }
        List<Double> ketones = new ArrayList<>();
        List<Double> glucose = new ArrayList<>();
        List<TimedFlag> flags = new ArrayList<>();
        for (Reading r : readings) {
            if (r.ketonesBloodMmol() != null) {
                ketones.add(r.ketonesBloodMmol());
            }
            if (r.glucoseMmol() != null) {
                glucose.add(r.glucoseMmol());
            }
            levels.flags(r.ketonesBloodMmol(), r.glucoseMmol()).forEach(f -> flags.add(new TimedFlag(date, r.time(),
                    f)));
        }
        if (ketones.isEmpty() && day != null && day.ketonesBloodMmol() != null) {
            ketones.add(day.ketonesBloodMmol());
            levels.flags(day.ketonesBloodMmol(), null).forEach(f -> flags.add(new TimedFlag(date, null, f)));
        }
        return new DayRecord(date, episodes, clusters, spasms, uncounted, others, rescues, minutes,
                !events.isEmpty(), count, ketones, glucose, flags);
    }

    /** True when the day's count and its events disagree (both given). */
    public boolean countDiffers() {
        return fromEvents && dayCount != null && !dayCount.equals(episodes);
    }

    /** The mean of the day's ketone readings, or null. */
    public Double ketonesMean() {
        return mean(ketones);
    }

    /** The highest ketone reading, or null. */
    public Double ketonesMax() {
        return ketones.stream().max(Double::compare).orElse(null);
    }

    /** The lowest glucose reading, or null. */
    public Double glucoseMin() {
        return glucose.stream().min(Double::compare).orElse(null);
    }

    static Double mean(List<Double> values) {
        return values.isEmpty() ? null : values.stream().mapToDouble(Double::doubleValue).sum() / values.size();
    }
}
