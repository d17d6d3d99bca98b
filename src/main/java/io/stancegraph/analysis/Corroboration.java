package io.stancegraph.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links claims of different articles that state the same fact (corroboration) or the same event
 * with a different status (contradiction: "is poised to join" against "has officially joined").
 *
 * <p>Facts are compared clause by clause on their content words, folded for inflection and a few
 * synonyms ("ties" and "relations"): two clauses corroborate when they share at least four
 *  content words that make up most of the shorter clause, and a country or number. Candidates come
 * from an inverted index over words that are not common in the corpus, so the cost per claim is
 * bounded and linking grows with the corpus, not with its square.
 */
public final class Corroboration {

    /** A claim to compare: its id, its article, its text and the countries it is about. */
    public record ClaimText(long id, long articleId, String quote, Set<String> countries) {
    }

    public enum Kind { CORROBORATES, CONTRADICTS }

    /** One direction of a link; every link is returned in both directions. */
    public record Link(long claimId, long otherId, Kind kind) {
    }

    static final int MIN_SHARED = 4;
    static final double MIN_OVERLAP = 0.6;
    /** Links kept per claim and kind, strongest first. */
    static final int MAX_LINKS = 20;
    /** A word in more clauses than this is too common to propose candidate pairs. */
    static final int COMMON_WORD_CLAUSES = 60;

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
    private static final Pattern COMPLETED = Pattern.compile("(?i)\\b(?:has|have|had)\\s+(?:\\w+\\s+){0,2}(join|sign|enter|acced)\\w*"
            + "|\\b(?:officially|formally)\\s+(join|sign|enter|acced)ed\\b");
    private static final Pattern PROSPECTIVE = Pattern.compile("(?i)\\b(?:poised|set|preparing|expected|plans?|planning|likely|about|going|due)"
            + "\\s+to\\s+(?:\\w+\\s+)?(join|sign|enter|acced)\\w*|\\b(?:may|might|could|will|would)\\s+(?:\\w+\\s+)?(join|sign|enter|acced)\\w*"
            + "|\\bnot yet (?:finali[sz]ed|final|signed|official)\\b()");

    private Corroboration() {
    }

    /** All corroboration and contradiction links between claims of different articles. */
    public static List<Link> link(List<ClaimText> claims) {
        List<Link> out = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (Link l : corroborations(claims)) {
            if (seen.add(pairKey(l.claimId(), l.otherId(), Kind.CORROBORATES))) {
                out.add(l);
                out.add(new Link(l.otherId(), l.claimId(), l.kind()));
            }
        }
        for (Link l : contradictions(claims)) {
            if (seen.add(pairKey(l.claimId(), l.otherId(), Kind.CONTRADICTS))) {
                out.add(l);
                out.add(new Link(l.otherId(), l.claimId(), l.kind()));
            }
        }
        return cap(out);
    }

