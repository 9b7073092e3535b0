package org.ketoplan.prescription;

import java.util.ArrayList;
import java.util.List;
import org.ketoplan.common.FieldError;
import org.ketoplan.common.Limits;
import org.ketoplan.nutrition.Numbers;

/**
 * The blood readings at which UK ketogenic-diet protocols tell a family or a ward to act, flagged wherever a reading
 * is shown (the log, the day's record, the report). A flag says what was read and the level; what to do is the
 * child's own team's plan.
 *
 * @param glucoseLowMmol blood glucose at or below this is flagged (default 2.5 mmol/L)
 * @param ketonesHighMmol blood ketones at or above this are flagged (default 6 mmol/L)
 */
public record ActionLevels(double glucoseLowMmol, double ketonesHighMmol) {
    /**
     * Blood glucose 2.5 mmol/L or below: Matthew's Friends' hospital guidance (read there only, so marked secondary;
     * no primary source for a glucose level was read).
     */
    public static final double GLUCOSE_LOW_MMOL = 2.5;
    /**
     * Blood ketones 6 mmol/L or above: NHS GGC's protocol calls above 6 mmol/L high [P]; Matthew's Friends acts at 6
     * or above [S]. Flagged from 6.0, the lower of the two, so that a reading of exactly 6 is not missed.
     */
    public static final double KETONES_HIGH_MMOL = 6;

    /** Rejects levels outside 0 to the readings' bounds, naming the field. */
    public ActionLevels {
        if (!(glucoseLowMmol >= 0) || glucoseLowMmol > Limits.BLOOD_GLUCOSE_MMOL) {
            throw new FieldError("glucose_low_mmol", "must be 0 to " + Numbers.plain(Limits.BLOOD_GLUCOSE_MMOL)
                    + " mmol/L, not " + Numbers.plain(glucoseLowMmol));
        }
        if (!(ketonesHighMmol > 0) || ketonesHighMmol > Limits.BLOOD_KETONES_MMOL) {
            throw new FieldError("ketones_high_mmol", "must be above 0 and at most "
                    + Numbers.plain(Limits.BLOOD_KETONES_MMOL) + " mmol/L, not " + Numbers.plain(ketonesHighMmol));
        }
    }

    /** The published levels. */
    public static ActionLevels defaults() {
        return new ActionLevels(GLUCOSE_LOW_MMOL, KETONES_HIGH_MMOL);
    }

    /** What a flag is about. */
    public enum Kind {
        /** Blood glucose at or below the low level. */
        LOW_GLUCOSE,
        /** Blood ketones at or above the high level. */
        HIGH_KETONES
    }

    /**
     * A reading at an action level.
     *
     * @param kind low glucose or high ketones
     * @param valueMmol the reading
     * @param levelMmol the level it reached
     * @param text "blood glucose 2.3 mmol/L: at or below 2.5 mmol/L"
     */
    public record Flag(Kind kind, double valueMmol, double levelMmol, String text) {
    }

    /** The flags of one reading: glucose at or below the low level, ketones at or above the high level. */
    public List<Flag> flags(Double ketonesBloodMmol, Double glucoseMmol) {
        List<Flag> out = new ArrayList<>();
        if (glucoseMmol != null && glucoseMmol <= glucoseLowMmol) {
            out.add(new Flag(Kind.LOW_GLUCOSE, glucoseMmol, glucoseLowMmol, "blood glucose "
                    + Numbers.plain(glucoseMmol) + " mmol/L: at or below " + Numbers.plain(glucoseLowMmol)
                    + " mmol/L, the level to act on"));
        }
        if (ketonesBloodMmol != null && ketonesBloodMmol >= ketonesHighMmol) {
            out.add(new Flag(Kind.HIGH_KETONES, ketonesBloodMmol, ketonesHighMmol, "blood ketones "
                    + Numbers.plain(ketonesBloodMmol) + " mmol/L: at or above " + Numbers.plain(ketonesHighMmol)
                    + " mmol/L, the level to act on"));
        }
        return out;
    }

    /** Where the glucose level comes from. */
    public String glucoseSource() {
        return glucoseLowMmol == GLUCOSE_LOW_MMOL
                ? "act at blood glucose " + Numbers.plain(GLUCOSE_LOW_MMOL) + " mmol/L or below: "
                + Citation.MATTHEWS_FRIENDS_HOSPITAL.cite()
                : "blood glucose at or below " + Numbers.plain(glucoseLowMmol) + " mmol/L: the level set for this "
                + "report (the published one is " + Numbers.plain(GLUCOSE_LOW_MMOL) + " mmol/L)";
    }

    /** Where the ketone level comes from. */
    public String ketonesSource() {
        return ketonesHighMmol == KETONES_HIGH_MMOL
                ? "blood ketones above 6 mmol/L are high: " + Citation.GGC_KD_ILLNESS.cite() + "; act at 6 mmol/L "
                + "or above: " + Citation.MATTHEWS_FRIENDS_HOSPITAL.cite() + " (flagged from 6.0, the lower of the "
                + "two)"
                : "blood ketones at or above " + Numbers.plain(ketonesHighMmol) + " mmol/L: the level set for this "
                + "report (the published one is " + Numbers.plain(KETONES_HIGH_MMOL) + " mmol/L)";
    }
}
