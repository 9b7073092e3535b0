package org.ketoplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.ketoplan.common.BadInputException;
import org.ketoplan.common.Mappers;
import org.ketoplan.common.NoSolutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class CliConventionsTest {

    @Test
    void helpListsTheCommandsAndExitsZero() {
        CliRun r = CliRun.of("--help");
        assertEquals(ExitCodes.OK, r.code());
        assertTrue(r.out().contains("food"), r.out());
        assertTrue(r.out().contains("ratio"), r.out());
        assertTrue(r.out().contains("Exit codes: 0 done, 1 internal error, 2 bad input or usage, 3 no solution"));
    }

    @Test
    void versionExitsZero() {
        CliRun r = CliRun.of("--version");
        assertEquals(ExitCodes.OK, r.code());
        assertTrue(r.out().startsWith("ketoplan "), r.out());
    }

    @Test
    void unknownOptionIsUsageErrorWithOneLineAndASuggestion() {
        CliRun r = CliRun.of("ratio", "--fat", "10", "--protien", "2", "--carb", "1");
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        assertTrue(r.errLines()[0].startsWith("error: "), r.err());
        assertTrue(r.err().contains("--protein"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void ratioOfTheWorkedCheck() {
        // 100 g fat, 15 g protein, 10 g carbohydrate: ratio 100/25 = 4, kcal 900 + 60 + 40 = 1000, units 25,
        // Woodyatt (90 + 6.9) / (10 + 8.7 + 10) = 3.376
        CliRun r = CliRun.of("ratio", "--fat", "100", "--protein", "15", "--carb", "10", "--format", "json");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        JsonNode j = json(r.out());
        assertEquals(4.0, j.get("ratio").asDouble());
        assertEquals(1000.0, j.get("kcal").asDouble());
        assertEquals(25.0, j.get("units").asDouble());
        assertEquals(3.376, j.get("woodyatt").asDouble());
        assertEquals("net", j.get("carb_convention").asText());
    }

    @Test
    void fibreCountsNetUnlessTotalIsAsked() {
        // 30 g fat, 5 g protein, 4 g carbohydrate of which 2 g fibre: net 30/(5+2) = 4.286; total 30/(5+4) = 3.333
        assertEquals(4.286, json(CliRun.of("ratio", "--fat", "30", "--protein", "5", "--carb", "4", "--fibre", "2",
                "--format", "json").out()).get("ratio").asDouble());
        assertEquals(3.333, json(CliRun.of("ratio", "--fat", "30", "--protein", "5", "--carb", "4", "--fibre", "2",
                "--carbs", "total", "--format", "json").out()).get("ratio").asDouble());
    }

    @Test
    void ratioTextTable() {
        CliRun r = CliRun.of("ratio", "--fat", "100", "--protein", "15", "--carb", "10");
        assertEquals(ExitCodes.OK, r.code());
        assertTrue(r.out().contains("ratio") && r.out().contains("4:1"), r.out());
        assertTrue(r.out().contains("1000"), r.out());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            decimal comma   | --fat=12,5     | '12,5' uses a decimal comma; write 12.5 with a decimal point
            not a number    | --fat=lots     | 'lots' is not a number
            negative        | --fat=-3       | --fat must not be negative (-3.0)
            fibre over carb | --fibre=20     | --fibre (20.0 g) is part of --carb (10.0 g) and cannot exceed it
            bad convention  | --carbs=gross  | carbohydrate convention must be 'net' or 'total', not 'gross'
            """)
    void badNumbersAreUsageErrorsNamingTheOption(String what, String option, String expected) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("ratio"));
        String name = option.substring(0, option.indexOf('='));
        for (String[] base : new String[][] {{"--fat", "100"}, {"--protein", "15"}, {"--carb", "10"}}) {
            if (!base[0].equals(name)) {
                args.addAll(java.util.List.of(base));
            }
        }
        args.add(option);
        CliRun r = CliRun.of(args.toArray(new String[0]));
        assertEquals(ExitCodes.BAD_INPUT, r.code(), r.err());
        assertTrue(r.errLines()[0].startsWith("error: "), r.err());
        assertTrue(r.errLines()[0].contains(expected), r.err());
    }

    @Command(name = "boom")
    static final class Boom implements Callable<Integer> {
        private final RuntimeException toThrow;

        Boom(RuntimeException toThrow) {
            this.toThrow = toThrow;
        }

        @Override
        public Integer call() {
            throw toThrow;
        }
    }

    private static CliRun boom(RuntimeException e, String... more) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new KetoplanCommand());
        cl.addSubcommand("boom", new Boom(e));
        Main.configure(cl, new PrintWriter(out), new PrintWriter(err));
        String[] args = new String[more.length + 1];
        args[0] = "boom";
        System.arraycopy(more, 0, args, 1, more.length);
        int code = cl.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    @Test
    void exitCodesForEachKindOfFailure() {
        CliRun bad = boom(BadInputException.at("plan.json:3", "meals: expected a list"));
        assertEquals(ExitCodes.BAD_INPUT, bad.code());
        assertEquals("error: plan.json:3: meals: expected a list", bad.err().strip());

        CliRun none = boom(new NoSolutionException("no food supplies fat: add butter, oil or cream"));
        assertEquals(ExitCodes.NO_SOLUTION, none.code());
        assertEquals("no solution: no food supplies fat: add butter, oil or cream", none.err().strip());

        CliRun bug = boom(new IllegalStateException("oops"));
        assertEquals(ExitCodes.INTERNAL_ERROR, bug.code());
        assertEquals(1, bug.errLines().length, bug.err());
        assertTrue(bug.err().startsWith("internal error: java.lang.IllegalStateException: oops"), bug.err());
    }

    @Test
    void stackTraceOnlyWithTheOption() {
        CliRun quiet = boom(new IllegalStateException("oops"));
        assertFalse(quiet.err().contains("\tat "), quiet.err());
        CliRun loud = boom(new IllegalStateException("oops"), "--stacktrace");
        assertTrue(loud.err().contains("\tat "), loud.err());
    }

    @Test
    void aDecimalCommaInABoxedNumberOptionSaysHowToWriteIt() {
        CliRun r = CliRun.of("formula", "--base", "ketocal-4to1-powder", "--kcal", "650", "--ratio", "4",
                "--weight", "7,8", "--feeds", "6");
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        assertEquals("error: Invalid value for option '--weight': '7,8' uses a decimal comma; write 7.8 with a "
                + "decimal point", r.errLines()[0]);
    }

    @Test
    void aBadDateSaysHowToWriteIt() {
        CliRun r = CliRun.of("prescribe", "--weight", "8", "--born", "2026-13-01", "--ratio", "4");
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        assertTrue(r.errLines()[0].contains("'2026-13-01' is not a date; write YYYY-MM-DD (e.g. 2026-12-01), today or "
                + "yesterday"), r.err());
    }

    static JsonNode json(String text) {
        try {
            return Mappers.json().readTree(text);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }
}
