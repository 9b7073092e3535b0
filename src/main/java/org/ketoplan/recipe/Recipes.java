package org.ketoplan.recipe;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ketoplan.common.BadInputException;
import org.ketoplan.common.InputFiles;

/**
 * Loads recipe libraries: the recipes shipped inside the jar (copied from {@code recipes/} at build time and listed
 * in {@code recipes/index.txt}, one file name a line, as a jar's folder cannot be listed), and users' recipe files
 * or folders. The shipped library is loaded once per process.
 */
public final class Recipes {
    /** The list of shipped recipe files, inside the jar and in the source tree. */
    public static final String INDEX = "index.txt";
    private static volatile RecipeLibrary shipped;

    private Recipes() {
    }

    /** The shipped recipes. */
    public static RecipeLibrary shipped() {
        RecipeLibrary s = shipped;
        if (s == null) {
            synchronized (Recipes.class) {
                s = shipped;
                if (s == null) {
                    s = new RecipeLibrary(shippedRecipes());
                    shipped = s;
                }
            }
        }
        return s;
    }

    /**
     * The shipped recipes plus those of {@code paths}: recipe files, or folders whose {@code *.yaml} files are read.
     *
     * @throws BadInputException for a missing path, a malformed file, or an id that is already taken
     */
    public static RecipeLibrary withUserRecipes(List<Path> paths) {
        if (paths == null || paths.isEmpty()) {
            return shipped();
        }
        List<LoadedRecipe> all = new ArrayList<>(shipped().loaded());
        all.addAll(read(paths));
        return new RecipeLibrary(all);
    }

    /** The recipes of {@code paths} alone (files, or folders of {@code *.yaml} files). */
    public static RecipeLibrary of(List<Path> paths) {
        return new RecipeLibrary(read(paths));
    }

    private static List<LoadedRecipe> read(List<Path> paths) {
        List<LoadedRecipe> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                for (Path f : InputFiles.yamlFiles(p)) {
                    out.add(RecipeFile.read(f));
                }
            } else if (Files.isRegularFile(p)) {
                out.add(RecipeFile.read(p));
            } else {
                throw BadInputException.at(p.toString(), "no such file or folder");
            }
        }
        return out;
    }

    private static List<LoadedRecipe> shippedRecipes() {
        List<LoadedRecipe> out = new ArrayList<>();
        for (String file : index()) {
            String name = "recipes/" + file;
            try (InputStream in = resource("/" + name)) {
                out.add(RecipeFile.read(name, in, file.substring(0, file.lastIndexOf('.'))));
            } catch (IOException e) {
                throw new IllegalStateException("cannot read the shipped recipe " + name, e);
            }
        }
        return out;
    }

    /** The file names listed in the shipped index, in order (blank lines and # comments skipped). */
    static List<String> index() {
        List<String> names = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(resource("/recipes/" + INDEX),
                StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    names.add(t);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the shipped recipe index", e);
        }
        return names;
    }

    private static InputStream resource(String name) {
        InputStream in = Recipes.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("the shipped recipe file " + name + " is missing from the program "
                    + "(rebuild it; recipes/index.txt must list only files that exist)");
        }
        return in;
    }
}
