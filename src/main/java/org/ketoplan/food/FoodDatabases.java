package org.ketoplan.food;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.zip.CRC32;
import org.ketoplan.common.BadInputException;

/**
 * Loads the food database: the tables shipped inside the jar (copied from {@code foods/} at build time) and,
 * on top, users' YAML food files. The shipped part is loaded once per process.
 */
public final class FoodDatabases {
    /** The shipped USDA table (foods) inside the jar. */
    public static final String USDA_FOODS = "usda-sr24.csv";
    /** The shipped USDA household measures inside the jar. */
    public static final String USDA_MEASURES = "usda-sr24-measures.csv";
    /** The shipped ketogenic formulas and modules. */
    public static final String KETO_PRODUCTS = "keto-products.yaml";
    /** The group of foods read from user files that name none. */
    public static final String USER_GROUP = "User foods";

    private static volatile Shipped shipped;

    private FoodDatabases() {
    }

    /** The shipped database alone. */
    public static FoodDatabase shipped() {
        return shippedData().database;
    }

    /**
     * The shipped database plus the foods of {@code files}.
     *
     * @throws BadInputException for a malformed file or an id that is already taken (naming both places)
     */
    public static FoodDatabase withUserFiles(List<Path> files) {
        Shipped base = shippedData();
        if (files == null || files.isEmpty()) {
            return base.database;
        }
        List<Food> all = new ArrayList<>(base.database.all());
        Map<String, String> places = new HashMap<>(base.places);
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new BadInputException(file + ": no such file");
            }
            List<UserFoodFile.Located> foods;
            try (InputStream in = Files.newInputStream(file)) {
                foods = UserFoodFile.read(file.toString(), in, USER_GROUP);
            } catch (IOException e) {
                throw new BadInputException(file + ": cannot read (" + e.getMessage() + ")", e);
            }
            for (UserFoodFile.Located l : foods) {
                String before = places.putIfAbsent(l.food().id(), l.place());
                if (before != null) {
                    throw BadInputException.at(l.place(), "food id '" + l.food().id() + "' is already taken by "
                            + before + "; choose another id");
                }
                all.add(l.food());
            }
        }
        return new InMemoryFoodDatabase(all, base.database.dataVersion() + " + user foods");
    }

    /** A database of exactly {@code foods} (for tests and tools), with the given version. */
    public static FoodDatabase of(List<Food> foods, String version) {
        return new InMemoryFoodDatabase(foods, version);
    }

    private static Shipped shippedData() {
        Shipped s = shipped;
        if (s == null) {
            synchronized (FoodDatabases.class) {
                s = shipped;
                if (s == null) {
                    s = loadShipped();
                    shipped = s;
                }
            }
        }
        return s;
    }

    /**
     * Loads the shipped tables. The measures and the keto products are read on a second thread while this one
     * reads the foods: on two cores that takes about a third off the load, which every command that uses foods
     * waits for.
     */
    private static Shipped loadShipped() {
        byte[] usda = bytes(USDA_FOODS);
        byte[] measures = bytes(USDA_MEASURES);
        byte[] keto = bytes(KETO_PRODUCTS);
        CRC32 crc = new CRC32();
        crc.update(usda);
        crc.update(measures);
        crc.update(keto);
        CompletableFuture<List<UserFoodFile.Located>> ketoFoods = CompletableFuture.supplyAsync(() -> UserFoodFile.read(
                "foods/" + KETO_PRODUCTS, new ByteArrayInputStream(keto), "Ketogenic formulas and modules"));
        CompletableFuture<Map<String, List<HouseholdMeasure>>> measuresById = CompletableFuture.supplyAsync(
                () -> FoodTable.readMeasures("foods/" + USDA_MEASURES,
                        new InputStreamReader(new ByteArrayInputStream(measures), StandardCharsets.UTF_8)));
        List<Food> foods = FoodTable.read("foods/" + USDA_FOODS,
                new InputStreamReader(new ByteArrayInputStream(usda), StandardCharsets.UTF_8), join(measuresById),
                "USDA National Nutrient Database for Standard Reference, Release 24");
        Map<String, String> places = new HashMap<>(foods.size() * 2);
        for (Food f : foods) {
            places.put(f.id(), "the USDA table");
        }
        List<Food> all = new ArrayList<>(foods);
        for (UserFoodFile.Located l : join(ketoFoods)) {
            String before = places.putIfAbsent(l.food().id(), l.place());
            if (before != null) {
                throw new IllegalStateException(l.place() + ": duplicate id " + l.food().id());
            }
            all.add(l.food());
        }
        String version = String.format("usda-sr24+keto-products/%08x", crc.getValue());
        return new Shipped(new InMemoryFoodDatabase(all, version), Map.copyOf(places));
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    private static byte[] bytes(String name) {
        try (InputStream in = FoodTable.resource("/foods/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the shipped food table " + name, e);
        }
    }

    private record Shipped(FoodDatabase database, Map<String, String> places) {
    }
}
