package org.ketoplan.food;

import java.util.HashMap;
import java.util.Map;

/**
 * The USDA Standard Reference food group of an NDB number, for the cronometer SR24 data, which carries no group.
 *
 * <p>Most NDB numbers start with their group's code (SR24 {@code FD_GROUP.txt}: 01 Dairy and Egg Products ... 36
 * Restaurant Foods). Some do not: 23xxx are beef cuts added in SR22-24 (group 13), 27xxx soups and sauces
 * (group 06), and the 4xxxx, 8xxxx and 9xxxx numbers belong to many groups. For those the group code is taken
 * from the {@code FdGrp_Cd} column of USDA's {@code FOOD_DES.txt} (read in the SR28 release, which keeps SR24's
 * numbers and groups; checked for every number below). Numbers in neither list (31xxx vegetable juices,
 * 46168, 47011 and a few 42xxx/43xxx foods that SR28 no longer lists) get {@link #UNCLASSIFIED}.
 */
public final class SrFoodGroups {
    /** The group of a food whose SR group is not known. */
    public static final String UNCLASSIFIED = "Unclassified";

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("01", "Dairy and Egg Products"),
            Map.entry("02", "Spices and Herbs"),
            Map.entry("03", "Baby Foods"),
            Map.entry("04", "Fats and Oils"),
            Map.entry("05", "Poultry Products"),
            Map.entry("06", "Soups, Sauces, and Gravies"),
            Map.entry("07", "Sausages and Luncheon Meats"),
            Map.entry("08", "Breakfast Cereals"),
            Map.entry("09", "Fruits and Fruit Juices"),
            Map.entry("10", "Pork Products"),
            Map.entry("11", "Vegetables and Vegetable Products"),
            Map.entry("12", "Nut and Seed Products"),
            Map.entry("13", "Beef Products"),
            Map.entry("14", "Beverages"),
            Map.entry("15", "Finfish and Shellfish Products"),
            Map.entry("16", "Legumes and Legume Products"),
            Map.entry("17", "Lamb, Veal, and Game Products"),
            Map.entry("18", "Baked Products"),
            Map.entry("19", "Sweets"),
            Map.entry("20", "Cereal Grains and Pasta"),
            Map.entry("21", "Fast Foods"),
            Map.entry("22", "Meals, Entrees, and Side Dishes"),
            Map.entry("25", "Snacks"),
            Map.entry("35", "American Indian/Alaska Native Foods"),
            Map.entry("36", "Restaurant Foods"));

    /** Prefixes that are not group codes but whose foods all belong to one group (see the class comment). */
    private static final Map<String, String> PREFIX_GROUPS = Map.of("23", "13", "27", "06");

    /** NDB number -> group code, from FOOD_DES.txt, for numbers whose prefix is not a group code. */
    private static final Map<String, String> BY_ID = parse(
            "42040 19 42055 14 42063 19 42074 19 42116 04 42117 01 42119 03 42120 03 42128 07 42129 07 "
            + "42131 19 42135 01 42136 01 42137 04 42138 04 42139 25 42140 04 42141 01 42148 19 42150 03 "
            + "42151 04 42153 04 42155 01 42157 04 42158 04 42161 07 42171 04 42173 07 42178 04 42179 07 "
            + "42182 16 42183 19 42185 19 42186 19 42187 19 42188 07 42189 01 42190 07 42192 04 42193 04 "
            + "42196 19 42200 16 42204 25 42205 01 42227 19 42230 04 42231 04 42235 01 42236 08 42237 08 "
            + "42240 08 42241 07 42256 04 42258 01 42259 25 42261 08 42262 07 42265 08 42266 03 42267 03 "
            + "42270 14 42272 25 42278 03 42279 03 42280 07 42281 19 42283 25 42284 03 42285 03 42286 03 "
            + "42289 04 42290 01 42291 16 42297 08 42303 01 42304 01 42307 04 42309 04 42316 03 "
            + "43004 03 43006 03 43007 03 43008 03 43015 04 43016 04 43017 04 43019 04 43020 04 43021 04 "
            + "43026 19 43028 19 43031 19 43046 19 43057 19 43058 19 43060 19 43075 03 43078 01 43098 19 "
            + "43100 25 43109 25 43112 16 43114 16 43125 16 43128 16 43129 16 43130 16 43131 16 43132 16 "
            + "43134 16 43135 16 43136 16 43137 16 43142 11 43143 11 43144 11 43146 11 43154 14 43155 14 "
            + "43158 19 43205 01 43212 16 43214 04 43215 04 43216 19 43217 11 43218 08 43241 08 43245 08 "
            + "43260 01 43261 01 43268 01 43269 19 43273 01 43274 01 43275 01 43276 01 43278 01 43282 05 "
            + "43283 05 43285 01 43287 05 43297 10 43299 16 43311 11 43312 11 43325 10 43326 10 43327 10 "
            + "43329 04 43331 04 43340 01 43345 14 43346 19 43350 11 43352 01 43355 04 43364 25 43365 11 "
            + "43366 05 43367 05 43369 14 43373 03 43378 10 43379 01 43382 09 43384 07 43387 11 43390 05 "
            + "43391 05 43392 11 43393 08 43396 01 43398 01 43401 14 43404 14 43405 01 43406 11 43408 03 "
            + "43410 16 43417 03 43432 03 43441 18 43447 25 43449 16 43450 19 43476 16 43479 14 43483 08 "
            + "43495 08 43497 15 43506 19 43507 07 43514 19 43523 03 43528 14 43529 03 43535 03 43536 03 "
            + "43537 03 43539 03 43541 19 43543 01 43544 03 43546 03 43550 03 43566 25 43570 08 43572 25 "
            + "43585 03 43589 01 43595 25 43597 01 43598 04 "
            + "44005 04 44018 19 44048 01 44055 11 44061 19 44074 03 44110 19 44158 19 44203 14 44258 19 "
            + "44259 19 44260 19 48052 20 80200 15 83110 15 90240 15 90480 19 90560 15 93600 15");

    private SrFoodGroups() {
    }

    /** The group name of the food with NDB number {@code id}, or {@link #UNCLASSIFIED}. */
    public static String of(String id) {
        if (id == null || id.length() < 2) {
            return UNCLASSIFIED;
        }
        String code = BY_ID.get(id);
        if (code == null) {
            String prefix = id.substring(0, 2);
            code = PREFIX_GROUPS.getOrDefault(prefix, prefix);
        }
        return NAMES.getOrDefault(code, UNCLASSIFIED);
    }

    private static Map<String, String> parse(String pairs) {
        String[] t = pairs.trim().split("\\s+");
        Map<String, String> map = new HashMap<>(t.length);
        for (int i = 0; i + 1 < t.length; i += 2) {
            map.put(t[i], t[i + 1]);
        }
        return Map.copyOf(map);
    }
}
