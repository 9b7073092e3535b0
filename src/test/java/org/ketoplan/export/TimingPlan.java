package org.ketoplan.export;

import java.nio.file.Path;
import org.ketoplan.plan.PlanFile;

/**
 * A tool, not a test: writes the 28-day fixture plan (the one the export tests use) to a file, the input for timing
 * the commands by hand:
 *
 * <pre>
 * mvn -B -q test-compile
 * java -cp "target/test-classes:target/classes:$(mvn -B -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout)" \
 *     org.ketoplan.export.TimingPlan target/plan-28-days.json
 * java -jar target/ketoplan.jar export target/plan-28-days.json --out /tmp/p.xlsx --force
 * </pre>
 *
 * That the plan file reads back as written is {@code PlanFileTest}'s job.
 */
public final class TimingPlan {
    private TimingPlan() {
    }

    /** {@code TimingPlan [FILE]}: writes the plan to FILE (default target/plan-28-days.json), replacing it. */
    public static void main(String[] args) {
        Path file = Path.of(args.length > 0 ? args[0] : "target/plan-28-days.json");
        PlanFile.write(file, PlanFixtures.days(28), true);
        System.out.println("Wrote " + file + " (28 days).");
    }
}
