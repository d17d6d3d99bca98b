package io.stancegraph.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class CorroborationTest {

    private static Corroboration.ClaimText claim(long id, long article, String quote, String... countries) {
        return new Corroboration.ClaimText(id, article, quote, Set.of(countries));
    }

    private static List<Corroboration.Link> links(Corroboration.Kind kind, Corroboration.ClaimText... claims) {
        return Corroboration.link(List.of(claims)).stream().filter(l -> l.kind() == kind).toList();
    }

    @Test
    void paraphrasesOfTheSameFactInDifferentArticlesCorroborate() {
        List<Corroboration.Link> l = links(Corroboration.Kind.CORROBORATES,
                claim(1, 10, "While Kazakhstan has maintained diplomatic relations with Israel since 1992, joining is risky.", "KZ", "IL"),
                claim(2, 20, "Kazakhstan and Israel have maintained diplomatic ties since 1992 and enjoy cooperation.", "KZ", "IL"));
        assertEquals(List.of(new Corroboration.Link(1, 2, Corroboration.Kind.CORROBORATES),
                new Corroboration.Link(2, 1, Corroboration.Kind.CORROBORATES)), l);
    }

    @Test
    void claimsOfTheSameArticleDoNotCorroborateEachOther() {
        assertTrue(links(Corroboration.Kind.CORROBORATES,
                claim(1, 10, "Kazakhstan has maintained diplomatic relations with Israel since 1992.", "KZ"),
                claim(2, 10, "Kazakhstan and Israel have maintained diplomatic ties since 1992.", "KZ")).isEmpty());
    }

    @Test
    void sharingAFewCommonWordsIsNotCorroboration() {
        assertTrue(links(Corroboration.Kind.CORROBORATES,
                claim(1, 10, "Strengthen Israel’s diplomatic footprint in Eurasia.", "IL"),
                claim(2, 20, "A diplomatic framework designed to strengthen ties between Israel and Arab nations.", "IL")).isEmpty());
    }

    @Test
    void doneAgainstStillToComeIsAContradiction() {
        List<Corroboration.Link> l = links(Corroboration.Kind.CONTRADICTS,
                claim(1, 10, "Kazakhstan is poised to join the Abraham Accords.", "KZ"),
                claim(2, 20, "Kazakhstan has officially joined the Abraham Accords.", "KZ"),
                claim(3, 30, "Though not yet finalized, Kazakhstan’s accession would help.", "KZ"));
        assertEquals(4, l.size());
        assertTrue(l.contains(new Corroboration.Link(2, 1, Corroboration.Kind.CONTRADICTS)));
        assertTrue(l.contains(new Corroboration.Link(3, 2, Corroboration.Kind.CONTRADICTS)));
    }

    @Test
    void anyActOfAnyEventCanBeStatedAsDoneAndAsStillToCome() {
        List<Corroboration.Link> l = links(Corroboration.Kind.CONTRADICTS,
                claim(1, 10, "Norway is set to leave the fisheries treaty next year.", "NO"),
                claim(2, 20, "Norway has formally withdrawn from the fisheries treaty.", "NO"),
                claim(3, 30, "Norway has not withdrawn from the treaty yet.", "NO"),
                claim(4, 40, "Ghana has filed a case against Togo.", "GH"),
                claim(5, 50, "Ghana may file a case against Togo.", "GH"));
        assertEquals(List.of(new Corroboration.Link(1, 2, Corroboration.Kind.CONTRADICTS), new Corroboration.Link(2, 1, Corroboration.Kind.CONTRADICTS),
                new Corroboration.Link(4, 5, Corroboration.Kind.CONTRADICTS), new Corroboration.Link(5, 4, Corroboration.Kind.CONTRADICTS)),
                l.stream().sorted(Comparator.comparingLong(Corroboration.Link::claimId)).toList());
    }

    @Test
    void anActNeedsTheWordsItsLexiconEntryNames() {
        assertEquals("withdraw", ActTense.completed("Peru has left the talks."));
        assertEquals(null, ActTense.completed("The ruling has left Peru isolated."));
        assertEquals("withdraw", ActTense.prospective("Peru is set to formally leave the pact."));
        assertEquals(null, ActTense.prospective("Peru will not leave the pact."));
    }

    @Test
    void onlyWholeTriggerWordsInAnyCaseLetASentenceBeRead() {
        assertTrue(ActTense.hasTrigger("OFFICIALLY, Peru left."));
        assertTrue(ActTense.hasTrigger("Peru (formally) left."));
        assertTrue(ActTense.hasTrigger("Not yet."));
        assertFalse(ActTense.hasTrigger("Peru's hasty exit, a set_up, went ahead."));
        assertFalse(ActTense.hasTrigger("Mayors of Peru left the meeting."));
        assertEquals(null, ActTense.completed("Peru hastily left the talks."));
    }

    @Test
    void differentCountriesDoNotContradict() {
        assertTrue(links(Corroboration.Kind.CONTRADICTS,
                claim(1, 10, "Uzbekistan may join the accords.", "UZ"),
                claim(2, 20, "Kazakhstan has joined the accords.", "KZ")).isEmpty());
    }

    @Test
    void eachClaimKeepsItsRelatedClaimsWithTheLowestIds() {
        List<Corroboration.ClaimText> same = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            same.add(claim(i, 100 + i, "Chile and Peru signed a fisheries treaty in Lima on Monday after 12 years of talks.", "CL", "PE"));
        }
        List<Corroboration.Link> l = Corroboration.link(same).stream().filter(x -> x.claimId() == 7).toList();
        assertEquals(Corroboration.MAX_LINKS, l.size());
        assertEquals(LongStream.rangeClosed(1, 21).filter(id -> id != 7).boxed().toList(),
                l.stream().map(Corroboration.Link::otherId).toList());
    }

    @Test
    void linksDoNotDependOnTheOrderClaimsAreGiven() {
        List<Corroboration.ClaimText> claims = new ArrayList<>(List.of(
                claim(1, 10, "Kazakhstan is poised to join the Abraham Accords.", "KZ"),
                claim(2, 20, "Kazakhstan has officially joined the Abraham Accords.", "KZ"),
                claim(3, 30, "Kazakhstan and Israel have maintained diplomatic ties since 1992.", "KZ", "IL"),
                claim(4, 40, "Kazakhstan has maintained diplomatic relations with Israel since 1992.", "KZ", "IL")));
        Set<Corroboration.Link> first = new HashSet<>(Corroboration.link(claims));
        Collections.reverse(claims);
        assertEquals(first, new HashSet<>(Corroboration.link(claims)));
        assertEquals(6, first.size());
    }

    @Test
    void contentWordsFoldInflectionAndSynonyms() {
        assertEquals(Set.of("kazakhstan", "maintain", "diplomatic", "relation"), Corroboration.contentWords("Kazakhstan maintained diplomatic ties"));
    }

    @Test
    void contentWordsLoseTrailingDotsApostrophesHyphensAndPossessives() {
        assertEquals(Set.of("official", "u.s", "met", "minister", "envoy", "twice", "chile", "north"),
                Corroboration.contentWords("Officials of the U.S. met the ministers' envoys - twice - in Chile's north-"));
    }
}
