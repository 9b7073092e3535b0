package org.ketoplan.recipe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ketoplan.common.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecipeLibraryTest {
    @TempDir
    Path dir;

    @Test
    void theIndexListsExactlyTheRecipeFilesOfTheFolder() throws IOException {
        // the jar cannot list its folder, so recipes/index.txt must name every file and no other
        try (Stream<Path> files = Files.list(Path.of("recipes"))) {
            Set<String> onDisk = files.filter(org.ketoplan.common.InputFiles::isYamlFile).map(p -> p.getFileName().toString())
                    .collect(Collectors.toSet());
            assertEquals(onDisk, Set.copyOf(Recipes.index()));
            assertEquals(onDisk.size(), Recipes.index().size(), "a file is listed twice");
        }
        assertEquals(Recipes.index().size(), Recipes.shipped().size());
    }

    @Test
    void theShippedLibraryHasThirtyRecipesCoveringEverySlotForInfantsAndToddlers() {
        RecipeLibrary lib = Recipes.shipped();
        assertTrue(lib.size() >= 30, "recipes: " + lib.size());
        for (Slot s : Slot.values()) {
            // a 9-month-old and a 2-year-old each get at least two choices in every slot
            assertTrue(lib.filter(s, 9.0).size() >= 2, "9 months, " + s + ": " + lib.filter(s, 9.0));
            assertTrue(lib.filter(s, 24.0).size() >= 2, "24 months, " + s);
        }
        Set<ProteinSource> sources = lib.all().stream().map(Recipe::proteinSource)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ProteinSource.class)));
        assertEquals(EnumSet.allOf(ProteinSource.class), sources);
    }

    @Test
    void filtersBySlotAndAge() {
        RecipeLibrary lib = Recipes.shipped();
        List<Recipe> feeds6 = lib.filter(Slot.FEED, 6.0);
        assertTrue(feeds6.stream().allMatch(r -> r.suits(Slot.FEED) && r.minAgeMonths() <= 6));
        // the soy formula feed is from birth; the KetoCal 4:1 feed (its powder is labelled for over 1 year) and the
        // strawberry milkshake from 12 months
        assertTrue(feeds6.stream().anyMatch(r -> r.id().equals("rcf-liquigen-feed")));
        assertTrue(feeds6.stream().noneMatch(r -> r.id().equals("ketocal-bottle-feed")));
        assertTrue(feeds6.stream().noneMatch(r -> r.id().equals("strawberry-keto-milkshake")));
        assertTrue(lib.filter(Slot.FEED, 12.0).stream().anyMatch(r -> r.id().equals("strawberry-keto-milkshake")));
        // no filter: everything; age 0: only drinks
        assertEquals(lib.size(), lib.filter(null, null).size());
        assertTrue(lib.filter(null, 0.0).stream().allMatch(r -> r.texture() == Texture.DRINK));
        // every recipe a 6-month-old may have is a purée, a mash or a drink
        assertTrue(lib.filter(null, 6.0).stream().allMatch(r -> r.texture().earliestMonths() <= 6));
    }

    @Test
    void findsByIdNameOrUniqueWords() {
        RecipeLibrary lib = Recipes.shipped();
        assertEquals("egg-yolk-custard", lib.find("egg-yolk-custard").recipe().id());
        assertEquals("egg-yolk-custard", lib.find("EGG-YOLK CUSTARD WITH CREAM").recipe().id());
        assertEquals("cauliflower-cheese", lib.find("cauliflower cheese").recipe().id());
        BadInputException several = assertThrows(BadInputException.class, () -> lib.find("salmon"));
        assertTrue(several.getMessage().startsWith("recipe 'salmon' matches "), several.getMessage());
        assertTrue(several.getMessage().contains("salmon-fish-cakes"), several.getMessage());
        BadInputException none = assertThrows(BadInputException.class, () -> lib.find("salmon pizza"));
        assertTrue(none.getMessage().startsWith("unknown recipe 'salmon pizza'; closest: "), none.getMessage());
    }

    @Test
    void userFoldersAddRecipesAndATakenIdIsRefused() throws IOException {
        Path mine = Files.createDirectory(dir.resolve("mine"));
        Files.writeString(mine.resolve("clinic-custard.yaml"), RecipeFileTest.GOOD);
        Files.writeString(mine.resolve("README.md"), "not a recipe");
        RecipeLibrary lib = Recipes.withUserRecipes(List.of(mine));
        assertEquals(Recipes.shipped().size() + 1, lib.size());
        assertEquals(mine.resolve("clinic-custard.yaml").toString(), lib.find("clinic-custard").file());
        Files.writeString(mine.resolve("egg-yolk-custard.yaml"), RecipeFileTest.GOOD);
        BadInputException e = assertThrows(BadInputException.class, () -> Recipes.withUserRecipes(List.of(mine)));
        assertEquals(mine.resolve("egg-yolk-custard.yaml") + ": recipe id 'egg-yolk-custard' is already taken by "
                + "recipes/egg-yolk-custard.yaml; rename one of the files", e.getMessage());
        BadInputException missing = assertThrows(BadInputException.class,
                () -> Recipes.of(List.of(dir.resolve("nope"))));
        assertEquals(dir.resolve("nope") + ": no such file or folder", missing.getMessage());
    }
}
