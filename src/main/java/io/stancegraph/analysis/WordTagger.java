package io.stancegraph.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;

/**
 * Tokens, universal part-of-speech tags and lemmas from OpenNLP's English UD models
 * ({@code opennlp-models-{tokenizer,pos,lemmatizer}-en}). The tokenizer leaves words of letters and digits alone
 * (OpenNLP's alphanumeric optimisation: the same tokens, three times faster), the tagger decodes greedily (a beam of
 * one: the same tags as the model's beam of three on our corpora, at two and a half times the speed), and a word's
 * lemma is looked up once per form and tag, then cached, since the statistical lemmatizer costs about
 * 0.1 ms a word. The tokenizer splits each whitespace-separated chunk on the chunk's characters alone, so a chunk's
 * split ("U.S.-brokered", "said,") is cached too. Thread-safe: OpenNLP's decoders are kept one per thread.
 * The greedy tagging is done by {@link Greedy}, which picks each word's best tag as OpenNLP's beam search of one does,
 * without the search's per-word sorting and sequence copies.
 */
public final class WordTagger {

    static final String TOKENS = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String POS = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    static final String LEMMAS = "opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";
    /** Lemmas (and chunk splits) cached at most; news vocabulary stays far below it. */
    private static final int LEMMA_CACHE = 200_000;

    private final ThreadLocal<TokenizerME> tokenizer;
    private final ThreadLocal<Greedy> tagger;
    private final ThreadLocal<LemmatizerME> lemmatizer;
    private final Map<String, String> lemmas = new ConcurrentHashMap<>();
    /** A chunk's token spans as start and end offsets within the chunk. */
    private final Map<String, int[]> splits = new ConcurrentHashMap<>();

    public WordTagger() {
        TokenizerModel model = load(TOKENS, TokenizerModel::new);
        TokenizerModel tokens = new TokenizerModel((MaxentModel) model.getArtifact("token.model"), Map.of(),
                new TokenizerFactory("en", model.getFactory().getAbbreviationDictionary(), true, null));
        POSModel pos = load(POS, POSModel::new);
        LemmatizerModel lemma = load(LEMMAS, LemmatizerModel::new);
        tokenizer = ThreadLocal.withInitial(() -> new TokenizerME(tokens));
        Map<String, double[]> wordWeights = new ConcurrentHashMap<>();
        tagger = ThreadLocal.withInitial(() -> Greedy.of(pos, wordWeights));
        lemmatizer = ThreadLocal.withInitial(() -> new LemmatizerME(lemma));
    }

    /** The tagger over the bundled models, built on first use. */
    public static WordTagger shared() {
        return Shared.INSTANCE;
    }

    private static final class Shared {
        static final WordTagger INSTANCE = new WordTagger();
    }

    /** Words of the whole text, tagged as one sequence. */
    public Words tag(String text) {
        List<Tokens.Token> out = new ArrayList<>();
        tagRange(text, 0, text.length(), out);
        return new Words(text, out);
    }

    /** Words of a body, each sentence tagged on its own. */
    public Words tag(String body, List<Sentence> sentences) {
        List<Tokens.Token> out = new ArrayList<>();
        for (Sentence s : sentences) {
            tagRange(body, s.start(), s.end(), out);
        }
        return new Words(body, out);
    }

    private void tagRange(String text, int from, int to, List<Tokens.Token> out) {
        String part = text.substring(from, to);
        Span[] spans = tokens(part);
        if (spans.length == 0) {
            return;
        }
        String[] words = Span.spansToStrings(spans, part);
        String[] tags = tagger.get().tag(words);
        for (int i = 0; i < spans.length; i++) {
            Tokens.Token t = word(part, spans[i], from, tags[i]);
            if (t != null) {
                out.add(t);
            }
        }
    }

    /** OpenNLP's tokens of a text: its whitespace chunks, each split by the model once per distinct chunk. */
    private Span[] tokens(String part) {
        List<Span> out = new ArrayList<>();
        for (Span chunk : WhitespaceTokenizer.INSTANCE.tokenizePos(part)) {
            int offset = chunk.getStart();
            String word = part.substring(offset, chunk.getEnd());
            int[] split = splits.get(word);
            if (split == null) {
                Span[] parts = tokenizer.get().tokenizePos(word);
                split = new int[parts.length * 2];
                for (int i = 0; i < parts.length; i++) {
                    split[2 * i] = parts[i].getStart();
                    split[2 * i + 1] = parts[i].getEnd();
                }
                if (splits.size() < LEMMA_CACHE) {
                    splits.put(word, split);
                }
            }
            for (int i = 0; i < split.length; i += 2) {
                out.add(new Span(offset + split[i], offset + split[i + 1]));
            }
        }
        return out.toArray(Span[]::new);
    }

    /** The word of one OpenNLP token: punctuation is none, edges trimmed as {@link Tokens#of} trims them. */
    private Tokens.Token word(String part, Span span, int offset, String tags) {
        int s = span.getStart();
        int e = span.getEnd();
        while (s < e && !Character.isLetterOrDigit(part.charAt(s))) {
            s++; // "-brokered", "“We"
        }
        if (s == e) {
            return null; // punctuation
        }
        String w = part.substring(s, e);
        boolean abbreviation = w.indexOf('.') >= 0 && w.indexOf('.') < w.length() - 1;
        while (e > s + 1 && !abbreviation && ".'’-".indexOf(part.charAt(e - 1)) >= 0) {
            e--;
        }
        if (e - s > 2 && (part.startsWith("'s", e - 2) || part.startsWith("’s", e - 2))) {
            e -= 2; // "Kazakhstan's" is the word "Kazakhstan"
        }
        String text = part.substring(s, e);
        int plus = tags.indexOf('+');
        String tag = plus > 0 ? tags.substring(0, plus) : tags; // "PROPN+PART": the word, not the clitic
        if (tag.equals("PUNCT") || tag.equals("SYM")) {
            tag = "X"; // "-hosted" split off "U.S.-hosted": a word the tagger took for punctuation
        }
        return new Tokens.Token(offset + s, offset + e, text, tag, lemma(text, tag));
    }

