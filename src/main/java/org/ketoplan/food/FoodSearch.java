package org.ketoplan.food;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Relevance ranking of foods for a typed query.
 *
 * <p>Each query word is matched against the words of a food's name: a whole word scores 3, the start of a word 2,
 * anywhere inside a word 1 (a plural "eggs" also tries "egg"). Foods are ordered by the number of query words
 * matched (all words first), then by the sum of match scores (whole words and prefixes before substrings), then
 * by name length (shorter first), then by id. An id typed exactly ranks first.
 */
final class FoodSearch {
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private final List<Food> foods;
    private final String[][] words;
    /** Each name's words joined by spaces: one indexOf rules out a food that cannot match a query word. */
    private final String[] joined;
    private final String[] ids;

    FoodSearch(List<Food> foods) {
        this.foods = foods;
        this.words = new String[foods.size()][];
        this.joined = new String[foods.size()];
        this.ids = new String[foods.size()];
        for (int i = 0; i < foods.size(); i++) {
            words[i] = words(foods.get(i).name());
            joined[i] = String.join(" ", words[i]);
            ids[i] = foods.get(i).id().toLowerCase(Locale.ROOT);
        }
    }

    /** The lower-case words of {@code text}, accents removed. */
    static String[] words(String text) {
        if (isAscii(text)) {
            return asciiWords(text);
        }
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        String[] parts = NON_WORD.split(plain.toLowerCase(Locale.ROOT));
        List<String> out = new ArrayList<>(parts.length);
        for (String p : parts) {
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return out.toArray(new String[0]);
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /** {@link #words} for ASCII text, without Normalizer and regex (both slow in a JVM that has just started). */
    private static String[] asciiWords(String text) {
        List<String> out = new ArrayList<>(12);
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean word = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                out.add(text.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
        }
        return out.toArray(new String[0]);
    }

    List<SearchHit> search(String query, int limit) {
        String[] q = words(query);
        String exactId = query.trim().toLowerCase(Locale.ROOT);
        if (q.length == 0 || limit <= 0) {
            return List.of();
        }
        String[] singular = new String[q.length];
        for (int k = 0; k < q.length; k++) {
            singular[k] = q[k].length() > 3 && q[k].endsWith("s") ? q[k].substring(0, q[k].length() - 1) : null;
        }
        List<Scored> scored = new ArrayList<>();
        for (int i = 0; i < foods.size(); i++) {
            if (ids[i].equals(exactId)) {
                scored.add(new Scored(i, Integer.MAX_VALUE, Integer.MAX_VALUE));
                continue;
            }
            int matched = 0;
            int quality = 0;
            for (int k = 0; k < q.length; k++) {
                int s = joined[i].contains(q[k]) ? best(q[k], words[i]) : 0;
                if (s == 0 && singular[k] != null && joined[i].contains(singular[k])) {
                    s = best(singular[k], words[i]);
                }
                if (s > 0) {
                    matched++;
                    quality += s;
                }
            }
            if (matched > 0) {
                scored.add(new Scored(i, matched, quality));
            }
        }
        scored.sort(Comparator.comparingInt(Scored::matched).reversed()
                .thenComparing(Comparator.comparingInt(Scored::quality).reversed())
                .thenComparingInt(s -> foods.get(s.index).name().length())
                .thenComparing(s -> foods.get(s.index).id()));
        List<SearchHit> hits = new ArrayList<>(Math.min(limit, scored.size()));
        for (Scored s : scored.subList(0, Math.min(limit, scored.size()))) {
            double score = s.matched == Integer.MAX_VALUE ? Double.MAX_VALUE : s.matched * 100.0 + s.quality;
            hits.add(new SearchHit(foods.get(s.index), score));
        }
        return hits;
    }

    /** True when every word of the query matches {@code food}'s name as a whole word or a word start. */
    static boolean matchesAllWords(String query, Food food) {
        String[] names = words(food.name());
        for (String w : words(query)) {
            if (best(w, names) < 2) {
                return false;
            }
        }
        return true;
    }

    private static int best(String w, String[] names) {
        int best = 0;
        for (String n : names) {
            if (n.equals(w)) {
                return 3;
            }
            if (n.startsWith(w)) {
                best = 2;
            } else if (best == 0 && n.contains(w)) {
                best = 1;
            }
        }
        return best;
    }

    /** Foods whose name words are within a small edit distance of the query's words: suggestions for a typo. */
    List<Food> closest(String query, int limit) {
        String[] q = words(query);
        List<Scored> scored = new ArrayList<>();
        for (int i = 0; i < foods.size(); i++) {
            int total = 0;
            int close = 0;
            for (String w : q) {
                int d = Integer.MAX_VALUE;
                for (String n : words[i]) {
                    d = Math.min(d, distance(w, n));
                }
                if (d <= Math.max(1, w.length() / 3)) {
                    close++;
                    total += d;
                }
            }
            if (close > 0) {
                scored.add(new Scored(i, close, -total));
            }
        }
        scored.sort(Comparator.comparingInt(Scored::matched).reversed()
                .thenComparing(Comparator.comparingInt(Scored::quality).reversed())
                .thenComparingInt(s -> foods.get(s.index).name().length()));
        List<Food> out = new ArrayList<>();
        for (Scored s : scored.subList(0, Math.min(limit, scored.size()))) {
            out.add(foods.get(s.index));
        }
        return out;
    }

    /** Levenshtein distance, stopping early past 3. */
    static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 3) {
            return 4;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private record Scored(int index, int matched, int quality) {
    }
}
