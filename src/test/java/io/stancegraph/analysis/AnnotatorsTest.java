package io.stancegraph.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each annotator of the standard pipeline on a short document written for these tests. */
class AnnotatorsTest {

    private static final Gazetteer G = Gazetteer.load();
    private static final String TEXT = """
            Chile recalls envoy over border ruling

            Chile recalled its ambassador from Peru on Monday in protest at the border ruling, the foreign ministry said.

            "This ruling is unacceptable," Chilean Foreign Minister Ana Rojas told reporters in Santiago.

            Reuters.
            """;

    /** The document after the stages up to and including the given one. */
    private static AnnotatedDocument upTo(int stages) throws UnreadableDocumentException {
        List<Annotator> all = ArticleAnalyzer.standardPipeline(G, new SentenceSplitter(), WordTagger.shared(), StanceClassifier.SIEVES)
                .annotators();
        return new AnnotationPipeline(all.subList(0, stages))
                .annotate(new AnnotatedDocument("ruling.txt", TEXT.getBytes(StandardCharsets.UTF_8), CorpusEvent.UNKNOWN));
    }

    @Test
    void theReaderSeparatesTheHeadlineFromTheBody() throws Exception {
        AnnotatedDocument d = upTo(1);
        assertEquals("Chile recalls envoy over border ruling", d.get(AnnotationKey.DOCUMENT).title());
        assertTrue(d.get(AnnotationKey.BODY).startsWith("Chile recalled its ambassador"));
    }

    @Test
    void theArticlesOwnOutletByItsInitialsIsNoCitedSource() {
        SourceMention dw = new SourceMention("Deutsche Welle", SourceKind.NEWS_OUTLET, 0, 2, "DW", false);
        assertTrue(SourceAnnotator.ownInitials(dw, "Delta Weekly"));
        assertTrue(SourceAnnotator.ownInitials(dw, "The Delta Weekly"));
        assertFalse(SourceAnnotator.ownInitials(dw, "The Example Review"));
        assertFalse(SourceAnnotator.ownInitials(new SourceMention("Deutsche Welle", SourceKind.NEWS_OUTLET, 0, 14, "Deutsche Welle", false),
                "Delta Weekly"));
    }

    @Test
    void anUnknownPublisherIsAStatesBodyAResearchBodyOrAnOutletByItsName() {
        assertEquals(SourceKind.GOVERNMENT, ArticleAnalyzer.kindByName("Ministry of Foreign Affairs of Chile"));
        assertEquals(SourceKind.THINK_TANK, ArticleAnalyzer.kindByName("Institute for Andean Example Studies"));
        assertEquals(SourceKind.NEWS_OUTLET, ArticleAnalyzer.kindByName("The Andes Example Post"));
    }

    @Test
    void sentencesCoverTheBodyInOrder() throws Exception {
        AnnotatedDocument d = upTo(2);
        List<Sentence> s = d.get(AnnotationKey.SENTENCES);
        assertEquals(3, s.size());
        assertTrue(s.get(1).text().startsWith("\"This ruling"));
    }

    @Test
    void wordsAreTaggedForEverySentence() throws Exception {
        AnnotatedDocument d = upTo(3);
        Sentence first = d.get(AnnotationKey.SENTENCES).get(0);
        List<Tokens.Token> w = d.get(AnnotationKey.WORDS).in(first.start(), first.end());
        assertEquals("recall", w.get(1).lemma());
        assertEquals("VERB", w.get(1).tag());
    }

    @Test
    void mentionsFindCountriesInTheHeadlineAndTheBody() throws Exception {
        AnnotatedDocument d = upTo(4);
        assertEquals(List.of("CL"), d.get(AnnotationKey.TITLE_COUNTRIES).stream().map(CountryMention::code).toList());
        assertEquals(List.of("CL", "PE", "CL", "CL"), d.get(AnnotationKey.COUNTRIES).stream().map(CountryMention::code).toList());
    }

