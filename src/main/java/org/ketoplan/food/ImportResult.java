package org.ketoplan.food;

import java.util.Comparator;
import java.util.List;

/**
 * The foods an importer read from a source, sorted by id, and the problems it found on the way.
 *
 * @param foods the foods to write, sorted by id
 * @param problems foods with doubtful or unusable data, in id order
 */
public record ImportResult(List<Food> foods, List<ImportProblem> problems) {
    /** Sorts both lists by id and makes them unmodifiable. */
    public ImportResult {
        foods = foods.stream().sorted(Comparator.comparing(Food::id)).toList();
        problems = problems.stream().sorted(Comparator.comparing(ImportProblem::id)).toList();
    }

    /** The number of household measures over all foods. */
    public int measureCount() {
        return foods.stream().mapToInt(f -> f.measures().size()).sum();
    }
}
