package io.stancegraph.eval;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Six articles written for this test (wire story, HTML pages with furniture and comments, a
 * condemnation, a Moscow view, a blog) scored against their own gold annotation.
 */
@QuarkusTest
@TestProfile(OwnGoldEvaluationTest.OwnGold.class)
class OwnGoldEvaluationTest {

    public static class OwnGold implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("stancegraph.seeds.dir", "src/test/resources/gold/articles");
        }
    }

    @Test
    void ownGoldCorpusMeetsEveryTarget() throws Exception {
        GoldScorer.assertMeetsTargets("gold/own-gold.json", "Own gold evaluation");
    }
}