    /** The lemma of a word read as a verb ("withdrawn" -> withdraw), cached like every lemma. */
    public String verbLemma(String word) {
        return lemma(word, "VERB");
    }

    private String lemma(String word, String tag) {
        String key = word.toLowerCase(Locale.ROOT) + '\t' + tag;
        String known = lemmas.get(key);
        if (known != null) {
            return known;
        }
        String lemma = lemmatizer.get().lemmatize(new String[] {word}, new String[] {tag})[0];
        lemma = lemma == null || lemma.isBlank() || lemma.equals("O") ? word.toLowerCase(Locale.ROOT) : lemma.toLowerCase(Locale.ROOT);
        int plus = lemma.indexOf('+');
        if (plus > 0) {
            lemma = lemma.substring(0, plus);
        }
        if (lemmas.size() < LEMMA_CACHE) {
            lemmas.put(key, lemma);
        }
        return lemma;
    }

    /**
     * Greedy decoding of a maxent tagger: at each word the valid tag of highest probability given the tags before it,
     * the lowest-numbered one on a tie (what OpenNLP's beam search keeps with a beam of one). Tags are compared on the
     * model's summed feature weights (the probabilities are their exponentials over a common sum, so the order is the
     * same), and the weights of the features a word gives alone (its form, prefixes, suffixes and letter case: eleven
     * of a word's seventeen) are summed once per word form and shared by all threads. One per thread.
     */
    static final class Greedy {
        private static final Object[] NO_CONTEXT = new Object[0];
        /** Features the model's context generator derives from the word alone, by their prefix. */
        private static final List<String> WORD_FEATURES = List.of("suf=", "pre=", "w=", "wc=", "w&c=");
        private static final String ALWAYS = "def";
        /** Word forms whose weights are kept; news vocabulary stays below it. */
        private static final int WORD_CACHE = 50_000;
        private final Map<String, Context> weights;
        private final String[] outcomes;
        private final POSContextGenerator contexts;
        private final SequenceValidator<String> validator;
        private final Map<String, double[]> wordWeights;

        private Greedy(AbstractModel model, POSContextGenerator contexts, SequenceValidator<String> validator,
                Map<String, double[]> wordWeights) {
            @SuppressWarnings("unchecked")
            Map<String, Context> pmap = (Map<String, Context>) model.getDataStructures()[1];
            this.weights = pmap;
            this.outcomes = new String[model.getNumOutcomes()];
            Arrays.setAll(outcomes, model::getOutcome);
            this.contexts = contexts;
            this.validator = validator;
            this.wordWeights = wordWeights;
        }

        /** A decoder over a tagger model's maxent model, context generator and sequence validator. */
        static Greedy of(POSModel pos) {
            return of(pos, new ConcurrentHashMap<>());
        }

        static Greedy of(POSModel pos, Map<String, double[]> wordWeights) {
            return new Greedy((AbstractModel) pos.getArtifact("pos.model"), pos.getFactory().getPOSContextGenerator(1),
                    pos.getFactory().getSequenceValidator(), wordWeights);
        }

        String[] tag(String[] words) {
            String[] tags = new String[words.length];
            double[] scores = new double[outcomes.length];
            for (int i = 0; i < words.length; i++) {
                String[] before = Arrays.copyOf(tags, i);
                String[] features = contexts.getContext(i, words, before, NO_CONTEXT);
                double[] own = wordWeights.get(words[i]);
                double[] fresh = own == null ? new double[outcomes.length] : null;
                Arrays.fill(scores, 0);
                for (String f : features) {
                    if (!f.equals(ALWAYS) && !ofWord(f)) {
                        add(scores, f);
                    } else if (fresh != null) {
                        add(fresh, f);
                    }
                }
                if (fresh != null) {
                    own = fresh;
                    if (wordWeights.size() < WORD_CACHE) {
                        wordWeights.put(words[i], own);
                    }
                }
                for (int p = 0; p < scores.length; p++) {
                    scores[p] += own[p];
                }
                int best = -1;
                for (int p = 0; p < scores.length; p++) {
                    if ((best < 0 || scores[p] > scores[best]) && validator.validSequence(i, words, before, outcomes[p])) {
                        best = p;
                    }
                }
                tags[i] = outcomes[best < 0 ? argmax(scores) : best];
            }
            return tags;
        }

        private static boolean ofWord(String feature) {
            for (String prefix : WORD_FEATURES) {
                if (feature.startsWith(prefix)) {
                    return true;
                }
            }
            return false;
        }

        private void add(double[] scores, String feature) {
            Context c = weights.get(feature);
            if (c != null) {
                int[] o = c.getOutcomes();
                double[] w = c.getParameters();
                for (int j = 0; j < o.length; j++) {
                    scores[o[j]] += w[j];
                }
            }
        }

        private static int argmax(double[] scores) {
            int best = 0;
            for (int p = 1; p < scores.length; p++) {
                if (scores[p] > scores[best]) {
                    best = p;
                }
            }
            return best;
        }
    }

    private interface Reader<T> {
        T read(InputStream in) throws IOException;
    }

    private static <T> T load(String resource, Reader<T> reader) {
        try (InputStream in = WordTagger.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the OpenNLP model " + resource, e);
        }
    }
}
