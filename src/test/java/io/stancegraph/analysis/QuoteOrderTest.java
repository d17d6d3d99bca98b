package io.stancegraph.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteOrderTest {

    @Test
    void theBestClaimOfEveryArticleComesBeforeTheSecondOfAny() {
        long[] older = QuoteOrder.keys(5, List.of(new QuoteOrder.Entry(0, Position.SUPPORTIVE, false),
                new QuoteOrder.Entry(3, Position.SUPPORTIVE, false)));
        long[] newer = QuoteOrder.keys(9, List.of(new QuoteOrder.Entry(1, Position.SUPPORTIVE, false)));
        assertTrue(older[0] < newer[0], "older article's first before newer article's first");
        assertTrue(newer[0] < older[1], "any article's first before an article's second");
    }

    @Test
    void firmClaimsComeBeforeHedgedOnesOfTheSameArticleWhateverTheirPlace() {
        long[] keys = QuoteOrder.keys(5, List.of(new QuoteOrder.Entry(0, Position.OPPOSED, true),
                new QuoteOrder.Entry(4, Position.OPPOSED, false)));
        assertTrue(keys[1] < keys[0]);
    }

    @Test
    void claimsAreCountedWithinTheirSideSoANeutralLeadDoesNotPushBackTheFirstSupportingClaim() {
        long[] mixed = QuoteOrder.keys(5, List.of(new QuoteOrder.Entry(0, Position.NEUTRAL, false),
                new QuoteOrder.Entry(1, Position.SUPPORTIVE, false)));
        long[] other = QuoteOrder.keys(6, List.of(new QuoteOrder.Entry(0, Position.SUPPORTIVE, false),
                new QuoteOrder.Entry(1, Position.SUPPORTIVE, false)));
        assertTrue(mixed[1] < other[1], "first supporting claim of article 5 before the second of article 6");
    }
}
