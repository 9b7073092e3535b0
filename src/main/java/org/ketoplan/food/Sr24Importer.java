package org.ketoplan.food;

import org.ketoplan.nutrition.Numbers;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.ketoplan.common.BadInputException;
import org.ketoplan.nutrition.Nutrient;
import org.ketoplan.nutrition.Nutrients;

/**
 * Reads USDA SR24 as packaged by Debian's cronometer ({@code /usr/share/cronometer/usda_sr24.jar}): one XML file per
 * food, {@code usda_sr24/NNNNN.xml}, with {@code <measure amount name grams/>} and {@code <nutrient amount name/>}
 * elements, all per 100 g of edible portion.
 *
 * <p>Units, checked against the SR24 tables for butter, salted (01001), heavy whipping cream (01053), enriched
 * white flour (20081) and raw carrots (11124):
 * <ul>
 * <li>Energy: kcal (SR nutrient 208). Fat, Protein, Carbs (by difference, total, fibre included), Fiber
 *     (total dietary), Sugars (total), Water: g.</li>
 * <li>Calcium, Copper, Iron, Magnesium, Phosphorus, Potassium, Sodium, Zinc: mg. Selenium: ug (butter 1.0,
 *     flour 33.9).</li>
 * <li>Vitamin C, B1, B2, B3, B6 (mg); B12 (ug; butter 0.17); Folate: total folate, ug (flour 183, where SR24's
 *     folate DFE is 288, so this is not DFE); Vitamin E: alpha-tocopherol, mg (butter 2.32); Vitamin K:
 *     phylloquinone, ug (butter 7.0); Choline: total, mg (butter 18.8).</li>
 * <li>Vitamin D: IU (butter 60 IU = SR24's 1.5 ug), converted to ug by dividing by 40 (1 ug = 40 IU).</li>
 * <li>Vitamin A: IU; Retinol, Beta-carotene, Alpha-carotene, Beta-cryptoxanthin: ug. Vitamin A is stored as ug RAE
 *     = retinol + beta-carotene / 12 + (alpha-carotene + beta-cryptoxanthin) / 24 (IOM, Dietary Reference Intakes
 *     for Vitamin A, 2001, ch. 4; the same formula as SR24's nutrient 320). Butter: 671 + 158 / 12 = 684.2 ug,
 *     SR24 lists 684 (derived values are kept to 0.001). When some of the four components are absent, they are taken as zero only if the vitamin A
 *     IU value shows they are: IU = retinol / 0.3 + beta-carotene / 0.6 + (other two) / 1.2 (the IU definitions,
 *     same source) computed from the components present must match the stated IU within 2 IU or 2 %. Otherwise
 *     (and when neither IU nor components are given) vitamin A is unknown. IU is never converted to RAE, since that
 *     needs the split between retinol and carotenoids.</li>
 * </ul>
 * An absent element means the nutrient is unknown: its cell stays empty. Foods listed in the jar's
 * {@code deprecated.index} and not in {@code foods.index} are not part of SR24 (cronometer keeps them from earlier
 * releases for old diaries); they are kept with a note saying so.
 */
public final class Sr24Importer {
    /** The source recorded for the imported foods. */
    public static final String SOURCE = "USDA National Nutrient Database for Standard Reference, Release 24";

    private static final Pattern ENTRY = Pattern.compile("(?:.*/)?(\\d{5})\\.xml");
    private static final String DEPRECATED_NOTE = "Not in SR24: a food from an earlier SR release that cronometer "
            + "keeps for old diaries; its values may be out of date.";

    /** cronometer's nutrient names for the nutrients copied as they are. */
    private static final Map<String, Nutrient> DIRECT = Map.ofEntries(
            Map.entry("Energy", Nutrient.ENERGY), Map.entry("Fat", Nutrient.FAT),
            Map.entry("Protein", Nutrient.PROTEIN), Map.entry("Carbs", Nutrient.CARBOHYDRATE),
            Map.entry("Fiber", Nutrient.FIBRE), Map.entry("Sugars", Nutrient.SUGARS),
            Map.entry("Water", Nutrient.WATER), Map.entry("Calcium", Nutrient.CALCIUM),
            Map.entry("Iron", Nutrient.IRON), Map.entry("Magnesium", Nutrient.MAGNESIUM),
            Map.entry("Phosphorus", Nutrient.PHOSPHORUS), Map.entry("Potassium", Nutrient.POTASSIUM),
            Map.entry("Sodium", Nutrient.SODIUM), Map.entry("Zinc", Nutrient.ZINC),
            Map.entry("Selenium", Nutrient.SELENIUM), Map.entry("Copper", Nutrient.COPPER),
            Map.entry("Vitamin C", Nutrient.VITAMIN_C), Map.entry("Vitamin E", Nutrient.VITAMIN_E),
            Map.entry("Vitamin K", Nutrient.VITAMIN_K), Map.entry("B1 (Thiamine)", Nutrient.THIAMIN),
            Map.entry("B2 (Riboflavin)", Nutrient.RIBOFLAVIN), Map.entry("B3 (Niacin)", Nutrient.NIACIN),
            Map.entry("B6 (Pyridoxine)", Nutrient.VITAMIN_B6),
            Map.entry("B12 (Cyanocobalamin)", Nutrient.VITAMIN_B12), Map.entry("Folate", Nutrient.FOLATE),
            Map.entry("Choline", Nutrient.CHOLINE));

