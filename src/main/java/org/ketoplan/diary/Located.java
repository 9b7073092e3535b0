package org.ketoplan.diary;

/**
 * A diary entry with the file and line it was read from.
 *
 * @param value the entry
 * @param place "DIR/meals.csv:14"
 * @param line the line number (1 = the header)
 * @param <T> the entry type
 */
public record Located<T>(T value, String place, int line) {
}
