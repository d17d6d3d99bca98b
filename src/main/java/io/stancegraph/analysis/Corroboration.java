package io.stancegraph.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Links claims of different articles that state the same fact (corroboration) or the same event
 * with a different status (contradiction: "is poised to join" against "has officially joined").
 *
 * <p>Facts are compared clause by clause on their content words, folded for inflection and a few
 * synonyms ("ties" and "relations"): two clauses corroborate when they share at least four content
 * words that make up most of the shorter clause, and a country or number. Candidates are claims that
 * share an index key with the claim: for corroboration, min-hash bands of its clauses (the two words
 * of a clause with the smallest value under each of {@link #BANDS} hash functions, so clauses with
 * most words in common almost always share one); for contradiction, a country and an act. Candidates
 * of a claim are the first {@link #CANDIDATES_PER_KEY} claims (by id) of each of its keys; each claim
 * keeps links to the {@link #MAX_LINKS} related candidates with the lowest ids per kind. Linking claim
 * by claim as they are stored in id order, in any order of articles, gives the same links as linking
 * the whole corpus at once ({@link #link}).
 */
public final class Corroboration {

    /** A claim to compare: its id, its article, its text and the countries it is about. */
    public record ClaimText(long id, long articleId, String quote, Set<String> countries) {
    }

    public enum Kind { CORROBORATES, CONTRADICTS }

    /** One direction of a link. */
    public record Link(long claimId, long otherId, Kind kind) {
    }

    /** A claim with what comparing it needs, computed once. */
    public static final class Prepared {
        final ClaimText claim;
        /** Each clause's content words as sorted hashes (a set of strings took ten times the memory a full relink can spare). */
        final List<Clause> clauses;
        final String completed;
        final String prospective;

        Prepared(ClaimText claim) {
            // the text is not kept: a full relink holds every claim of the corpus prepared at once
            this.claim = new ClaimText(claim.id(), claim.articleId(), "", claim.countries());
            this.clauses = new ArrayList<>();
            for (String part : CLAUSE.split(claim.quote())) {
                Set<String> words = contentWords(part);
                if (words.size() >= MIN_SHARED) {
                    clauses.add(Clause.of(words));
                }
            }
            ActTense.Tense tense = ActTense.read(claim.quote());
            String done = tense.completed();
            String open = tense.prospective();
            this.completed = done != null && open == null ? done : null;
            this.prospective = open != null && done == null ? open : null;
        }

        public ClaimText claim() {
            return claim;
        }

        /** Index keys of this claim for one kind of link. */
        public Set<Long> keys(Kind kind) {
            Set<Long> out = new LinkedHashSet<>();
            if (kind == Kind.CORROBORATES) {
                for (Clause clause : clauses) {
                    for (int band = 0; band < BANDS; band++) {
                        long min1 = Long.MAX_VALUE;
                        long min2 = Long.MAX_VALUE;
                        for (long w : clause.words()) {
                            long h = mix(w ^ (band + 1) * 0x9E3779B97F4A7C15L);
                            if (h < min1) {
                                min2 = min1;
                                min1 = h;
                            } else if (h < min2) {
                                min2 = h;
                            }
                        }
                        out.add(mix(min1 * 31 + min2 + band) & ~1L);
                    }
                }
            } else {
                for (String country : claim.countries()) {
                    if (completed != null) {
                        out.add(actKey(country, completed));
                    } else if (prospective != null) {
                        for (String act : prospective.equals(ActTense.ANY_CONCLUDING) ? ActTense.CONCLUDING : Set.of(prospective)) {
                            out.add(actKey(country, act));
                        }
                    }
                }
            }
            return out;
        }
    }

    static final int MIN_SHARED = 4;
    static final double MIN_OVERLAP = 0.6;
    /** Links kept per claim and kind: those to the related claims with the lowest ids. */
    public static final int MAX_LINKS = 20;
    /**
     * Claims of a key that are candidates: the first ones by id. Near-copies of a wire story share
     * their keys with hundreds of claims; the earliest reports are the ones worth linking, and the
     * work per claim stays bounded however large the corpus grows.
     */
    public static final int CANDIDATES_PER_KEY = 32;
    /** Min-hash bands per clause. */
    static final int BANDS = 6;

    private static final Set<String> STOP = Set.of("the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "for", "with", "by",
            "at", "from", "as", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "it", "its", "this", "that",
            "these", "those", "which", "who", "whom", "whose", "will", "would", "may", "might", "could", "can", "should", "shall",
            "must", "also", "more", "most", "than", "such", "into", "about", "over", "after", "before", "while", "since", "their",
            "they", "them", "he", "she", "his", "her", "we", "our", "us", "i", "not", "no", "so", "if", "then", "there", "here",
            "said", "says", "say", "according", "what", "why", "how", "when", "where", "all", "any", "some", "other", "new",
            "between", "both", "each", "very", "only", "just", "even", "yet", "still", "now", "however", "does", "did", "do");
    private static final Map<String, String> SYNONYMS = Map.of("tie", "relation", "ties", "relation", "normalisation", "normalization",
            "accords", "accord");
    private static final Pattern CLAUSE = Pattern.compile("[,;:—–()]|\\s-\\s|\\band\\b|\\bbut\\b");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*");

    private Corroboration() {
    }

    public static Prepared prepare(ClaimText claim) {
        return new Prepared(claim);
    }

    /** Whether two claims of different articles are related by this kind of link. */
    public static boolean related(Kind kind, Prepared a, Prepared b) {
        if (a.claim.articleId() == b.claim.articleId()) {
            return false;
        }
        if (kind == Kind.CONTRADICTS) {
            return contradicts(a, b) || contradicts(b, a);
        }
        boolean sharedCountry = a.claim.countries().stream().anyMatch(b.claim.countries()::contains);
        for (Clause x : a.clauses) {
            for (Clause y : b.clauses) {
                int shared = shared(x.words(), y.words());
                if (shared >= MIN_SHARED && (double) shared / Math.min(x.words().length, y.words().length) >= MIN_OVERLAP
                        && (sharedCountry || shared(x.numbers(), y.numbers()) > 0)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** a states as done what b states as still to come, for a country both are about. */
    private static boolean contradicts(Prepared a, Prepared b) {
        return a.completed != null && b.prospective != null && (b.prospective.equals(ActTense.ANY_CONCLUDING) && ActTense.CONCLUDING.contains(a.completed)
                || b.prospective.equals(a.completed))
                && a.claim.countries().stream().anyMatch(b.claim.countries()::contains);
    }

    /**
     * All links of a corpus: for each claim and kind, the {@link #MAX_LINKS} related claims with the
     * lowest ids among its candidates (the first {@link #CANDIDATES_PER_KEY} claims of each of its keys).
     */
    public static List<Link> link(List<ClaimText> claims) {
        List<Link> out = new ArrayList<>();
        link(claims, out::add);
        return out;
    }

    /** {@link #link(List)}, handing each link to a consumer (claims in id order, a claim's links of a kind together, ascending). */
    public static void link(List<ClaimText> claims, Consumer<Link> out) {
        linkPrepared(prepareAll(claims), out);
    }

    /** Every claim prepared, in id order; on all cores (preparing is stateless). */
    public static List<Prepared> prepareAll(List<ClaimText> claims) {
        return claims.parallelStream().sorted(Comparator.comparingLong(ClaimText::id)).map(Prepared::new).toList();
    }

    /** {@link #link(List, Consumer)} over claims already prepared, in id order; claims are linked on all cores. */
    public static void linkPrepared(List<Prepared> prepared, Consumer<Link> out) {
        for (Kind kind : Kind.values()) {
            Map<Long, int[]> firsts = new HashMap<>(); // each key's first claims: [count, index...]
            for (int i = 0; i < prepared.size(); i++) {
                for (long key : prepared.get(i).keys(kind)) {
                    int[] first = firsts.computeIfAbsent(key, x -> new int[CANDIDATES_PER_KEY + 1]);
                    if (first[0] < CANDIDATES_PER_KEY) {
                        first[++first[0]] = i;
                    }
                }
            }
            // a slice of claims at a time, so that the links found wait in memory for one slice only
            for (int from = 0; from < prepared.size(); from += LINK_SLICE) {
                int[][] linked = IntStream.range(from, Math.min(prepared.size(), from + LINK_SLICE)).parallel()
                        .mapToObj(i -> linkedOf(i, kind, prepared, firsts)).toArray(int[][]::new);
                for (int i = 0; i < linked.length; i++) {
                    for (int index : linked[i]) {
                        out.accept(new Link(prepared.get(from + i).claim.id(), prepared.get(index).claim.id(), kind));
                    }
                }
            }
        }
    }

    /** Claims linked together before their links are handed over. */
    private static final int LINK_SLICE = 8192;

    /** The indexes of the claims claim {@code i} links to: the first related ones among its candidates. */
    private static int[] linkedOf(int i, Kind kind, List<Prepared> prepared, Map<Long, int[]> firsts) {
        TreeSet<Integer> candidates = new TreeSet<>();
        for (long key : prepared.get(i).keys(kind)) {
            int[] first = firsts.get(key);
            for (int j = 1; j <= first[0]; j++) {
                if (first[j] != i) {
                    candidates.add(first[j]);
                }
            }
        }
        int[] found = new int[Math.min(MAX_LINKS, candidates.size())];
        int n = 0;
        for (int index : candidates) {
            if (n == found.length) {
                break;
            }
            if (related(kind, prepared.get(i), prepared.get(index))) {
                found[n++] = index;
            }
        }
        return Arrays.copyOf(found, n);
    }

    private static long actKey(String country, String act) {
        return mix(fnv(country + ":" + act)) | 1L;
    }

    private static long fnv(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** A clause's content words, and those of them that are numbers, as sorted distinct hashes. */
    record Clause(long[] words, long[] numbers) {
        static Clause of(Set<String> words) {
            return new Clause(words.stream().mapToLong(Corroboration::fnv).sorted().distinct().toArray(),
                    words.stream().filter(w -> Character.isDigit(w.charAt(0))).mapToLong(Corroboration::fnv).sorted().distinct().toArray());
        }
    }

    /** How many values two sorted arrays share. */
    private static int shared(long[] x, long[] y) {
        int n = 0;
        for (int i = 0, j = 0; i < x.length && j < y.length;) {
            if (x[i] == y[j]) {
                n++;
                i++;
                j++;
            } else if (x[i] < y[j]) {
                i++;
            } else {
                j++;
            }
        }
        return n;
    }

    /** Content words of a text, folded for case, inflection and a few synonyms. */
    static Set<String> contentWords(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = trimEnd(m.group().toLowerCase(Locale.ROOT).replace("’s", "").replace("'s", ""));
            if (w.isEmpty() || STOP.contains(w)) {
                continue;
            }
            w = SYNONYMS.getOrDefault(w, w);
            w = stem(w);
            out.add(SYNONYMS.getOrDefault(w, w));
        }
        return out;
    }

    /** A word without the dots, apostrophes and hyphens it ends with (a regex replacement per word costs a compilation). */
    private static String trimEnd(String w) {
        int end = w.length();
        while (end > 0 && ".'’-".indexOf(w.charAt(end - 1)) >= 0) {
            end--;
        }
        return w.substring(0, end);
    }

    private static String stem(String w) {
        if (w.length() > 5 && w.endsWith("ing")) {
            return w.substring(0, w.length() - 3);
        }
        if (w.length() > 4 && w.endsWith("ed")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.length() > 4 && w.endsWith("s") && !w.endsWith("ss")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
