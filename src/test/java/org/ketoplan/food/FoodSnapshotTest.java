package org.ketoplan.food;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class FoodSnapshotTest {
    private static FoodDatabases.Sources sources() {
        return FoodDatabases.Sources.read(name -> FoodTable.resource("/foods/" + name));
    }

    @Test
    void aSnapshotGivesBackExactlyTheParsedFoods() throws Exception {
        FoodDatabases.Sources sources = sources();
        List<FoodDatabases.Placed> parsed = sources.parse();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FoodSnapshot.write(sources.checksum(), parsed, out);
        List<FoodDatabases.Placed> read = FoodSnapshot.read(new ByteArrayInputStream(out.toByteArray()),
                sources.checksum());
        assertNotNull(read);
        // every food: id, name, group, basis, every known nutrient, measures, source, note, and its place
        assertEquals(parsed, read);
    }

    @Test
    void aSnapshotOfOtherSourcesIsIgnored() throws Exception {
        FoodDatabases.Sources sources = sources();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FoodSnapshot.write(sources.checksum() + 1, sources.parse().subList(0, 3), out);
        assertNull(FoodSnapshot.read(new ByteArrayInputStream(out.toByteArray()), sources.checksum()));
    }

    @Test
    void theBuildShipsASnapshotThatMatchesTheSources() throws Exception {
        // the build (exec-maven-plugin, process-classes) writes /foods/shipped.bin from the copied sources
        FoodDatabases.Sources sources = sources();
        try (var in = FoodSnapshot.class.getResourceAsStream("/foods/" + FoodSnapshot.NAME)) {
            assertNotNull(in, "the build did not write /foods/" + FoodSnapshot.NAME);
            List<FoodDatabases.Placed> shipped = FoodSnapshot.read(in, sources.checksum());
            assertEquals(sources.parse(), shipped);
        }
    }
}
