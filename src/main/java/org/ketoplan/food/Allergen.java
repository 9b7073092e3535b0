package org.ketoplan.food;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An allergen group: the union of the 14 of the EU (Regulation (EU) No 1169/2011, Annex II) and the 9 major food
 * allergens of the USA (FALCPA 2004 plus sesame, FASTER Act 2021).
 *
 * <p>Wheat and "cereals containing gluten" are two groups: the US names wheat (a wheat allergy), the EU names the
 * gluten cereals (wheat, rye, barley, oats, spelt, Khorasan wheat). A wheat food is in both. Molluscs, celery,
 * mustard, sulphites and lupin are EU groups only. Coconut is no tree nut: the EU list does not name it, and the
 * FDA removed it from its tree nuts in January 2025 (Questions and Answers Regarding Food Allergens, Edition 5).
 */
public enum Allergen {
    /** Milk and milk products, lactose included; milk of cows and of other ruminants (goat, sheep). */
    MILK("milk", "milk and products thereof, including lactose"),
    /** Eggs of hens and other birds, and egg products (mayonnaise). */
    EGG("egg", "eggs and products thereof"),
    /** Fish (fish gelatine as a carrier is exempt in the EU). */
    FISH("fish", "fish and products thereof"),
    /** Crustaceans: shrimp, prawn, crab, lobster, crayfish. */
    CRUSTACEANS("crustaceans", "crustaceans and products thereof"),
    /** Molluscs: mussels, clams, oysters, scallops, squid, octopus, snails (EU only). */
    MOLLUSCS("molluscs", "molluscs and products thereof (EU)"),
    /** Tree nuts of the EU list and the FDA's 2025 list; not coconut, chestnut or shea. */
    TREE_NUTS("tree nuts", "almond, hazelnut, walnut, cashew, pecan, Brazil nut, pistachio, macadamia, pine nut"),
    /** Peanuts and their products, refined peanut oil included (the EU does not exempt it). */
    PEANUTS("peanuts", "peanuts and products thereof"),
    /** Soybeans and their products (fully refined soybean oil is exempt). */
    SOY("soy", "soybeans and products thereof"),
    /** Sesame seeds, tahini, sesame oil. */
    SESAME("sesame", "sesame seeds and products thereof"),
    /** Wheat (US major allergen), spelt and Khorasan wheat included. */
    WHEAT("wheat", "wheat and products thereof"),
    /** Cereals containing gluten: wheat, rye, barley, oats and their hybrids (EU). */
    GLUTEN("gluten", "cereals containing gluten: wheat, rye, barley, oats (EU)"),
    /** Celery and celeriac (EU). */
    CELERY("celery", "celery and products thereof (EU)"),
    /** Mustard (EU). */
    MUSTARD("mustard", "mustard and products thereof (EU)"),
    /** Sulphur dioxide and sulphites above 10 mg/kg (EU). */
    SULPHITES("sulphites", "sulphur dioxide and sulphites above 10 mg/kg as SO2 (EU)"),
    /** Lupin (EU). */
    LUPIN("lupin", "lupin and products thereof (EU)");

    private final String word;
    private final String covers;

    Allergen(String word, String covers) {
        this.word = word;
        this.covers = covers;
    }

    /** The group's name in files and output ("tree nuts"). */
    public String word() {
        return word;
    }

    /** What the group covers, in the regulations' words. */
    public String covers() {
        return covers;
    }

    /**
     * The group a person meant: its name in any case, singular or plural, with spaces, hyphens or underscores
     * ("Tree-nuts", "eggs", "soya"), or a common synonym (dairy, nuts, shellfish gives crustaceans and molluscs).
     *
     * @throws IllegalArgumentException naming the groups for anything else
     */
    public static List<Allergen> parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ')
                .replaceAll("\\s+", " ");
        switch (t) {
            case "shellfish":
                return List.of(CRUSTACEANS, MOLLUSCS);
            case "dairy", "cow's milk", "cows milk", "lactose":
                return List.of(MILK);
            case "nuts", "tree nut", "nut":
                return List.of(TREE_NUTS);
            case "soya", "soybean", "soybeans", "soy beans":
                return List.of(SOY);
            case "peanut", "groundnut", "groundnuts":
                return List.of(PEANUTS);
            case "cereals containing gluten", "gluten cereals":
                return List.of(GLUTEN);
            case "sulfites", "sulfite", "sulphite", "sulphur dioxide", "sulfur dioxide":
                return List.of(SULPHITES);
            case "eggs":
                return List.of(EGG);
            case "mollusks", "mollusk", "mollusc":
                return List.of(MOLLUSCS);
            case "crustacean", "crustacean shellfish":
                return List.of(CRUSTACEANS);
            case "lupine", "lupins":
                return List.of(LUPIN);
            case "sesame seeds", "sesame seed":
                return List.of(SESAME);
            default:
                break;
        }
        for (Allergen a : values()) {
            if (a.word.equals(t)) {
                return List.of(a);
            }
        }
        throw new IllegalArgumentException("'" + (text == null ? "" : text.trim()) + "' is not an allergen group; "
                + "use one of " + words());
    }

    /** Every group's name, comma-separated. */
    public static String words() {
        List<String> w = new ArrayList<>();
        for (Allergen a : values()) {
            w.add(a.word);
        }
        return String.join(", ", w);
    }
}
