package org.ketoplan.diary;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ketoplan.common.BadInputException;

/**
 * Logs a seizure event (a cluster of spasms, or another seizure) to {@code seizures.csv}. An event already logged
 * at the same date and time is refused unless the entry is a correction ({@code replace}), which appends a row that
 * supersedes it; a withdrawal appends a row without values that takes a mistaken event out.
 */
public final class SeizureLog {
    private SeizureLog() {
    }

    /**
     * The row written, the day's events after it, and warnings about the diary's files.
     *
     * @param row the row appended
     * @param day the events of the row's date in force after it, by time
     * @param warnings an interrupted entry taken out, an incomplete line moved
     */
    public record Result(SeizureEvent row, List<SeizureEvent> day, List<String> warnings) {
        /** Clusters of spasms that day. */
        public int clusters() {
            return (int) day.stream().filter(e -> e.type() == SeizureType.SPASMS).count();
        }

        /** Spasms counted that day (clusters without a count add none). */
        public int spasms() {
            return day.stream().mapToInt(e -> e.spasms() == null ? 0 : e.spasms()).sum();
        }

        /** Other seizures that day. */
        public int others() {
            return (int) day.stream().filter(e -> e.type() == SeizureType.OTHER).count();
        }

        /** "2 clusters of spasms (20 spasms counted), 0 other seizures": the day's count after the row. */
        public String dayCounts() {
            return clusters() + " cluster" + (clusters() == 1 ? "" : "s") + " of spasms (" + spasms() + " spasm"
                    + (spasms() == 1 ? "" : "s") + " counted), " + others() + " other seizure"
                    + (others() == 1 ? "" : "s");
        }
    }

    /**
     * Appends {@code event} under the diary's lock.
     *
     * @throws BadInputException when an event is already logged at its time without {@code replace}, or a withdrawal
     *                           finds nothing to withdraw
     */
    public static Result log(Path dir, SeizureEvent event, boolean replace) {
        try (DiaryFiles diary = DiaryFiles.forAppending(dir)) {
            Map<String, Located<SeizureEvent>> inForce = new TreeMap<>();
            for (Located<SeizureEvent> row : diary.seizures().rows()) {
                if (row.value().date().equals(event.date())) {
                    if (row.value().withdrawn()) {
                        inForce.remove(row.value().key());
                    } else {
                        inForce.put(row.value().key(), row);
                    }
                }
            }
            Located<SeizureEvent> before = inForce.get(event.key());
            String when = DiaryTime.format(event.time()) + " on " + event.date();
            if (event.withdrawn() && before == null) {
                throw BadInputException.at("time", "no seizure is logged at " + when + " to withdraw");
            }
            if (!event.withdrawn() && before != null && !replace) {
                throw BadInputException.at(before.place(), "a seizure is already logged at " + when
                        + "; correct it as a replacement (a new row is appended and supersedes the earlier one), or "
                        + "give this one its own time");
            }
            diary.appendSeizures(List.of(event));
            List<SeizureEvent> day = new ArrayList<>();
            inForce.remove(event.key());
            inForce.values().forEach(l -> day.add(l.value()));
            if (!event.withdrawn()) {
                day.add(event);
            }
            day.sort(java.util.Comparator.comparing(SeizureEvent::time));
            return new Result(event, day, diary.warnings());
        }
    }
}
