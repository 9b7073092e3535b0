package org.ketoplan.prescription;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How a child's day is fed: milk feeds only, milk feeds beside solid meals (weaning), or meals (with feeds only
 * where the dietitian names them). The default by age, and the default slots when the patient file names no meals,
 * are ketoplan's rules, shown with every prescription:
 *
 * <ul>
 *   <li>Under 6 months, {@link #FEEDS}: six equal feeds about 3.5 hours apart (06:00 to 23:30). Solids start at
 *       about 6 months (PAHO/WHO, Guiding principles for complementary feeding of the breastfed child, 2003);
 *       infants on the ketogenic diet may keep breastfeeding (van der Louw et al., Eur J Paediatr Neurol 2016,
 *       doi:10.1016/j.ejpn.2016.07.009).</li>
 *   <li>6 to 11 months, {@link #FEEDS_AND_MEALS}: four milk feeds with half the day's energy (12.5 % each) and
 *       three solid meals with the other half (one sixth each). At 7-12 months infants drink about 0.6 L of milk a
 *       day (IOM 2005, Dietary Reference Intakes for Water, Potassium, Sodium, Chloride, and Sulfate, pp. 141-142),
 *       about 400 kcal at 60-70 kcal/100 ml (Delegated Regulation (EU) 2016/127, Annex I): about half the day's
 *       energy; four feeds keep each feed within 30 ml/kg while the feeds bring the day's water.</li>
 *   <li>From 12 months, {@link #MEALS}: four equal meals (breakfast, lunch, tea, supper), as in the template of
 *       {@code ketoplan init}; feeds only where the patient file has them.</li>
 * </ul>
 */
public enum MealPattern {
    /** Milk feeds only. */
    FEEDS("feeds"),
    /** Milk feeds and solid meals in one day. */
    FEEDS_AND_MEALS("feeds and meals"),
    /** Meals, with feeds only where named. */
    MEALS("meals");

    /** The age in months from which solids are offered by default (about 6 months, WHO). */
    public static final int SOLIDS_FROM_MONTHS = 6;
    /** The age in months from which the default is meals. */
    public static final int MEALS_FROM_MONTHS = 12;

    private final String word;

    MealPattern(String word) {
        this.word = word;
    }

    /** The words used in files and output ("feeds and meals"). */
    public String word() {
        return word;
    }

    /** "feeds", "feeds and meals" (or "feeds-and-meals", "weaning"), "meals"; any case. */
    public static MealPattern parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT).replace('-', ' ').replace('_', ' ');
        if (t.equals("weaning")) {
            return FEEDS_AND_MEALS;
        }
        for (MealPattern p : values()) {
            if (p.word.equals(t)) {
                return p;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a meal pattern: give feeds, feeds and meals, or "
                + "meals");
    }

    /** The default pattern at {@code ageMonths}. */
    public static MealPattern forAge(int ageMonths) {
        return ageMonths < SOLIDS_FROM_MONTHS ? FEEDS : ageMonths < MEALS_FROM_MONTHS ? FEEDS_AND_MEALS : MEALS;
    }

    /** Why this pattern is the default, for the prescription's sources. */
    public String source() {
        return switch (this) {
            case FEEDS -> "feeds only under 6 months: six equal feeds about 3.5 hours apart (ketoplan's rule; solids "
                    + "from about 6 months, PAHO/WHO 2003)";
            case FEEDS_AND_MEALS -> "6-11 months: four milk feeds with half the day's energy and three solid meals "
                    + "with the other half (ketoplan's rule: about 0.6 L milk a day at 7-12 months, IOM 2005 water "
                    + "DRIs pp. 141-142, is about half the day's energy)";
            case MEALS -> "from 12 months: four equal meals (ketoplan's rule, as in 'ketoplan init')";
        };
    }

    /** The default meals and feeds of this pattern, each with its kind, time and equal share. */
    public List<MealSlot> defaultSlots() {
        List<MealSlot> out = new ArrayList<>();
        switch (this) {
            case FEEDS -> {
                String[] times = {"06:00", "09:30", "13:00", "16:30", "20:00", "23:30"};
                for (int i = 0; i < times.length; i++) {
                    out.add(slot("feed " + (i + 1), times[i], 1.0 / times.length, MealSlot.FEED));
                }
            }
            case FEEDS_AND_MEALS -> {
                out.add(slot("morning feed", "06:30", 0.125, MealSlot.FEED));
                out.add(slot("breakfast", "08:00", 1.0 / 6, MealSlot.MEAL));
                out.add(slot("mid-morning feed", "10:00", 0.125, MealSlot.FEED));
                out.add(slot("lunch", "12:00", 1.0 / 6, MealSlot.MEAL));
                out.add(slot("afternoon feed", "14:30", 0.125, MealSlot.FEED));
                out.add(slot("tea", "17:00", 1.0 / 6, MealSlot.MEAL));
                out.add(slot("bedtime feed", "19:00", 0.125, MealSlot.FEED));
            }
            case MEALS -> {
                out.add(slot("breakfast", "07:30", 0.25, MealSlot.MEAL));
                out.add(slot("lunch", "12:00", 0.25, MealSlot.MEAL));
                out.add(slot("tea", "15:30", 0.25, MealSlot.MEAL));
                out.add(slot("supper", "18:30", 0.25, MealSlot.MEAL));
            }
            default -> throw new IllegalStateException(name());
        }
        return out;
    }

    private static MealSlot slot(String name, String time, double share, String kind) {
        return new MealSlot(name, LocalTime.parse(time), share, kind);
    }

    /**
     * Whether a meal of this pattern is a feed: its own {@code kind} when given; under {@link #FEEDS} every one;
     * otherwise a name with "feed" or "bottle" in it.
     */
    public boolean isFeed(MealSlot m) {
        if (m.kind() != null) {
            return MealSlot.FEED.equals(m.kind());
        }
        if (this == FEEDS) {
            return true;
        }
        String n = m.name().toLowerCase(Locale.ROOT);
        return n.contains("feed") || n.contains("bottle");
    }
}
