package org.ketoplan.cli;

import org.ketoplan.common.Text;

/** Small helpers for what the CLI prints. */
final class Messages {
    private Messages() {
    }

    /** The text on one line: line breaks folded into "; ", other control characters shown as their codes. */
    static String oneLine(String text) {
        return text == null ? "" : Text.printable(text.strip().replaceAll("\\s*\\R\\s*", "; "));
    }
}
