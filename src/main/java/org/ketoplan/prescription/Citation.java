package org.ketoplan.prescription;

import java.util.Locale;

/**
 * The published sources of ketoplan's defaults and safety rules, each with how well it was read: the citation is
 * what outputs print (title, year, DOI or URL), never a project-internal reference file.
 *
 * <p>Tags, as in the project's reference notes: {@link Tag#P} read in the primary source (guideline, regulator,
 * manufacturer, DRI or WHO table; an abstract counts for the values it states); {@link Tag#S} read in a secondary
 * source (a review, a charity or hospital page, a copy of the primary), used only where nothing better was found
 * and said so in the output; {@link Tag#U} not verified, never a default.
 */
public enum Citation {
    /** Butte 2005: infant energy requirements (abstract). */
    BUTTE_2005(Tag.P, "Butte NF. Energy requirements of infants. Public Health Nutr 2005;8(7A):953-967, "
            + "doi:10.1079/PHN2005790 (PMID 16277814, values of the abstract)"),
    /** The Compass Group manual's ketogenic-diet chapter. */
    COMPASS_2013(Tag.S, "Compass Group. Manual of Clinical Nutrition Management, 2013, Ketogenic Diet, p. E-15 "
            + "(read in a copy: https://issuhub.com/view/index/4629?pageIndex=206)"),
    /** IOM 2005 macronutrient DRIs (protein AI and RDA). */
    IOM_2005(Tag.P, "Institute of Medicine. Dietary Reference Intakes for Energy, Carbohydrate, Fiber, Fat, Fatty "
            + "Acids, Cholesterol, Protein, and Amino Acids. National Academies Press, 2005, doi:10.17226/10490"),
    /** The IOM EER equations, as read in DRI summary copies. */
    IOM_2005_EER(Tag.S, "Institute of Medicine 2005 (doi:10.17226/10490), estimated energy requirement "
            + "equations for infants and toddlers, read in DRI summary copies"),
    /** Nation 2014: protein-to-energy ratio and linear growth on the diet. */
    NATION_2014(Tag.P, "Nation J, Humphrey M, MacKay M, Boneh A. Linear growth of children on a ketogenic diet: "
            + "does the protein-to-energy ratio matter? J Child Neurol 2014;29(11):1496-1501, "
            + "doi:10.1177/0883073813508222 (PMID 24309243)"),
    /** The DRI micronutrient tables. */
    DRI_2011(Tag.P, "Institute of Medicine, Food and Nutrition Board. Dietary Reference Intakes, RDA and AI tables "
            + "for vitamins and elements (as updated with Dietary Reference Intakes for Calcium and Vitamin D, 2011, "
            + "doi:10.17226/13050)"),
    /** Holliday and Segar's maintenance fluid. */
    HOLLIDAY_SEGAR_1957(Tag.S, "Holliday MA, Segar WE. The maintenance need for water in parenteral fluid therapy. "
            + "Pediatrics 1957;19(5):823-832 (the formula as quoted in clinical references)"),
    /** The KetoCal 4:1 powder label. */
    NUTRICIA_KETOCAL_41(Tag.P, "Nutricia Canada, KetoCal 4:1 powder label, https://nutricia.ca/ketocal-4-1-powder/"),
    /** The Ross Carbohydrate Free label. */
    ABBOTT_RCF(Tag.P, "Abbott Australia, Ross Carbohydrate Free, https://proconnect.abbott/au/en/home/paediatric/"
            + "products/ross-carbohydrate-free.html"),
    /** EU infant formula rules. */
    EU_2016_127(Tag.P, "Commission Delegated Regulation (EU) 2016/127, Annex I (infant formula: the sole nutrition "
            + "of infants from birth), https://www.legislation.gov.uk/eur/2016/127/annex/I/adopted"),
    /** Human milk composition. */
    BALLARD_2013(Tag.P, "Ballard O, Morrow AL. Human milk composition: nutrients and bioactive factors. Pediatr Clin "
            + "North Am 2013;60(1):49-74, doi:10.1016/j.pcl.2012.10.002"),
    /** EU allergen list. */
    EU_1169_2011(Tag.P, "Regulation (EU) No 1169/2011, Annex II (substances causing allergies or intolerances), "
            + "https://eur-lex.europa.eu/eli/reg/2011/1169/oj"),
    /** FDA allergen guidance, Edition 5. */
    FDA_ALLERGENS_2025(Tag.S, "FDA. Questions and Answers Regarding Food Allergens, Including the Food Allergen "
            + "Labeling Requirements of the FD&C Act (Edition 5), 6 Jan 2025, https://www.fda.gov/media/117410/download "
            + "(its tree-nut list read in summaries)"),
    /** NHS foods to avoid. */
    NHS_FOODS_TO_AVOID(Tag.S, "NHS. Foods to avoid giving babies and young children, https://www.nhs.uk/conditions/"
            + "baby/weaning-and-feeding/foods-to-avoid-giving-babies-and-young-children/ (read in a copy)"),
    /** CDC foods and drinks to limit. */
    CDC_LIMIT(Tag.P, "CDC. Infant and Toddler Nutrition: Foods and Drinks to Limit (archived 21 Dec 2020), "
            + "https://webarchive.library.unt.edu/web/20201221134327/https://www.cdc.gov/nutrition/"
            + "InfantandToddlerNutrition/foods-and-drinks/foods-and-drinks-to-limit.html"),
    /** CDC choking hazards. */
    CDC_CHOKING(Tag.P, "CDC. Infant and Toddler Nutrition: Choking Hazards (archived 21 Dec 2020), "
            + "https://webarchive.library.unt.edu/web/20201221134050/https://www.cdc.gov/nutrition/"
            + "InfantandToddlerNutrition/foods-and-drinks/choking-hazards.html"),
    /** WHO weight-for-age. */
    WHO_WFA_2006(Tag.P, "WHO Child Growth Standards 2006, weight-for-age z-score tables 0-5 years, "
            + "https://www.who.int/tools/child-growth-standards/standards/weight-for-age"),
    /** PAHO/WHO complementary feeding: textures by age. */
    PAHO_WHO_2003(Tag.P, "PAHO/WHO. Guiding principles for complementary feeding of the breastfed child, 2003, "
            + "principle 5 (food consistency)"),
    /** NHS GGC's ketogenic diet inpatient and illness protocol: blood ketones above 6 mmol/L are high. */
    GGC_KD_ILLNESS(Tag.P, "NHS Greater Glasgow and Clyde. Ketogenic diet: inpatient and illness protocol "
            + "(paediatric clinical guideline, discussed within KetoPAG), https://clinicalguidelines.scot.nhs.uk/"
            + "nhsggc-paediatric-clinical-guidelines/nhsggc-guidelines/neurology/"
            + "ketogenic-diet-inpatient-and-illness-protocol"),
    /** Matthew's Friends' hospital guidance: act at blood glucose 2.5 mmol/L or below, ketones 6 or above. */
    MATTHEWS_FRIENDS_HOSPITAL(Tag.S, "Matthew's Friends. Hospital guidance for those on ketogenic therapy: when to "
            + "take action, http://www.matthewsfriends.org/keto-therapies/keto-management/"
            + "hospital-guidance-for-those-on-ketogenic-therapy/ (a charity's guidance for hospital staff)"),
    /** BNF for Children: milk-fed infants' intake of feed. */
    BNFC_2011(Tag.P, "BNF for Children 2011-2012, section 9.4.2, p. 470"),
    /** IOM 2005 water DRIs (adequate intake of total water). */
    IOM_2005_WATER(Tag.P, "Institute of Medicine. Dietary Reference Intakes for Water, Potassium, Sodium, Chloride, "
            + "and Sulfate. National Academies Press, 2005, pp. 141-142, doi:10.17226/10925"),
    /** A published hand calculation with dietary units rounded down. */
    ISRN_2012_UNITS(Tag.U, "ISRN Pediatrics 2012, article 263139, Table 2 (1224 kcal at 3:1 = 39 units), "
            + "https://www.hindawi.com/journals/isrn/2012/263139/tab2/"),
    /** Infant start at 3:1 (a review). */
    INFANT_START_RATIO(Tag.S, "The ketogenic diet for infants: how long can you go? (review), https://discovery."
            + "researcher.life/article/the-ketogenic-diet-for-infants-how-long-can-you-go/"
            + "b2c8a688cb203e6f886d348ef81dd8ba");

    /** How well a source was read. */
    public enum Tag {
        /** Read in the primary source. */
        P,
        /** Read in a secondary source only. */
        S,
        /** Not verified. */
        U
    }

    private final Tag tag;
    private final String text;

    Citation(Tag tag, String text) {
        this.tag = tag;
        this.text = text;
    }

    /** How well it was read. */
    public Tag tag() {
        return tag;
    }

    /** The citation as printed: title, year, DOI or URL. */
    public String text() {
        return text;
    }

    /** The key used in the rules file ("nhs-foods-to-avoid"). */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The citation with its tag as outputs print it: "... [P]", or "... [S: secondary source]". */
    public String cite() {
        return text + switch (tag) {
            case P -> " [P]";
            case S -> " [S: secondary source]";
            case U -> " [U: not verified]";
        };
    }

    /** The citation with this key. */
    public static Citation byKey(String key) {
        for (Citation c : values()) {
            if (c.key().equals(key)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown source '" + key + "'");
    }
}
