package org.ketoplan.safety;

import org.ketoplan.nutrition.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.ketoplan.common.BadInputException;
import org.ketoplan.common.Phrase;
import org.ketoplan.compose.AmountLimits;
import org.ketoplan.compose.Tolerances;
import org.ketoplan.prescription.Bounds;
import org.ketoplan.prescription.Citation;

/**
 * Every default and safety rule ketoplan applies, each with its source and how well that source was read: what
 * {@code ketoplan sources} lists.
 */
public final class Sources {
    private Sources() {
    }

    /**
     * One default or rule.
     *
     * @param topic what it is about ("energy", "food-safety rule")
     * @param wording the value or rule in words, a setting a person gives named by its field ("accept_weight"),
     *                which each front end writes with its own label
     * @param source where it comes from, or null for ketoplan's own choice (explained in the wording)
     */
    public record Entry(String topic, Phrase wording, Citation source) {
        /** An entry whose words name no setting. */
        public Entry(String topic, String what, Citation source) {
            this(topic, Phrase.of(what), source);
        }

        /** The value or rule in words, each setting named by its field. */
        public String what() {
            return wording.toString();
        }

        /** The value or rule in words, each setting written by {@code label} (a front end's name for the field). */
        public String what(UnaryOperator<String> label) {
            return wording.render(label);
        }

        /** "P", "S", "U", or "ketoplan" for a choice of the program's own. */
        public String tag() {
            return source == null ? "ketoplan" : source.tag().name();
        }
    }

