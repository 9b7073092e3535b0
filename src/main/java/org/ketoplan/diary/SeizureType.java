package org.ketoplan.diary;

import java.util.Locale;

/** What kind of seizure event a family logged. */
public enum SeizureType {
    /** A cluster of epileptic spasms: one event, however many spasms it holds. */
    SPASMS("spasms"),
    /** Any other seizure (focal, tonic, tonic-clonic, ...), described in the note. */
    OTHER("other");

    private final String word;

    SeizureType(String word) {
        this.word = word;
    }

    /** As written in {@code seizures.csv}: "spasms" or "other". */
    public String word() {
        return word;
    }

    /**
     * The type written {@code text}: "spasms" (also "spasm", "cluster") or "other" (also "seizure").
     *
     * @throws IllegalArgumentException naming the field {@code type}
     */
    public static SeizureType parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "spasms", "spasm", "cluster" -> SPASMS;
            case "other", "seizure" -> OTHER;
            default -> throw new IllegalArgumentException("type: '" + org.ketoplan.common.Text.printable(t)
                    + "' is not a seizure type; write spasms (a cluster of spasms) or other (another seizure)");
        };
    }
}