    @Test
    void aKnownFigureUnderAnOrganisationsTitleIsNoMentionOfTheirCountry() throws Exception {
        // a public figure of the bundled file (Donald Tusk, a Polish prime minister) named under a title of an EU body
        String text = "Chile leaves fisheries pact\n\nEuropean Council President Donald Tusk said the exit was a mistake. "
                + "Polish Prime Minister Donald Tusk later spoke with his Chilean counterpart about the pact.\n";
        List<Annotator> all = ArticleAnalyzer.standardPipeline(G, new SentenceSplitter(), WordTagger.shared(), StanceClassifier.SIEVES)
                .annotators();
        AnnotatedDocument d = new AnnotationPipeline(all.subList(0, 4))
                .annotate(new AnnotatedDocument("pact.txt", text.getBytes(StandardCharsets.UTF_8), CorpusEvent.UNKNOWN));
        List<CountryMention> people = d.get(AnnotationKey.PEOPLE);
        assertEquals(1, people.size(), people.toString());
        assertTrue(people.get(0).start() > d.get(AnnotationKey.BODY).indexOf("Polish"), "only the name under the country's own title");
    }

    @Test
    void sourcesAreTheCitedOnes() throws Exception {
        AnnotatedDocument d = upTo(5);
        assertTrue(d.get(AnnotationKey.CITED_SOURCES).stream().anyMatch(s -> s.name().equals("Reuters")));
    }

    @Test
    void aCitationOnlySentenceHasNoSpeaker() throws Exception {
        AnnotatedDocument d = upTo(6);
        List<Attribution> a = d.get(AnnotationKey.ATTRIBUTIONS);
        assertEquals("CL", a.get(1).speakerCountry());
        assertNull(a.get(2), "\"Reuters.\" only cites");
    }

    @Test
    void claimsCarryTheirPositionAndSource() throws Exception {
        AnnotatedDocument d = upTo(7);
        List<ClaimDraft> claims = d.get(AnnotationKey.CLAIMS);
        assertEquals(2, claims.size());
        assertEquals(Position.OPPOSED, claims.get(0).positions().get("CL"));
        assertNotNull(claims.get(1).source(), "the citation-only sentence after the claim is its source");
        assertEquals("Reuters", claims.get(1).source().name());
    }

    @Test
    void articleStancesAddUpTheClaims() throws Exception {
        AnnotatedDocument d = upTo(8);
        Map<String, ArticleStanceDraft> stances = d.get(AnnotationKey.ARTICLE_STANCES);
        assertEquals(Position.OPPOSED, stances.get("CL").position());
        assertTrue(stances.get("CL").evidence().contains(0));
    }

    @Test
    void organisationsHoldPositionsOfTheirOwnAndNeverACountrys() throws Exception {
        String text = """
                Bloc condemns border ruling

                The African Union condemned the border ruling on Monday, while Peru welcomed it.

                EU foreign policy chief Jan Example said the ruling was a matter of concern for the region.
                """;
        List<Annotator> all = ArticleAnalyzer.standardPipeline(G, new SentenceSplitter(), WordTagger.shared(), StanceClassifier.SIEVES)
                .annotators();
        AnnotatedDocument d = new AnnotationPipeline(all)
                .annotate(new AnnotatedDocument("bloc.txt", text.getBytes(StandardCharsets.UTF_8), CorpusEvent.UNKNOWN));
        Map<String, OrganisationStance> orgs = d.get(AnnotationKey.ORGANISATIONS);
        assertEquals(Position.OPPOSED, orgs.get("african-union").position());
        assertEquals("condemned", orgs.get("african-union").statements().get(0).evidence().cue());
        assertEquals(Position.CONCERNED, orgs.get("eu").position(), "the speaker speaks for the organisation named in the speaker phrase");
        assertEquals(Position.SUPPORTIVE, d.get(AnnotationKey.ARTICLE_STANCES).get("PE").position());
        assertTrue(d.get(AnnotationKey.ARTICLE_STANCES).keySet().stream().allMatch(code -> code.equals(code.toUpperCase(Locale.ROOT))),
                "no organisation among the countries");
    }
}
