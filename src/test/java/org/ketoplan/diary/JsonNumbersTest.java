package org.ketoplan.diary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ketoplan.cli.CliRun;
import org.ketoplan.cli.ExitCodes;
import org.ketoplan.common.Mappers;
import org.ketoplan.plan.PlanFile;

/** The diary's and the report's JSON give numbers as JSON numbers, never as strings ("1.5"). */
class JsonNumbersTest {
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    @TempDir
    Path dir;

    /** The paths of text values that read as numbers. */
    private static void strings(JsonNode n, String path, List<String> out) {
        if (n.isTextual() && NUMBER.matcher(n.asText()).matches()) {
            out.add(path + " = \"" + n.asText() + "\"");
        }
        for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) n::fields) {
            strings(e.getValue(), path + "." + e.getKey(), out);
        }
        if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                strings(n.get(i), path + "[" + i + "]", out);
            }
        }
    }

    private static JsonNode run(String... args) throws Exception {
        List<String> a = new ArrayList<>(List.of(args));
        a.addAll(List.of("--format", "json"));
        CliRun r = CliRun.of(a.toArray(new String[0]));
        assertEquals(ExitCodes.OK, r.code(), a + ": " + r.err());
        JsonNode j = Mappers.json().readTree(r.out());
        List<String> bad = new ArrayList<>();
        strings(j, "", bad);
        assertEquals(List.of(), bad, String.join(" ", args));
        return j;
    }

    @Test
    void everyDiaryCommandAndTheReport() throws Exception {
        Path plan = dir.resolve("plan.json");
        PlanFile.write(plan, DiaryFixture.planWithBiscuit(), false);
        String d = dir.resolve("diary").toString();
        JsonNode day = run("log", "day", "--diary", d, "--date", "2026-01-05", "--seizures", "12", "--sleep", "10.5",
                "--stress", "2", "--weight", "8.1", "--ketones", "1.5");
        assertEquals(10.5, day.get("sleep_hours").doubleValue(), 1e-9);
        assertTrue(day.get("seizures").isInt() && day.get("weight_kg").isNumber());
        JsonNode s = run("log", "seizure", "--diary", d, "--date", "2026-01-05", "--time", "06:50", "--type",
                "spasms", "--spasms", "14", "--duration-min", "3.5");
        assertTrue(s.get("spasms").isInt() && s.get("duration_min").isNumber());
        JsonNode k = run("log", "reading", "--diary", d, "--date", "2026-01-05", "--time", "07:00", "--ketones",
                "2.2", "--glucose", "3.1");
        assertEquals(3.1, k.get("glucose_mmol").doubleValue(), 1e-9);
        run("log", "meal", "--diary", d, "--plan", plan.toString(), "--date", "2026-01-05", "--meal", "breakfast",
                "--all");
        JsonNode rep = run("adherence", "--plan", plan.toString(), "--diary", d);
        // one cluster of 14 spasms logged on 2026-01-05 (the day's count of 12 is replaced by the events)
        assertEquals(1, rep.get("days").get(0).get("clusters").intValue());
        assertEquals(14, rep.get("days").get(0).get("spasms").intValue());
    }
}
