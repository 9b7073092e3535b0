package org.ketoplan.food;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import org.ketoplan.common.BadInputException;
import org.ketoplan.common.InputFiles;
import org.ketoplan.common.Limits;

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
    /** The shipped allergen table (see {@link AllergenTable}). */
    public static final String ALLERGENS = AllergenTable.FILE;
    /** The household names of shipped foods (id,short_name), applied after loading: presentation, not data. */
    public static final String SHORT_NAMES = "short-names.csv";
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
        if (files == null || files.isEmpty()) {
            return shippedData().database;
        }
        List<UserFile> read = new ArrayList<>();
        for (Path file : userFiles(files)) {
            read.add(new UserFile(file.toString(), InputFiles.bytes(file, Limits.FOOD_FILE_BYTES)));
        }
        return withUserContent(read);
    }

    /**
     * The food files {@code paths} name: a file as it is, a folder as its {@code *.yaml} and {@code *.yml} files
     * (not hidden ones), in name order, as a folder of recipes is read.
     *
     * @throws BadInputException for a folder that cannot be listed
     */
    public static List<Path> userFiles(List<Path> paths) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                out.addAll(InputFiles.yamlFiles(p));
            } else {
                out.add(p); // a file, or a missing one, which its reading names
            }
        }
        return out;
    }

    /**
     * A user food file's content and the name its messages give it.
     *
     * @param name the file name shown in messages ("clinic/foods/products.yaml")
     * @param bytes the file's content
     */
    public record UserFile(String name, byte[] bytes) {
        /** Rejects a missing name or content. */
        public UserFile {
            java.util.Objects.requireNonNull(name, "name");
            java.util.Objects.requireNonNull(bytes, "bytes");
        }
    }

    /**
     * The shipped database plus the foods of {@code files}, read in order with the strict reader of user foods files.
     *
     * @throws BadInputException for a malformed file or an id that is already taken (naming both places)
     */
    public static FoodDatabase withUserContent(List<UserFile> files) {
        Shipped base = shippedData();
        if (files.isEmpty()) {
            return base.database;
        }
        List<Food> all = new ArrayList<>(base.database.all());
        Map<String, String> places = new HashMap<>(base.places);
        for (UserFile file : files) {
            if (file.bytes().length > Limits.FOOD_FILE_BYTES) {
                throw BadInputException.at(file.name(), "is larger than " + (Limits.FOOD_FILE_BYTES >> 20) + " MB");
            }
            List<UserFoodFile.Located> foods = UserFoodFile.read(file.name(),
                    new ByteArrayInputStream(file.bytes()), USER_GROUP);
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
     * Loads the shipped foods: from the build-time snapshot when it matches the source files (see
     * {@link FoodSnapshot}), otherwise by parsing the source files.
     */
    private static Shipped loadShipped() {
        long checksum = checksum(crc(USDA_FOODS), crc(USDA_MEASURES), crc(KETO_PRODUCTS), crc(ALLERGENS));
        List<Placed> placed = null;
        InputStream snapshot = FoodDatabases.class.getResourceAsStream("/foods/" + FoodSnapshot.NAME);
        if (snapshot != null) {
            try (snapshot) {
                placed = FoodSnapshot.read(snapshot, checksum);
            } catch (IOException e) {
                placed = null; // a damaged snapshot: parse the sources instead
            }
        }
        if (placed == null) {
            placed = Sources.read(name -> FoodTable.resource("/foods/" + name)).parse();
        }
        List<Food> all = new ArrayList<>(placed.size());
        Map<String, String> places = new HashMap<>(placed.size() * 2);
        Map<String, String> shortNames = ShortNames.read(FoodTable.resource("/foods/" + SHORT_NAMES));
        for (Placed p : placed) {
            String s = shortNames.get(p.food().id());
            all.add(s == null ? p.food() : p.food().withShortName(s));
            places.put(p.food().id(), p.place());
        }
        String version = String.format("usda-sr24+keto-products/%08x", checksum);
        return new Shipped(new InMemoryFoodDatabase(all, version), Map.copyOf(places));
    }

    /**
     * The CRC32 of a shipped file: inside the jar, the one its zip entry records (no need to inflate 2 MB at every
     * start); from a folder of classes, computed from the bytes.
     */
    private static long crc(String name) {
        URL url = FoodDatabases.class.getResource("/foods/" + name);
        if (url == null) {
            throw new IllegalStateException("the food database /foods/" + name + " is missing from the jar; rebuild");
        }
        try {
            URLConnection connection = url.openConnection();
            if (connection instanceof JarURLConnection jar && jar.getJarEntry().getCrc() != -1) {
                return jar.getJarEntry().getCrc();
            }
            try (InputStream in = connection.getInputStream()) {
                CRC32 crc = new CRC32();
                crc.update(in.readAllBytes());
                return crc.getValue();
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the shipped food table " + name, e);
        }
    }

    /** The food data version's checksum: a CRC32 over the four files' own CRC32s, in a fixed order. */
    static long checksum(long usda, long measures, long keto, long allergens) {
        CRC32 crc = new CRC32();
        crc.update(java.nio.ByteBuffer.allocate(32).putLong(usda).putLong(measures).putLong(keto).putLong(allergens)
                .array());
        return crc.getValue();
    }

    /**
     * The shipped foods as their sources give them, before the allergen table is applied, with the label source of
     * each product that declares its allergens: the maintainers' tool derives the table from these.
     */
    public static List<Food> shippedSourceFoods(Map<String, String> labelSources) {
        Sources s = Sources.read(name -> FoodTable.resource("/foods/" + name));
        List<Food> out = new ArrayList<>();
        for (Placed p : s.parseWithoutTable(labelSources)) {
            out.add(p.food());
        }
        return out;
    }

    /** Opens a shipped file by name. */
    @FunctionalInterface
    interface Opener {
        /** The content of the shipped file {@code name}. */
        InputStream open(String name) throws IOException;
    }

    /**
     * The shipped source files' bytes and their checksum, which is also the food data version.
     *
     * @param usda the USDA foods table
     * @param measures the USDA household measures
     * @param keto the keto products YAML
     * @param allergens the allergen table
     * @param checksum {@link FoodDatabases#checksum} of the four files' CRC32s
     */
    record Sources(byte[] usda, byte[] measures, byte[] keto, byte[] allergens, long checksum) {
        static Sources read(Opener opener) {
            byte[] usda = bytes(opener, USDA_FOODS);
            byte[] measures = bytes(opener, USDA_MEASURES);
            byte[] keto = bytes(opener, KETO_PRODUCTS);
            byte[] allergens = bytes(opener, ALLERGENS);
            return new Sources(usda, measures, keto, allergens, FoodDatabases.checksum(crc(usda), crc(measures),
                    crc(keto), crc(allergens)));
        }

        /**
         * Parses the four files; the keto products must not reuse a USDA id; every food takes its allergen groups
         * from the table (a food the table lacks: unknown).
         */
        List<Placed> parse() {
            Map<String, AllergenTable.Row> table = AllergenTable.read("foods/" + ALLERGENS,
                    new InputStreamReader(new ByteArrayInputStream(allergens), StandardCharsets.UTF_8));
            List<Placed> all = new ArrayList<>();
            for (Placed p : parseWithoutTable(new HashMap<>())) {
                AllergenTable.Row row = table.get(p.food().id());
                all.add(new Placed(p.food().withAllergens(row == null ? Allergens.UNKNOWN : row.allergens()),
                        p.place()));
            }
            return all;
        }

        /** The foods as the USDA table and the keto products give them; {@code labels} gets the label sources. */
        List<Placed> parseWithoutTable(Map<String, String> labels) {
            List<Food> foods = FoodTable.read("foods/" + USDA_FOODS,
                    new InputStreamReader(new ByteArrayInputStream(usda), StandardCharsets.UTF_8),
                    "foods/" + USDA_MEASURES,
                    new InputStreamReader(new ByteArrayInputStream(measures), StandardCharsets.UTF_8),
                    "USDA National Nutrient Database for Standard Reference, Release 24");
            List<Placed> all = new ArrayList<>(foods.size() + 16);
            java.util.Set<String> ids = new java.util.HashSet<>(foods.size() * 2);
            for (Food f : foods) {
                ids.add(f.id());
                all.add(new Placed(f, "the USDA table"));
            }
            for (UserFoodFile.Located l : UserFoodFile.read("foods/" + KETO_PRODUCTS, new ByteArrayInputStream(keto),
                    "Ketogenic formulas and modules")) {
                if (!ids.add(l.food().id())) {
                    throw new IllegalStateException(l.place() + ": duplicate id " + l.food().id());
                }
                all.add(new Placed(l.food(), l.place()));
                if (l.allergenSource() != null) {
                    labels.put(l.food().id(), l.allergenSource());
                }
            }
            return all;
        }

        private static long crc(byte[] bytes) {
            CRC32 crc = new CRC32();
            crc.update(bytes);
            return crc.getValue();
        }

        private static byte[] bytes(Opener opener, String name) {
            try (InputStream in = opener.open(name)) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new IllegalStateException("cannot read the shipped food table " + name, e);
            }
        }
    }

    /**
     * A shipped food and where it was read from, for duplicate-id messages.
     *
     * @param food the food
     * @param place "the USDA table" or "foods/keto-products.yaml:LINE"
     */
    record Placed(Food food, String place) {
    }

    private record Shipped(FoodDatabase database, Map<String, String> places) {
    }
}
