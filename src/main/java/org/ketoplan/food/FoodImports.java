package org.ketoplan.food;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.ketoplan.common.AtomicFiles;
import org.ketoplan.common.BadInputException;

/**
 * Imports a nutrient database into the two CSV files of {@link FoodTable}: {@code NAME.csv} and
 * {@code NAME-measures.csv} in an output folder, each written atomically and never over an existing file without
 * {@code force}.
 */
public final class FoodImports {
    /** The name of the shipped USDA tables: {@code usda-sr24.csv} and {@code usda-sr24-measures.csv}. */
    public static final String SR24_NAME = "usda-sr24";
    /** The default name of tables imported from FoodData Central. */
    public static final String FDC_NAME = "fdc";

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private FoodImports() {
    }

    /**
     * What an import wrote.
     *
     * @param foodsFile the foods table
     * @param measuresFile the household measures table
     * @param foods foods written
     * @param measures measures written
     * @param problems foods with doubtful data (kept) or unusable data (left out)
     */
    public record Summary(Path foodsFile, Path measuresFile, int foods, int measures, List<ImportProblem> problems) {
        /** Copies the problem list. */
        public Summary {
            problems = List.copyOf(problems);
        }

        /** The number of foods left out. */
        public long leftOut() {
            return problems.stream().filter(p -> !p.kept()).map(ImportProblem::id).distinct().count();
        }
    }

    /** Imports cronometer's {@code usda_sr24.jar} into {@code usda-sr24.csv} and its measures in {@code outDir}. */
    public static Summary importSr24(Path jar, Path outDir, boolean force) {
        Path[] targets = targets(outDir, SR24_NAME, force);
        return write(Sr24Importer.read(jar), targets, force);
    }

    /** Imports a FoodData Central CSV folder into {@code NAME.csv} and {@code NAME-measures.csv} in {@code outDir}. */
    public static Summary importFdc(Path csvDir, Path outDir, String name, boolean force) {
        Path[] targets = targets(outDir, name, force);
        return write(FdcCsvImporter.read(csvDir), targets, force);
    }

    /** Writes {@code result} as {@code NAME.csv} and {@code NAME-measures.csv} in {@code outDir}. */
    public static Summary write(ImportResult result, Path outDir, String name, boolean force) {
        return write(result, targets(outDir, name, force), force);
    }

    /** Checks the name and that neither target is in the way, before the (slow) import starts. */
    private static Path[] targets(Path outDir, String name, boolean force) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw BadInputException.phrased(BadInputException.ref("name"), ": '" + name
                    + "' is not a file name (letters, digits, . _ -)");
        }
        Path foods = outDir.resolve(name + ".csv");
        Path measures = outDir.resolve(name + "-measures.csv");
        if (java.nio.file.Files.exists(outDir) && !java.nio.file.Files.isDirectory(outDir)) {
            throw new BadInputException(outDir + ": is not a folder");
        }
        AtomicFiles.checkWritable(foods, force);
        AtomicFiles.checkWritable(measures, force);
        return new Path[] {foods, measures};
    }

    private static Summary write(ImportResult result, Path[] targets, boolean force) {
        AtomicFiles.write(targets[0], force, out -> FoodTable.writeFoods(result.foods(), out));
        AtomicFiles.write(targets[1], force, out -> FoodTable.writeMeasures(result.foods(), out));
        return new Summary(targets[0], targets[1], result.foods().size(), result.measureCount(), result.problems());
    }
}
