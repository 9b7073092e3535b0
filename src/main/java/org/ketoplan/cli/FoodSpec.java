package org.ketoplan.cli;

import org.ketoplan.common.BadInputException;
import org.ketoplan.common.Limits;
import org.ketoplan.app.FoodChoice;
import org.ketoplan.nutrition.Numbers;

/**
 * A food as typed after {@code --food}: {@code ID} or a name (any amount), {@code ID=GRAMS} (fixed),
 * {@code ID=MIN..MAX} (bounds), each optionally followed by {@code ~GRAMS} (the preferred, recipe amount).
 * Names may contain spaces, commas and '=' , so the text is read from the right: a trailing {@code ~number}, then
 * a trailing {@code =number} or {@code =number..number}; whatever is left is the id or name.
 */
final class FoodSpec {
    private FoodSpec() {
    }

    /** The food choice {@code text} describes (its food resolved later, by the service); errors name {@code option}. */
    static FoodChoice parse(String option, String text, boolean counted) {
        String place = option + " " + text;
        String rest = text.trim();
        Double preferred = null;
        int tilde = rest.lastIndexOf('~');
        if (tilde > 0 && isNumber(rest.substring(tilde + 1))) {
            preferred = amount(place, rest.substring(tilde + 1));
            if (preferred == 0) {
                throw BadInputException.at(place, "the preferred amount must be above zero");
            }
            rest = rest.substring(0, tilde).trim();
        }
        double min = 0;
        double max = Double.POSITIVE_INFINITY;
        int eq = rest.lastIndexOf('=');
        boolean amountGiven = false;
        if (eq > 0) {
            String right = rest.substring(eq + 1).trim();
            int dots = right.indexOf("..");
            if (dots >= 0 && isNumber(right.substring(0, dots)) && isNumber(right.substring(dots + 2))) {
                min = amount(place, right.substring(0, dots));
                max = amount(place, right.substring(dots + 2));
                if (min > max) {
                    throw BadInputException.at(place, "the least amount " + Numbers.plain(min)
                            + " is above the largest " + Numbers.plain(max));
                }
                amountGiven = true;
            } else if (isNumber(right)) {
                min = amount(place, right);
                max = min;
                amountGiven = true;
            } else if (right.startsWith("-") || right.contains("..")) {
                throw BadInputException.at(place, "'" + right + "' is not GRAMS or MIN..MAX (grams must not be "
                        + "negative)");
            }
            if (amountGiven) {
                rest = rest.substring(0, eq).trim();
            }
        }
        if (!counted && !(amountGiven && min == max)) {
            throw BadInputException.at(place, "give the seasoning's amount: ID=GRAMS");
        }
        if (rest.isEmpty()) {
            throw BadInputException.at(place, "no food named");
        }
        return new FoodChoice(rest, min, max, preferred, counted);
    }

    private static boolean isNumber(String s) {
        return s.trim().matches("[-+]?\\d+([.,]\\d+)?|[-+]?\\.\\d+");
    }

    private static double amount(String place, String s) {
        double v;
        try {
            v = Numbers.parse(s, "amount");
        } catch (IllegalArgumentException e) {
            throw BadInputException.at(place, e.getMessage());
        }
        if (v < 0) {
            throw BadInputException.at(place, "amounts must not be negative (" + s.trim() + ")");
        }
        if (v > Limits.GRAMS) {
            throw BadInputException.at(place, s.trim() + " is more than " + Numbers.plain(Limits.GRAMS) + ", the most "
                    + "ketoplan takes for one amount");
        }
        return v;
    }
}
