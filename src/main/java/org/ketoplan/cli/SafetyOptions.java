package org.ketoplan.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.ketoplan.safety.SafetyPolicy;
import picocli.CommandLine.Option;

/** The shared safety options: accept an implausible weight, give a product outside its age indication. */
public final class SafetyOptions {
    @Option(names = "--accept-weight", description = "Accept a weight beyond twice the WHO weight-for-age range "
            + "(otherwise refused as a likely typing error); the warning is still printed.")
    boolean acceptWeight;

    @Option(names = "--allow-product", paramLabel = "ID", description = "Give this product outside its age "
            + "indication (repeatable); said on the output. To record it, use allow: in the patient file.")
    List<String> allowProducts = new ArrayList<>();

    /** The options for the safety policy. */
    SafetyPolicy.Options options() {
        return new SafetyPolicy.Options(acceptWeight, allowProducts);
    }

    /** Prints the safety notes under a heading, when there are any. */
    static void print(PrintWriter out, List<String> notes) {
        if (!notes.isEmpty()) {
            out.println();
            out.println("Safety notes:");
            for (String n : notes) {
                out.println("- " + n);
            }
        }
    }
}
