package org.ketoplan.food;

/**
 * Something an importer found wrong with one food of the source data, and whether the food was kept.
 *
 * @param id the food's id in the source
 * @param problem what is wrong, in words
 * @param kept true when the food was written anyway (with its values as published), false when it was left out
 */
public record ImportProblem(String id, String problem, boolean kept) {
    /** Rejects a missing id or description. */
    public ImportProblem {
        if (id == null || problem == null || problem.isBlank()) {
            throw new IllegalArgumentException("an import problem needs an id and a description");
        }
    }

    /** "22513: fibre 5 g exceeds carbohydrate 4.6 g (kept as published)". */
    public String describe() {
        return id + ": " + problem + (kept ? " (kept as published)" : " (left out)");
    }
}
