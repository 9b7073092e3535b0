package org.ketoplan.common;

import java.util.Collection;
import java.util.Optional;

/**
 * "Did you mean ...?": the closest of a few known words to a mistyped one, for messages about an unknown field, meal
 * or slot name.
 */
public final class Suggestions {
    /** A word this many edits away or more is not offered (a different word, not a typo). */
    private static final int TOO_FAR = 3;

    private Suggestions() {
    }

    /**
     * The candidate fewest edits from {@code word} (ignoring case; the first of equals), if fewer than three edits.
     */
    public static Optional<String> closest(String word, Collection<String> candidates) {
        String closest = null;
        int best = TOO_FAR;
        String w = word.toLowerCase(java.util.Locale.ROOT);
        for (String c : candidates) {
            int d = distance(w, c.toLowerCase(java.util.Locale.ROOT));
            if (d < best) {
                best = d;
                closest = c;
            }
        }
        return Optional.ofNullable(closest);
    }

    /** The edit distance of two short words (insertions, deletions, substitutions, adjacent swaps). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
