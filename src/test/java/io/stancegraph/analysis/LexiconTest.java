package io.stancegraph.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LexiconTest {

    private static final Lexicon LEX = Lexicon.parse(List.of(
            "# a comment",
            "welcome\tSUPPORTIVE\tATTITUDE\tapproval",
            "worry\tCONCERNED\tATTITUDE\twariness",
            "hope * would\tSUPPORTIVE\tATTITUDE\thope",
            "recall its|their ambassador\tOPPOSED\tATTITUDE\tstate act",
            "back !to|from\tSUPPORTIVE\tATTITUDE\tapproval",
            "withdraw from\tSUPPORTIVE\tACT:withdraw\tleaving",
            "ditch\tSUPPORTIVE\tACT:withdraw\tleaving",
            "last ditch\tNEUTRAL\tNO_CUE\ta fixed phrase",
            "seek * guarantee|guarantees\tCONCERNED\tATTITUDE\tconditions",
            "countermeasure\tOPPOSED\tMEASURE\tretaliation",
            "threaten * countermeasures\tOPPOSED\tATTITUDE\tretaliation"));

    private static List<String> cues(String text) {
        return LEX.find(text, 0, text.length()).stream().map(m -> m.text(text)).toList();
    }

    @Test
    void anIrregularFormMatchesThroughItsLemma() {
        String text = "Chile withdrew from the pact, and Peru sought firm guarantees.";
        List<String> found = LEX.find(Words.of(text).all()).stream().map(m -> m.text(text)).toList();
        assertEquals(List.of("withdrew from", "sought firm guarantees"), found);
        assertTrue(cues(text).isEmpty(), "untagged words match only regular inflections");
    }

    private static int indexOf(List<Tokens.Token> words, String lower) {
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).lower().equals(lower)) {
                return i;
            }
        }
        throw new AssertionError(lower + " not among " + words);
    }

    @Test
    void aFixedPhraseOfNoCueHidesTheCueWordsItHolds() {
        String text = "Oslo made a last-ditch push before it ditched the pact.";
        List<Tokens.Token> words = Words.of(text).all();
        assertEquals(List.of("ditched"), LEX.find(words, text).stream().map(m -> m.text(text)).toList());
        assertTrue(LEX.inFixedPhrase(words, text, indexOf(words, "ditch")));
        assertFalse(LEX.inFixedPhrase(words, text, indexOf(words, "ditched")), "the verb later in the sentence is no part of it");
    }

    @Test
    void aDecreeSignedConcludesNothingAndDeclaringAnothersLandIndependentRecognisesIt() {
        Lexicon acts = StanceClassifier.ACTS;
        String decree = "Peru signed a decree on fishing quotas.";
        assertTrue(acts.find(Words.of(decree).all(), decree).stream().noneMatch(m -> m.entry().kind().equals("ACT:conclude")));
        String deal = "Peru signed a deal on fishing quotas.";
        assertTrue(acts.find(Words.of(deal).all(), deal).stream().anyMatch(m -> m.entry().kind().equals("ACT:conclude")));
        String declared = "Peru declared the breakaway province independent.";
        assertTrue(acts.find(Words.of(declared).all(), declared).stream().anyMatch(m -> m.entry().kind().equals("ACT:recognise")));
        String itself = "The province declared itself independent.";
        assertTrue(acts.find(Words.of(itself).all(), itself).stream().noneMatch(m -> m.entry().kind().equals("ACT:recognise")),
                "declaring oneself independent is no recognition");
    }

    @Test
    void aCompoundWithItsHyphenMatchesTheWordWithout() {
        String text = "Lima said it would take counter-measures.";
        assertEquals(List.of("counter-measures"), LEX.find(Words.of(text).all(), text).stream().map(m -> m.text(text)).toList());
        String threat = "Lima threatened swift counter-measures.";
        assertTrue(LEX.find(Words.of(threat).all(), threat).stream().anyMatch(m -> m.text(threat).equals("threatened swift counter-measures")));
    }

    @Test
    void aPhraseDoesNotRunAcrossPunctuation() {
        String text = "The envoy said he would step back, an aide said.";
        assertTrue(LEX.find(Words.of(text).all(), text).stream().noneMatch(m -> m.text(text).startsWith("back")));
        String gap = "He hoped so, it would seem.";
        assertTrue(LEX.find(Words.of(gap).all(), gap).isEmpty(), "nor does the gap of a phrase");
        String backed = "The envoy backed a plan.";
        assertEquals(List.of("backed"), LEX.find(Words.of(backed).all(), backed).stream().map(m -> m.text(backed)).toList());
    }

    @Test
    void aPhraseRunsAcrossQuotationMarks() {
        Lexicon cues = StanceClassifier.CUES;
        String text = "The ministry called on Chile to “stop its survey of the reef.”";
        assertTrue(cues.find(Words.of(text).all(), text).stream().anyMatch(m -> m.text(text).startsWith("called on Chile to “stop")),
                cues.find(Words.of(text).all(), text).stream().map(m -> m.text(text)).toList().toString());
    }

    @Test
    void aWordOfTheEventMatchesWhatTheCallerNamesAndInitialsMatchAnyBody() {
        Lexicon lex = Lexicon.parse(List.of("defend * move|=event\tSUPPORTIVE\tATTITUDE\tdefending", "leave =acronym\tSUPPORTIVE\tACT:withdraw\tleaving"));
        String text = "Chile defended the release and Peru left ALBA, not Lima.";
        List<Tokens.Token> tokens = Words.of(text).all();
        assertEquals(List.of("left ALBA"), lex.find(tokens, text).stream().map(m -> m.text(text)).toList(), "no event named: no event word");
        assertEquals(List.of("defended the release", "left ALBA"),
                lex.find(tokens, text, "release"::equals).stream().map(m -> m.text(text)).toList());
    }

    @Test
    void aLaterWordMatchesByItsLemmaToo() {
        String text = "Both states recalled their ambassadors on Monday.";
        assertEquals(List.of("recalled their ambassadors"), LEX.find(Words.of(text).all()).stream().map(m -> m.text(text)).toList());
    }

    @Test
    void aLemmaMatchesItsInflections() {
        assertEquals(List.of("welcomed"), cues("The ministry welcomed the step."));
        assertEquals(List.of("welcoming"), cues("Officials were welcoming it."));
        assertEquals(List.of("worries"), cues("She worries about it."));
        assertEquals(List.of("worried"), cues("They are worried."));
    }

    @Test
    void aPhraseOpeningWithAChoiceIsRefusedAtLoad() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Lexicon.parse(List.of("fair|just deal\tSUPPORTIVE\tATTITUDE\tapproval")));
        assertTrue(e.getMessage().contains("one lemma"), e.getMessage());
    }

    @Test
    void aGapMatchesUpToThreeWords() {
        assertEquals(List.of("hoped the new treaty would"), cues("He hoped the new treaty would hold."));
        assertTrue(cues("He hoped that one day, in many years from now, it would hold.").isEmpty());
    }

    @Test
    void aLaterWordThatNamesItsPartOfSpeechMatchesOnlyWithThatTag() {
        Lexicon lex = Lexicon.parse(List.of("follow * lead@noun|suit\tSUPPORTIVE\tATTITUDE\temulating"));
        String noun = "Bolivia will follow Peru's lead.";
        assertEquals(List.of("follow Peru's lead"), lex.find(Words.of(noun).all(), noun).stream().map(m -> m.text(noun)).toList());
        String verb = "The sides agreed to talk, following mediation efforts led by Peru.";
        assertTrue(lex.find(Words.of(verb).all(), verb).isEmpty(), "'led' is the verb whose lemma is 'lead'");
        String plain = "Bolivia followed suit.";
        assertEquals(List.of("followed suit"), lex.find(Words.of(plain).all(), plain).stream().map(m -> m.text(plain)).toList(),
                "a word of the same choice without a tag matches as before");
    }

    @Test
    void aNameOrTitleInCapitalsIsOneWordOfAGap() {
        Lexicon lex = Lexicon.parse(List.of("accuse * of\tOPPOSED\tATTITUDE\tblame"));
        String titled = "Bolivia accused the Peruvian Prime Minister of bad faith.";
        assertEquals(List.of("accused the Peruvian Prime Minister of"), lex.find(Words.of(titled).all(), titled).stream().map(m -> m.text(titled)).toList());
        String longer = "Bolivia accused the new and very young minister of bad faith.";
        assertTrue(lex.find(Words.of(longer).all(), longer).isEmpty(), "five words in lower case are more than a gap");
    }

    @Test
    void aGapAfterANounDoesNotBeginWithAConjunction() {
        Lexicon lex = Lexicon.parse(List.of("rejection * criticism\tSUPPORTIVE\tREBUTTAL\tdefence"));
        String coordinated = "They voiced rejection and criticism of the plan.";
        assertTrue(lex.find(Words.of(coordinated).all(), coordinated).isEmpty(), "two nouns side by side");
        String governed = "They voiced rejection of the criticism.";
        assertEquals(List.of("rejection of the criticism"), lex.find(Words.of(governed).all(), governed).stream().map(m -> m.text(governed)).toList());
        String verb = "He hoped and prayed it would hold.";
        assertEquals(List.of("hoped and prayed it would"), LEX.find(Words.of(verb).all(), verb).stream().map(m -> m.text(verb)).toList(),
                "after a verb it may: both verbs govern what follows");
    }

    @Test
    void choicesAndLiteralWordsMustFollow() {
        assertEquals(List.of("recalled its ambassador"), cues("The state recalled its ambassador on Monday."));
        assertTrue(cues("The state recalled the ambassador.").isEmpty());
    }

    @Test
    void anExcludedNextWordBlocksTheCue() {
        assertEquals(List.of("backed"), cues("The cabinet backed the plan."));
        assertTrue(cues("The troops went back to the base.").isEmpty());
    }

    @Test
    void inflectionsFollowEnglishSpelling() {
        assertTrue(Lexicon.inflections("ban").containsAll(List.of("bans", "banned", "banning")));
        assertTrue(Lexicon.inflections("agree").containsAll(List.of("agrees", "agreed", "agreeing")));
        assertTrue(Lexicon.inflections("deny").containsAll(List.of("denies", "denied", "denying")));
        assertTrue(Lexicon.lemmaCandidates("withdrawing").contains("withdraw"));
        assertTrue(Lexicon.lemmaCandidates("accords").contains("accord"));
    }

    @Test
    void bundledLexiconsLoadAndEveryEntryHasAKnownKind() {
        for (Lexicon.Entry e : StanceClassifier.CUES.entries()) {
            assertTrue(List.of("ATTITUDE", "FRAMING", "CONSEQUENCE", "EVALUATION", "RECEPTION", "NAMING", "REBUTTAL", "REVERSAL", "MEASURE", "SIDING", "CONDITION", "REFUSAL_CONDITION", "DOCUMENT", "VIOLATION").contains(e.kind()), e.phrase());
        }
        for (Lexicon.Entry e : StanceClassifier.ACTS.entries()) {
            assertTrue(e.kind().matches("(?:ACT|OBJECT):[a-z]+") || e.kind().equals(Lexicon.NO_CUE), e.phrase());
        }
        for (Lexicon.Entry e : CorpusEvent.FAMILIES.entries()) {
            assertTrue(e.kind().matches("(?:FAMILY|TARGET|RESPONSE|PROTESTED|NOUN|UNNAMED|UNNAMED_TARGET|OBJECT_VERB|OBJECT_NOUN|OBJECT_PREPOSITION|PLACE|PARTNER|HALTS):[a-z]+"), e.phrase());
        }
        assertTrue(StanceClassifier.TONE.entries().size() > 50);
    }

    @Test
    void noBundledLexiconListsAnEntryTwice() {
        for (Lexicon lexicon : List.of(StanceClassifier.CUES, StanceClassifier.ACTS, StanceClassifier.TONE, CorpusEvent.FAMILIES)) {
            Set<String> seen = new HashSet<>();
            for (Lexicon.Entry e : lexicon.entries()) {
                assertTrue(seen.add(e.phrase() + "\t" + e.kind()), e.phrase() + " " + e.kind());
            }
        }
    }

    @Test
    void aFirstWordWithAPartOfSpeechMatchesOnlyThatPartOfSpeech() {
        Lexicon tone = Lexicon.parse(List.of("good@adj\tSUPPORTIVE\tTONE\tfavourable"));
        String text = "It was a good step, but goods from Chile will face duties.";
        assertEquals(List.of("good"), tone.find(Words.of(text).all()).stream().map(m -> m.text(text)).toList());
        assertEquals(List.of("good"), tone.find(text, 0, text.length()).stream().map(m -> m.text(text)).toList(),
                "untagged words only in the entry's own form");
    }

    @Test
    void aHyphenatedFirstWordMatchesWhetherTheTokenizerSplitsItOrNot() {
        Lexicon lex = Lexicon.parse(List.of("test-fire\tSUPPORTIVE\tACT:test\tweapons test"));
        String split = "Peru test-fires a missile.";
        assertEquals(List.of("test-fires"), lex.find(Words.of(split).all(), split).stream().map(m -> m.text(split)).toList());
    }
}
