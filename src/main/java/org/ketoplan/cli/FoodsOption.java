package org.ketoplan.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ketoplan.food.FoodDatabase;
import org.ketoplan.food.FoodDatabases;
import picocli.CommandLine.Option;

/** The shared {@code --foods FILE} option: extra foods from YAML files on top of the shipped database. */
public final class FoodsOption {
    @Option(names = "--foods", paramLabel = "FILE",
            description = "Extra foods from a YAML file (repeatable), e.g. a clinic's products.")
    List<Path> files = new ArrayList<>();

    /** The shipped database plus the given files. */
    public FoodDatabase database() {
        return FoodDatabases.withUserFiles(files);
    }
}
