package org.ketoplan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.ketoplan.common.AtomicFiles;
import org.ketoplan.common.BadInputException;
import org.ketoplan.export.PlanSource;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options every plan export shares: the plan file, --out, --force and --foods (for household measures). */
public final class PlanOutputOptions {
    @Parameters(index = "0", paramLabel = "PLAN", description = "The plan of record (plan.json).")
    Path plan;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", description = "The file to write.")
    Path out;

    @Option(names = "--force", description = "Replace FILE when it exists.")
    boolean force;

    @Mixin
    FoodsOption foods;

    /** Checks --out can be written, then reads the plan (the food database loads meanwhile). */
    PlanSource read() {
        if (out.toAbsolutePath().normalize().equals(plan.toAbsolutePath().normalize())) {
            throw BadInputException.at("--out", out + " is the plan itself; choose another file");
        }
        AtomicFiles.checkWritable(out, force); // before any work, so a refused overwrite costs nothing
        return PlanSource.read(plan, foods::database);
    }

    /** Prints the plan's warnings (one line each) to {@code err}. */
    void warn(PlanSource source, PrintWriter err) {
        source.warnings().forEach(err::println);
        err.flush();
    }
}
