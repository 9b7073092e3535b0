package org.ketoplan.prescription;

import java.time.LocalDate;
import java.time.Period;
import org.ketoplan.common.BadInputException;

/** Age in whole months completed, as the age tables use it. */
public final class Age {
    private Age() {
    }

    /**
     * Whole months completed between {@code born} and {@code on} (a child born 10 March is 1 month old from
     * 10 April).
     *
     * @throws BadInputException when {@code born} is after {@code on}
     */
    public static int monthsOn(LocalDate born, LocalDate on) {
        if (born.isAfter(on)) {
            throw new BadInputException("born: " + born + " is after the day of the prescription (" + on + ")");
        }
        return (int) Period.between(born, on).toTotalMonths();
    }

    /** "9 months", "2 y 3 mo". */
    public static String describe(int months) {
        if (months < 24) {
            return months + (months == 1 ? " month" : " months");
        }
        return months / 12 + " y" + (months % 12 == 0 ? "" : " " + months % 12 + " mo");
    }
}
