package io.stancegraph.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StanceAggregatorTest {

    private static Map.Entry<Position, Certainty> c(Position p, Certainty c) {
        return Map.entry(p, c);
    }

    @Test
    void onlyNeutralMentionsAreNeutral() {
        assertEquals(Position.NEUTRAL, StanceAggregator.fromClaims(List.of(c(Position.NEUTRAL, Certainty.ASSERTED))).position());
    }

    @Test
    void oneSidedEvidenceWins() {
        Verdict v = StanceAggregator.fromClaims(List.of(c(Position.SUPPORTIVE, Certainty.ASSERTED), c(Position.SUPPORTIVE, Certainty.HEDGED),
                c(Position.NEUTRAL, Certainty.ASSERTED)));
        assertEquals(Position.SUPPORTIVE, v.position());
        assertTrue(v.confidence() > 0.5 && v.confidence() <= 1);
    }

    @Test
    void comparableEvidenceBothWaysIsMixed() {
        assertEquals(Position.MIXED, StanceAggregator.fromClaims(List.of(c(Position.SUPPORTIVE, Certainty.ASSERTED),
                c(Position.CONCERNED, Certainty.ASSERTED))).position());
    }

    @Test
    void hedgedDissentAgainstFirmSupportIsNotMixed() {
        assertEquals(Position.SUPPORTIVE, StanceAggregator.fromClaims(List.of(c(Position.SUPPORTIVE, Certainty.ASSERTED),
                c(Position.SUPPORTIVE, Certainty.ASSERTED), c(Position.CONCERNED, Certainty.HEDGED))).position());
    }

    @Test
    void corpusStanceFollowsTheArticlesThatTakeASide() {
        Verdict v = StanceAggregator.fromArticles(List.of(new Verdict(Position.CONCERNED, 0.8), new Verdict(Position.NEUTRAL, 0.6),
                new Verdict(Position.NEUTRAL, 0.6)));
        assertEquals(Position.CONCERNED, v.position());
        assertEquals(Position.MIXED, StanceAggregator.fromArticles(List.of(new Verdict(Position.SUPPORTIVE, 0.8),
                new Verdict(Position.OPPOSED, 0.8))).position());
    }

    @Test
    void runningSumsOfArticleWeightsGiveTheSameCorpusStanceInAnyOrder() {
        List<Verdict> articles = new ArrayList<>(List.of(new Verdict(Position.SUPPORTIVE, 0.73), new Verdict(Position.MIXED, 0.55),
                new Verdict(Position.CONCERNED, 0.41), new Verdict(Position.NEUTRAL, 0.5), new Verdict(Position.OPPOSED, 0.07)));
        Verdict first = StanceAggregator.fromArticles(articles);
        for (int round = 0; round < 20; round++) {
            Collections.shuffle(articles, new Random(round));
            int[] sums = new int[3];
            for (Verdict v : articles) {
                int[] w = StanceAggregator.weightUnits(v);
                for (int k = 0; k < 3; k++) {
                    sums[k] += w[k];
                }
            }
            assertEquals(first, StanceAggregator.fromWeights(sums[0], sums[1], sums[2], 1));
        }
    }

    @Test
    void summaryNamesPositionCountsAndAQuote() {
        String s = StanceSummaries.summarise("Kazakhstan", new Verdict(Position.SUPPORTIVE, 0.9),
                Map.of(Position.SUPPORTIVE, 4, Position.NEUTRAL, 1), "Kazakhstan has joined.", "The New Arab");
        assertEquals("Kazakhstan is supportive in 4 of 5 articles that mention it (confidence 0.90), e.g. “Kazakhstan has joined.” (The New Arab).", s);
    }
}
