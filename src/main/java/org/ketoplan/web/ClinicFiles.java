package org.ketoplan.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.ketoplan.common.InputFiles;

/**
 * The clinic's own foods and recipes in the workspace: {@code foods/*.yaml} (user food files, the format of
 * {@code --foods}) and {@code recipes/*.yaml} (one recipe a file, the format of {@code --recipes}), so that
 * {@code plan --patients DIR --foods DIR/foods --recipes DIR/recipes} sees what the browser sees.
 */
final class ClinicFiles {
    /** The folder of the clinic's food files. */
    static final String FOODS = "foods";
    /** The folder of the clinic's recipes. */
    static final String RECIPES = "recipes";
    /** A file name the pages write: lower-case letters, digits, '-' and '_', then .yaml (never a path). */
    private static final Pattern FILE = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}\\.ya?ml");

    /**
     * What says a file changed: its folder, name, size and modification time.
     *
     * @param name "foods/products.yaml"
     * @param size bytes
     * @param modified milliseconds since 1970
     */
    record Stamp(String name, long size, long modified) {
    }

    private final Path root;

    ClinicFiles(Path root) {
        this.root = root;
    }

    Path foodsDir() {
        return root.resolve(FOODS);
    }

    Path recipesDir() {
        return root.resolve(RECIPES);
    }

    /** What {@code --foods} gets: the foods folder, when there is one. */
    List<Path> foodPaths() {
        return Files.isDirectory(foodsDir()) ? List.of(foodsDir()) : List.of();
    }

    /** What {@code --recipes} gets: the recipes folder, when there is one. */
    List<Path> recipePaths() {
        return Files.isDirectory(recipesDir()) ? List.of(recipesDir()) : List.of();
    }

    /** The clinic's food files, by name. */
    List<Path> foodFiles() {
        return yaml(foodsDir());
    }

    /** The clinic's recipe files, by name. */
    List<Path> recipeFiles() {
        return yaml(recipesDir());
    }

    /** Every clinic file's stamp, foods first: a change to any of them means reading them again. */
    List<Stamp> stamps() {
        List<Stamp> out = new ArrayList<>();
        for (Path dir : List.of(foodsDir(), recipesDir())) {
            for (Path f : yaml(dir)) {
                try {
                    out.add(new Stamp(dir.getFileName() + "/" + f.getFileName(), Files.size(f),
                            Files.getLastModifiedTime(f).toMillis()));
                } catch (IOException e) {
                    out.add(new Stamp(dir.getFileName() + "/" + f.getFileName(), -1, -1)); // gone meanwhile
                }
            }
        }
        return out;
    }

    /** Checks a file name a page is about to write; the message names the field as the form shows it. */
    static String checkFileName(String field, String name) {
        if (name == null || !FILE.matcher(name).matches()) {
            return field + ": '" + (name == null ? "" : name) + "' is not a file name for the workspace (lower-case "
                    + "letters, digits, '-' and '_', ending in .yaml)";
        }
        return null;
    }

    private static List<Path> yaml(Path dir) {
        return Files.isDirectory(dir) ? InputFiles.yamlFiles(dir) : List.of();
    }
}
