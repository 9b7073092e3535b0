package org.ketoplan.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.ketoplan.plan.Plan;
import org.ketoplan.plan.PlanFile;
import org.junit.jupiter.api.Test;

/**
 * Writes the 28-day fixture plan to {@code target/plan-28-days.json}, the input for timing the commands by
 * hand ({@code java -jar target/ketoplan.jar export target/plan-28-days.json --out /tmp/p.xlsx --force}).
 */
class TimingPlanTest {
    @Test
    void twentyEightDayPlanIsWrittenForTiming() {
        Path file = Path.of("target", "plan-28-days.json");
        PlanFile.write(file, PlanFixtures.days(28), true);
        Plan back = PlanFile.read(file);
        assertEquals(28, back.days().size());
        assertEquals(PlanFixtures.days(28), back);
    }
}
