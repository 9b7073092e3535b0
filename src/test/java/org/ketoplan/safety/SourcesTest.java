package org.ketoplan.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SourcesTest {
    @Test
    void productsAreListedInTheRuleFilesOrderOnEveryRun() {
        // safety/rules.yaml lists ten products; an unordered map gave a different order on each run of 'sources'
        List<String> products = Sources.all().stream().map(Sources.Entry::topic).filter(t -> t.startsWith("product "))
                .map(t -> t.substring("product ".length())).toList();
        assertEquals(List.of("ketocal-4to1-powder", "ross-carbohydrate-free", "breast-milk-expressed",
                "infant-formula-standard-prepared", "infant-formula-standard-powder", "ketocal-3to1-powder",
                "ketocal-4to1-lq", "liquigen", "calogen", "protifar"), products);
    }

    @Test
    void aSettingIsNamedByItsFieldAndWrittenByTheFrontEnd() {
        Sources.Entry weight = Sources.all().stream().filter(e -> e.topic().equals("weight")).findFirst().orElseThrow();
        assertEquals(List.of("accept_weight"), weight.wording().fields());
        assertTrue(weight.what(f -> "--" + f.replace('_', '-')).contains("unless the weight is accepted "
                + "(--accept-weight)"));
        assertTrue(weight.what().contains("unless the weight is accepted (accept_weight)"));
    }
}
