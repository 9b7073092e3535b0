package org.ketoplan.diary;

/**
 * A diary row that cannot be used, with its place.
 *
 * @param place "DIR/meals.csv:14"
 * @param message what is wrong: "eaten_g: '12,5' uses a decimal comma; write 12.5 with a decimal point"
 */
public record DiaryProblem(String place, String message) {
    @Override
    public String toString() {
        return place + ": " + message;
    }
}
