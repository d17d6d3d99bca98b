package io.stancegraph.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Classifies the position a sentence expresses for each country in it. Cues of support,
 * opposition and concern are found in the sentence; each cue is given to its holder: the country
 * a sentence is framed for ("For Israel, the move is a success"), the agent of a passive ("seen by
 * U.S. officials as"), the speaker when the reporting verb is itself the cue ("Tokayev praised"),
 * or the nearest country before the cue that is not the object of a preposition. Consequence cues
 * ("could strain ties with Moscow", "a threat to Iran") make the affected country CONCERNED.
 * "U.S.-brokered" makes the United States SUPPORTIVE. Negation ("did not join", "refused to")
 * and "outweigh" turn cues off or around.
 */
public final class StanceClassifier {

    private enum Kind { ATTITUDE, CONSEQUENCE }

    private record Cue(Pattern pattern, Position position, Kind kind) {
    }

    private static Cue cue(String regex, Position p, Kind k) {
        return new Cue(Pattern.compile("(?i)\\b(?:" + regex + ")\\b"), p, k);
    }

    private static final List<Cue> CUES = List.of(
            cue("join(?:s|ed|ing)?|sign(?:s|ed|ing)?\\s+(?:on\\s+|up\\s+)?(?:to\\s+)?(?:the\\s+|an?\\s+)?(?:accords?|agreement|deal|pact|treaty|declaration)"
                    + "|enter(?:s|ed|ing)?\\s+(?:the|into)|entry into|entry|accession|accede[sd]?|acceding|agree(?:s|d)? to|welcom(?:e|es|ed|ing)"
                    + "|prais(?:e|es|ed|ing)|hail(?:s|ed|ing)?|applaud(?:s|ed|ing)?|endors(?:e|es|ed|ing|ement)|support(?:s|ed|ing|ive)?"
                    + "|back(?:s|ed|ing)\\s+(?:the|this|its|their)|champion(?:s|ed|ing)?|celebrat(?:e|es|ed|ing)|embrac(?:e|es|ed|ing)"
                    + "|hop(?:e|es|ed|ing)\\s+(?:to|that|for)|(?:eager|keen|ready|willing|committed) to"
                    + "|defend(?:s|ed|ing)?\\s+(?:the|this|its|their)\\s+(?:move|decision|deal|agreement|accession)"
                    + "|emphasi[sz](?:e|es|ed|ing)\\s+(?:the\\s+|its\\s+|their\\s+)?(?:move|decision|deal|agreement|accession|benefits?|importance|value|rationale|significance)"
                    + "|success|successful|breakthrough|milestone|historic|progress|progression|opportunit(?:y|ies)|benefits?|beneficial"
                    + "|boost(?:s|ed|ing)?|momentum|impetus|new life|reinvigorat\\w*|strengthen\\w*|deepen\\w*|goodwill|win-win|landmark"
                    + "|positive step|step forward|priority|touted|lauded|commend(?:s|ed|ing)?", Position.SUPPORTIVE, Kind.ATTITUDE),
            cue("condemn\\w*|denounc\\w*|criticiz\\w*|criticis\\w*|reject\\w*|oppos(?:e|es|ed|ing|ition)|slam(?:s|med)?|blast(?:s|ed)"
                    + "|protest\\w*|boycott\\w*|betray\\w*|(?:sever|cut|break|downgrade|suspend)(?:s|ed|ing)?\\s+(?:diplomatic\\s+)?(?:ties|relations)"
                    + "|recall(?:s|ed)?\\s+(?:its|their)\\s+ambassador|stab in the back|hostile|deplor\\w*|counterproductive|denied|refus\\w+ to join",
                    Position.OPPOSED, Kind.ATTITUDE),
            cue("wary|concern(?:s|ed)?|worr(?:y|ies|ied)|alarm(?:s|ed)?|uneas(?:e|y)|caution(?:s|ed)?|warn(?:s|ed|ing)?"
                    + "|perceiv(?:e|es|ed|ing)\\s+(?:this|it|that|the\\s+\\w+)\\s+as|(?:as|a)\\s+(?:\\w+\\s+){0,2}threat|skeptic\\w*|sceptic\\w*"
                    + "|suspicio\\w*|insist(?:s|ed)?\\s+(?:on|that)|preconditions?|nervous|apprehensi\\w*|frown\\w*|reservations",
                    Position.CONCERNED, Kind.ATTITUDE),
            cue("strain(?:s|ed|ing)?\\s+(?:ties|relations)\\s+with|(?:threat|challenge)\\s+to|encroach\\w*\\s+on|at the expense of"
                    + "|alienat\\w*|undermin\\w*|anger(?:s|ed|ing)?|provok\\w*|antagoniz\\w*|antagonis\\w*|irritat\\w*",
                    Position.CONCERNED, Kind.CONSEQUENCE));

    private static final Pattern NEGATION = Pattern.compile(
            "(?i)\\b(?:not|never|no|cannot|won't|wouldn't|didn't|doesn't|don't|hasn't|haven't|isn't|aren't|without|outweighs?|outweighed|rather than|instead of|nor)\\s+(?:\\S+\\s+){0,2}$");
    private static final Pattern REFUSAL = Pattern.compile("(?i)\\b(?:refus\\w+|declin\\w+|won't|will not|would not)\\s+(?:to\\s+)?(?:\\S+\\s+){0,1}$");
    private static final Pattern BACKER = Pattern.compile("^-(?:brokered|backed|sponsored|led|mediated|supported|promoted|initiated)\\b");
    private static final Pattern FRAME = Pattern.compile("^(?:[\\p{Lu}][\\p{L}]+,\\s*)?[Ff]or\\s+(?:the\\s+)?$");
    private static final Pattern AFFECTED_GAP = Pattern.compile("^(?:\\s*(?:the|its|their|with|to|on|of|ties|relations|neighbou?ring|and|,))*\\s*$");
    private static final Set<String> PREPOSITIONS = Set.of("with", "to", "from", "between", "of", "by", "on", "into", "toward",
            "towards", "against", "among", "under", "over", "for", "than", "like", "in", "at", "about", "beyond", "across",
            "including", "as", "within", "amid", "amidst", "via", "around", "through", "per", "despite", "unlike", "near", "during");

    private static final Set<String> OF_APPOSITION = Set.of("nation", "country", "state", "republic", "kingdom", "emirate",
            "government", "leadership", "president", "leaders", "people", "sultanate", "federation");

    /** Positions of the sentence [s.start, s.end) of {@code body} for each country it involves. */
    public ClaimStance classify(String body, Sentence s, List<CountryMention> mentions, Attribution attribution) {
        Map<String, EnumMap<Position, Double>> votes = new LinkedHashMap<>();
        List<String> order = new ArrayList<>();
        for (CountryMention m : mentions) {
            if (!order.contains(m.code())) {
                order.add(m.code());
            }
        }
        if (attribution.speakerCountry() != null && !order.contains(attribution.speakerCountry())) {
            order.add(attribution.speakerCountry());
        }
        String text = s.text();
        List<int[]> asides = asides(text);
        String frame = frameCountry(text, mentions, s.start());

        for (CountryMention m : mentions) {
            if (BACKER.matcher(body.substring(m.end(), Math.min(body.length(), m.end() + 20))).find()) {
                vote(votes, m.code(), Position.SUPPORTIVE);
            }
        }
        for (Cue cue : CUES) {
            Matcher c = cue.pattern().matcher(text);
            while (c.find()) {
                Position p = cue.position();
                String before = text.substring(Math.max(0, c.start() - 40), c.start());
                if (NEGATION.matcher(before).find()) {
                    if (p == Position.SUPPORTIVE && REFUSAL.matcher(before).find()) {
                        p = Position.OPPOSED;
                    } else {
                        continue;
                    }
                } else if (p == Position.SUPPORTIVE && REFUSAL.matcher(before).find()) {
                    p = Position.OPPOSED;
                }
                int cueStart = s.start() + c.start();
                int cueEnd = s.start() + c.end();
                if (cue.kind() == Kind.CONSEQUENCE) {
                    for (CountryMention m : mentions) {
                        if (m.start() >= cueEnd && m.start() - cueEnd <= 40
                                && AFFECTED_GAP.matcher(body.substring(cueEnd, m.start())).matches()) {
                            vote(votes, m.code(), Position.CONCERNED);
                        }
                    }
                    continue;
                }
                String holder = holder(body, s, mentions, attribution, asides, frame, cueStart, cueEnd);
                if (holder != null) {
                    vote(votes, holder, p);
                }
            }
        }

        Map<String, Position> byCountry = new LinkedHashMap<>();
        for (String code : order) {
            byCountry.put(code, decide(votes.get(code)));
        }
        for (String code : votes.keySet()) {
            byCountry.putIfAbsent(code, decide(votes.get(code)));
        }
        Position main = Position.NEUTRAL;
        for (String code : votes.keySet()) { // first country that took a side, in order of the votes
            Position p = byCountry.get(code);
            if (p.isDirectional()) {
                main = p;
                break;
            }
        }
        if (frame != null && byCountry.getOrDefault(frame, Position.NEUTRAL).isDirectional()) {
            main = byCountry.get(frame);
        }
        return new ClaimStance(main, byCountry);
    }

    private String holder(String body, Sentence s, List<CountryMention> mentions, Attribution a, List<int[]> asides,
            String frame, int cueStart, int cueEnd) {
        if (frame != null) {
            return frame;
        }
        if (a.speakerCountry() != null && a.verbStart() >= 0) {
            boolean verbIsCue = a.verbStart() < cueEnd && cueStart < a.verbEnd();
            boolean passive = body.substring(a.verbStart(), a.verbEnd()).endsWith(" by"); // "seen by X as"

            boolean cueInSpeech = cueStart >= a.verbEnd() && !hasSubjectBetween(body, s, mentions, asides, a.verbEnd(), cueStart);
            if (verbIsCue || passive && cueStart >= a.verbEnd() || cueInSpeech) {
                return a.speakerCountry();
            }
        }
        CountryMention best = null;
        for (CountryMention m : mentions) {
            if (m.end() <= cueStart && clauseOf(body, s, m.start()) == clauseOf(body, s, cueStart)
                    && !inAside(asides, m.start() - s.start()) && subjectLike(body, s, mentions, m)) {
                best = m;
            }
        }
        return best == null ? null : best.code();
    }

    private boolean hasSubjectBetween(String body, Sentence s, List<CountryMention> mentions, List<int[]> asides, int from, int to) {
        for (CountryMention m : mentions) {
            if (m.start() >= from && m.end() <= to && !inAside(asides, m.start() - s.start()) && subjectLike(body, s, mentions, m)) {
                return true;
            }
        }
        return false;
    }

    /** A mention not governed by a preposition within the three words before it (lists inherit from their head). */
    static boolean subjectLike(String body, Sentence s, List<CountryMention> mentions, CountryMention m) {
        List<Tokens.Token> before = Tokens.of(body, Math.max(s.start(), m.start() - 60), m.start());
        for (int k = before.size() - 1, seen = 0; k >= 0 && seen < 3; k--, seen++) {
            Tokens.Token t = before.get(k);
            String gap = body.substring(t.end(), k == before.size() - 1 ? m.start() : before.get(k + 1).start());
            if (gap.contains(",") || gap.contains(";") || gap.contains(":") || gap.contains("—") || gap.contains("(")) {
                if (gap.contains(",") && k == before.size() - 1) {
                    return listHeadIsSubject(body, s, mentions, m);
                }
                return true;
            }
            String w = t.lower();
            if (w.equals("and") || w.equals("or")) {
                return listHeadIsSubject(body, s, mentions, m);
            }
            if (PREPOSITIONS.contains(w)) {
                // "the nation of Kazakhstan", "the government of Israel" name the country, not an object
                return w.equals("of") && k > 0 && OF_APPOSITION.contains(before.get(k - 1).lower());
            }
        }
        return true;
    }

    private static boolean listHeadIsSubject(String body, Sentence s, List<CountryMention> mentions, CountryMention m) {
        CountryMention previous = null;
        for (CountryMention other : mentions) {
            if (other.end() <= m.start() && m.start() - other.end() <= 12) {
                previous = other;
            }
        }
        return previous == null || subjectLike(body, s, mentions, previous);
    }

    /** "For Israel, ..." / "Nonetheless, for Kazakhstan, ...": the country the sentence is framed for. */
    private static String frameCountry(String text, List<CountryMention> mentions, int sentenceStart) {
        for (CountryMention m : mentions) {
            int rel = m.start() - sentenceStart;
            if (rel < 0 || rel > 40) {
                continue;
            }
            if (FRAME.matcher(text.substring(0, rel)).find()) {
                int after = m.end() - sentenceStart;
                String rest = text.substring(after, Math.min(text.length(), after + 3));
                if (rest.startsWith(",") || rest.startsWith("’s,") || rest.startsWith("'s,")) {
                    return m.code();
                }
            }
        }
        return null;
    }

    /** Index of the clause (split at ';' and 'but') holding the body offset. */
    private static int clauseOf(String body, Sentence s, int offset) {
        String head = body.substring(s.start(), Math.max(s.start(), Math.min(offset, s.end())));
        int clause = 0;
        Matcher m = Pattern.compile(";|\\bbut\\b|\\bwhereas\\b").matcher(head);
        while (m.find()) {
            clause++;
        }
        return clause;
    }

    /** Ranges of parenthetical asides in the sentence: (…) and —…— pairs. */
    private static List<int[]> asides(String text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = Pattern.compile("\\([^)]*\\)|—[^—]*—|–[^–]*–| - [^-]* - ").matcher(text);
        while (m.find()) {
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }

    private static boolean inAside(List<int[]> asides, int rel) {
        for (int[] r : asides) {
            if (rel > r[0] && rel < r[1]) {
                return true;
            }
        }
        return false;
    }

    private static void vote(Map<String, EnumMap<Position, Double>> votes, String code, Position p) {
        votes.computeIfAbsent(code, k -> new EnumMap<>(Position.class)).merge(p, 1.0, Double::sum);
    }

    private static Position decide(EnumMap<Position, Double> v) {
        if (v == null || v.isEmpty()) {
            return Position.NEUTRAL;
        }
        Position best = null;
        for (Map.Entry<Position, Double> e : v.entrySet()) {
            if (best == null || e.getValue() > v.get(best)) {
                best = e.getKey();
            }
        }
        return best;
    }
}
