package io.stancegraph.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The words of one text, in order, with part-of-speech tags and lemmas ({@link WordTagger}); punctuation is
 * not a word, and a possessive "'s" is not part of its word ("Kazakhstan's" is the word "Kazakhstan").
 */
public final class Words {

    private final String text;
    private final List<Tokens.Token> tokens;
    private final int[] starts;

    Words(String text, List<Tokens.Token> tokens) {
        this.text = text;
        this.tokens = List.copyOf(tokens);
        this.starts = new int[tokens.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = tokens.get(i).start();
        }
    }

    /** Words of a text by the shared OpenNLP models (tests and one-off phrases). */
    public static Words of(String text) {
        return WordTagger.shared().tag(text);
    }

    public String text() {
        return text;
    }

    public List<Tokens.Token> all() {
        return tokens;
    }

    /**
     * These words with every word inside one of the spans (text offsets, from and to in pairs) tagged a proper
     * noun: the parts of a known name are a name, whatever the tagger made of them ("Jae-myung" is no verb).
     */
    public Words properNounsAt(List<int[]> spans) {
        if (spans.isEmpty()) {
            return this;
        }
        List<Tokens.Token> out = new ArrayList<>(tokens);
        for (int[] span : spans) {
            int i = Arrays.binarySearch(starts, span[0]);
            for (i = i < 0 ? -i - 1 : i; i < out.size() && out.get(i).end() <= span[1]; i++) {
                Tokens.Token t = out.get(i);
                if (!"PROPN".equals(t.tag())) {
                    out.set(i, new Tokens.Token(t.start(), t.end(), t.text(), "PROPN", t.text().toLowerCase(Locale.ROOT)));
                }
            }
        }
        return new Words(text, out);
    }

    /** The words that lie wholly within text[from, to). */
    public List<Tokens.Token> in(int from, int to) {
        int i = Arrays.binarySearch(starts, from);
        if (i < 0) {
            i = -i - 1;
        }
        int j = i;
        while (j < tokens.size() && tokens.get(j).end() <= to) {
            j++;
        }
        return tokens.subList(i, j);
    }
}
