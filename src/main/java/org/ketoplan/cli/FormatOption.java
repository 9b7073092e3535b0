package org.ketoplan.cli;

import picocli.CommandLine.Option;

/** The shared {@code --format text|json} option. */
public final class FormatOption {
    /** Output formats: text for people (aligned tables), JSON for scripts (snake_case field names). */
    public enum Format { TEXT, JSON }

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Output: text (aligned tables, the default) or json (for scripts).")
    Format format = Format.TEXT;

    /** True when JSON was asked for. */
    public boolean json() {
        return format == Format.JSON;
    }
}
