package org.ketoplan.prescription;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.time.LocalDate;
import org.ketoplan.common.BadInputException;
import org.ketoplan.common.Mappers;

/**
 * The patient file (YAML): reading it with one-line errors that name the file, the line and the field, and the
 * commented template that {@code ketoplan init} writes.
 *
 * <pre>
 * name: Example Baby
 * born: 2026-03-10          # or age_months: 8
 * weight_kg: 7.8
 * time_zone: Europe/London  # optional
 * prescription:
 *   kcal: 650               # optional: kcal_per_kg, or the default by age and weight
 *   ratio: 4                # or "4:1"
 *   protein_g_per_kg: 1.5   # or protein_g, or protein_g_per_100kcal; default 1.5 g/100 kcal
 *   carbs: net
 *   meals: [{name: breakfast, time: "07:00", share: 0.25}, ...]
 *   snacks: [{name: snack, time: "15:00", kcal: 100, ratio: 1.5}]
 * medicines: [{name: ..., carb_mg_per_dose: 120, doses_per_day: 2, times: ["08:00", "20:00"]}]
 * exclude_foods: [...]
 * </pre>
 */
public final class PatientFile {
    private PatientFile() {
    }

    /**
     * Reads and checks a patient file.
     *
     * @throws BadInputException "file:line: field.path: problem" for bad YAML, a missing or unknown field, or an
     *     impossible value (negative weight, ratio 0, meal shares not adding to 100 %)
     */
    public static Patient read(Path file) {
        String name = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new BadInputException(name + ": no such file", e);
        } catch (IOException e) {
            throw new BadInputException(name + ": cannot read (" + e.getMessage() + ")", e);
        }
        return read(name, bytes);
    }

    /**
     * Reads and checks a patient file's {@code bytes} (e.g. a resource), naming it {@code name} in messages.
     *
     * @throws BadInputException as {@link #read(Path)}
     */
    public static Patient read(String name, byte[] bytes) {
        try {
            Patient p = Mappers.yaml().readValue(bytes, Patient.class);
            if (p == null) {
                throw new BadInputException(name + ": the file is empty; run 'ketoplan init FILE' for a template");
            }
            return p;
        } catch (MismatchedInputException e) {
            if (e.getMessage() != null && e.getMessage().contains("No content to map")) {
                throw new BadInputException(name + ": the file is empty; run 'ketoplan init FILE' for a template",
                        e);
            }
            throw placed(name, bytes, e);
        } catch (JsonProcessingException e) {
            throw placed(name, bytes, e);
        } catch (IOException e) {
            throw new BadInputException(name + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    /**
     * The error as one line, at the line of the field it concerns: Jackson reports some problems (unknown fields,
     * checks made when a block is complete) at the end of the block, so the field's own line is looked up.
     */
    private static BadInputException placed(String name, byte[] bytes, JsonProcessingException e) {
        BadInputException plain = Mappers.explain(name, e);
        if (!(e instanceof JsonMappingException jme)) {
            return syntax(name, e);
        }
        List<String> path = new ArrayList<>();
        for (JsonMappingException.Reference r : jme.getPath()) {
            path.add(r.getFieldName() != null ? r.getFieldName() : String.valueOf(r.getIndex()));
        }
        String message = plain.getMessage();
        int firstColon = message.indexOf(": ", name.length());
        String rest = firstColon < 0 ? message : message.substring(firstColon + 2);
        if (e.getCause() instanceof FieldProblem fp) {
            path.add(fp.field());
            rest = dotted(path) + ": " + fp.problem();
        }
        Map<String, Integer> lines = fieldLines(bytes);
        Integer line = null;
        for (int n = path.size(); n >= 0 && line == null; n--) {
            line = lines.get(pointer(path.subList(0, n)));
        }
        return line == null ? plain : new BadInputException(name + ":" + line + ": " + rest, e);
    }

    /**
     * A YAML syntax error as one line: the parser's sentences (without its excerpts of the file), at the line of
     * the problem (the parser's last position mark).
     */
    private static BadInputException syntax(String name, JsonProcessingException e) {
        String original = e.getOriginalMessage() == null ? "cannot be read" : e.getOriginalMessage();
        List<String> sentences = new ArrayList<>();
        int line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
        Matcher mark = Pattern.compile("line (\\d+), column").matcher("");
        for (String l : original.split("\\R")) {
            if (mark.reset(l).find()) {
                line = Integer.parseInt(mark.group(1));
            } else if (!l.isBlank() && !Character.isWhitespace(l.charAt(0))) {
                sentences.add(l.strip());
            }
        }
        return new BadInputException(name + (line > 0 ? ":" + line : "") + ": not valid YAML ("
                + String.join("; ", sentences) + ")", e);
    }

    /** The line each field and list item starts on, by JSON pointer ("/prescription/meals/1/time"). */
    private static Map<String, Integer> fieldLines(byte[] bytes) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser p = Mappers.yaml().getFactory().createParser(bytes)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                JsonStreamContext ctx = p.getParsingContext();
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    ctx = ctx.getParent() == null ? ctx : ctx.getParent();
                }
                lines.putIfAbsent(ctx.pathAsPointer().toString(), p.currentTokenLocation().getLineNr());
            }
        } catch (IOException | RuntimeException ignored) {
            // a file that does not parse keeps the lines found so far; the binder's error names the problem
        }
        return lines;
    }

    private static String pointer(List<String> path) {
        StringBuilder sb = new StringBuilder();
        for (String s : path) {
            sb.append('/').append(s.replace("~", "~0").replace("/", "~1"));
        }
        return sb.toString();
    }

    private static String dotted(List<String> path) {
        StringBuilder sb = new StringBuilder();
        for (String s : path) {
            if (s.chars().allMatch(Character::isDigit)) {
                sb.append('[').append(s).append(']');
            } else {
                sb.append(sb.length() == 0 ? "" : ".").append(s);
            }
        }
        return sb.toString();
    }

    /**
     * The commented template {@code ketoplan init} writes: an 8-month-old born 8 months before {@code today},
     * 7.8 kg, at 3:1 (the usual infant start) with energy and protein left to their defaults.
     */
    public static String template(LocalDate today) {
        LocalDate born = today.minusMonths(8);
        return """
                # ketoplan patient file (YAML). Lines starting with # are comments; edit the values, keep the layout.
                # Check it with: ketoplan prescribe --patient THIS_FILE
                # Every default ketoplan fills in is shown with its source; any value set here replaces it.
                name: Example Baby
                born: %s            # date of birth, YYYY-MM-DD (or instead: age_months: 8)
                weight_kg: 7.8              # body weight, kg
                # time_zone: Europe/London  # the zone "today" is taken in (default: the computer's)

                prescription:
                  # Energy: kcal: 650 (per day), or kcal_per_kg: 80. Without either, the default comes from age and
                  # weight: under 12 months the infant energy requirement of Butte 2005 (1 month 110, 6 months and
                  # on 81 kcal/kg/d); from 12 months the Compass Group Manual of Clinical Nutrition Management
                  # (12-18 mo 75; 18 mo-3 y 70; 4-6 y 65; 7-8 y 60; 9-10 y 55; 11-14 y <= 40 kcal/kg/d); or
                  # energy: eer (IOM estimated energy requirement, 0-35 months). 'ketoplan sources' lists them all.
                  ratio: 3                  # fat : (protein + carbohydrate), 0.5 to 6, e.g. 3 or "4:1"; 3:1 is the
                                            # usual start for infants (a review of infant KD)
                  # Protein: protein_g (per day), protein_g_per_kg or protein_g_per_100kcal.
                  # Default: the larger of 1.5 g per 100 kcal (Nation 2014) and the reference intake for the age.
                  carbs: net                # count carbohydrate net (total - fibre) or total
                  meals:                    # shares of the day's energy after snacks, adding to 100 %%
                    - {name: breakfast, time: "07:00", share: 25%%}
                    - {name: lunch, time: "11:30", share: 25%%}
                    - {name: tea, time: "15:30", share: 25%%}
                    - {name: supper, time: "19:00", share: 25%%}
                  snacks: []                # e.g. - {name: snack, time: "17:00", kcal: 50, ratio: 1.5}

                medicines: []               # carbohydrate in medicines, taken out of the food's allowance, e.g.
                                            # - {name: levetiracetam syrup, carb_mg_per_dose: 120, doses_per_day: 2,
                                            #    times: ["08:00", "20:00"]}
                allergies: []               # allergen groups never given, e.g. [milk, egg]: milk, egg, fish,
                                            # crustaceans, molluscs, tree nuts, peanuts, soy, sesame, wheat, gluten,
                                            # celery, mustard, sulphites, lupin
                exclude_foods: []           # dislikes, by food id or a word of food names
                allow: []                   # recorded exceptions, printed with every plan, e.g.
                                            # - {rule: honey, reason: ...}  or  - {product: ID, reason: ...}
                                            # or - {food: ID, reason: "label read: no milk"} ('ketoplan sources')
                """.formatted(born);
    }
}
