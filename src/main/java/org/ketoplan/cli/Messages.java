package org.ketoplan.cli;

/** Small helpers for what the CLI prints. */
final class Messages {
    private Messages() {
    }

    /** The text on one line: line breaks folded into "; ". */
    static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s*\\R\\s*", "; ");
    }
}
