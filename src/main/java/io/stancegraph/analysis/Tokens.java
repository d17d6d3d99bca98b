package io.stancegraph.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word tokens of a text with offsets; abbreviations such as "U.S." keep their dots. Documents are tokenised by
 * OpenNLP ({@link WordTagger}); this plain splitter serves short phrases outside a document (lexicon lookups of a
 * headline's object, quoted fragments).
 */
public final class Tokens {

    /**
     * One word at [start, end); from the OpenNLP annotation also its universal part-of-speech tag and lemma
     * (lower case), otherwise both null.
     */
    public record Token(int start, int end, String text, String tag, String lemma, String lower) {

        public Token(int start, int end, String text, String tag, String lemma) {
            this(start, end, text, tag, lemma, text.toLowerCase(Locale.ROOT));
        }

        public Token(int start, int end, String text) {
            this(start, end, text, null, null);
        }

        public boolean capitalised() {
            return Character.isUpperCase(text.charAt(0));
        }

        /** The lemma, or the word in lower case where there is none. */
        public String base() {
            return lemma != null ? lemma : lower();
        }
    }

    /** Tags of nouns, common and proper. */
    static final Set<String> NOUN_TAGS = Set.of("NOUN", "PROPN");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.\\-]*");

    private Tokens() {
    }

    /** Tokens of text[from, to), offsets relative to the whole text. */
    public static List<Token> of(String text, int from, int to) {
        List<Token> out = new ArrayList<>();
        Matcher m = WORD.matcher(text).region(from, to);
        while (m.find()) {
            int s = m.start();
            int e = m.end();
            String w = text.substring(s, e);
            boolean abbreviation = w.indexOf('.') >= 0 && w.indexOf('.') < w.length() - 1;
            while (e > s + 1 && !abbreviation && ".'’-".indexOf(text.charAt(e - 1)) >= 0) {
                e--;
            }
            if ((w.endsWith("’s") || w.endsWith("'s")) && w.length() > 2) {
                e = s + w.length() - 2; // "Kazakhstan’s" is the word "Kazakhstan"
            }
            out.add(new Token(s, e, text.substring(s, e)));
        }
        return out;
    }

    /** The index of the first token that starts at or after {@code offset} (tokens.size() when none does). */
    public static int firstFrom(List<Token> tokens, int offset) {
        int k = 0;
        while (k < tokens.size() && tokens.get(k).start() < offset) {
            k++;
        }
        return k;
    }

    /** True when the text between two tokens holds clause punctuation (comma, colon, quotes, dashes, brackets). */
    public static boolean boundaryBetween(String text, Token left, Token right) {
        return anyBetween(text, left, right, ",;:()“”\"—–[]!?");
    }

    /** True when one of {@code marks} stands between two tokens. */
    static boolean anyBetween(String text, Token left, Token right, String marks) {
        for (int i = left.end(); i < right.start(); i++) {
            if (marks.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