    private static List<Link> corroborations(List<ClaimText> claims) {
        record Clause(int claim, Set<String> words) {
        }
        List<Clause> clauses = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            for (String part : CLAUSE.split(claims.get(i).quote())) {
                Set<String> words = contentWords(part);
                if (words.size() >= MIN_SHARED) {
                    clauses.add(new Clause(i, words));
                }
            }
        }
        Map<String, List<Integer>> index = new HashMap<>();
        for (int k = 0; k < clauses.size(); k++) {
            for (String w : clauses.get(k).words()) {
                index.computeIfAbsent(w, x -> new ArrayList<>()).add(k);
            }
        }
        // Words found in many clauses do not propose candidates (they still count in the overlap): the
        // work per clause stays bounded, so linking grows with the corpus, not with its square.
        int common = COMMON_WORD_CLAUSES;
        List<Link> out = new ArrayList<>();
        for (int k = 0; k < clauses.size(); k++) {
            Clause a = clauses.get(k);
            Map<Integer, Integer> rare = new HashMap<>();
            for (String w : a.words()) {
                List<Integer> posting = index.get(w);
                if (posting.size() <= common) {
                    for (int other : posting) {
                        if (other > k) {
                            rare.merge(other, 1, Integer::sum);
                        }
                    }
                }
            }
            for (Map.Entry<Integer, Integer> e : rare.entrySet()) {
                Clause b = clauses.get(e.getKey());
                ClaimText ca = claims.get(a.claim());
                ClaimText cb = claims.get(b.claim());
                if (ca.articleId() == cb.articleId() || e.getValue() < 2) {
                    continue;
                }
                Set<String> shared = new HashSet<>(a.words());
                shared.retainAll(b.words());
                double overlap = (double) shared.size() / Math.min(a.words().size(), b.words().size());
                boolean anchored = shared.stream().anyMatch(w -> Character.isDigit(w.charAt(0)))
                        || ca.countries().stream().anyMatch(cb.countries()::contains);
                if (shared.size() >= MIN_SHARED && overlap >= MIN_OVERLAP && anchored) {
                    out.add(new Link(ca.id(), cb.id(), Kind.CORROBORATES));
                }
            }
        }
        return out;
    }

    /** Same country and same act (join, sign, enter), stated as done in one article and as still to come in another. */
    private static List<Link> contradictions(List<ClaimText> claims) {
        Map<String, List<ClaimText>> done = new HashMap<>();
        Map<String, List<ClaimText>> pending = new HashMap<>();
        for (ClaimText c : claims) {
            String completed = act(COMPLETED, c.quote());
            String prospective = act(PROSPECTIVE, c.quote());
            for (String country : c.countries()) {
                if (completed != null && prospective == null) {
                    done.computeIfAbsent(country + ":" + completed, k -> new ArrayList<>()).add(c);
                } else if (prospective != null && completed == null) {
                    pending.computeIfAbsent(country + ":" + prospective, k -> new ArrayList<>()).add(c);
                }
            }
        }
        List<Link> out = new ArrayList<>();
        done.forEach((key, completedClaims) -> {
            String anyAct = key.substring(0, key.indexOf(':') + 1) + "*";
            List<ClaimText> open = new ArrayList<>(pending.getOrDefault(key, List.of()));
            open.addAll(pending.getOrDefault(anyAct, List.of()));
            for (ClaimText a : completedClaims) {
                int linked = 0;
                for (int k = 0; k < open.size() && linked < MAX_LINKS; k++) {
                    ClaimText b = open.get(k);
                    if (a.articleId() != b.articleId()) {
                        out.add(new Link(a.id(), b.id(), Kind.CONTRADICTS));
                        linked++;
                    }
                }
            }
        });
        return out;
    }

    /** The act named by the pattern ("join", "sign", ...), "*" for "not yet finalized", or null. */
    private static String act(Pattern p, String text) {
        Matcher m = p.matcher(text);
        if (!m.find()) {
            return null;
        }
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return m.group(g).isEmpty() ? "*" : m.group(g).toLowerCase(Locale.ROOT);
            }
        }
        return "*";
    }

    /** Content words of a text, folded for case, inflection and a few synonyms. */
    static Set<String> contentWords(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT).replace("’s", "").replace("'s", "").replaceAll("[.'’-]+$", "");
            if (w.isEmpty() || STOP.contains(w)) {
                continue;
            }
            w = SYNONYMS.getOrDefault(w, w);
            w = stem(w);
            out.add(SYNONYMS.getOrDefault(w, w));
        }
        return out;
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

    private static long pairKey(long a, long b, Kind kind) {
        long lo = Math.min(a, b);
        long hi = Math.max(a, b);
        return (lo * 1_000_003L + hi) * 2 + kind.ordinal();
    }

    /** At most {@link #MAX_LINKS} links per claim and kind. */
    private static List<Link> cap(List<Link> links) {
        Map<String, Integer> count = new HashMap<>();
        List<Link> out = new ArrayList<>();
        for (Link l : links) {
            if (count.merge(l.claimId() + ":" + l.kind(), 1, Integer::sum) <= MAX_LINKS) {
                out.add(l);
            }
        }
        return out;
    }
}
