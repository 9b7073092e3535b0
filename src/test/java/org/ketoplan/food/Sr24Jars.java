package org.ketoplan.food;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/** Builds small jars in cronometer's usda_sr24.jar layout for tests. */
public final class Sr24Jars {
    /** Butter, salted as in cronometer's 01001.xml, cut to the nutrients ketoplan keeps (and two it ignores). */
    public static final String BUTTER = "<food uid=\"01001\" fcf=\"8.79\" pcf=\"4.27\" name=\"Butter, salted\" "
            + "ccf=\"3.87\"><measure amount=\"1.0\" name=\"tbsp\" grams=\"14.2\"/>"
            + "<measure amount=\"1.0\" name=\"pat (1&quot; sq, 1/3&quot; high)\" grams=\"5.0\"/>"
            + "<nutrient amount=\"717.0\" name=\"Energy\"/><nutrient amount=\"0.85\" name=\"Protein\"/>"
            + "<nutrient amount=\"0.06\" name=\"Carbs\"/><nutrient amount=\"0.0\" name=\"Fiber\"/>"
            + "<nutrient amount=\"0.06\" name=\"Sugars\"/><nutrient amount=\"81.11\" name=\"Fat\"/>"
            + "<nutrient amount=\"0.0\" name=\"Alcohol\"/><nutrient amount=\"15.87\" name=\"Water\"/>"
            + "<nutrient amount=\"24.0\" name=\"Calcium\"/><nutrient amount=\"1.0\" name=\"Selenium\"/>"
            + "<nutrient amount=\"714.0\" name=\"Sodium\"/>"
            + "<nutrient amount=\"2499.0\" name=\"Vitamin A\"/><nutrient amount=\"671.0\" name=\"Retinol\"/>"
            + "<nutrient amount=\"0.0\" name=\"Alpha-carotene\"/><nutrient amount=\"158.0\" name=\"Beta-carotene\"/>"
            + "<nutrient amount=\"0.0\" name=\"Beta-cryptoxanthin\"/><nutrient amount=\"3.0\" name=\"Folate\"/>"
            + "<nutrient amount=\"0.0050\" name=\"B1 (Thiamine)\"/>"
            + "<nutrient amount=\"0.17\" name=\"B12 (Cyanocobalamin)\"/>"
            + "<nutrient amount=\"60.0\" name=\"Vitamin D\"/><nutrient amount=\"7.0\" name=\"Vitamin K\"/>"
            + "<nutrient amount=\"51.368\" name=\"Saturated\"/></food>";

    /** A cheese with no fibre, sugars or carotenoid values: IU vitamins and retinol only, one bad measure. */
    public static final String CHEESE = "<food uid=\"01008\" name=\"Cheese, test\">\n"
            + "<measure amount=\"1.0\" name=\"cup, diced\" grams=\"132.0\"/>\n"
            + "<measure amount=\"1.0\" name=\"nothing\" grams=\"0.0\"/>\n"
            + "<nutrient amount=\"376.0\" name=\"Energy\"/>\n<nutrient amount=\"25.18\" name=\"Protein\"/>\n"
            + "<nutrient amount=\"3.06\" name=\"Carbs\"/>\n<nutrient amount=\"29.2\" name=\"Fat\"/>\n"
            + "<nutrient amount=\"1000.0\" name=\"Vitamin A\"/>\n<nutrient amount=\"300.0\" name=\"Retinol\"/>\n"
            + "<nutrient amount=\"100.0\" name=\"Vitamin D\"/>\n</food>";

    /** A deprecated food whose vitamin A IU is not explained by its retinol: vitamin A unknown. */
    public static final String OLD = "<food uid=\"03266\" name=\"Babyfood, old\">"
            + "<nutrient amount=\"52.0\" name=\"Energy\"/><nutrient amount=\"0.2\" name=\"Protein\"/>"
            + "<nutrient amount=\"12.68\" name=\"Carbs\"/><nutrient amount=\"0.1\" name=\"Fat\"/>"
            + "<nutrient amount=\"1054.0\" name=\"Vitamin A\"/><nutrient amount=\"262.0\" name=\"Retinol\"/>"
            + "</food>";

    private Sr24Jars() {
    }

    /** Writes a jar holding {@code foods} (uid -> XML) as usda_sr24/UID.xml, plus the two index files. */
    public static Path write(Path dir, Map<String, String> foods) throws IOException {
        Path jar = dir.resolve("usda_sr24.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            StringBuilder current = new StringBuilder();
            for (Map.Entry<String, String> f : foods.entrySet()) {
                put(out, "usda_sr24/" + f.getKey() + ".xml", f.getValue());
                if (!f.getKey().equals("03266")) {
                    current.append(f.getKey()).append("|name\n");
                }
            }
            put(out, "usda_sr24/foods.index", current.toString());
            put(out, "usda_sr24/deprecated.index", "03266|BABYFOOD,OLD\n");
        }
        return jar;
    }

    /** The three standard test foods. */
    public static Path standard(Path dir) throws IOException {
        Map<String, String> foods = new LinkedHashMap<>();
        foods.put("01008", CHEESE);
        foods.put("01001", BUTTER);
        foods.put("03266", OLD);
        return write(dir, foods);
    }

    private static void put(JarOutputStream out, String name, String text) throws IOException {
        out.putNextEntry(new JarEntry(name));
        OutputStream o = out;
        o.write(text.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }
}
