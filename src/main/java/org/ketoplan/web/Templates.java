package org.ketoplan.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;

/**
 * The pages' JTE templates ({@code src/main/jte}), compiled to classes at build time; HTML output escapes every
 * value, so text from a patient file or a diary can never become markup.
 */
final class Templates {
    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

    private Templates() {
    }

    /** The template {@code name} (e.g. "caseload.jte") rendered with its parameters. */
    static String render(String name, Map<String, Object> params) {
        StringOutput out = new StringOutput();
        ENGINE.render(name, params, out);
        return out.toString();
    }
}
