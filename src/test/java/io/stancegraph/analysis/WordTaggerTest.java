package io.stancegraph.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.api.Test;

/** Sentences written for these tests. */
class WordTaggerTest {

    private static List<String> texts(Words w) {
        return w.all().stream().map(Tokens.Token::text).toList();
    }

    @Test
    void punctuationIsNoWordAndAPossessiveIsNotPartOfItsWord() {
        Words w = Words.of("Norway's envoy, in a U.S.-hosted meeting, said: “We left.”");
        assertEquals(List.of("Norway", "envoy", "in", "a", "U.S.", "hosted", "meeting", "said", "We", "left"), texts(w));
    }

    @Test
    void offsetsPointIntoTheText() {
        String text = "Chile's minister spoke.";
        for (Tokens.Token t : Words.of(text).all()) {
            assertEquals(t.text(), text.substring(t.start(), t.end()));
        }
    }

    @Test
    void wordsCarryTagsAndLemmas() {
        List<Tokens.Token> w = Words.of("Peru withdrew its ambassadors.").all();
        assertEquals("PROPN", w.get(0).tag());
        assertEquals("VERB", w.get(1).tag());
        assertEquals("withdraw", w.get(1).lemma());
        assertEquals("ambassador", w.get(3).lemma());
    }

    @Test
    void irregularPastFormsOfVerbsHaveTheirVerbsLemma() {
        List<Tokens.Token> w = Words.of("The navy successfully shot down a drone and talks later froze after the court upheld the ban.").all();
        assertEquals("shoot", w.get(3).lemma());
        assertEquals("freeze", w.get(10).lemma());
        assertEquals("uphold", w.get(14).lemma());
    }

    @Test
    void aBodyIsTaggedSentenceBySentenceAndReadByRange() {
        String body = "Chile agreed. Peru refused to sign.";
        Words w = WordTagger.shared().tag(body, List.of(new Sentence(0, 13, "Chile agreed."), new Sentence(14, 35, "Peru refused to sign.")));
        assertEquals(List.of("Peru", "refused", "to", "sign"), w.in(14, 35).stream().map(Tokens.Token::text).toList());
        assertTrue(w.in(0, 5).stream().allMatch(t -> t.text().equals("Chile")));
        assertTrue(w.in(2, 4).isEmpty(), "a word cut by the range is not in it");
    }

    @Test
    void aRepeatedChunkIsSplitAsTheFirstTime() {
        String text = "“The U.S.-led talks,” she said, “ended (again) at 5:30 p.m.; Peru's envoy left.” The U.S.-led talks ended, she said.";
        List<String> first = texts(Words.of(text));
        assertEquals(first, texts(Words.of(text)));
        assertEquals(List.of("The", "U.S.", "led", "talks", "she", "said"), first.subList(0, 6));
        assertTrue(first.contains("again") && first.contains("Peru") && first.contains("envoy"));
    }

    @Test
    void greedyDecodingGivesTheTagsOfOpenNlpsBeamOfOne() throws Exception {
        POSModel pos;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(WordTagger.POS)) {
            pos = new POSModel(in);
        }
        MaxentModel maxent = (MaxentModel) pos.getArtifact("pos.model");
        POSTaggerME beamOfOne = new POSTaggerME(new POSModel("en", maxent, 1, Map.of(), pos.getFactory()));
        WordTagger.Greedy greedy = WordTagger.Greedy.of(pos);
        for (String sentence : List.of("Chile 's foreign minister said on Monday that the port deal would be reviewed",
                "Peru has banned copper exports , a move that Bolivia called reckless",
                "\" We will not recognise it , \" the spokesman told reporters in Lima late on Tuesday .",
                "Togo , which abstained , urged both sides to return to talks",
                "Talks", "Yes .", "Said Haddad said talks would resume",
                "In 2024 , 1,200 troops and 3.5 % of the budget left the EU-backed MERCOSUR-led mission",
                "TALKS RESUME IN QUITO AS ECUADOR 'S ENVOY RETURNS", "Al-Zahra and O'Neill said no")) {
            String[] words = sentence.split(" ");
            for (int pass = 0; pass < 2; pass++) { // the second pass uses the word weights kept from the first
                assertEquals(Arrays.asList(beamOfOne.tag(words)), Arrays.asList(greedy.tag(words)), sentence);
            }
        }
    }
}
