package org.ketoplan.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ketoplan.food.FoodDatabase;
import org.ketoplan.food.FoodDatabases;
import picocli.CommandLine.Option;

/**
 * The shared {@code --foods PATH} option: extra foods from YAML files, or folders of them (a clinic workspace's
 * {@code foods/}), on top of the shipped database.
 */
public final class FoodsOption {
    @Option(names = "--foods", paramLabel = "PATH",
            description = "Extra foods: a YAML file or a folder of them (repeatable), e.g. a clinic's products.")
    List<Path> files = new ArrayList<>();

    /** The shipped database plus the given files. */
    public FoodDatabase database() {
        return FoodDatabases.withUserFiles(files);
    }
}
