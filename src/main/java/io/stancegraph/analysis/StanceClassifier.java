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

    /** EVENT cues name the act itself (join, sign, accession) and belong to the country right before them. */
    private enum Kind { EVENT, ATTITUDE, FRAMING, CONSEQUENCE }

    private record Cue(Pattern pattern, Position position, Kind kind) {
    }

    private static Cue cue(String regex, Position p, Kind k) {
        return new Cue(Pattern.compile("(?i)\\b(?:" + regex + ")\\b"), p, k);
    }

    /** Words of approval: the holder supports the move. */
    private static final Cue SUPPORT = cue("welcom(?:e|es|ed|ing)|prais(?:e|es|ed|ing)|hail(?:s|ed|ing)?|applaud(?:s|ed|ing)?|endors(?:e|es|ed|ing|ement)|support(?:s|ed|ing|ive)?"
                    + "|back(?:s|ed|ing)\\s+(?:the|this|its|their)|champion(?:s|ed|ing)?|celebrat(?:e|es|ed|ing)"
                    + "|hop(?:e|es|ed|ing)\\s+(?:to|that|(?:\\w+\\s+){1,3}would)|(?:eager|keen|ready|willing|committed) to|look(?:s|ed|ing)? forward to"
                    + "|defend(?:s|ed|ing)?\\s+(?:the|this|its|their)\\s+(?:move|decision|deal|agreement|accession)"
                    + "|emphasi[sz](?:e|es|ed|ing)\\s+(?:the\\s+|its\\s+|their\\s+)?(?:move|decision|deal|agreement|accession|benefits?|importance|value|rationale|significance)"
                    + "|success|successful|breakthrough|milestone|historic|progress|progression|opportunit(?:y|ies)|benefits?|beneficial"
                    + "|boost(?:s|ed|ing)?|momentum|impetus|new life|reinvigorat\\w*|strengthen\\w*|deepen\\w*|goodwill|win-win|landmark"
                    + "|positive step|step forward|priority|touted|lauded|commend(?:s|ed|ing)?|diplomatic win", Position.SUPPORTIVE, Kind.ATTITUDE);

    private static final List<Cue> CUES = List.of(
            cue("join(?:s|ed|ing)?|sign(?:s|ed|ing)?\\s+(?:on\\s+|up\\s+)?(?:to\\s+)?(?:the\\s+|an?\\s+)?(?:[\\w-]+\\s+){0,3}(?:accords?|agreement|deal|pact|treaty|declaration)"
                    + "|enter(?:s|ed|ing)?\\s+(?:the|into)|entry into|entry|accession|accede[sd]?|acceding|agree(?:s|d)? to"
                    + "|embrac(?:e|es|ed|ing)", Position.SUPPORTIVE, Kind.EVENT),
            SUPPORT,
            cue("condemn\\w*|denounc\\w*|criticiz\\w*|criticis\\w*|reject\\w*|oppos(?:e|es|ed|ing|ition)|slam(?:s|med)?|blast(?:s|ed)"
                    + "|protest\\w*|boycott\\w*|betray\\w*|(?:sever|cut|break|downgrade|suspend)(?:s|ed|ing)?\\s+(?:diplomatic\\s+)?(?:ties|relations)"
                    + "|recall(?:s|ed)?\\s+(?:its|their)\\s+ambassador|stab in the back|hostile|deplor\\w*|counterproductive|refus\\w+ to join|rul(?:e|es|ed|ing) out",
                    Position.OPPOSED, Kind.ATTITUDE),
            cue("wary|concern(?:s|ed)?|worr(?:y|ies|ied)|alarm(?:s|ed)?|uneas(?:e|y)|caution(?:s|ed)?|cautious|warn(?:s|ed|ing)?"
                    + "|(?:as|a)\\s+(?:\\w+\\s+){0,2}threat|skeptic\\w*|sceptic\\w*"
                    + "|suspicio\\w*|insist\\w* on|preconditions?|(?:must|should|has to|have to) (?:come|happen) first|not come before"
                    + "|until (?:\\w+\\s+){1,6}(?:is|are) (?:met|established|resolved)|nervous|apprehensi\\w*|frown\\w*|reservations",
                    Position.CONCERNED, Kind.ATTITUDE),
            cue("perceiv(?:e|es|ed|ing)|sees?|saw|views?|viewed|regards?|regarded", Position.CONCERNED, Kind.FRAMING),
            cue("strain(?:s|ed|ing)?\\s+(?:ties|relations)\\s+with|(?:threat|challenge)\\s+to|encroach\\w*\\s+on|at the expense of"
                    + "|alienat\\w*|undermin\\w*|anger(?:s|ed|ing)?|provok\\w*|antagoniz\\w*|antagonis\\w*|irritat\\w*",
                    Position.CONCERNED, Kind.CONSEQUENCE));

    /** "perceive this as a pivot toward Western influence": seeing the move as something, and nothing favourable. */
    private static final Pattern FRAMED_AS = Pattern.compile("(?i)^\\s+(?:this|it|that|the\\s+\\w+|the\\s+\\w+\\s+\\w+)\\s+as\\s+([^;.]*)");

    private static boolean framedAsRisk(String rest) {
        Matcher m = FRAMED_AS.matcher(rest);
        return m.find() && !SPEECH_POSITIVE.matcher(m.group(1)).find()
                && SUPPORT.pattern().matcher(m.group(1)).results().findAny().isEmpty();
    }

    /** Words that make an attributed statement about the event favourable or hostile, for the speaker's country. */
    private static final Pattern EVENT_WORDS = Pattern.compile("(?i)\\b(?:move|decision|step|accession|agreement|accords?|deal|joining|entry|"
            + "membership|normali[sz]ation|expansion|addition|signing|pact)\\b");
    private static final Pattern QUOTATION = Pattern.compile("“([^”]{3,})”|\"([^\"]{3,})\"");
    private static final Pattern SAID_NOTHING = Pattern.compile("(?i)\\b(?:said|says|had) nothing\\b|\\bno (?:public )?comment\\b|\\bdeclined to comment\\b|\\bdid not (?:respond|comment)\\b");
    private static final Pattern SPEECH_POSITIVE = Pattern.compile("(?i)\\b(?:great|historic|welcome\\w*|friend\\w*|natural(?:ly)?|"
            + "partnership|opportunit\\w*|success\\w*|proud|pride|important|courageous|values?|valuable|progress|benefit\\w*|cooperation|"
            + "prosperity|tolerance|coexistence|dialogue|wise|positive|good|win|victory|stability|stable|hope\\w*)\\b");
    private static final Pattern SPEECH_HOSTILE = Pattern.compile("(?i)\\b(?:betray\\w*|aggression|occupation|crimes?|criminal|shame\\w*|"
            + "disgrace\\w*|treason|illegitimate|unacceptable|complicit\\w*|embolden\\w*|genocide|apartheid|surrender\\w*|treacher\\w*)\\b");
    private static final Pattern SPEECH_WARY = Pattern.compile("(?i)\\b(?:worr\\w*|concern\\w*|risks?|risky|dangerous|danger|threat\\w*|"
            + "destabili[sz]\\w*|carefully|caution\\w*|closely|uncertain\\w*)\\b");

    private static final Pattern NEGATION = Pattern.compile(
            "(?i)\\b(?:not|never|no|cannot|won't|wouldn't|didn't|doesn't|don't|hasn't|haven't|isn't|aren't|without|outweighs?|outweighed|rather than|instead of|nor|yet to)\\s+(?:\\S+\\s+){0,2}$");
    private static final Pattern REFUSAL = Pattern.compile("(?i)\\b(?:refus\\w+|declin\\w+|won't|will not|would not)\\s+(?:to\\s+)?(?:\\S+\\s+){0,1}$");
    private static final Pattern BACKER = Pattern.compile("^-(?:brokered|backed|sponsored|led|mediated|supported|promoted|initiated)\\b");
    private static final Pattern FRAME = Pattern.compile("^(?:[\\p{Lu}][\\p{L}]+,\\s*)?[Ff]or\\s+(?:the\\s+)?$");
    /** Words that may stand between a country and its own act. */
    private static final Set<String> VERBAL_CHAIN = Set.of("is", "are", "was", "were", "has", "have", "had", "will", "would", "may",
            "might", "could", "can", "shall", "should", "must", "to", "be", "been", "being", "poised", "set", "preparing", "prepared",
            "expected", "formally", "officially", "soon", "already", "also", "finally", "now", "decided", "agreed", "plans", "planned",
            "planning", "ready", "about", "going", "likely", "recently", "just", "eventually", "still", "intends", "wants", "aims",
            "seeks", "hopes", "decision", "move", "bid", "plan", "intention", "readiness", "choice", "formal", "official",
            "potential", "possible", "historic", "swift", "reported", "anticipated", "upcoming", "eventual");
    private static final Pattern AGENT_AFTER = Pattern.compile("\\s+(?:\\w+\\s+)?(?:officials?|government|president|prime|foreign|"
            + "leaders?|leadership|diplomats?|ministry|ministers?|authorities|authority|army|military|negotiators|lawmakers|parliament|"
            + "side|delegation|envoys?|ambassadors?|spokes(?:man|woman|person)|state media|embassy|administration|king|emir|premier|"
            + "officials|people|public)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern POSSESSED_EVENT = Pattern.compile("['’]s\\s+(?:\\w+\\s+)?(?:decision|move|step|accession|entry|joining|"
            + "membership|inclusion|participation|overture|pivot|deal|agreement|signing|bid)\\b");
    private static final Pattern APPOSITIVE = Pattern.compile("(?<=\\p{L}),\\s+(?:which|who|whose|where|the|a|an|its|their|one of)\\b[^,;]{0,100},");
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
                if (cue.kind() == Kind.FRAMING && !framedAsRisk(text.substring(c.end()))) {
                    continue;
                }
                if (cue.kind() == Kind.CONSEQUENCE) {
                    for (CountryMention m : mentions) {
                        if (m.start() >= cueEnd && m.start() - cueEnd <= 40
                                && AFFECTED_GAP.matcher(body.substring(cueEnd, m.start())).matches()) {
                            vote(votes, m.code(), Position.CONCERNED);
                        }
                    }
                    continue;
                }
                for (String holder : holders(body, s, mentions, attribution, asides, frame, cueStart, cueEnd, cue.kind())) {
                    vote(votes, holder, p);
                }
            }
        }
        String speaker = attribution.speakerCountry();
        if (speaker != null && attribution.verbEnd() >= 0 && !votes.containsKey(speaker)) {
            Position said = speechPosition(s);
            if (said != null) {
                vote(votes, speaker, said);
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

    /**
     * The tone of what a speaker with a country says about the event: hostile words make it
     * OPPOSED, wary words CONCERNED, favourable words SUPPORTIVE; null when the statement does not
     * refer to the event or carries no tone.
     */
    static Position speechPosition(Sentence s) {
        if (!EVENT_WORDS.matcher(s.text()).find() || SAID_NOTHING.matcher(s.text()).find()) {
            return null;
        }
        String said = quoted(s.text());
        int hostile = count(SPEECH_HOSTILE, said);
        int wary = count(SPEECH_WARY, said);
        int positive = count(SPEECH_POSITIVE, said);
        if (hostile > 0 && hostile >= positive) {
            return Position.OPPOSED;
        }
        if (wary > positive) {
            return Position.CONCERNED;
        }
        return positive > 0 ? Position.SUPPORTIVE : null;
    }

    /** The quoted words of the sentence, or the whole sentence when it quotes nothing. */
    private static String quoted(String text) {
        StringBuilder out = new StringBuilder();
        for (Matcher m = QUOTATION.matcher(text); m.find(); ) {
            out.append(m.group(1) != null ? m.group(1) : m.group(2)).append(' ');
        }
        return out.length() == 0 ? text : out.toString();
    }

    private static int count(Pattern p, String text) {
        int n = 0;
        for (Matcher m = p.matcher(text); m.find(); ) {
            n++;
        }
        return n;
    }

    /** Who holds a cue: one country, or every country of a coordinated subject ("the UAE and Bahrain welcomed"). */
    private List<String> holders(String body, Sentence s, List<CountryMention> mentions, Attribution a, List<int[]> asides,
            String frame, int cueStart, int cueEnd, Kind kind) {
        String single = kind == Kind.EVENT ? null : holder(body, s, mentions, a, frame, cueStart, cueEnd);
        if (single != null) {
            return List.of(single);
        }
        int[] cueAside = asideOf(asides, cueStart - s.start());
        CountryMention best = null;
        for (CountryMention m : mentions) {
            // a cue inside an aside belongs to a country in the same aside, one outside to a country outside
            if (m.end() <= cueStart && clauseOf(body, s, m.start()) == clauseOf(body, s, cueStart)
                    && asideOf(asides, m.start() - s.start()) == cueAside && subjectLike(body, s, mentions, m) && canHold(body, m)
                    && (kind == Kind.EVENT || !POSSESSED_EVENT.matcher(body.substring(m.end(), Math.min(body.length(), m.end() + 30))).lookingAt())) {
                best = m; // "Kazakhstan’s decision drew a cautious response": the decision, not Kazakhstan, is cautious
            }
        }
        if (best == null || kind == Kind.EVENT && !actsDirectly(body, best, cueStart, asides, s.start())) {
            return List.of();
        }
        List<String> chain = new ArrayList<>();
        for (CountryMention m : coordinated(body, mentions, best)) {
            if (!chain.contains(m.code())) {
                chain.add(m.code());
            }
        }
        return chain;
    }

    /**
     * A demonym holds a position only for its people or an agent of its state ("Emirati officials",
     * "Iranians"), not as an adjective ("a Palestinian state", "Russian control").
     */
    private static boolean canHold(String body, CountryMention m) {
        if (m.role() != Gazetteer.Role.DEMONYM || m.surface().endsWith("s")) {
            return true;
        }
        return AGENT_AFTER.matcher(body.substring(m.end(), Math.min(body.length(), m.end() + 40))).lookingAt();
    }

    /** The mentions joined to this one by "and" or commas just before it, and the mention itself. */
    private static List<CountryMention> coordinated(String body, List<CountryMention> mentions, CountryMention last) {
        List<CountryMention> chain = new ArrayList<>();
        chain.add(last);
        CountryMention current = last;
        for (int k = mentions.indexOf(last) - 1; k >= 0; k--) {
            CountryMention m = mentions.get(k);
            String gap = body.substring(m.end(), current.start());
            // "the UAE and Bahrain", "Armenian Prime Minister Nikol Pashinyan and Azerbaijani President ..."
            if (!gap.matches("(?:['’]s)?(?:\\s+[\\p{Lu}][\\p{L}.'’-]*){0,5}\\s*(?:,|,?\\s*and|,?\\s*or)\\s*(?:the\\s+)?")) {
                break;
            }
            chain.add(0, m);
            current = m;
        }
        return chain;
    }

    /**
     * True when the country itself performs the act: "Kazakhstan may soon join", "Kazakhstan is
     * preparing to formally join", "Astana’s accession", "Kazakhstan’s decision to join"; false for
     * "Russia would study what the accession means".
     */
    private static boolean actsDirectly(String body, CountryMention m, int cueStart, List<int[]> asides, int sentenceStart) {
        int words = 0;
        boolean inName = true; // "Azerbaijani President Ilham Aliyev signed", "Emirati officials joined"
        for (Tokens.Token t : Tokens.of(body, m.end(), cueStart)) {
            if (inAside(asides, t.start() - sentenceStart) || t.start() == m.end() + 1 && t.text().equals("s")) {
                continue; // asides and the possessive 's
            }
            inName = inName && (t.capitalised() || AGENT_AFTER.matcher(" " + t.text()).matches());
            if (inName) {
                continue;
            }
            if (++words > 6 || !VERBAL_CHAIN.contains(t.lower())) {
                return false;
            }
        }
        return true;
    }

    private String holder(String body, Sentence s, List<CountryMention> mentions, Attribution a, String frame, int cueStart, int cueEnd) {
        if (frame != null) {
            return frame;
        }
        if (a.speakerCountry() != null && a.verbStart() >= 0) {
            boolean verbIsCue = a.verbStart() < cueEnd && cueStart < a.verbEnd();
            boolean passive = body.substring(a.verbStart(), a.verbEnd()).endsWith(" by"); // "seen by X as"

            boolean cueInSpeech = cueStart >= a.verbEnd() && !hasSubjectBetween(body, s, mentions, asides(s.text()), a.verbEnd(), cueStart);
            if (verbIsCue || passive && cueStart >= a.verbEnd() || cueInSpeech) {
                return a.speakerCountry();
            }
        }
        return null;
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
        // ", which has close ties with Israel," / ", the prize that Washington still hopes to win," after a name
        Matcher c = APPOSITIVE.matcher(text);
        while (c.find()) {
            int k = c.start() - 1;
            while (k > 0 && Character.isLetter(text.charAt(k - 1))) {
                k--;
            }
            if (k >= 0 && Character.isUpperCase(text.charAt(k))) {
                out.add(new int[] {c.start(), c.end()});
            }
        }
        return out;
    }

    private static int[] asideOf(List<int[]> asides, int rel) {
        for (int[] r : asides) {
            if (rel > r[0] && rel < r[1]) {
                return r;
            }
        }
        return null;
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