    /** Every entry, grouped by topic. */
    public static List<Entry> all() {
        List<Entry> out = new ArrayList<>();
        out.add(new Entry("energy", "under 12 months: the infant energy requirement, mean of boys and girls, 460 "
                + "kJ/kg/d at 1 month (also used below 1 month), 339 kJ/kg/d at 6 months and on (a plateau), a straight "
                + "line in between; / 4.184 = kcal (1 month 109.9, 2 months 104.2, 6 months 81.0 kcal/kg/d); 100 % of "
                + "a healthy infant's need. Chosen over FAO/WHO/UNU 2004, whose monthly figures rest on the same "
                + "analysis but were read only in a secondary transcription", Citation.BUTTE_2005));
        out.add(new Entry("energy", "from 12 months: 12-18 mo 75, 18 mo-3 y 70, 4-6 y 65, 7-8 y 60, 9-10 y 55, "
                + "11-14 y <= 40 kcal/kg/d (ages in completed years; from 15 y give the energy)",
                Citation.COMPASS_2013));
        out.add(new Entry("energy", "energy: eer: IOM estimated energy requirement, 0-3 mo 89 x kg - 100 + 175; "
                + "4-6 mo + 56; 7-12 mo + 22; 13-35 mo + 20", Citation.IOM_2005_EER));
        out.add(new Entry("protein", "default: the larger of 1.5 g per 100 kcal (poor linear growth at <= 1.4) and "
                + "the reference intake for the age", Citation.NATION_2014));
        out.add(new Entry("protein", "reference intake: 0-6 mo AI 1.52 g/kg/d, 7-12 mo RDA 1.2, 1-3 y RDA 1.05, "
                + "4-13 y 0.95, 14-18 y 0.85, from 19 y 0.80", Citation.IOM_2005));
        out.add(new Entry("micronutrients", "day checks against the DRI (RDA or AI) for 0-6 mo, 7-12 mo and 1-3 y; "
                + "a value a food's data do not state makes the check 'unknown', never 0 % or 'needs supplement'",
                Citation.DRI_2011));
        out.add(new Entry("fluid", "Holliday-Segar: 100 ml/kg for the first 10 kg, 50 ml/kg for the next 10, "
                + "20 ml/kg above", Citation.HOLLIDAY_SEGAR_1957));
        out.add(new Entry("fluid", "under 6 months, milk-fed: 150 ml/kg/day of feed, counted as the feeds' (and "
                + "breastfeeds') volume", Citation.BNFC_2011));
        out.add(new Entry("fluid", "6-11 months: 800 ml/day of water from all food and drink (the adequate intake "
                + "of total water at 7-12 months); the water of every food counts", Citation.IOM_2005_WATER));
        out.add(new Entry("meal pattern", "under 6 months six equal milk feeds about 3.5 hours apart; 6-11 months "
                + "four milk feeds with half the day's energy and three solid meals with the other half (about 0.6 L "
                + "of milk a day at 7-12 months, IOM 2005 water DRIs); from 12 months four equal meals", null));
        out.add(new Entry("breast milk", "per 100 ml: fat 3.5 g, protein 0.9 g, carbohydrate 6.7 g, 67 kcal, "
                + "water 87 g (IOM 2005 water DRIs)", Citation.BALLARD_2013));
        out.add(new Entry("meals", "protein within +-" + Tolerances.DEFAULT_PROTEIN_PCT
                + " % of each meal's target, so the day's stays within 90-110 %; no counted food below "
                + AmountLimits.MIN_WEIGHABLE_STEPS + " scale steps (weighed to within 10 %); "
                + "a meal's counted foods at most " + Numbers.plain(AmountLimits.MEAL_G_PER_KG)
                + " g/kg of the child (400 g without a child), one food at most half of that", null));
        out.add(new Entry("feeds", "warnings above 1 kcal/ml, above 30 ml/kg a feed (rules of thumb) and, under 6 "
                + "months, outside 150-200 ml/kg a day (BNF for Children)", null));
        out.add(new Entry("dietary unit", "rounded down to whole units only when asked (units_rounding: down), as "
                + "in hand calculations", Citation.ISRN_2012_UNITS));
        out.add(new Entry("carbohydrate", "counted net (total - fibre) by default, as KetoCal 4:1 is 4:1 on "
                + "available carbohydrate", Citation.NUTRICIA_KETOCAL_41));
        out.add(new Entry("dietary unit", "9 x ratio + 4 kcal; fat = ratio x units; carbohydrate = units - protein",
                Citation.COMPASS_2013));
        out.add(new Entry("textures", "smooth purée and mashed from 6 months, soft pieces and finger food from "
                + "8 months, drinks at any age", Citation.PAHO_WHO_2003));
        out.add(new Entry("bounds", "refused past: " + Numbers.plain(Bounds.KCAL) + " kcal a day; "
                + Numbers.plain(Bounds.KCAL_PER_KG) + " kcal/kg a day (almost twice Butte 2005's highest infant "
                + "requirement); " + Numbers.plain(Bounds.PROTEIN_G) + " g protein a day; "
                + Numbers.plain(Bounds.PROTEIN_G_PER_KG) + " g/kg a day (over three times the highest reference intake); "
                + Numbers.plain(Bounds.PROTEIN_G_PER_100KCAL) + " g per 100 kcal; ratio 0.5 to 6", null));
        SafetyRules rules = SafetyRules.shipped();
        out.add(new Entry("weight", Phrase.of("outside the WHO weight-for-age 0.1st to 99.9th percentile (0-36 "
                + "months; as the patient file has no sex, the lower of boys' and girls' 0.1st and the higher of their "
                + "99.9th; a straight line between the tabulated ages): a warning on every output; below half the 0.1st "
                + "or above twice the 99.9th percentile: refused unless the weight is accepted (",
                BadInputException.ref("accept_weight"), "); from 36 months not checked (the table ketoplan carries "
                + "ends there)"), rules.weightSource()));
        out.add(new Entry("allergens", "groups: the EU 14 (milk, egg, fish, crustaceans, molluscs, tree nuts, "
                + "peanuts, soy, sesame, gluten, celery, mustard, sulphites, lupin) and the US 9 (adds wheat); each "
                + "shipped food's groups in foods/allergens.csv, derived from SR food groups and name rules, products "
                + "from their labels", Citation.EU_1169_2011));
        out.add(new Entry("allergens", "coconut is no tree nut (not in EU Annex II; removed from the FDA's tree "
                + "nuts in January 2025): coconut milk and oil are allowed for a tree-nut allergy",
                Citation.FDA_ALLERGENS_2025));
        out.add(new Entry("allergens", "a food whose allergens are not known, or a mixed food whose list is not "
                + "complete, is not given to a child with an allergy unless the patient file vouches for it after "
                + "its label was read: allow: [{food: ID, reason: ...}]", null));
        for (SafetyRules.AgeRule r : rules.rules()) {
            out.add(new Entry("food-safety rule " + r.id(), r.what() + " not " + r.ages() + ": " + r.why()
                    + (r.textures().isEmpty() ? "" : " (in " + String.join(" or ", r.textures().stream().sorted()
                    .toList()) + ")") + (r.drinkOnly() ? " (as a drink)" : ""), r.source()));
        }
        for (SafetyRules.ProductIndication p : rules.products()) {
            out.add(new Entry("product " + p.food(), p.verified() ? Phrase.of("from " + p.fromMonths() + " months: '"
                    + p.indication() + "'; a younger child only with allow: [{product: " + p.food() + ", reason: "
                    + "...}] or ", BadInputException.ref("allow_product"), ", said on every output")
                    : Phrase.of("age indication not verified: allowed, and every output that uses it for a child says "
                    + "'age indication not verified: check the label'"), p.verified() ? p.source() : null));
        }
        return out;
    }
}
