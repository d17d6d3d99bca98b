package io.stancegraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The five seeds scored against the hand-annotated seed gold (a copy of shared/eval/seeds-gold.json). */
@QuarkusTest
class SeedGoldEvaluationTest {

    @Test
    void seedCorpusMeetsEveryTarget() throws Exception {
        GoldScorer.Scores scores = GoldScorer.score("gold/seeds-gold.json");
        System.out.println("Seed gold evaluation\n" + scores.table());
        assertEquals(List.of(), scores.shortOfTarget(), scores.table());
    }
}
