package io.stancegraph.eval;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Four texts written for this test about another, invented event (a state leaves a treaty): a wire
 * story, an HTML page with navigation, caption and share controls, an explainer with a teaser run,
 * and a one-sentence brief; the event is detected from them and every metric must reach its target.
 */
@QuarkusTest
@TestProfile(TreatyExitEvaluationTest.TreatyExit.class)
class TreatyExitEvaluationTest {

    public static class TreatyExit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("stancegraph.seeds.dir", "src/test/resources/gold/treaty-exit");
        }
    }

    @Test
    void anotherEventMeetsEveryTarget() throws Exception {
        GoldScorer.assertMeetsTargets("gold/treaty-exit-gold.json", "Treaty-exit gold evaluation");
    }
}
