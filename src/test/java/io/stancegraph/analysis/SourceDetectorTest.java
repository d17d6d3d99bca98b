package io.stancegraph.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SourceDetectorTest {

    private static final Gazetteer G = Gazetteer.load();
    private final SourceDetector detector = new SourceDetector(G);

    private List<SourceMention> detect(String text) {
        var matches = G.scan(text);
        return detector.detect(text, matches, new CountryRecognizer().recognize(text, matches));
    }

    private List<String> names(String text) {
        return detect(text).stream().map(SourceMention::name).distinct().toList();
    }

    @Test
    void gazetteerNamesAreFoundWithTheirKind() {
        List<SourceMention> found = detect("According to Reuters and the Atlantic Council, as Wikipedia notes.");
        assertEquals(List.of("Reuters", "Atlantic Council", "Wikipedia"), found.stream().map(SourceMention::name).toList());
        assertEquals(SourceKind.WIRE_AGENCY, found.get(0).kind());
        assertEquals(SourceKind.THINK_TANK, found.get(1).kind());
    }

    @Test
    void aBodyThatCallsForSomethingActsItIsCitedOnlyWhenItCallsSomethingSo() {
        assertEquals(List.of(), names("The European Union called for a full investigation of the vote."));
        assertEquals(List.of("European Union"), names("The European Union called the vote a step back, the bloc said."));
    }

    @Test
    void anUnknownOutletNamedByWhatItIsOrWhoRunsItIsASource() {
        assertEquals(List.of("Andes News Agency"), names("The pact was signed on Monday, according to the state-run Andes News Agency."));
        assertEquals(List.of("PTV"), names("Peru welcomed the pact, state broadcaster PTV reported."));
        assertEquals(List.of("Lima24"), names("The junta criticised the pact, the pro-government outlet Lima24 said."));
        assertTrue(names("The broadcaster Peru said nothing.").isEmpty(), "a country is no outlet");
    }

    @Test
    void anOutletNamedAfterTheReportItClosesIsASource() {
        assertEquals(List.of("Andes Wire"), names("The minister said talks would resume in May, reports Andes Wire."));
        assertTrue(names("The minister said talks would resume in May, reported Chile.").isEmpty(), "a country is no outlet");
    }

    @Test
    void anOutletAskingAQuestionAtABriefingIsNoSource() {
        assertTrue(names("Spokesperson: Good afternoon.\nReuters: Will the ministry respond to the new tariffs?\nSpokesperson: We are studying them.").isEmpty());
        assertEquals(List.of("Reuters"), names("Reuters: the ministry will respond to the new tariffs, an official said."));
    }

    @Test
    void garbledCitationStillYieldsBothSources() {
        assertEquals(List.of("Reuters", "Hindustan Times"), names("It may join soon. (Reuters +2 Its Hindustan Times)."));
    }

    @Test
    void typosInSourceNamesMapToTheCanonicalSource() {
        List<SourceMention> found = detect("This is incremental. Atlanic Council : more later.");
        assertEquals("Atlantic Council", found.get(0).name());
        assertTrue(found.get(0).fuzzy());
        assertEquals(List.of("Wikipedia"), names("As noted by Wikipdia, the accords began in 2020."));
    }

    @Test
    void prefixesAreNeverTypoMatches() {
        assertNull(G.closeSourceName("Kazakh", 1));
        assertNull(G.closeSourceName("Eurasia", 1));
        assertEquals(List.of(), names("Kazakh officials and the Eurasia desk."));
    }

    @Test
    void aPlatformIsASourceOnlyWhereSomethingIsPostedOnIt() {
        assertEquals(List.of("TikTok"), names("The minister said on TikTok that the deal was done."));
        assertEquals(List.of(), names("Peru banned TikTok and Facebook on government phones."));
    }

    @Test
    void namesThatAreOrdinaryWordsCountOnlyInCitations() {
        assertEquals(List.of(), names("It is Time to act on Foreign Policy matters."));
        assertEquals(List.of("Time"), names("The deal is historic, Time reported."));
        assertEquals(List.of("X"), names("Trump wrote on X that the deal was done."));
        assertEquals(List.of(), names("The Front for the Liberation of the Example Islands rejected the plan."),
                "an ordinary-word name outside a citation is not a typo of an outlet either");
        assertEquals(List.of(), names("Chile backs the Front (the Popular Front for the Liberation of the Example Islands) in the dispute."),
                "a name spelt out in brackets is no citation");
        assertEquals(List.of("Libération", "AFP"), names("The talks resumed (with Liberation and AFP)."));
    }

    @Test
    void citationPatternsIncludeAccordingToReportedAndParentheses() {
        assertEquals(List.of("Axios"), names("The summit is set, Axios reported."));
        assertEquals(List.of("CNN"), names("The summit is set (CNN)."));
        assertEquals(List.of("The New York Times"), names("The summit is set, writes the NY Times."));
    }

    @Test
    void ordinaryWordNameInsideALongerNameIsNotThatSource() {
        assertEquals(List.of(), names("The UAE Ministry of Foreign Affairs said it welcomed the step."));
        assertEquals(List.of(), names("In a statement, Chile's Ministry for Trade and Foreign Affairs called for calm."),
                "the last of two names joined by and");
    }

    @Test
    void siteDomainsResolveToTheOutlet() {
        assertEquals("Al Jazeera", G.source("aljazeera.com").orElseThrow().name());
        assertEquals("Reuters", G.source("www.reuters.com").orElseThrow().name());
    }

    @Test
    void unknownOrganisationInACitationIsASource() {
        List<SourceMention> found = detect("The talks failed, according to the Kazakh Foreign Ministry.");
        assertEquals("Kazakh Foreign Ministry", found.get(0).name());
        assertEquals(SourceKind.GOVERNMENT, found.get(0).kind());
    }
}
