package io.stancegraph.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private static final SentenceSplitter SPLITTER = new SentenceSplitter();

    @Test
    void abbreviationsDoNotEndSentences() {
        List<Sentence> s = SPLITTER.split("The U.S. envoy met Kazakh officials. Talks went well.");
        assertEquals(2, s.size());
        assertEquals("The U.S. envoy met Kazakh officials.", s.get(0).text());
    }

    @Test
    void aSentenceDoesNotEndBeforeACommaOrALowerCaseWord() {
        List<Sentence> s = SPLITTER.split("Despite its appeal to the W.T.O., Peru intends to keep the ban. It said so on Monday.");
        assertEquals(2, s.size(), s.toString());
        assertEquals("Despite its appeal to the W.T.O., Peru intends to keep the ban.", s.get(0).text());
    }

    @Test
    void noSentenceEndsInsideParenthesesThatCloseRightAfter() {
        List<Sentence> s = SPLITTER.split("The pumps started at 9 a.m. local time (2 a.m. Monday GMT), said the operator. Work went on.");
        assertEquals(2, s.size(), s.toString());
        assertEquals("The pumps started at 9 a.m. local time (2 a.m. Monday GMT), said the operator.", s.get(0).text());
        assertEquals(3, SPLITTER.split("Peru voted (as expected. Chile did not. It abstained.").size(), "an unclosed parenthesis holds nothing together");
    }

    @Test
    void aCurlyQuoteClosedByAStraightOneEndsTheQuotation() {
        List<Sentence> s = SPLITTER.split("Lima said the step was “long overdue in view of the talks.\" It said Peru \"rejects the claims.\" "
                + "The talks resumed.");
        assertEquals(3, s.size(), s.toString());
        assertEquals(2, SPLITTER.split("Peru said it \"regrets the step.” Chile did not comment.").size(), "and a straight one closed by a curly one");
    }

    @Test
    void quotationSpanningSentencesStaysOneUnit() {
        String body = "Tokayev said: “We are ready. Our partners know it.” The talks resumed.";
        List<Sentence> s = SPLITTER.split(body);
        assertEquals(2, s.size());
        assertEquals("Tokayev said: “We are ready. Our partners know it.”", s.get(0).text());
    }

    @Test
    void straightQuotesSpanningSentencesStayOneUnit() {
        List<Sentence> s = SPLITTER.split("He said \"This is new. It matters.\" Then he left.");
        assertEquals("He said \"This is new. It matters.\"", s.get(0).text());
    }

    @Test
    void paragraphBreaksEndSentencesAndOffsetsPointIntoTheBody() {
        String body = "Heading without stop\n\nSecond paragraph here.";
        List<Sentence> s = SPLITTER.split(body);
        assertEquals(2, s.size());
        assertEquals(s.get(1).text(), body.substring(s.get(1).start(), s.get(1).end()));
    }

    @Test
    void listMarkersAreNotPartOfTheStatement() {
        List<Sentence> s = SPLITTER.split("- Economic incentives: Israel offers water technology.\n✅ Strengthen ties with Baku.\n2. Gaining favor: the deal helps.");
        assertEquals("Economic incentives: Israel offers water technology.", s.get(0).text());
        assertEquals("Strengthen ties with Baku.", s.get(1).text());
        assertEquals("Gaining favor: the deal helps.", s.get(2).text());
    }

    @Test
    void anAbbreviationBeforeATitleDoesNotEndTheSentence() {
        List<Sentence> s = new SentenceSplitter().split("Chile objected after U.S. President Jane Example said talks would end. Peru agreed.");
        assertEquals(2, s.size());
    }

    @Test
    void aPersonalTitleAbbreviatedBeforeANameDoesNotEndTheSentence() {
        List<Sentence> s = SPLITTER.split("Chile granted asylum to Ms. Ana Ruiz on Monday. Peru protested to Dr. Luis Soto, its envoy.");
        assertEquals(2, s.size(), s.toString());
        assertEquals("Chile granted asylum to Ms. Ana Ruiz on Monday.", s.get(0).text());
    }

    @Test
    void aMonthAbbreviatedBeforeTheDayDoesNotEndTheSentence() {
        List<Sentence> s = SPLITTER.split("A video posted Aug. 6, 2023, by the Peruvian navy shows the boats. Chile protested on Sept. 2 in Lima.");
        assertEquals(2, s.size(), s.toString());
        assertEquals("A video posted Aug. 6, 2023, by the Peruvian navy shows the boats.", s.get(0).text());
    }
}
