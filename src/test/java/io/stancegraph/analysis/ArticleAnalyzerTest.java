package io.stancegraph.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The whole pipeline on the seed articles' nasty cases. */
class ArticleAnalyzerTest {

    private static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.standard();

    private static ArticleAnalysis seed(String name) throws Exception {
        return ANALYZER.analyze(name, Files.readAllBytes(Path.of("seeds", name)));
    }

    private static ArticleAnalysis text(String content) throws Exception {
        return ANALYZER.analyze("brief.txt", content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void aNewsOutletAfterTheReportersNameInTheBylineIsThePublisher() throws Exception {
        String story = "\n\nChile said on Monday it welcomed the fisheries accord with Peru, calling it a fair deal for both coasts.\n";
        ArticleAnalysis a = text("Chile welcomes fisheries accord\n\nBy Jane Example, The Andes Tribune" + story);
        assertEquals("The Andes Tribune", a.document().publisher());
        assertEquals("Jane Example", a.document().byline());
        ArticleAnalysis b = text("Chile welcomes fisheries accord\n\nBy Jane Example, Example Institute" + story);
        assertEquals(null, b.document().publisher(), "an affiliation that is no outlet");
    }

    @Test
    void aWireAgencyNamedAloneUnderTheStoryIsItsSourceAndNoPartOfTheBody() throws Exception {
        String story = "Chile welcomes fisheries accord\n\nChile said on Monday it welcomed the fisheries accord with Peru, calling it a fair deal.\n\n";
        ArticleAnalysis a = text(story + "More to come\n\nAFP\n\nContact: [email protected]\n");
        assertEquals(List.of("AFP"), a.sources().stream().map(SourceMention::name).toList());
        assertFalse(a.document().body().contains("AFP"), a.document().body());
        ArticleAnalysis b = text("Chile welcomes fisheries accord\n\nBy Jane Example\n\nChile said on Monday it welcomed the fisheries accord with Peru, calling it a fair deal.\n\n— Reuters\n");
        assertEquals(List.of("Reuters"), b.sources().stream().map(SourceMention::name).toList());
        assertEquals("Reuters", b.document().publisher(), "a wire after the reporter's name, as in a byline \"Jane Example, Reuters\"");
        ArticleAnalysis c = text(story + "Lima\n");
        assertEquals(List.of(), c.sources(), "a place closing the story is no wire");
    }

    @Test
    void aWireAgencyCreditedInTheBylineIsASourceAndAnAuthorLinkNoPartOfIt() throws Exception {
        String story = "\n\nChile said on Monday it welcomed the fisheries accord with Peru, calling it a fair deal for both coasts.\n";
        ArticleAnalysis a = text("Chile welcomes fisheries accord\n\nBy AFP More by this Author" + story);
        assertEquals("AFP", a.document().byline());
        assertEquals(List.of("AFP"), a.sources().stream().map(SourceMention::name).toList());
        ArticleAnalysis b = text("Chile welcomes fisheries accord\n\nBy Jane Example and Reuters staff" + story);
        assertEquals(List.of("Reuters"), b.sources().stream().map(SourceMention::name).toList());
        ArticleAnalysis c = text("Chile welcomes fisheries accord\n\nBy Jane Example" + story);
        assertEquals(List.of(), c.sources(), "a reporter is no source");
    }

    @Test
    void aKnownFigureWhoseNameTheTaggerSplitsStillSpeaksForTheirCountry() throws Exception {
        ArticleAnalysis a = text("Chile quits fisheries treaty\n\nChile said on Monday it would withdraw from the Pacific fisheries treaty.\n\n"
                + "Lee Jae-myung denounced the withdrawal as a grave mistake.\n");
        assertEquals(Position.OPPOSED, a.stances().get("KR").position());
    }

    @Test
    void messyCitationsYieldEachSourceOnceDespiteTypos() throws Exception {
        List<String> names = seed("001_9d10ab7e3a81d9c3.txt").sources().stream().map(SourceMention::name).toList();
        assertEquals(List.of("Reuters", "Hindustan Times", "Financial Times", "Atlantic Council", "Wikipedia", "Business Standard", "Eurasianet"), names);
    }

    @Test
    void citationOnlySentenceAttachesItsSourceToThePreviousClaim() throws Exception {
        ArticleAnalysis a = seed("001_9d10ab7e3a81d9c3.txt");
        ClaimDraft impetus = a.claims().stream().filter(c -> c.quote().contains("new impetus")).findFirst().orElseThrow();
        assertEquals("Business Standard", impetus.source().name());
        assertTrue(a.claims().stream().noneMatch(c -> c.quote().equals("According to Business Standard.")));
    }

    @Test
    void claimQuotesAreExactSpansOfTheBody() throws Exception {
        ArticleAnalysis a = seed("004_067e78414dac1b44.txt");
        for (ClaimDraft c : a.claims()) {
            assertEquals(c.quote(), a.body().substring(c.start(), c.end()));
        }
    }

    @Test
    void speakerWithoutCountryNameStillGivesTheCountryAStance() throws Exception {
        ArticleAnalysis a = seed("004_067e78414dac1b44.txt");
        ClaimDraft tokayev = a.claims().stream().filter(c -> c.quote().contains("Tokayev")).findFirst().orElseThrow();
        assertEquals(Position.SUPPORTIVE, tokayev.positions().get("KZ"));
        assertTrue(a.stances().get("KZ").evidence().contains(tokayev.ordinal()));
    }

    @Test
    void hedgedConcernOfAThirdCountryIsKept() throws Exception {
        ArticleAnalysis a = seed("000_290868f25f7fcd7b.txt");
        assertEquals(Position.CONCERNED, a.stances().get("RU").position());
        assertEquals(Position.SUPPORTIVE, a.stances().get("KZ").position());
        assertEquals(Position.NEUTRAL, a.stances().get("CN").position());
    }

    @Test
    void knownOutletAfterTheHeadlineIsThePublisher() throws Exception {
        String html = "<html><head><title>Kazakhstan joins the Abraham Accords | Al Jazeera</title></head><body><article>"
                + "<p>Kazakhstan has joined the Abraham Accords, officials said on Thursday in Washington.</p>"
                + "<figure><img src=x><figcaption>Photo: Reuters</figcaption></figure></article></body></html>";
        ArticleAnalysis a = ANALYZER.analyze("page.html", html.getBytes(StandardCharsets.UTF_8));
        assertEquals("Kazakhstan joins the Abraham Accords", a.document().title());
        assertEquals("Al Jazeera", a.publisher().name());
        assertTrue(a.sources().stream().noneMatch(s -> s.name().equals("Reuters")), "photo credits are not citations");
    }

    @Test
    void whoCallsAnotherLeaderToExpressItsViewHoldsIt() throws Exception {
        String text = "Peru strikes targets in Bolivia\n\nPeru launched air strikes on targets in Bolivia on Monday.\n\n"
                + "Chile's foreign minister telephoned Lula to express his support for the strikes.\n";
        ArticleAnalysis a = ANALYZER.analyze("strikes.txt", text.getBytes(StandardCharsets.UTF_8));
        assertEquals(Position.SUPPORTIVE, a.stances().get("CL").position());
        assertEquals(Position.NEUTRAL, a.stances().get("BR").position(), "the leader called is not who supports");
    }

    @Test
    void aPronounSpeakerInAParagraphLabelledWithAStateIsThatState() throws Exception {
        String text = "Who backs the fisheries pact\n\n"
                + "Chile and Peru signed the fisheries pact on Monday, and the region has answered.\n\n"
                + "- **Bolivia:** La Paz said it shared the worries of Argentina and asked Chile for the text of the fisheries pact.\n\n"
                + "- **Ecuador:** Its government said it rejected the fisheries pact outright.\n\n"
                + "- **Uruguay:** It said it welcomed the fisheries pact.\n";
        ArticleAnalysis a = ANALYZER.analyze("roundup.md", text.getBytes(StandardCharsets.UTF_8));
        assertEquals(Position.OPPOSED, a.stances().get("EC").position());
        assertEquals(Position.SUPPORTIVE, a.stances().get("UY").position());
        assertTrue(a.claims().stream().filter(c -> c.quote().contains("rejected")).noneMatch(c -> c.positions().containsKey("BO")),
                "the state of the paragraph before does not speak in this one");
    }

    @Test
    void aStateNamedAloneAsAHeadingHoldsThePositionsOfItsSection() throws Exception {
        String text = "Region reacts to the fisheries pact\n\n"
                + "Governments across the region have reacted to the fisheries pact signed by Chile and Peru on Monday.\n\n"
                + "Bolivia\n\nThe foreign ministry issued a statement saying it follows the fisheries pact with grave preoccupation.\n\n"
                + "Ecuador\n\nThe foreign ministry said it follows with grave preoccupation the news that Chilean boats left port.\n\n"
                + "Regional reactions\n\nThe foreign ministry of another state said it viewed the fisheries pact with grave concern.\n";
        ArticleAnalysis a = ANALYZER.analyze("roundup.txt", text.getBytes(StandardCharsets.UTF_8));
        assertEquals(Position.CONCERNED, a.stances().get("BO").position());
        ClaimDraft claim = a.claims().stream().filter(c -> c.positions().containsKey("BO")).findFirst().orElseThrow();
        assertTrue(claim.quote().contains("grave preoccupation"), claim.quote());
        assertEquals("heading", claim.evidence().get("BO").rule());
        assertEquals(Position.CONCERNED, a.stances().get("EC").position(), "a heading also serves a sentence that names another state");
        assertTrue(a.claims().stream().noneMatch(c -> c.quote().contains("another state")), "another heading ends the section");
    }

    @Test
    void aSectionUnderAStatesHeadingAnswersTheEventWithoutNamingIt() throws Exception {
        String text = "Chile signs fisheries pact with Peru\n\n"
                + "Chile signed a fisheries pact with Peru on Monday, drawing reactions from across the region.\n\n"
                + "Bolivia\n\nLa Paz condemned what it called an unlawful step and recalled its envoy for consultations.\n";
        ArticleAnalysis a = ANALYZER.analyze("roundup.txt", text.getBytes(StandardCharsets.UTF_8));
        assertEquals(Position.OPPOSED, a.stances().get("BO").position());
    }

    @Test
    void aTopicLabelNamingTwoStatesAboveTheHeadlineIsNoPublisher() throws Exception {
        String text = "Chile Peru Dispute\n\nChile and Peru sign a fisheries pact\n\n"
                + "Chile and Peru signed a fisheries pact on Monday after three years of talks, officials in both capitals said.\n";
        ArticleAnalysis a = ANALYZER.analyze("topic.txt", text.getBytes(StandardCharsets.UTF_8));
        assertEquals("Chile and Peru sign a fisheries pact", a.document().title());
        assertEquals(null, a.publisher());
        text = "Peru Times\n\nChile and Peru sign a fisheries pact\n\n"
                + "Chile and Peru signed a fisheries pact on Monday after three years of talks, officials in both capitals said.\n";
        assertEquals("Peru Times", ANALYZER.analyze("outlet.txt", text.getBytes(StandardCharsets.UTF_8)).publisher().name());
    }

    @Test
    void aPlaceAfterTheReportersNameIsWhereTheyFileFromNotThePublisher() throws Exception {
        String story = "\n\nChile said on Monday it welcomed the fisheries accord with Peru, calling it a fair deal for both coasts.\n";
        ArticleAnalysis a = text("Chile welcomes fisheries accord\n\nBy Jane Example | Quito" + story);
        assertEquals(null, a.publisher());
        assertTrue(a.sources().stream().noneMatch(s -> s.name().equals("Quito")), a.sources().toString());
    }

    @Test
    void eventDetectionReadsNoMoreOfARunOnLeadThanAClaimCanHold() throws Exception {
        String text = "Chile and Peru sign a border pact\n\n" + "Chile and Peru agreed on the border and ".repeat(2_000) + "more.";
        EventDetector.Lead lead = ANALYZER.lead("run-on.txt", text.getBytes(StandardCharsets.UTF_8));
        assertEquals(ArticleAnalyzer.MAX_CLAIM_CHARS, lead.lead().length());
        assertTrue(ANALYZER.analyze("run-on.txt", text.getBytes(StandardCharsets.UTF_8)).claims().isEmpty(),
                "run-on text is never a claim");
    }

    @Test
    void furnitureAndCreditLinesLeaveTheBody() throws Exception {
        ArticleAnalysis a = seed("002_9da2428d3f46c969.txt");
        assertEquals("The New Arab", a.publisher().name());
        assertTrue(!a.body().contains("More News") && !a.body().contains("2025-11-07"));
        assertEquals(a.contentHash(), ArticleAnalyzer.sha256(Files.readAllBytes(Path.of("seeds", "002_9da2428d3f46c969.txt"))));
    }

    @Test
    void aSpeakerWhoJudgesAStatesMoveHoldsTheJudgementNotTheStateThatMadeIt() throws Exception {
        CorpusEvent exit = CorpusEvent.of(null, List.of("NO"), "withdraw", "fisheries treaty", List.of(), StanceClassifier.ACTS);
        String text = "Denmark reacts to fisheries treaty exit\n\nDanish Foreign Minister Lars Example said talks on quotas would go on.\n\n"
                + "He also called Norway's decision \"unfortunate\".\n\nLater he said Norway's announcement was a reckless step.\n";
        ArticleAnalysis a = ANALYZER.analyze("judged.txt", text.getBytes(StandardCharsets.UTF_8), exit);
        assertEquals(Position.OPPOSED, a.stances().get("DK").position());
        assertTrue(a.claims().stream().filter(c -> c.quote().startsWith("He also")).allMatch(c -> c.positions().get("DK") == Position.OPPOSED));
        assertTrue(a.claims().stream().filter(c -> c.quote().startsWith("Later")).allMatch(c -> c.positions().get("DK") == Position.OPPOSED));
    }

    @Test
    void anActorTheHeadlineNamesSupportsItsOwnActWhenTheBodyDoesNotNameIt() throws Exception {
        CorpusEvent pact = CorpusEvent.of(null, List.of("CL", "PE"), "conclude", "fisheries pact", List.of(), StanceClassifier.ACTS);
        String text = "Bolivia angry as Chile and Peru sign fisheries pact\n\n"
                + "Bolivia said on Monday that the fisheries pact ignored its fishermen and called it a grave mistake.\n";
        ArticleAnalysis a = ANALYZER.analyze("headline.txt", text.getBytes(StandardCharsets.UTF_8), pact);
        assertEquals(Position.SUPPORTIVE, a.stances().get("CL").position());
        assertEquals(Position.SUPPORTIVE, a.stances().get("PE").position());
        assertEquals(Position.OPPOSED, a.stances().get("BO").position());
        text = "Argentina watches as Chile and Peru sign fisheries pact\n\n"
                + "Bolivia said on Monday that the fisheries pact ignored its fishermen and called it a grave mistake.\n";
        assertEquals(Position.NEUTRAL, ANALYZER.analyze("other.txt", text.getBytes(StandardCharsets.UTF_8), pact).stances().get("AR").position(),
                "a state the headline names that is no actor");
    }
}
