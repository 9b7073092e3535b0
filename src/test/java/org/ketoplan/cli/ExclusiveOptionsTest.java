package org.ketoplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Options of which a command takes one are picocli {@code @ArgGroup(exclusive = true)}s: two of them together are
 * refused while the command line is read, before any file is opened, with the command's own one-line message
 * ({@link OneOf}) and exit code 2. The files named need not exist: nothing is read.
 */
class ExclusiveOptionsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            prescribe kcal twice       | prescribe --weight 8 --age-months 9 --ratio 4 --kcal 700 --kcal-per-kg 90             | --kcal and --kcal-per-kg: give one of them
            prescribe protein twice    | prescribe --weight 8 --age-months 9 --ratio 4 --protein 12 --protein-per-kg 1.5        | --protein and --protein-per-kg: give one of them
            prescribe protein per 100  | prescribe --weight 8 --age-months 9 --ratio 4 --protein-per-100kcal 2 --protein-per-kg 1.5 | --protein-per-kg and --protein-per-100kcal: give one of them
            prescribe meals and meal   | prescribe --weight 8 --age-months 9 --ratio 4 --meal breakfast=50% --meals 3           | --meals and --meal: give equal meals or named meals
            plan example and patient   | plan --example --patient p.yaml --days 2                                             | --example: not with --patient
            plan example and from      | plan --from plan.json --example --days 2                                             | --example: not with --from
            plan patients and repeat   | plan --patients clinic --repeat                                                      | --patients: not with --repeat
            plan patients and example  | plan --example --patients clinic                                                     | --example: not with --patients
            log meal all and percent   | log meal --diary d --plan p.json --date 2026-12-01 --meal lunch --all --percent 50    | --all: give one of --all, --percent and --refused
            log meal percent, refused  | log meal --diary d --plan p.json --date 2026-12-01 --meal lunch --refused --percent=50 | --percent: give one of --all, --percent and --refused
            print day and range        | print p.json --out d.pdf --day 2026-12-01 --to 2026-12-02                            | --day: give either --day or --from/--to, not both
            formula both fluids        | formula --base b --kcal 650 --ratio 4 --feeds 6 --fluid-ml 700 --fluid-ml-per-kg 90    | --fluid-ml: give --fluid-ml or --fluid-ml-per-kg, not both
            meal recipe and foods      | meal --kcal 500 --ratio 4 --food 01053 --recipe egg-yolk-custard                     | --recipe: not with --food or --uncounted (the recipe names its foods)
            meal recipe and uncounted  | meal --kcal 500 --ratio 4 --recipe egg-yolk-custard --uncounted 02047=1              | --recipe: not with --food or --uncounted (the recipe names its foods)
            log seizure withdraw, type | log seizure --diary d --date 2026-12-01 --time 07:00 --withdraw --type spasms          | --withdraw takes only --date, --time and --note
            log seizure replace, withdraw | log seizure --diary d --date 2026-12-01 --time 07:00 --replace --withdraw          | --withdraw takes only --date, --time and --note
            log reading glucose, withdraw | log reading --diary d --date 2026-12-01 --time 07:00 --glucose 4 --withdraw       | --withdraw takes only --date, --time and --note
            """)
    void twoOfAGroupAreRefusedWithTheCommandsMessage(String what, String args, String message) {
        CliRun r = CliRun.of(args.split(" "));
        assertEquals(ExitCodes.BAD_INPUT, r.code(), r.err());
        assertEquals("error: " + message + "\n", r.err().replace("\r\n", "\n"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            prescribe named meals      | prescribe --weight 8 --age-months 9 --ratio 4 --meal breakfast=50% --meal lunch=50%
            plan patient and from      | plan --patient nowhere.yaml --from nowhere.json --days 2
            print a range              | print nowhere.json --out d.pdf --from 2026-12-01 --to 2026-12-02
            """)
    void oneOfAGroupRepeatedOrWithItsPartnersIsAccepted(String what, String args) {
        // these pass the command line; prescribe runs, the others stop at the missing file
        CliRun r = CliRun.of(args.split(" "));
        String err = r.err();
        assertEquals(false, err.contains("not with") || err.contains("give one of") || err.contains("not both"), err);
    }

    @Test
    void aWithdrawalTakesTheNoteAndAnEventItsValues(@TempDir Path dir) {
        String diary = dir.resolve("diary").toString();
        CliRun logged = CliRun.of("log", "seizure", "--diary", diary, "--date", "2026-12-01", "--time", "07:00",
                "--type", "spasms", "--spasms", "12", "--replace");
        assertEquals(ExitCodes.OK, logged.code(), logged.err());
        assertTrue(logged.out().startsWith("Corrected: a cluster of 12 spasms at 07:00 on 2026-12-01"), logged.out());
        CliRun withdrawn = CliRun.of("log", "seizure", "--diary", diary, "--date", "2026-12-01", "--time", "07:00",
                "--withdraw", "--note", "was a startle");
        assertEquals(ExitCodes.OK, withdrawn.code(), withdrawn.err());
        assertTrue(withdrawn.out().startsWith("Withdrew the seizure logged at 07:00 on 2026-12-01"), withdrawn.out());
        CliRun reading = CliRun.of("log", "reading", "--diary", diary, "--date", "2026-12-01", "--time", "07:00",
                "--ketones", "3.1");
        assertEquals(ExitCodes.OK, reading.code(), reading.err());
        CliRun unread = CliRun.of("log", "reading", "--diary", diary, "--date", "2026-12-01", "--time", "07:00",
                "--withdraw");
        assertEquals(ExitCodes.OK, unread.code(), unread.err());
    }
}
