package org.ketoplan.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseTest {
    private final Phrase feed = Phrase.of("each feed is ", 250, " ml (see ", BadInputException.ref("max_feed_ml_per_kg"),
            "; or ", BadInputException.ref("feeds"), ")");

    @Test
    void fieldsAreWrittenByTheFrontEndsLabel() {
        assertEquals("each feed is 250 ml (see --max-feed-ml-per-kg; or --feeds)",
                feed.render(f -> "--" + f.replace('_', '-')));
        assertEquals("each feed is 250 ml (see Largest feed (ml/kg); or Feeds a day)",
                feed.render(f -> f.equals("feeds") ? "Feeds a day" : "Largest feed (ml/kg)"));
    }

    @Test
    void withoutALabelEachFieldIsItsName() {
        assertEquals("each feed is 250 ml (see max_feed_ml_per_kg; or feeds)", feed.toString());
        assertEquals(List.of("max_feed_ml_per_kg", "feeds"), feed.fields());
    }

    @Test
    void aPhraseHoldsOnlyWordsAndFields() {
        assertThrows(IllegalArgumentException.class, () -> new Phrase(List.of("a", 1)));
    }

    @Test
    void anExceptionsMessageIsAPhrase() {
        BadInputException e = BadInputException.phrased(BadInputException.ref("force"), " is needed to overwrite it");
        assertEquals("force is needed to overwrite it", e.getMessage());
        assertEquals("--force is needed to overwrite it", e.render(f -> "--" + f));
        assertEquals(List.of("force"), e.fieldsReferred());
    }
}
