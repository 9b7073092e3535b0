package org.ketoplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command's {@code --help} prints its usage and nothing on stderr (no "[picocli WARN]" lines). */
class HelpTest {
    /** The command paths under {@code path} ("log meal", ...), each command built as the CLI builds it. */
    private static void collect(List<String> path, List<List<String>> out) {
        List<String> args = new ArrayList<>(path);
        args.add("--help");
        CommandLine cl = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                args.toArray(new String[0]));
        for (String name : path) {
            cl = cl.getSubcommands().get(name);
        }
        for (String sub : cl.getSubcommands().keySet()) {
            List<String> p = new ArrayList<>(path);
            p.add(sub);
            out.add(p);
            collect(p, out);
        }
    }

    @Test
    void everyCommandsHelpIsClean() {
        List<List<String>> commands = new ArrayList<>();
        commands.add(List.of());
        collect(List.of(), commands);
        // the 17 top-level commands and at least log's meal, day, seizure and reading
        assertTrue(commands.size() > 17 + 4, commands.toString());
        assertTrue(commands.contains(List.of("log", "seizure")), commands.toString());
        for (List<String> c : commands) {
            List<String> args = new ArrayList<>(c);
            args.add("--help");
            // picocli's own warnings go to System.err, not to the command's writer
            java.io.PrintStream before = System.err;
            java.io.ByteArrayOutputStream warnings = new java.io.ByteArrayOutputStream();
            CliRun r;
            try {
                System.setErr(new java.io.PrintStream(warnings, true, java.nio.charset.StandardCharsets.UTF_8));
                r = CliRun.of(args.toArray(new String[0]));
            } finally {
                System.setErr(before);
            }
            assertEquals("", warnings.toString(java.nio.charset.StandardCharsets.UTF_8), c + " --help warned");
            assertEquals(ExitCodes.OK, r.code(), c + ": " + r.err());
            assertEquals("", r.err(), c + " --help wrote to stderr");
            assertTrue(r.out().contains("Usage: ketoplan"), c + ": " + r.out());
        }
    }
}
