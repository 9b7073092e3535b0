package org.ketoplan.app;

import org.ketoplan.nutrition.Numbers;
import java.time.Clock;
import java.time.LocalDate;
import org.ketoplan.compose.MealTargets;
import org.ketoplan.nutrition.Ratio;
import org.ketoplan.prescription.DailyPrescription;
import org.ketoplan.prescription.MealTarget;
import org.ketoplan.prescription.Patient;
import org.ketoplan.prescription.Prescriber;

/** The targets of a {@link TargetRequest}, each value checked and each failure naming its field. */
final class Targets {
    private Targets() {
    }

    /** A target and, when it came from a patient, the day's prescription it came from. */
    record Resolved(MealTarget target, DailyPrescription prescription) {
    }

    /** {@code day}, or today in the patient's time zone (the computer's when the patient names none). */
    static LocalDate day(Patient patient, LocalDate day) {
        return day != null ? day : patient.today(Clock.systemDefaultZone());
    }

    /** The prescription of {@code patient} on {@code day} (null: today). */
    static DailyPrescription prescription(Patient patient, LocalDate day) {
        return Prescriber.prescribe(patient, day(patient, day));
    }

    /** The target {@code request} asks for, named {@code name} unless it is a patient's meal. */
    static Resolved resolve(TargetRequest request, String name) {
        if (request instanceof TargetRequest.OfPatient p) {
            DailyPrescription rx = prescription(p.patient(), p.day());
            return new Resolved(p.meal() == null ? rx.day() : rx.slot(p.meal()), rx);
        }
        if (request instanceof TargetRequest.ByMacros m) {
            return new Resolved(byMacros(name, m), null);
        }
        return new Resolved(byEnergy(name, (TargetRequest.ByEnergy) request), null);
    }

    private static MealTarget byMacros(String name, TargetRequest.ByMacros m) {
        Require.nonNegative("fat", m.fat());
        Require.nonNegative("protein", m.protein());
        Require.nonNegative("carb", m.carb());
        double r = Ratio.classic(m.fat(), m.protein(), m.carb());
        if (!(r >= Ratio.MIN && r <= Ratio.MAX)) {
            throw InvalidRequest.of("fat", m.fat(), "the target's ratio " + (Double.isInfinite(r) ? "is infinite"
                    : Ratio.format(r)) + " is outside " + Numbers.plain(Ratio.MIN) + " to " + Numbers.plain(Ratio.MAX));
        }
        return MealTarget.ofMacros(name, m.fat(), m.protein(), m.carb(), m.carbs());
    }

    private static MealTarget byEnergy(String name, TargetRequest.ByEnergy e) {
        Require.positive("kcal", e.kcal());
        try {
            Ratio.checkRange(e.ratio());
        } catch (IllegalArgumentException x) {
            throw InvalidRequest.of("ratio", e.ratio(), x.getMessage());
        }
        if (e.protein() != null) {
            Require.nonNegative("protein", e.protein());
        }
        try {
            return MealTargets.fromEnergy(name, e.kcal(), e.ratio(), e.protein(), e.carbs());
        } catch (IllegalArgumentException x) {
            throw InvalidRequest.of("protein", e.protein(), x.getMessage());
        }
    }
}