    /** IU per ug of vitamin D (1 ug = 40 IU). */
    static final double VITAMIN_D_IU_PER_UG = 40.0;

    private Sr24Importer() {
    }

    /**
     * Reads every food of the jar.
     *
     * @throws BadInputException when the file is missing, not a jar, holds no SR24 foods, or an entry is malformed
     *     (the message names the entry and line)
     */
    public static ImportResult read(Path jar) {
        if (!Files.exists(jar)) {
            throw new BadInputException(jar + ": no such file");
        }
        if (!Files.isRegularFile(jar)) {
            throw new BadInputException(jar + ": is not a file (expected cronometer's usda_sr24.jar)");
        }
        try (ZipFile zip = new ZipFile(jar.toFile(), StandardCharsets.UTF_8)) {
            Set<String> current = index(zip, "foods.index");
            Set<String> deprecated = index(zip, "deprecated.index");
            XMLInputFactory xml = factory();
            List<Food> foods = new ArrayList<>(9000);
            List<ImportProblem> problems = new ArrayList<>();
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                Matcher m = ENTRY.matcher(e.getName());
                if (e.isDirectory() || !m.matches()) {
                    continue;
                }
                String place = jar.getFileName() + "!" + e.getName();
                Raw raw;
                try (InputStream in = zip.getInputStream(e)) {
                    raw = parse(xml, in, place);
                }
                boolean old = deprecated.contains(raw.uid) && !current.contains(raw.uid);
                Food f = toFood(raw, old ? DEPRECATED_NOTE : "", problems);
                if (f != null) {
                    foods.add(f);
                }
            }
            if (foods.isEmpty() && problems.isEmpty()) {
                throw new BadInputException(jar + ": holds no usda_sr24/NNNNN.xml foods; expected cronometer's "
                        + "usda_sr24.jar");
            }
            return new ImportResult(foods, problems);
        } catch (ZipException e) {
            throw new BadInputException(jar + ": not a jar (zip) file (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new BadInputException(jar + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    /** A StAX factory that reads no DTD and resolves no external entity. */
    static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    /** The ids listed in an index entry ("01001|Butter, salted" per line), empty when the jar has none. */
    private static Set<String> index(ZipFile zip, String name) throws IOException {
        Set<String> ids = new HashSet<>();
        ZipEntry e = zip.getEntry("usda_sr24/" + name);
        if (e == null) {
            return ids;
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(zip.getInputStream(e),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                int bar = line.indexOf('|');
                if (bar > 0) {
                    ids.add(line.substring(0, bar).trim());
                }
            }
        }
        return ids;
    }

    /** One food as written in its XML entry. */
    record Raw(String uid, String name, Map<String, Double> nutrients, List<HouseholdMeasure> measures,
               List<String> measureProblems) {
    }

    /** Parses one entry; {@code place} ("usda_sr24.jar!usda_sr24/01001.xml") names it in messages. */
    static Raw parse(XMLInputFactory factory, InputStream in, String place) {
        XMLStreamReader r = null;
        try {
            r = factory.createXMLStreamReader(in, "UTF-8");
            String uid = null;
            String name = null;
            Map<String, Double> nutrients = new HashMap<>(128);
            List<HouseholdMeasure> measures = new ArrayList<>();
            List<String> measureProblems = new ArrayList<>();
            while (r.hasNext()) {
                if (r.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String at = place + ":" + r.getLocation().getLineNumber();
                switch (r.getLocalName()) {
                    case "food" -> {
                        uid = attribute(r, "uid", at);
                        name = attribute(r, "name", at).trim();
                    }
                    case "nutrient" -> {
                        String n = attribute(r, "name", at);
                        nutrients.put(n, number(attribute(r, "amount", at), at, "nutrient " + n));
                    }
                    case "measure" -> {
                        String n = attribute(r, "name", at).trim();
                        double amount = number(attribute(r, "amount", at), at, "measure " + n);
                        double grams = number(attribute(r, "grams", at), at, "measure " + n);
                        try {
                            measures.add(new HouseholdMeasure(amount, n, grams));
                        } catch (IllegalArgumentException e) {
                            measureProblems.add("measure '" + n + "' left out: " + e.getMessage());
                        }
                    }
                    default -> {
                        // other elements carry nothing ketoplan keeps
                    }
                }
            }
            if (uid == null) {
                throw BadInputException.at(place, "no <food uid=...> element");
            }
            return new Raw(uid, name, nutrients, measures, measureProblems);
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
            throw BadInputException.at(line > 0 ? place + ":" + line : place,
                    "malformed XML (" + firstLine(e.getMessage()) + ")");
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // the entry has been read or the error above is the one to report
                }
            }
        }
    }

    private static String attribute(XMLStreamReader r, String name, String at) {
        String v = r.getAttributeValue(null, name);
        if (v == null) {
            throw BadInputException.at(at, "<" + r.getLocalName() + "> has no '" + name + "' attribute");
        }
        return v;
    }

    private static double number(String text, String at, String what) {
        try {
            double v = Double.parseDouble(text.trim());
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw BadInputException.at(at, what + ": '" + text + "' is not a number");
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        String t = s.strip();
        int nl = t.lastIndexOf('\n');
        return (nl >= 0 ? t.substring(nl + 1) : t).strip();
    }

    /** The food, or null (with a problem recorded) when its values cannot be kept. */
    static Food toFood(Raw raw, String note, List<ImportProblem> problems) {
        if (raw.name == null || raw.name.isEmpty()) {
            problems.add(new ImportProblem(raw.uid, "no name", false));
            return null;
        }
        Map<String, Double> n = raw.nutrients;
        try {
            Nutrients.Builder b = Nutrients.builder();
            for (Map.Entry<String, Nutrient> d : DIRECT.entrySet()) {
                b.setIfPresent(d.getValue(), n.get(d.getKey()));
            }
            Double d = n.get("Vitamin D");
            if (d != null) {
                b.set(Nutrient.VITAMIN_D, round3(d / VITAMIN_D_IU_PER_UG));
            }
            b.setIfPresent(Nutrient.VITAMIN_A, vitaminARae(n.get("Vitamin A"), n.get("Retinol"),
                    n.get("Beta-carotene"), n.get("Alpha-carotene"), n.get("Beta-cryptoxanthin")));
            Nutrients per100 = b.build();
            for (String p : raw.measureProblems) {
                problems.add(new ImportProblem(raw.uid, p, true));
            }
            double fibre = per100.orZero(Nutrient.FIBRE);
            double carb = per100.orZero(Nutrient.CARBOHYDRATE);
            if (fibre > carb) {
                problems.add(new ImportProblem(raw.uid, "fibre " + Numbers.plain(fibre) + " g exceeds carbohydrate "
                        + Numbers.plain(carb) + " g (net carbohydrate counts as 0)", true));
            }
            return new Food(raw.uid, raw.name, SrFoodGroups.of(raw.uid), Basis.GRAM, per100, raw.measures, SOURCE,
                    note);
        } catch (IllegalArgumentException e) {
            problems.add(new ImportProblem(raw.uid, e.getMessage(), false));
            return null;
        }
    }

    /**
     * Vitamin A in ug RAE from SR24's components (see the class comment), or null when it cannot be known.
     *
     * @param iu vitamin A in IU, or null
     * @param retinol retinol in ug, or null
     * @param beta beta-carotene in ug, or null
     * @param alpha alpha-carotene in ug, or null
     * @param crypto beta-cryptoxanthin in ug, or null
     */
    static Double vitaminARae(Double iu, Double retinol, Double beta, Double alpha, Double crypto) {
        double r = retinol == null ? 0 : retinol;
        double b = beta == null ? 0 : beta;
        double a = alpha == null ? 0 : alpha;
        double c = crypto == null ? 0 : crypto;
        double rae = r + b / 12.0 + (a + c) / 24.0;
        if (retinol != null && beta != null && alpha != null && crypto != null) {
            return round3(rae);
        }
        if (iu == null) {
            return null;
        }
        double explained = r / 0.3 + b / 0.6 + (a + c) / 1.2;
        double tolerance = Math.max(2.0, 0.02 * iu);
        return Math.abs(iu - explained) <= tolerance ? round3(rae) : null;
    }

    /** A derived amount to 0.001 of its unit, so that the table shows no floating-point noise. */
    static double round3(double v) {
        return Math.round(v * 1000.0) / 1000.0;
    }
}
