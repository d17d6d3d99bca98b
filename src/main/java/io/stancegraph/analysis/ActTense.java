package io.stancegraph.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Which family of acts a sentence states as done ("has withdrawn from", "formally joined") or as still to come
 * ("is set to leave", "may quit"): any act of {@code lexicon/acts.tsv}, matched on lemmas with the words its
 * entry needs ("leave the", "file * case") and named by its family ("withdraw" for withdraw, leave, quit), so that
 * claims about any event can contradict each other.
 * "Not yet signed" leaves open concluding and joining ("*").
 */
final class ActTense {

    /** Anything still to come of concluding or joining. */
    static final String ANY_CONCLUDING = "*";
    /** The families "not yet finalised" leaves open. */
    static final Set<String> CONCLUDING = Set.of("conclude", "accede");

    private static final Set<String> PERFECT = Set.of("has", "have", "had");
    private static final Set<String> FORMALLY = Set.of("officially", "formally", "finally");
    private static final Set<String> INTENT = Set.of("poised", "set", "preparing", "expected", "plan", "plans", "planning", "likely",
            "about", "going", "due", "ready", "intends", "aims");
    private static final Set<String> MODAL = Set.of("may", "might", "could", "will", "would", "shall");
    private static final Set<String> NEGATION = Set.of("not", "never", "n't", "no");
    private static final Set<String> NOT_YET_DONE = Set.of("finalised", "finalized", "final", "signed", "official", "completed");

    /** Words without one of which a sentence states no act as done or to come: sentences without one are not tokenised. */
    private static final Set<String> TRIGGERS = Stream.of(PERFECT, FORMALLY, INTENT, MODAL, Set.of("yet")).flatMap(Set::stream)
            .collect(Collectors.toUnmodifiableSet());
    private static final int LONGEST = TRIGGERS.stream().mapToInt(String::length).max().orElse(0);

    /** What a sentence states: the family of the act done, of the act to come, or null for either. */
    record Tense(String completed, String prospective) {
    }

    private static final Tense NONE = new Tense(null, null);

    private ActTense() {
    }

    /** Both readings of a sentence, from one pass over its words. */
    static Tense read(String text) {
        if (!hasTrigger(text)) {
            return NONE;
        }
        List<Tokens.Token> t = words(text);
        return new Tense(completed(t), prospective(t));
    }

    /** Whether a word of the text, in any case, is a trigger (a scan of letter runs: a regex alternation cost more). */
    static boolean hasTrigger(String text) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            if (!word(text.charAt(i))) {
                continue;
            }
            int start = i;
            while (i < n && word(text.charAt(i))) {
                i++;
            }
            if (i - start <= LONGEST && TRIGGERS.contains(text.substring(start, i).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean word(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }

    static String completed(String text) {
        return read(text).completed();
    }

    static String prospective(String text) {
        return read(text).prospective();
    }

    /** The family of the act stated as done, or null. */
    private static String completed(List<Tokens.Token> t) {
        for (Lexicon.Match m : StanceClassifier.ACTS.find(t)) {
            int i = index(t, m);
            if (!m.entry().kind().startsWith("ACT:")) {
                continue;
            }
            boolean past = !t.get(i).lower().equals(t.get(i).lemma());
            if (before(t, i, 3, PERFECT) || past && i > 0 && FORMALLY.contains(t.get(i - 1).lower())) {
                return family(m); // "has formally withdrawn", "formally joined", not "formally join"
            }
        }
        return null;
    }

    /** The family of the act stated as still to come, {@link #ANY_CONCLUDING}, or null. */
    private static String prospective(List<Tokens.Token> t) {
        for (int i = 0; i + 2 < t.size(); i++) {
            if (t.get(i).lower().equals("not") && t.get(i + 1).lower().equals("yet") && NOT_YET_DONE.contains(t.get(i + 2).lower())) {
                return ANY_CONCLUDING;
            }
        }
        for (Lexicon.Match m : StanceClassifier.ACTS.find(t)) {
            int i = index(t, m);
            if (!m.entry().kind().startsWith("ACT:") || !t.get(i).lower().equals(t.get(i).lemma())) {
                continue; // only the base form follows "to" or a modal
            }
            boolean intent = i >= 2 && t.get(i - 1).lower().equals("to") && INTENT.contains(t.get(i - 2).lower())
                    || i >= 3 && t.get(i - 2).lower().equals("to") && INTENT.contains(t.get(i - 3).lower()); // "set to formally leave"
            if (intent || before(t, i, 2, MODAL)) {
                return family(m);
            }
        }
        return null;
    }

    /** One of the words occurs among the n words before token i, with no negation between. */
    private static boolean before(List<Tokens.Token> t, int i, int n, Set<String> words) {
        for (int k = i - 1; k >= Math.max(0, i - n); k--) {
            String w = t.get(k).lower();
            if (NEGATION.contains(w) || w.endsWith("n't")) {
                return false; // "has not joined", "will not sign"
            }
            if (words.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static String family(Lexicon.Match m) {
        return m.entry().kind().substring(4);
    }

    private static int index(List<Tokens.Token> t, Lexicon.Match m) {
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).start() == m.start()) {
                return i;
            }
        }
        throw new IllegalStateException("a match starts at a word");
    }

    /** The words of a text with their lemmas read as verbs (cached; no tagging). */
    private static List<Tokens.Token> words(String text) {
        return Tokens.of(text, 0, text.length()).stream()
                .map(t -> new Tokens.Token(t.start(), t.end(), t.text(), "VERB", WordTagger.shared().verbLemma(t.lower()))).toList();
    }
}
