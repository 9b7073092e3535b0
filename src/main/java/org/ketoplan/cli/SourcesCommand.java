package org.ketoplan.cli;

import org.ketoplan.app.PrescriptionService;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ketoplan.prescription.Citation;
import org.ketoplan.safety.Sources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ketoplan sources}: every default and safety rule with its citation and how well it was read. */
@Command(name = "sources", mixinStandardHelpOptions = true,
        description = {"List every default and safety rule with its source and tag: P read in the primary source, "
                + "S read in a secondary source only (said wherever it is used), U not verified (never a default); "
                + "'ketoplan' marks a choice of the program's own, explained in the line."})
final class SourcesCommand implements Callable<Integer> {
    @Mixin
    FormatOption format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<Sources.Entry> all = new PrescriptionService().sources();
        var out = spec.commandLine().getOut();
        if (format.json()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Sources.Entry e : all) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("topic", e.topic());
                row.put("what", e.what(FieldOptions::dashed));
                row.put("source", e.source() == null ? null : e.source().text());
                row.put("tag", e.tag());
                rows.add(row);
            }
            Json.print(out, rows);
            return ExitCodes.OK;
        }
        for (Sources.Entry e : all) {
            out.println(e.topic() + " [" + e.tag() + "]");
            out.println("  " + e.what(FieldOptions::dashed));
            if (e.source() != null) {
                out.println("  Source: " + e.source().text());
            }
        }
        out.println();
        out.println("Tags: P read in the primary source; S read in a secondary source only; U not verified. "
                + Citation.values().length + " sources in all.");
        return ExitCodes.OK;
    }
}
