package io.stancegraph.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
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

    /** Irregular past forms and participles with their lemmas (lexicon/irregular-verbs.tsv). */
    private static final Map<String, String> IRREGULAR = Gazetteer.rows("lexicon/irregular-verbs.tsv").stream().filter(cols -> cols.length == 2)
            .collect(Collectors.toUnmodifiableMap(cols -> cols[0], cols -> cols[1]));

    private final ThreadLocal<TokenizerME> tokenizer;
    private final ThreadLocal<Greedy> tagger;
    private final ThreadLocal<LemmatizerME> lemmatizer;
    private final Memo<String, String> lemmas = new Memo<>(LEMMA_CACHE);
    /** A chunk's token spans as start and end offsets within the chunk. */
    private final Memo<String, int[]> splits = new Memo<>(LEMMA_CACHE);

    public WordTagger() {
        TokenizerModel model = load(TOKENS, TokenizerModel::new);
        TokenizerModel tokens = new TokenizerModel((MaxentModel) model.getArtifact("token.model"), Map.of(),
                new TokenizerFactory("en", model.getFactory().getAbbreviationDictionary(), true, null));
        POSModel pos = load(POS, POSModel::new);
        LemmatizerModel lemma = load(LEMMAS, LemmatizerModel::new);
        tokenizer = ThreadLocal.withInitial(() -> new TokenizerME(tokens));
        Memo<String, Greedy.Form> forms = new Memo<>(Greedy.WORD_CACHE);
        tagger = ThreadLocal.withInitial(() -> Greedy.of(pos, forms));
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

    /** A chunk's token spans as start and end offsets within the chunk, by the model. */
    private int[] split(String chunk) {
        Span[] parts = tokenizer.get().tokenizePos(chunk);
        int[] split = new int[parts.length * 2];
        for (int i = 0; i < parts.length; i++) {
            split[2 * i] = parts[i].getStart();
            split[2 * i + 1] = parts[i].getEnd();
        }
        return split;
    }

    /** OpenNLP's tokens of a text: its whitespace chunks, each split by the model once per distinct chunk. */
    private Span[] tokens(String part) {
        List<Span> out = new ArrayList<>();
        for (Span chunk : WhitespaceTokenizer.INSTANCE.tokenizePos(part)) {
            int offset = chunk.getStart();
            String word = part.substring(offset, chunk.getEnd());
            int[] split = splits.get(word, this::split);
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
        String lower = text.toLowerCase(Locale.ROOT);
        return new Tokens.Token(offset + s, offset + e, text, tag, lemma(text, lower, tag), lower);
    }

    /** The lemma of a word read as a verb ("withdrawn" -> withdraw), cached like every lemma. */
    public String verbLemma(String word) {
        return lemma(word, "VERB");
    }

    private String lemma(String word, String tag) {
        return lemma(word, word.toLowerCase(Locale.ROOT), tag);
    }

    private String lemma(String word, String lower, String tag) {
        return lemmas.get(lower + '\t' + tag, key -> lemmaOf(word, tag));
    }

    private String lemmaOf(String word, String tag) {
        String irregular = "VERB".equals(tag) || "AUX".equals(tag) ? IRREGULAR.get(word.toLowerCase(Locale.ROOT)) : null;
        if (irregular != null) {
            return irregular; // "shot", "froze", "upheld": forms the statistical lemmatizer leaves as they are
        }
        String lemma = lemmatizer.get().lemmatize(new String[] {word}, new String[] {tag})[0];
        lemma = lemma == null || lemma.isBlank() || lemma.equals("O") ? word.toLowerCase(Locale.ROOT) : lemma.toLowerCase(Locale.ROOT);
        int plus = lemma.indexOf('+');
        if (plus > 0) {
            lemma = lemma.substring(0, plus);
        }
        return lemma;
    }

    /**
     * Greedy decoding of a maxent tagger: at each word the valid tag of highest probability given the tags before it,
     * the lowest-numbered one on a tie (what OpenNLP's beam search keeps with a beam of one). Tags are compared on the
     * model's summed feature weights (the probabilities are their exponentials over a common sum, so the order is the
     * same). The model's features (its {@code generator.featuregen}) are a word's own (its form, prefixes, suffixes and
     * letter case), the forms of the two words on each side, the sentence start within two words and the two tags
     * before; so a word form's weights alone and as each neighbour are summed once and shared by all threads, and a
     * word's score is the sum of at most eight such rows. One per thread.
     */
    static final class Greedy {
        private static final Object[] NO_CONTEXT = new Object[0];
        private static final String[] NO_TAGS = new String[0];
        /** The feature of a word's form that the model also takes from the words around it. */
        private static final String FORM = "w=";
        private static final String START = "S=begin";
        /** Word forms whose weights are kept; news vocabulary stays below it. */
        private static final int WORD_CACHE = 50_000;
        private final Map<String, Context> weights;
        private final String[] outcomes;
        private final POSContextGenerator contexts;
        private final SequenceValidator<String> validator;
        private final Memo<String, Form> forms;
        /** The weights of the sentence start as the word itself, the word before and the word two before. */
        private final double[][] start;
        /** The weights of the tag before ({@code t=}) by its index, and of the two before ({@code t2=}) by both. */
        private final double[][] tag1;
        private final double[][][] tag2;

        /** The weights a word form gives alone and as the word one or two before or after the word being tagged. */
        private record Form(double[] own, double[] before1, double[] before2, double[] after1, double[] after2) {
        }

        private Greedy(AbstractModel model, POSContextGenerator contexts, SequenceValidator<String> validator,
                Memo<String, Form> forms) {
            @SuppressWarnings("unchecked")
            Map<String, Context> pmap = (Map<String, Context>) model.getDataStructures()[1];
            this.weights = pmap;
            this.outcomes = new String[model.getNumOutcomes()];
            Arrays.setAll(outcomes, model::getOutcome);
            this.contexts = contexts;
            this.validator = validator;
            this.forms = forms;
            this.start = new double[][] {row(START), row("p1" + START), row("p2" + START)};
            this.tag1 = new double[outcomes.length][];
            this.tag2 = new double[outcomes.length][outcomes.length][];
            for (int a = 0; a < outcomes.length; a++) {
                tag1[a] = row("t=" + outcomes[a]);
                for (int b = 0; b < outcomes.length; b++) {
                    tag2[a][b] = row("t2=" + outcomes[a] + "," + outcomes[b]);
                }
            }
        }

        /** A decoder over a tagger model's maxent model, context generator and sequence validator. */
        static Greedy of(POSModel pos) {
            return of(pos, new Memo<>(WORD_CACHE));
        }

        static Greedy of(POSModel pos, Memo<String, Form> forms) {
            // without a tag dictionary every tag is valid (OpenNLP's DefaultPOSSequenceValidator)
            SequenceValidator<String> validator = pos.getFactory().getTagDictionary() == null ? null
                    : pos.getFactory().getSequenceValidator();
            return new Greedy((AbstractModel) pos.getArtifact("pos.model"), pos.getFactory().getPOSContextGenerator(1),
                    validator, forms);
        }

        String[] tag(String[] words) {
            String[] tags = new String[words.length];
            int[] chosen = new int[words.length];
            Form[] form = new Form[words.length];
            for (int i = 0; i < words.length; i++) {
                form[i] = form(words[i]);
            }
            double[] scores = new double[outcomes.length];
            for (int i = 0; i < words.length; i++) {
                System.arraycopy(form[i].own, 0, scores, 0, scores.length);
                add(scores, i > 0 ? form[i - 1].before1 : start[0]);
                add(scores, i > 1 ? form[i - 2].before2 : i == 1 ? start[1] : null);
                add(scores, i == 2 ? start[2] : null);
                add(scores, i + 1 < words.length ? form[i + 1].after1 : null);
                add(scores, i + 2 < words.length ? form[i + 2].after2 : null);
                add(scores, i > 0 ? tag1[chosen[i - 1]] : null);
                add(scores, i > 1 ? tag2[chosen[i - 2]][chosen[i - 1]] : null);
                String[] before = validator == null ? null : Arrays.copyOf(tags, i);
                int best = -1;
                for (int p = 0; p < scores.length; p++) {
                    if ((best < 0 || scores[p] > scores[best])
                            && (validator == null || validator.validSequence(i, words, before, outcomes[p]))) {
                        best = p;
                    }
                }
                chosen[i] = best < 0 ? argmax(scores) : best;
                tags[i] = outcomes[chosen[i]];
            }
            return tags;
        }

        /** A word form's weights, from the model's features of the form alone (the sentence start left out). */
        private Form form(String word) {
            return forms.get(word, this::formOf);
        }

        private Form formOf(String word) {
            double[] own = new double[outcomes.length];
            String token = null;
            for (String f : contexts.getContext(0, new String[] {word}, NO_TAGS, NO_CONTEXT)) {
                if (!f.equals(START)) {
                    add(own, row(f));
                }
                if (f.startsWith(FORM)) {
                    token = f;
                }
            }
            Form made = token == null ? new Form(own, null, null, null, null)
                    : new Form(own, row("p1" + token), row("p2" + token), row("n1" + token), row("n2" + token));
            return made;
        }

        /** The weights of one feature by outcome, or null where the model does not know it. */
        private double[] row(String feature) {
            Context c = weights.get(feature);
            if (c == null) {
                return null;
            }
            double[] row = new double[outcomes.length];
            int[] o = c.getOutcomes();
            double[] w = c.getParameters();
            for (int j = 0; j < o.length; j++) {
                row[o[j]] += w[j];
            }
            return row;
        }

        private static void add(double[] scores, double[] row) {
            if (row != null) {
                for (int p = 0; p < scores.length; p++) {
                    scores[p] += row[p];
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
