package io.stancegraph.eval;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The five seeds scored against the hand-annotated seed gold (a copy of shared/eval/seeds-gold.json). */
@QuarkusTest
class SeedGoldEvaluationTest {

    @Test
    void seedCorpusMeetsEveryTarget() throws Exception {
        GoldScorer.assertMeetsTargets("gold/seeds-gold.json", "Seed gold evaluation");
    }
}
