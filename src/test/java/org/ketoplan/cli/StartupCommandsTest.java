package org.ketoplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** What the short commands build, and the completion script. */
class StartupCommandsTest {

    private static CommandLine built(String... args) {
        return Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), args);
    }

    @Test
    void versionBuildsNoCommand() {
        assertTrue(built("--version").getSubcommands().isEmpty());
        assertTrue(built("--stacktrace", "-V").getSubcommands().isEmpty());
    }

    @Test
    void rootHelpListsEveryCommandWithoutBuildingItsOptions() {
        CommandLine cl = built("--help");
        assertEquals(List.of("food", "ratio", "meal", "formula", "init", "prescribe", "recipe", "plan", "log",
                "diary", "adherence", "export", "print", "remind", "sources", "completion",
                "setup", "serve"),
                List.copyOf(cl.getSubcommands().keySet()));
        // only the root's inherited --stacktrace: none of the command's own options was built
        cl.getSubcommands().values().forEach(c -> assertTrue(c.getCommandSpec().options().stream()
                .allMatch(CommandLine.Model.OptionSpec::inherited), c.getCommandName()));
        String help = CliRun.of("--help").out();
        assertTrue(help.contains("  export      Export a plan: a workbook for the dietitian"), help);
    }

    @Test
    void aNamedCommandIsTheOnlyOneBuilt() {
        CommandLine cl = built("export", "plan.json", "--out", "plan.xlsx");
        assertEquals(List.of("export"), List.copyOf(cl.getSubcommands().keySet()));
        assertTrue(cl.getSubcommands().get("export").getCommandSpec().findOption("--paper") != null);
    }

    @Test
    void anUnknownCommandIsRefusedWithTheClosestNames() {
        CliRun r = CliRun.of("exprt");
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        // one line (issue 11): picocli's suggestions are folded into it
        assertEquals(1, r.errLines().length, r.err());
        assertTrue(r.err().contains("did you mean export"), r.err());
    }

    @Test
    void completionScriptsCoverEveryCommandAndItsOptions() {
        CliRun bash = CliRun.of("completion", "bash");
        assertEquals(ExitCodes.OK, bash.code(), bash.err());
        assertTrue(bash.out().contains("complete -F _complete_ketoplan"), bash.out());
        // the subcommands of subcommands and their options are there too
        assertTrue(bash.out().contains("_picocli_ketoplan_plan_check"), bash.out());
        assertTrue(bash.out().contains("--paper"), bash.out());
        CliRun zsh = CliRun.of("completion", "zsh");
        assertEquals(ExitCodes.OK, zsh.code());
        assertTrue(zsh.out().contains("bashcompinit"), zsh.out());
        assertEquals(ExitCodes.BAD_INPUT, CliRun.of("completion", "fish").code());
    }
}
