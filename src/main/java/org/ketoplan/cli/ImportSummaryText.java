package org.ketoplan.cli;

import java.io.PrintWriter;
import org.ketoplan.food.FoodImports;
import org.ketoplan.food.ImportProblem;

/** Prints what a food import wrote: files, counts and the foods with problems. */
final class ImportSummaryText {
    private ImportSummaryText() {
    }

    static void print(PrintWriter out, FoodImports.Summary s) {
        out.println("Wrote " + s.foods() + " foods to " + s.foodsFile());
        out.println("Wrote " + s.measures() + " household measures to " + s.measuresFile());
        long all = s.problems().stream().map(ImportProblem::id).distinct().count();
        out.println("Foods with problems: " + all + " (" + (all - s.leftOut()) + " kept as published, "
                + s.leftOut() + " left out)");
        for (ImportProblem p : s.problems()) {
            out.println("  " + p.describe());
        }
    }
}
