package io.stancegraph.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A lexicon of cue phrases kept as data ({@code lexicon/*.tsv}): one entry a line, the first word a
 * lemma whose inflections match ("good@adj": only where the word is tagged as that part of speech), then literal words
 * ("a|b" a choice, "lead@noun" a word of that part of speech only, "*" up to three words, a name in capitals counting as one,
 * "!a|b" a next word that is none of these, "=acronym" a word of three or more capital letters, "=event" a word of the event's own,
 * where the caller gives the event).
 * Matching runs over word tokens: a token matches an entry's first word when its lemma (OpenNLP's lemmatizer, see
 * {@link WordTagger}) is that word, which finds irregular forms ("withdrew", "sought"), or when it is one of the
 * word's regular inflections (tokens of phrases outside a document carry no lemma); a later word matches by its form
 * or its lemma ("recalled their ambassadors" for "recall its|their ambassador").
 * Immutable and thread-safe.
 */
public final class Lexicon {

    /** One line of a lexicon file. */
    public record Entry(String phrase, Position polarity, String kind, String note, String lemma, String tag, List<Set<String>> rest) {
    }

    /** A cue found in a text: token span [start, end) in text offsets. */
    public record Match(int start, int end, Entry entry) {
        public String text(String body) {
            return body.substring(start, end);
        }
    }

    private static final int GAP = 3;
    /** Kind of an entry that is no cue: a fixed phrase that holds a cue word ("last ditch"), which then matches nothing. */
    static final String NO_CUE = "NO_CUE";
    /** A later word that matches any word of three or more capital letters, a body named by its initials. */
    static final String ACRONYM_WORD = "=acronym";
    /** A later word that matches a word of the event's own, as the caller's event names it. */
    static final String EVENT_WORD = "=event";
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{3,}");

    /** Whether a word is written in three or more capital letters, as {@value #ACRONYM_WORD} matches it. */
    static boolean isAcronym(String word) {
        return ACRONYM.matcher(word).matches();
    }

    private final List<Entry> entries;
    private final Map<String, List<Entry>> byForm = new HashMap<>();
    private final Map<String, List<Entry>> byLemma = new HashMap<>();

    public Lexicon(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        for (Entry entry : entries) {
            for (Entry e : hyphenSplit(entry).map(split -> List.of(entry, split)).orElse(List.of(entry))) {
                for (String form : inflections(e.lemma())) {
                    byForm.computeIfAbsent(form, k -> new ArrayList<>()).add(e);
                }
                byLemma.computeIfAbsent(e.lemma(), k -> new ArrayList<>()).add(e);
            }
        }
    }

    /** "test-fire": the tokenizer may keep a hyphenated first word or split it ("test", "fires"); the split form matches too. */
    private static Optional<Entry> hyphenSplit(Entry e) {
        int hyphen = e.lemma().indexOf('-');
        if (hyphen <= 0 || hyphen == e.lemma().length() - 1) {
            return Optional.empty();
        }
        List<Set<String>> rest = new ArrayList<>();
        rest.add(Set.of(e.lemma().substring(hyphen + 1)));
        rest.addAll(e.rest());
        return Optional.of(new Entry(e.phrase(), e.polarity(), e.kind(), e.note(), e.lemma().substring(0, hyphen), e.tag(), rest));
    }

    /** Loads a lexicon file from the classpath. */
    public static Lexicon load(String resource) {
        try (InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing lexicon resource " + resource);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Lexicon parse(List<String> lines) {
        List<Entry> out = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length < 3) {
                throw new IllegalArgumentException("lexicon line needs phrase, polarity and kind: " + line);
            }
            String[] words = cols[0].strip().toLowerCase(Locale.ROOT).split("\\s+");
            if (words[0].contains("|") || words[0].equals("*")) {
                throw new IllegalArgumentException("a lexicon phrase opens with one lemma, not a choice or '*' (one line per first word): " + line);
            }
            List<Set<String>> rest = new ArrayList<>();
            for (int k = 1; k < words.length; k++) {
                String w = words[k];
                Set<String> choice = w.startsWith("!") ? Set.of(("!" + w.substring(1).replace("|", "|!")).split("\\|")) : Set.of(w.split("\\|"));
                rest.add(w.indexOf('@') > 0 ? new TaggedChoice(choice) : choice);
            }
            String[] first = words[0].split("@", 2); // "good@adj": only the adjective, not "goods"
            out.add(new Entry(cols[0].strip(), Position.valueOf(cols[1].strip()), cols[2].strip(), cols.length > 3 ? cols[3].strip() : "",
                    first[0], first.length > 1 ? first[1].toUpperCase(Locale.ROOT) : null, rest));
        }
        return new Lexicon(out);
    }

    public List<Entry> entries() {
        return entries;
    }

    /** The entries whose first word has this form (lower case), without matching what follows. */
    public List<Entry> startingWith(String lowerWord) {
        return byForm.getOrDefault(lowerWord, List.of());
    }

    /** Every cue in text[from, to), in text order; at one start the longest entry wins. */
    public List<Match> find(String text, int from, int to) {
        return find(Tokens.of(text, from, to), text);
    }

    /** Every cue among the tokens, in order; at one start the longest entry wins. */
    public List<Match> find(List<Tokens.Token> tokens) {
        return find(tokens, null);
    }

    /**
     * Every cue among the tokens of {@code text}, in order; at one start the longest entry wins. A phrase does not run
     * across punctuation ("step back, an aide said" holds no "back an"), but across quotation marks.
     */
    public List<Match> find(List<Tokens.Token> tokens, String text) {
        return find(tokens, text, w -> false);
    }

    /**
     * As {@link #find(List, String)}, with {@value #EVENT_WORD} matching a word (lower case) that {@code eventWord} accepts:
     * the caller's event names it ("defended the release" in a story of a release).
     */
    public List<Match> find(List<Tokens.Token> tokens, String text, Predicate<String> eventWord) {
        List<Match> out = new ArrayList<>();
        for (Match m : scan(tokens, text, eventWord)) {
            if (!m.entry().kind().equals(NO_CUE)) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * Whether the token at {@code index} lies inside a fixed phrase of kind {@value #NO_CUE} ("last ditch"): a word
     * there names nothing of this lexicon, whatever its entries of one word say.
     */
    public boolean inFixedPhrase(List<Tokens.Token> tokens, String text, int index) {
        int at = tokens.get(index).start();
        for (Match m : scan(tokens.subList(Math.max(0, index - GAP - 1), index + 1), text, w -> false)) {
            if (m.entry().kind().equals(NO_CUE) && m.start() <= at && at < m.end()) {
                return true;
            }
        }
        return false;
    }

    /** Every entry's match, those of kind {@value #NO_CUE} included; a word inside one of those starts no other. */
    private List<Match> scan(List<Tokens.Token> tokens, String text, Predicate<String> eventWord) {
        List<Match> out = new ArrayList<>();
        int fixedEnd = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() < fixedEnd) {
                continue; // "last ditch talks": "ditch" is part of a fixed phrase, no act of ditching
            }
            Match best = bestAt(tokens, text, i, eventWord);
            if (best != null) {
                out.add(best);
                if (best.entry().kind().equals(NO_CUE)) {
                    fixedEnd = best.end();
                }
            }
        }
        return out;
    }

    /**
     * The cue that starts at the first of {@code tokens}, as {@link #find(List, String, Predicate)} gives it for that token, or
     * none: one start looked at, where a window's other starts are of no use ("to reconsider" at the word after the urging).
     */
    public Optional<Match> findAt(List<Tokens.Token> tokens, String text, Predicate<String> eventWord) {
        Match m = tokens.isEmpty() ? null : bestAt(tokens, text, 0, eventWord);
        return m == null || m.entry().kind().equals(NO_CUE) ? Optional.empty() : Optional.of(m);
    }

    /** As {@link #findAt(List, String, Predicate)}, with no noun of the event's own. */
    public Optional<Match> findAt(List<Tokens.Token> tokens, String text) {
        return findAt(tokens, text, w -> false);
    }

    /** The longest entry's match that starts at token {@code i}, or null. */
    private Match bestAt(List<Tokens.Token> tokens, String text, int i, Predicate<String> eventWord) {
        Match best = null;
        for (Entry e : candidates(tokens.get(i))) {
            if (e.tag() != null && (tokens.get(i).tag() != null ? !e.tag().equals(tokens.get(i).tag()) : !tokens.get(i).lower().equals(e.lemma()))) {
                continue; // an untagged word of such an entry only in the entry's own form ("goods" is no "good@adj")
            }
            int end = matchRest(tokens, text, i + 1, e.rest(), 0, eventWord);
            if (end >= 0) {
                Match m = new Match(tokens.get(i).start(), tokens.get(end - 1).end(), e);
                if (best == null || m.end() > best.end()) {
                    best = m;
                }
            }
        }
        return best;
    }

    /** A compound written with or without its hyphen is one word: "counter-measures" is "countermeasures". */
    private static String unhyphenated(String word) {
        return word.replace("-", "");
    }

    /** Entries whose first word the token is, by its lemma or by its form, a hyphenated compound also without its hyphen. */
    private List<Entry> candidates(Tokens.Token t) {
        if (t.lower().indexOf('-') > 0 && this.byForm.get(t.lower()) == null && (t.lemma() == null || this.byLemma.get(t.lemma()) == null)) {
            String joined = unhyphenated(t.lower());
            List<Entry> whole = this.byForm.getOrDefault(joined, List.of());
            String lemma = t.lemma() == null ? null : unhyphenated(t.lemma());
            return whole.isEmpty() && lemma != null ? this.byLemma.getOrDefault(lemma, List.of()) : whole;
        }
        List<Entry> byForm = this.byForm.getOrDefault(t.lower(), List.of());
        List<Entry> byLemma = t.lemma() == null ? List.of() : this.byLemma.getOrDefault(t.lemma(), List.of());
        if (byLemma.isEmpty() || byLemma == byForm) {
            return byForm;
        }
        if (byForm.isEmpty()) {
            return byLemma;
        }
        List<Entry> both = new ArrayList<>(byForm);
        byLemma.stream().filter(e -> !both.contains(e)).forEach(both::add);
        return both;
    }

    /** A word that opens on a capital: one word of a name or a title. */
    private static boolean capitalised(Tokens.Token t) {
        return Character.isUpperCase(t.text().codePointAt(0));
    }

    /** Punctuation between two words that a phrase does not run across; quotation marks do not break one ("urged X to “stop"). */
    private static boolean phraseBreak(String text, Tokens.Token left, Tokens.Token right) {
        return Tokens.anyBetween(text, left, right, ",;:()—–[]!?");
    }

    /** Words that join two heads of the same kind: a gap after a noun does not begin with one. */
    private static final Set<String> COORDINATOR = Set.of("and", "or", "nor");

    /**
     * A later word's choices of which some name their part of speech ("lead@noun": the noun "Peru's lead", not "led by"); a
     * word so named matches by form or lemma only with that tag.
     */
    private static final class TaggedChoice extends AbstractSet<String> {
        private final Set<String> words;

        TaggedChoice(Set<String> words) {
            this.words = words;
        }

        boolean matches(Tokens.Token t) {
            if (t.tag() == null) {
                return false;
            }
            String tag = "@" + t.tag().toLowerCase(Locale.ROOT);
            return words.contains(t.lower() + tag) || t.lemma() != null && words.contains(t.lemma() + tag);
        }

        @Override
        public boolean contains(Object o) {
            return words.contains(o);
        }

        @Override
        public Iterator<String> iterator() {
            return words.iterator();
        }

        @Override
        public int size() {
            return words.size();
        }
    }

    /** "!to|from": a set of words the next word must not be. */
    private static boolean negated(Set<String> want) {
        for (String w : want) {
            if (w.startsWith("!")) {
                return true;
            }
        }
        return false;
    }

    /** Index after the last token matched, or -1. */
    private static int matchRest(List<Tokens.Token> tokens, String text, int i, List<Set<String>> rest, int k, Predicate<String> eventWord) {
        if (k == rest.size()) {
            return i;
        }
        if (text != null && i > 0 && i < tokens.size() && phraseBreak(text, tokens.get(i - 1), tokens.get(i))) {
            return -1;
        }
        Set<String> want = rest.get(k);
        if (negated(want)) { // "!to|from": the next word, if any, is none of these
            return i < tokens.size() && want.contains("!" + tokens.get(i).lower()) ? -1 : matchRest(tokens, text, i, rest, k + 1, eventWord);
        }
        if (want.contains(ACRONYM_WORD) && i < tokens.size() && isAcronym(tokens.get(i).text())) {
            return matchRest(tokens, text, i + 1, rest, k + 1, eventWord); // "leaves ECOWAS": a body by its initials
        }
        if (want.contains(EVENT_WORD) && i < tokens.size() && eventWord.test(tokens.get(i).lower())) {
            return matchRest(tokens, text, i + 1, rest, k + 1, eventWord); // "defended the release": a noun of the event's own
        }
        if (want.contains("*")) {
            if (i > 0 && i < tokens.size() && "NOUN".equals(tokens.get(i - 1).tag()) && COORDINATOR.contains(tokens.get(i).lower())) {
                return matchRest(tokens, text, i, rest, k + 1, eventWord); // "rejection and condemnation": two nouns side by side, one does not govern the other
            }
            for (int skip = 0, words = 0; words <= GAP && i + skip <= tokens.size(); skip++) {
                if (skip > 0 && text != null && i + skip < tokens.size() && phraseBreak(text, tokens.get(i + skip - 1), tokens.get(i + skip))) {
                    break; // the gap does not run across punctuation either
                }
                int end = matchRest(tokens, text, i + skip, rest, k + 1, eventWord);
                if (end >= 0) {
                    return end;
                }
                if (i + skip < tokens.size() && !(skip > 0 && capitalised(tokens.get(i + skip - 1)) && capitalised(tokens.get(i + skip)))) {
                    words++; // a name or title in capitals is one word of the gap: "accused the Peruvian Prime Minister of"
                }
            }
            return -1;
        }
        if (i >= tokens.size() || !want.contains(tokens.get(i).lower())
                && (tokens.get(i).lemma() == null || !want.contains(tokens.get(i).lemma()))
                && !(tokens.get(i).lower().indexOf('-') > 0 && want.contains(unhyphenated(tokens.get(i).lower())))
                && !(want instanceof TaggedChoice tagged && tagged.matches(tokens.get(i)))) {
            return -1;
        }
        return matchRest(tokens, text, i + 1, rest, k + 1, eventWord);
    }


    /** The regular inflections of an English lemma (verbs and nouns): -s/-es, -ed/-d, -ing, y/ies/ied, doubled consonants. */
    static Set<String> inflections(String lemma) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(lemma);
        if (lemma.length() < 3 || !Character.isLetter(lemma.charAt(lemma.length() - 1))) {
            return forms;
        }
        char last = lemma.charAt(lemma.length() - 1);
        String stem = lemma.substring(0, lemma.length() - 1);
        if (lemma.endsWith("ee")) {
            forms.addAll(List.of(lemma + "s", lemma + "d", lemma + "ing"));
        } else if (last == 'e') {
            forms.addAll(List.of(lemma + "s", lemma + "d", stem + "ing"));
        } else if (last == 'y' && !isVowel(stem.charAt(stem.length() - 1))) {
            forms.addAll(List.of(stem + "ies", stem + "ied", lemma + "ing"));
        } else if (lemma.endsWith("s") || lemma.endsWith("x") || lemma.endsWith("z") || lemma.endsWith("ch") || lemma.endsWith("sh")
                || last == 'o') {
            forms.addAll(List.of(lemma + "es", lemma + "ed", lemma + "ing"));
        } else {
            forms.addAll(List.of(lemma + "s", lemma + "ed", lemma + "ing"));
            char before = stem.charAt(stem.length() - 1);
            boolean cvc = !isVowel(last) && "wxy".indexOf(last) < 0 && isVowel(before)
                    && (stem.length() < 2 || !isVowel(stem.charAt(stem.length() - 2)));
            if (cvc) {
                forms.addAll(List.of(lemma + last + "ed", lemma + last + "ing"));
            }
        }
        return forms;
    }

    /** The lemmas a word form may come from by the regular inflections ("withdrawing" -> withdraw, "ties" -> tie, tie). */
    public static Set<String> lemmaCandidates(String form) {
        Set<String> out = new LinkedHashSet<>();
        out.add(form);
        int n = form.length();
        if (form.endsWith("ies") && n > 4) {
            out.add(form.substring(0, n - 3) + "y");
        }
        if (form.endsWith("ied") && n > 4) {
            out.add(form.substring(0, n - 3) + "y");
        }
        if (form.endsWith("es") && n > 3) {
            out.add(form.substring(0, n - 2));
        }
        if (form.endsWith("s") && n > 3) {
            out.add(form.substring(0, n - 1));
        }
        for (String suffix : List.of("ed", "ing")) {
            if (form.endsWith(suffix) && n > suffix.length() + 2) {
                String stem = form.substring(0, n - suffix.length());
                out.add(stem);
                out.add(stem + "e");
                if (stem.length() > 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)) {
                    out.add(stem.substring(0, stem.length() - 1));
                }
            }
        }
        if (form.endsWith("d") && n > 3) {
            out.add(form.substring(0, n - 1));
        }
        return out;
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }
}
