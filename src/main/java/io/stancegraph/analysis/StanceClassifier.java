package io.stancegraph.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Classifies, one sentence after another of one article (an instance remembers whether the
 * previous sentence referred to the event), the position a sentence expresses for each country in it. Cues of support,
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
    /** NAMING: a noun that names the act itself ("provocation", "violation"): its owner is who acts, not who disapproves. */
    /** REACTION: an attitude noun a reception verb governs ("drew protests from Peru"), held only by the state it comes from. */
    /** MEASURE: a state act named as a noun ("sanctions"), the holder's only as the object of its verb. */
    /** SIDING: support for a state's sovereignty or rights, for or against the act by whether that state is its actor. */
    /** CONDITION: a condition after a supporting cue ("only if"), which makes it wary; DOCUMENT: a noun of a text ("resolution"). */
    /** VIOLATION: a verb of breaking a law or an agreement whose subject is the accused ("Peru violated the accord"): the speaker's. */
    private enum Kind { EVENT, ATTITUDE, FRAMING, CONSEQUENCE, EVALUATION, RECEPTION, NAMING, REBUTTAL, REACTION, REVERSAL, MEASURE, SIDING, CONDITION,
        REFUSAL_CONDITION, DOCUMENT, VIOLATION }

    /** Cue lexicon: approval, opposition, concern, framing and consequence words (lexicon/cues.tsv). */
    static final Lexicon CUES = Lexicon.load("lexicon/cues.tsv");
    /** Nouns of a text that can carry a position ("a resolution condemning ..."), kind DOCUMENT of the cue lexicon. */
    private static final Set<String> DOCUMENTS = CUES.entries().stream().filter(e -> e.kind().equals("DOCUMENT")).map(Lexicon.Entry::phrase)
            .collect(Collectors.toSet());
    /** Acts and event nouns (lexicon/acts.tsv). */
    public static final Lexicon ACTS = Lexicon.load("lexicon/acts.tsv");
    /** Tone of an official's words about the event (lexicon/tone.tsv). */
    static final Lexicon TONE = Lexicon.load("lexicon/tone.tsv");

    /** A cue found in the sentence, with offsets relative to the sentence. */
    private record Cue(int start, int end, String text, Position position, Kind kind) {
    }

    private final CorpusEvent event;
    /**
     * What the sentence classified last leaves to the next one: whether it referred to the event ("it" may then stand for it),
     * the states that open it ("Chile and Peru called for ...": "They" may then stand for them), where it ends, and the state of
     * its speaker ("..., President X said.": "She" may then stand for that state).
     */
    private record Previous(boolean referred, List<String> subjects, int end, String speaker) {
        static final Previous NONE = new Previous(false, List.of(), -1, null);
    }

    private Previous previous = Previous.NONE;
    /** Where the last sentence told as background ended, or -1 when the last sentence was not. */
    private int backgroundEnd = -1;

    /** The states last named together as a group ("the foreign ministers of Chile, Peru and Bolivia"), for a later "the ministers". */
    private List<String> lastGroup = List.of();
    /** The absolute clauses of the sentence last asked about, found once per sentence (each cue asks). */
    private AbsolutesOf lastAbsolutes;

    private record AbsolutesOf(Sentence sentence, List<CountryMention> mentions, List<Absolute> found) {
    }
    /** The paragraph last looked at, and whether it refers to the event. */
    private int paragraphStart = -1;
    private boolean paragraphRefers;

    /** The holder sieves and their default order; the first that finds a holder for a cue wins. */
    private static final String PASSIVE_AGENT = "passive-agent";
    public static final List<String> SIEVES = List.of("frame", "speaker", PASSIVE_AGENT, "subject");

    private final List<String> sieves;
    /** The event's act when the act lexicon does not list it (a verb lemma found in the headlines), else null. */
    private final String openAct;
    private final Set<String> openActForms;
    /** Words of the event's object and of the organisation it names, the head a cue against the object must have ({@link #objectRightAfter}). */
    private final Set<String> objectWords;
    /** The words of the document whose sentence is being classified. */
    private Words words;
    /** The article's country mentions, when known: a run of reactions is found by the states that open its paragraphs. */
    private List<CountryMention> articleCountries = List.of();
    /** The year the article was published, when known: a year named before it dates a sentence before the event. */
    private Integer publishedYear;
    /** The states named in the sentence being classified. */
    private List<CountryMention> sentenceMentions = List.of();
    /** The state a one-line heading above this sentence's paragraph names, in a round-up of reactions; or null. */
    private String heading;
    /**
     * The position toward the event of the text the article's votes are on, once a sentence gave it ("voted to condemn the
     * annexation", "a resolution condemning the annexation"); null before.
     */
    private Position votedText;
    /** Per sentence: the state a SIDING cue (by its start) sides with when it is named before the cue. */
    private final Map<Integer, String> sidedWith = new HashMap<>();
    /** Starts of this sentence's siding cues, turned into attitudes by {@link #sided}. */
    private final Set<Integer> sidingCues = new HashSet<>();
    /** Per sentence: the starts of SIDING cues that side with the event's actor ("Peru's right to leave"). */
    private final Set<Integer> sidingWithActor = new HashSet<>();
    /** Siding cues (by start) with a state the act is done to: a side taken in the event, whatever else the sentence names. */
    private final Set<Integer> sidingWithTarget = new HashSet<>();
    /** Starts (in the sentence) of cues that demand the event be undone: held by who demands it. */
    private final Set<Integer> demandedUndos = new HashSet<>();

    /** A classifier for an unknown event: acts of joining and concluding agreements count. */
    public StanceClassifier() {
        this(CorpusEvent.UNKNOWN);
    }

    public StanceClassifier(CorpusEvent event) {
        this(event, SIEVES);
    }

    /** A classifier whose holder sieves run in the given order (names of {@link #SIEVES}; "subject" should come last). */
    public StanceClassifier(CorpusEvent event, List<String> sieves) {
        this.event = event;
        this.sieves = checkSieves(sieves);
        this.openAct = event.act() != null && ACTS.entries().stream().noneMatch(e -> e.kind().equals("ACT:" + event.act())) ? event.act() : null;
        this.openActForms = openAct == null ? Set.of() : Lexicon.inflections(openAct);
        this.objectWords = objectWords(event.object());
    }

    /** Tells the classifier when the article it reads was published (null when unknown). */
    public StanceClassifier withPublished(LocalDate publishedOn) {
        this.publishedYear = publishedOn == null ? null : publishedOn.getYear();
        return this;
    }

    /** Tells the classifier every country mention of the article it reads, sentence by sentence. */
    public StanceClassifier withArticleCountries(List<CountryMention> mentions) {
        this.articleCountries = List.copyOf(mentions);
        return this;
    }

    /** The order as given, or an error that names the unknown sieve. */
    public static List<String> checkSieves(List<String> sieves) {
        if (sieves.isEmpty()) {
            throw new IllegalArgumentException("at least one holder sieve is needed; known: " + SIEVES);
        }
        for (String sieve : sieves) {
            if (!SIEVES.contains(sieve)) {
                throw new IllegalArgumentException("unknown holder sieve '" + sieve + "'; known: " + SIEVES);
            }
        }
        return List.copyOf(sieves);
    }

    /** "perceive this as a pivot toward Western influence": seeing the move as something, and nothing favourable. */
    private static final Pattern FRAMED_AS = Pattern.compile("(?i)^\\s+(?:this|it|that|the\\s+(\\w+)|the\\s+\\w+\\s+(\\w+))\\s+as\\s+([^;.]*)");

    /** What a state sees land as: part of its own territory, a (rebel) province. */
    private static final Pattern LAND_AS = Pattern.compile("(?i)(?:an?\\s+|its\\s+|their\\s+|the\\s+)?"
            + "(?:(?:own|integral|inalienable|inseparable|breakaway|rebel|renegade)\\s+)*"
            + "(?:part\\s+of\\s+(?:its|their|the)\\s+(?:own\\s+)?(?:territory|country|nation|homeland)|province|territory)\\b");

    private boolean framedAsRisk(String rest) {
        Matcher m = FRAMED_AS.matcher(rest);
        if (!m.find()) {
            return false;
        }
        String noun = m.group(1) != null ? m.group(1) : m.group(2);
        String lower = noun == null ? null : noun.toLowerCase(Locale.ROOT);
        if (lower != null && !ACT_NOUNS.contains(lower) && !eventNoun(lower) && !event.isTrigger(lower)) {
            return false; // "views the city as its capital": a view of something else than the move
        }
        String as = m.group(3);
        if (LAND_AS.matcher(as).lookingAt()) {
            return false; // "regards it as part of its territory": a claim to land, no view of the move
        }
        return CUES.find(as, 0, as.length()).stream().noneMatch(c -> c.entry().polarity() == Position.SUPPORTIVE)
                && TONE.find(as, 0, as.length()).stream().noneMatch(c -> c.entry().polarity() == Position.SUPPORTIVE);
    }

    private static final Pattern QUOTATION = Pattern.compile("“([^”]{3,})”|\"([^\"]{3,})\"");
    private static final Pattern SAID_NOTHING = Pattern.compile("(?i)\\b(?:said|says|had) nothing\\b|\\bno (?:public )?comment\\b|\\bdeclined to comment\\b|\\bdid not (?:respond|comment)\\b");

    private static final Pattern NEGATION = Pattern.compile(
            "(?i)\\b(?:not|never|no|nothing|cannot|won['’]t|wouldn['’]t|didn['’]t|doesn['’]t|don['’]t|hasn['’]t|haven['’]t|isn['’]t|aren['’]t|without|outweighs?|outweighed|rather than|instead of|nor|yet to|lack of|lacks|lacked|fail(?:s|ed|ing)?\\s+to|failure\\s+to|avoid|avoids|avoided|avoiding|refrain from|refrains from|refrained from|refraining from)\\s+(?:\\S+\\s+){0,2}[\"“‘]?$");
    /** "has not yet seen any violations": a negation a few words before "any" right before the cue. */
    private static final Pattern NEGATED_ANY = Pattern.compile("(?i)\\b(?:not|never|without|hasn['’]t|haven['’]t|hadn['’]t|didn['’]t|doesn['’]t|don['’]t|"
            + "won['’]t|cannot)\\s+(?:\\S+\\s+){0,3}?any\\s+(?:\\S+\\s+)?$");
    /** "no legal and political importance": a determiner of negation three words before a noun of tone. */
    private static final Pattern WIDE_NEGATION = Pattern.compile("(?i)\\b(?:no|without)\\s+(?:[\\p{L}-]+\\s+){3}$");
    /** Refusing right before a cue: "refused to back the move", "withholds its approval". */
    private static final Pattern REFUSAL = Pattern.compile("(?i)\\b(?:refus\\w+|declin\\w+|won['’]t|will not|would not|withh(?:old|olds|olding|eld))\\s+(?:to\\s+)?(?:\\S+\\s+){0,1}$");
    private static final Pattern STOPPED_SHORT = Pattern.compile("(?i)\\bstop(?:s|ped|ping)?\\s+short\\s+of\\s+$");
    /** Cues of acceptance whose negation is refusal: "does not support the move", "not a legitimate step", "did not recognise the result". */
    private static final Pattern ACCEPTANCE = Pattern.compile("(?i)recogni[sz]|support|back|endors|approv|accept|welcom|legitimate|justif|agree|reflect");
    /** A negated verb of acceptance right before a cue: "would not recognise another fraud", "will never accept a sham". */
    private static final Pattern REFUSED_ACCEPTANCE = Pattern.compile("(?i)\\b(?:not|never|\\p{L}+n['’]t)\\s+(?:\\p{Ll}+ly\\s+)?"
            + "(?:recogni[sz]e|accept|tolerate|endorse|approve)\\s+(?:\\S+\\s+)?[\"“‘]?(?:\\S+\\s+)?$");
    /** "not only welcomed the move but ...", "nothing more than a land grab", "nothing short of a betrayal": no negation. */
    private static final Pattern NOT_ONLY = Pattern.compile("(?i)\\b(?:not\\s+(?:only|just|merely)|(?:nothing|no|little)\\s+(?:more|less|other)\\s+than"
            + "|nothing\\s+(?:short\\s+of|but))\\s+(?:\\S+\\s+)?[\"“‘]?$");
    /** A negated modal of obligation right before the event's act: "should not release", "must never sign", "shouldn't start to". */
    private static final Pattern OBLIGED_NOT = Pattern.compile("(?i)\\b(?:should|must|ought\\s+to)(?:n['’]t|\\s+not|\\s+never)\\s+"
            + "(?:\\p{Ll}+ly\\s+)?(?:(?:start|begin|continue|be\\s+allowed)\\s+to\\s+)?$");
    /** A verb's own negation before a cue ("does not support", "is not a legitimate step"), not "without", "instead of" or "not yet". */
    private static final Pattern VERB_NEGATION = Pattern.compile("(?i)\\b(?:not|never|cannot|\\p{L}+n['’]t)\\s+(?!yet\\b)(?:\\S+\\s+){0,2}[\"“‘]?$");
    private static final Pattern BACKER = Pattern.compile("^-(?:brokered|backed|sponsored|led|mediated|supported|promoted|initiated)\\b");
    private static final Pattern BROKERED_BY = Pattern.compile("\\b(\\p{L}+)\\s+(?:brokered|mediated|facilitated|sponsored)\\s+by\\s+(?:the\\s+)?$");
    private static final Pattern CLAUSE_BREAK = Pattern.compile(";|\\bbut\\b|\\bwhereas\\b");
    /** Where the criticism a rebuttal reports ends: a comma, a semicolon or a conjunction ("..., and Sweden condemned it"). */
    private static final Pattern REBUTTED_END = Pattern.compile("[,;]|\\b(?:and|but|while|whereas)\\b");
    private static final Set<String> CONDITIONS = Set.of("if", "unless", "whether");
    /** Nouns for the act or the decision to carry it out, next to an approval ("welcomed the decision to leave"). */
    private static final Set<String> ACT_NOUNS = Set.of("decision", "move", "step", "announcement", "plan");
    /** Nouns whose possessor or compound names a party to the event ("Australia's decision to acquire"). */
    private static final Set<String> DECISION_NOUNS = Set.of("decision", "move", "plan", "bid");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "its", "their", "our");
    private static final Pattern PRONOUN = Pattern.compile("(?i)\\b(?:it|this|that)\\b");
    /** A sentence opened, inside a quotation or not, by a pronoun standing for what was said before: "“This is ...", "It was ...". */
    private static final Pattern OPENING_ANAPHOR = Pattern.compile("[“\"‘]?(?:(?:This|That|It)\\s+(?:is|was|will|would|has|had|marks|amounts|represents|"
            + "constitutes|violates|undermines|shows)\\b|(?:That|It)['’]s\\s"
            // "Such irresponsible actions only ...", "This step will ...": a noun of acting after a demonstrative
            + "|(?:Such|This|These|That|Those)\\s+(?:[\\p{Ll}-]+\\s+)?(?:actions?|acts?|moves?|steps?|measures?|provocations?|decisions?|tests?|launch(?:es)?)\\b)");
    private static final Pattern FOR_GERUND = Pattern.compile("^[^.;]{0,60}?\\bfor\\s+(\\p{L}+ing)\\b");
    /** "a pact between A, B and C", "a pact agreed last month between A and B". */
    private static final Pattern BETWEEN = Pattern.compile("^(?:\\s+[\\p{Ll}]+){0,4}\\s+between\\s");
    private static final Pattern FRAME = Pattern.compile("^(?:[\\p{Lu}][\\p{L}]+,\\s*)?[Ff]or\\s+(?:the\\s+)?$");
    /** Words that may stand between a country and its own act. */
    private static final Set<String> VERBAL_CHAIN = Set.of("is", "are", "was", "were", "has", "have", "had", "will", "would", "may",
            "might", "could", "can", "shall", "should", "must", "to", "be", "been", "being", "poised", "set", "preparing", "prepared",
            "expected", "formally", "officially", "soon", "already", "also", "finally", "now", "decided", "agreed", "plans", "planned",
            "planning", "ready", "about", "going", "likely", "recently", "just", "eventually", "still", "intends", "wants", "aims",
            "began", "begun", "begin", "begins", "started", "start", "starts", "continued", "continues", "resumed",
            "seeks", "hopes", "decision", "move", "bid", "plan", "intention", "readiness", "choice", "formal", "official",
            "potential", "possible", "historic", "swift", "reported", "anticipated", "upcoming", "eventual", "announced", "announces",
            "said", "says", "say", "he", "she", "they", "it", "vowed", "vows", "pledged", "promised", "threatened", "threatens");
    /** Pronouns that resume a state or its leader as the subject of a reported clause ("said that they were pulling out"). */
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "it");
    /** Nouns of a state's agents: "Israel's foreign ministry", "the Chilean government". */
    private static final String AGENT_NOUNS = "(?:officials?|government|president|prime|foreign|"
            + "leaders?|leadership|diplomats?|ministry|ministers?|authorities|authority|army|military|negotiators|lawmakers|politicians|parliament|"
            + "legislators|legislature|deputies|MPs|senators|senate|congress|cabinet|assembly|duma|knesset|bundestag|"
            + "side|delegation|envoys?|ambassadors?|spokes(?:man|woman|person)|state media|embassy|administration|king|emir|premier|"
            + "officials|people|public)";
    /** A state's agent after its name: "'s foreign ministry", "'s Grand National Assembly". */
    private static final Pattern AGENT_AFTER = Pattern.compile("\\s+(?:\\w+\\s+){0,2}" + AGENT_NOUNS + "\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern POSSESSED_EVENT = Pattern.compile("['’]s\\s+(?:\\w+\\s+)?(?:decision|move|step|accession|entry|joining|"
            + "membership|inclusion|participation|overture|pivot|deal|agreement|signing|bid|announcement)\\b");
    /** Verbs after which a country may open a clause without "that" ("said Turkey would ratify"). */
    private static final Set<String> CLAUSE_VERBS = Set.of("say", "think", "believe", "expect", "hope", "fear", "know", "feel", "claim",
            "insist", "argue", "suggest", "note", "add", "announce", "confirm", "state", "report", "stress", "warn", "predict",
            "acknowledge", "admit", "show", "indicate", "mean", "assume", "reckon", "worry", "ensure", "hear", "learn", "understand",
            "deny", "signal", "emphasise", "emphasize", "reiterate", "explain", "declare", "agree", "estimate", "doubt", "conclude",
            "find", "recall", "remember", "realise", "realize", "see", "write", "tweet", "post");
    private static final Set<String> OBJECT_MODIFIER_TAGS = Set.of("DET", "PRON", "ADJ", "ADV", "NUM", "PART");
    /** A clause after the by-phrase: "well received by Peru after Chile said ...". */
    /** Words that close a passive's by-phrase: "backed by Chile despite objections from Peru" is not backed by Peru. */
    private static final Pattern AGENT_ENDS = Pattern.compile("^\\s+(?:after|before|because|when|while|since|but|which|who|although|though|that|over|about"
            + "|despite|notwithstanding|amid|unlike|against|instead)\\s");
    /** A second reaction with a source of its own: "drew anger from Chile and praise from Peru" (Peru's is the praise). */
    private static final Pattern OTHER_SOURCE = Pattern.compile("\\s+and\\s+(?:\\p{Ll}+\\s+){1,3}from\\s");
    /** A reported clause closed by a comma before its speaker. */
    private static final Pattern REPORT_BEFORE = Pattern.compile("[,”\"]\\s*$");
    /** What may follow the verb of a speaker who closes the sentence: a time, a place, the medium, whom it was told ("told reporters", "told CNN"). */
    private static final Pattern REPORT_END = Pattern.compile("^(?:\\s+(?:on|in|at|to|late|earlier|this|last|during|after|told|reporters|journalists)\\b[^,;:]{0,60}"
            + "|\\s+\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3})?\\s*[.!]?[\"”’]?\\s*$");
    /** Verbs of getting in touch, whose "to" after the object states the subject's purpose: "called Peru to congratulate it". */
    private static final Set<String> CONTACT_VERBS = Set.of("call", "phone", "telephone", "ring", "visit", "meet", "contact", "write");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s?\\s");
    private static final Pattern SPOKEN_CLAUSE_OPENING = Pattern.compile("(?i)\\s*,?\\s*(?:that\\s+)?(?:the\\s+)?");
    private static final Pattern OBJECT_AS_AGENT = Pattern.compile("^(?:['’]s?\\s|\\s+(?:for|to|into|from)\\s)");
    private static final Pattern EXISTENTIAL = Pattern.compile("(?i)\\bthere\\s+(?:is|are|was|were|remains?|have\\s+been|has\\s+been)"
            + "(?:\\s+(?:some|also|still|growing|widespread|serious|deep|real|no))*\\s+$");
    /** Between a state and an act: the state is one of those who do it ("is the first country to", "are among the states to"). */
    private static final Pattern AMONG_ACTORS = Pattern.compile("(?i)\\s+(?:has\\s+|have\\s+)?(?:is|are|was|were|be|been|became|become|becomes)"
            + "\\s+(?:now\\s+|also\\s+)?(?:among\\s+)?(?:the\\s+)?(?:[\\p{L}\\d-]+\\s+){0,3}?(?:country|countries|state|states|nation|nations|"
            + "government|governments|member|members|one)\\s+(?:[\\p{L}-]+\\s+){0,2}?to\\s+(?:\\p{Ll}+\\s+)?");
    /** A plural noun, then a dashed or bracketed list of its members, then an active verb phrase up to the act. */
    private static final Pattern LIST_APPOSITIVE_BEFORE = Pattern.compile("\\p{Ll}{3,}s\\s*(?:[—–(]|\\s-\\s)[^—–()]+(?:[—–)]|\\s-\\s)"
            + "\\s*(?!(?:[\\p{Ll}-]+\\s+)*?(?:is|are|was|were|been|being|be)\\s+$)(?:[\\p{Ll}-]+\\s+){0,6}$");
    /**
     * "France – anger, outrage.", "Brazil: The foreign ministry said ...", "ICELAND — The ministry said ...": a round-up's state as the
     * label of the paragraph at {@code at}; a name in capitals opening the first paragraph is its dateline, no label.
     */
    static String paragraphLabel(String body, List<CountryMention> mentions, int at) {
        int end = body.lastIndexOf("\n\n", at);
        int own = end < 0 ? 0 : end + 2;
        while (own < body.length() && Character.isWhitespace(body.charAt(own))) {
            own++;
        }
        Matcher marker = LIST_MARKER.matcher(body).region(own, body.length());
        if (marker.lookingAt()) { // "- Brazil: ...": a bulleted round-up
            own = marker.end();
        }
        boolean first = end < 0;
        for (CountryMention m : mentions) {
            if (m.start() == own && m.role() == Gazetteer.Role.NAME && !(first && m.surface().equals(m.surface().toUpperCase(Locale.ROOT)))
                    && !Organisations.isOrganisationCode(m.code()) && INLINE_LABEL.matcher(body.substring(m.end(), Math.min(body.length(), m.end() + 4))).lookingAt()) {
                return m.code();
            }
        }
        return null;
    }

    /** A list item's marker before a paragraph's label. */
    private static final Pattern LIST_MARKER = Pattern.compile("(?:[-*•]|\\d{1,2}[.)])[ \t]+");
    /** After a state that opens a paragraph: a dash or a colon that makes it the paragraph's label. */
    private static final Pattern INLINE_LABEL = Pattern.compile("\\s*[–—]\\s|\\s+-\\s|:\\s");
    /** "so-called", "so called", with or without an opening quotation mark, right before a cue. */
    private static final Pattern SO_CALLED_BEFORE = Pattern.compile("(?i)\\bso[- ]called\\s+[\"“‘']?$");
    /** "citing security concerns": a cue after "citing" (and up to three words) is a reason given for an act. */
    private static final Pattern CITED_BEFORE = Pattern.compile("(?i)\\bcit(?:ing|ed)\\s+(?:[\\p{L}'’-]+\\s+){0,3}$");
    /**
     * Before a cue noun that no one in the sentence need hold: "amid concerns", "despite China fears", "following concerns of a
     * recession", "international criticism".
     */
    private static final Pattern UNOWNED = Pattern.compile("(?i)(?:\\b(?:amid|amidst|despite|following)(?:\\s+[\\p{L}'’-]+){0,2}"
            + "|\\b(?:international|global|worldwide|widespread|public|popular|domestic|western))\\s+$");
    private static final Pattern DATELINE_BEFORE = Pattern.compile("^\\s*\\p{Lu}[\\p{Lu}\\p{M} .'’-]{2,40},\\s*$");
    private static final Pattern APPOSITIVE = Pattern.compile("(?<=\\p{L}),\\s+(?:(?:which|who|whose|where|(?:all|both|each|many|most|some|several|"
            + "none|one|two|three|four|five) of (?:whom|which))\\b[^,;]{0,220}|(?:the|a|an|its|their|one of)\\b[^,;]{0,100}"
            + "|(?!(?:and|but|or|nor|so|yet|then|while|as|if|when|because|although|though|however|meanwhile|saying|adding|who|which)\\b)"
            + "\\p{Ll}[\\p{L}-]*\\s+of\\b[^,;]{0,100}),");
    /** Words before a harm that someone keeps from doing: "wary of provoking", "careful not to anger", "to avoid antagonising". */
    private static final Pattern HARM_AVOIDED = Pattern.compile("(?i)\\b(?:(?:wary|careful|cautious|mindful|afraid|fearful)\\s+(?:of|not\\s+to|about)"
            + "|avoid(?:s|ed|ing)?|for\\s+fear\\s+of|so\\s+as\\s+not\\s+to|without)\\s+$");
    private static final Pattern AFFECTED_GAP = Pattern.compile("^(?:\\s*(?:the|its|their|with|to|on|of|ties|relations|neighbou?ring|and|,))*\\s*$");
    /** Prepositions (also the words an act's phrase may end in for {@link EventDetector}: "took control of", "forced their way into"). */
    static final Set<String> PREPOSITIONS = Set.of("with", "to", "from", "between", "of", "by", "on", "into", "onto", "toward",
            "towards", "against", "among", "under", "over", "for", "than", "like", "in", "at", "about", "beyond", "across",
            "including", "as", "within", "amid", "amidst", "via", "around", "through", "per", "despite", "unlike", "near", "during",
            "behind", "beside", "upon", "without");

    private static final Set<String> MEMBERS_OF = Set.of("members", "majority", "most", "many", "some", "dozens");
    /** People who speak for a state named after "for" (or "of"): "the spokesperson for the government of Peru". */
    private static final Set<String> SPEAKS_FOR = Set.of("spokesman", "spokeswoman", "spokesperson", "representative", "representatives",
            "envoy", "ambassador", "delegate", "delegates");
    private static final Set<String> OF_APPOSITION = Stream.concat(SPEAKS_FOR.stream(), Stream.of("nation", "country", "state", "republic",
            "kingdom", "emirate", "government", "leadership", "president", "leaders", "people", "sultanate", "federation",
            // who speaks for the state: "the representative of Chile thanked ...", "the foreign minister of Peru"
            "delegation", "minister", "ministry", "premier", "king", "emir")).collect(Collectors.toUnmodifiableSet());

    /** Positions of the sentence [s.start, s.end) of {@code body} for each country it involves (words tagged here). */
    public ClaimStance classify(String body, Sentence s, List<CountryMention> mentions, Attribution attribution) {
        return classify(Words.of(body), s, mentions, attribution);
    }

    /** Positions of the sentence [s.start, s.end) of the tagged body for each country it involves, with the evidence. */
    public ClaimStance classify(Words words, Sentence s, List<CountryMention> mentions, Attribution attribution) {
        return classify(words, s, mentions, attribution, null);
    }

    /** As {@link #classify(Words, Sentence, List, Attribution)}, with the state a heading above the paragraph names (or null). */
    public ClaimStance classify(Words words, Sentence s, List<CountryMention> mentions, Attribution attribution, String heading) {
        this.words = words;
        this.heading = heading;
        this.sentenceMentions = mentions;
        sidedWith.clear();
        sidingCues.clear();
        demandedUndos.clear();
        sidingWithActor.clear();
        sidingWithTarget.clear();
        String body = words.text();
        Votes votes = new Votes();
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
        List<Tokens.Token> tokens = words.in(s.start(), s.end());
        List<int[]> asides = asides(text);
        String frame = frameCountry(text, mentions, s.start());
        // "The forum said its members were concerned, while Bolivia said it threatened ...": the later clause's own speaker
        Attribution later = laterSpeaker(body, s, mentions, attribution);

        // a sentence refers to the event by one of its words or by naming one of its actors ("cooperation with Astana")
        boolean refersToEvent = tokens.stream().anyMatch(t -> event.isTrigger(t.lower()))
                || mentions.stream().anyMatch(m -> event.isActor(m.code())) || namesOrganisationActor(text) || namesTheStep(tokens);
        // a round-up's labelled paragraph ("France – anger, outrage") is a reaction to the event
        // a quotation going on from its speaker's sentence about the event: "Chile ignored our friendship," it said. "We recall our envoy."
        boolean continues = continuesStatement(attribution);
        // "“This is a land grab,” said X." right after a sentence about the event: the opening pronoun is the event
        boolean anaphor = previous.referred() && OPENING_ANAPHOR.matcher(text).lookingAt();
        boolean aboutTheEvent = refersToEvent || continues || anaphor || paragraphRefersToEvent(body, s) || paragraphLabel(body, mentions, s.start()) != null
                || heading != null || UNNAMED_CAUSE.matcher(text).find() || RETALIATING.matcher(text).find() || EMULATING.matcher(text).find()
                || nextReaction(body, s, mentions);
        brokers(body, s, mentions, votes);
        participants(body, s, mentions, votes);
        // "Will China take countermeasures?": a question put to someone asserts nothing (a quoted one is the speaker's words)
        boolean asks = asks(text);
        List<Cue> sentenceCues = asks ? List.of()
                : withAppeals(sided(withoutCuesOnOthers(cues(tokens, s.start(), attribution.speaker() != null), s.start(), mentions), s.start(), mentions), tokens, s.start(), mentions);
        Map<Integer, Position> onDocument = new HashMap<>();
        Set<Integer> actsOnDocument = new HashSet<>();
        documentCues(tokens, s.start(), sentenceCues, onDocument, actsOnDocument);
        for (Cue found : sentenceCues) {
            if (actsOnDocument.contains(found.start())) {
                continue; // "voted against the resolution condemning ...": a vote on the text, whose own cue says what it means
            }
            if (found.kind() == Kind.ATTITUDE && found.position().isDirectional() && VOTED_TO.matcher(text).region(Math.max(0, found.start() - 40), found.start()).find()) {
                votedText = found.position(); // "the assembly voted to condemn the annexation": what the vote's text says
            }
            if (sidingCues.contains(found.start()) && hedgedBy(s, sentenceCues, found)) {
                continue; // "We respect Peru's sovereignty, but this decision worries us": the courtesy before "but" takes no side
            }
            Cue cue = found.kind() == Kind.EVENT && retaliates(body, s, mentions, found)
                    ? new Cue(found.start(), found.end(), found.text(), Position.OPPOSED, Kind.ATTITUDE) : found;
            Kind kind = cue.kind() == Kind.NAMING || cue.kind() == Kind.REBUTTAL || cue.kind() == Kind.REACTION || cue.kind() == Kind.VIOLATION
                    ? Kind.ATTITUDE : cue.kind();
            Position p = cue.position();
            if (onDocument.containsKey(cue.start())) {
                p = onDocument.get(cue.start());
                if (p == null) {
                    continue; // "abstained in the vote condemning ...": no side
                }
            } else if (votedText != null && kind == Kind.ATTITUDE && p.isDirectional() && actsOnVotedText(body, s, cue)) {
                // "Only Cuba opposed it", "voted against the resolution": for or against the text, so for or against what it says
                p = p == Position.SUPPORTIVE ? votedText : turned(votedText);
                if (p == null) {
                    continue;
                }
            }
            String window = withoutScareQuotes(text.substring(Math.max(0, cue.start() - 130), cue.start()));
            Matcher urged = URGED.matcher(window);
            boolean isUrged = urged.find();
            boolean warnedAgainst = false;
            if (!isUrged && (urged = WARNED_AGAINST.matcher(window)).find()) {
                isUrged = warnedAgainst = true; // "warned Chile against ratifying": urged not to
            }
            Holders urgers = null;
            Holders infinitive = null;
            String before = text.substring(Math.max(0, cue.start() - 40), cue.start());
            if (isUrged && kind != Kind.CONSEQUENCE && kind != Kind.FRAMING) {
                if (COMPELLED.matcher(urged.group(1)).matches()) {
                    continue; // "nothing would force us to ratify": an act one would be forced into is nobody's position
                }
                int gapStart = s.start() + Math.max(0, cue.start() - 130) + urged.start(2);
                boolean undone = undoneBetween(gapStart, gapStart + urged.group(2).length());
                // "urged Bolivia not to use it as a pretext to sign": the deed urged is negated before the cue's own infinitive
                boolean notTo = !warnedAgainst && (urged.group(3) != null || urged.group(4) != null || NOT_TO.matcher(urged.group(2)).find());
                if (warnedAgainst || (notTo ^ undone)) { // "urged Bolivia not to sign", "to reconsider its decision to sign"
                    if (p == Position.CONCERNED) {
                        continue;
                    }
                    p = p == Position.SUPPORTIVE ? Position.OPPOSED : Position.SUPPORTIVE;
                }
                urgers = urgers(body, s, mentions, attribution, asides, frame, cue, urged);
            } else if ((infinitive = ownSubject(body, s, mentions, cue)) != null) {
                urgers = infinitive; // "too costly for the West to extend sanctions": the West's
            } else if (demandedUndos.contains(cue.start())) {
                String by = attribution.speakerCountry();
                Matcher condition = CONDITIONED.matcher(before);
                if (by == null && condition.find()) {
                    // "Chile listed goods that would face duties unless Peru lifts its ban": who sets the condition
                    int at = s.start() + Math.max(0, cue.start() - 40) + condition.start();
                    Holders setter = subjectHolders(body, s, mentions, asides, at, Kind.CONDITION);
                    by = setter.codes().size() == 1 ? setter.codes().get(0) : null;
                }
                if (by == null || event.isActor(by)) {
                    continue; // "Peru must reverse course": who must undo it does not oppose it; who says so is unknown
                }
                urgers = new Holders(List.of(by), "urger"); // "Peru must reverse course," Chile said
            } else if (p == Position.CONCERNED && attribution.speakerCountry() != null && !event.isActor(attribution.speakerCountry())
                    && actorOwes(s, mentions, before, cue)) {
                // "New Delhi should avoid any step that ...," Beijing said: what the actor ought to do is the speaker's wary call
                urgers = new Holders(List.of(attribution.speakerCountry()), "urger");
            } else if (kind == Kind.EVENT && OBLIGED_NOT.matcher(before).find() && attribution.speakerCountry() != null
                    && !event.isActor(attribution.speakerCountry())) {
                // "Peru should not release the tailings," Chile said: saying the act ought not to happen opposes it
                p = Position.OPPOSED;
                urgers = new Holders(List.of(attribution.speakerCountry()), "urger");
            } else if ((NEGATION.matcher(before).find() || NEGATED_ANY.matcher(before).find()) && !NOT_ONLY.matcher(before).find()) {
                if (p == Position.SUPPORTIVE && (REFUSAL.matcher(before).find()
                        || ACCEPTANCE.matcher(cue.text()).lookingAt() && VERB_NEGATION.matcher(before).find())) {
                    // "could not accept the filling without guarantees": a refusal with its condition is wary
                    p = conditionAfter(s.start() + cue.end(), s.end(), Kind.REFUSAL_CONDITION) ? Position.CONCERNED : Position.OPPOSED;
                } else if (p != Position.OPPOSED || !REFUSED_ACCEPTANCE.matcher(before).find()) {
                    continue; // "would not recognise another fraud": refusing to accept what one names a fraud opposes it too
                }
            } else if (STOPPED_SHORT.matcher(before).find()) {
                continue; // "stopped short of criticising the move": neither done nor refused
            } else if (REFUSAL.matcher(before).find()) {
                if (p != Position.SUPPORTIVE) {
                    continue; // "refused to condemn the move": no objection
                }
                p = Position.OPPOSED;
            }
            int cueStart = s.start() + cue.start();
            int cueEnd = s.start() + cue.end();
            if (mannerOfDeed(text, cue)) {
                continue; // "to give them up in a complete and irreversible manner": how a deed is to be done, no attitude
            }
            if (kind == Kind.FRAMING && !framedAsRisk(text.substring(cue.end()))) {
                continue;
            }
            if (kind == Kind.CONSEQUENCE) {
                if (HARM_AVOIDED.matcher(text.substring(Math.max(0, cue.start() - 40), cue.start())).find()) {
                    continue; // "wary of provoking Chile", "careful not to anger Chile": a harm someone keeps from doing, none done
                }
                for (CountryMention m : mentions) {
                    if (m.start() >= cueEnd && m.start() - cueEnd <= 40
                            && AFFECTED_GAP.matcher(body.substring(cueEnd, m.start())).matches()) {
                        // a state that says the move harms it opposes it ("undermined Israel's right", said Israel's minister)
                        boolean own = m.code().equals(attribution.speakerCountry());
                        if (!own && event.isActor(m.code())) {
                            continue; // "drills provoking Peru" in a story of Peru's test: what moved the actor, no harm the move does
                        }
                        votes.add(m.code(), own ? Position.OPPOSED : Position.CONCERNED, cue.text(), "affected-party");
                    }
                }
                continue;
            }
            if (p == Position.OPPOSED && kind == Kind.ATTITUDE && condemnsOpposition(body, s, mentions, cueEnd)) {
                p = Position.SUPPORTIVE; // "condemned Germany for rejecting the case": against the opponents, for the event
            }
            boolean besideActor = p == Position.OPPOSED && kind == Kind.ATTITUDE && (envoyOfTarget(body, mentions, cue.text(), cueStart, cueEnd)
                    || protestOfEnvoy(body, s, mentions, cueStart));
            if (besideActor) {
                p = Position.SUPPORTIVE; // "Bolivia also recalled its ambassador from Chile" when Peru cut ties with Chile: with Peru
            }
            if (p == Position.OPPOSED && kind == Kind.ATTITUDE && condemnsBystander(body, mentions, cueStart, cueEnd)) {
                continue; // "accused Moscow of using gas as a weapon": blame of a state with no part in the event is no stance on it
            }
            if (p == Position.SUPPORTIVE && kind == Kind.ATTITUDE && MUTUAL_BEFORE.matcher(body.substring(Math.max(s.start(), cueStart - 10), cueStart)).find()) {
                continue; // "trade on the basis of mutual benefit": how two states deal with each other, no position on the event
            }
            if (kind == Kind.ATTITUDE && RECIPROCAL_AFTER.matcher(body).region(cueEnd, s.end()).lookingAt()) {
                continue; // "The two leaders have praised one another": what they think of each other, not of the event
            }
            if (kind != Kind.EVENT && quotedThirdPerson(body.substring(s.start(), cueStart))) {
                continue; // "X said of Peru's president, “He disagrees with the ruling”": the view of a third person, not X's
            }
            if (cue.position() == Position.SUPPORTIVE && SPURNED.matcher(body.substring(cueEnd, Math.min(s.end(), cueEnd + 90))).lookingAt()) {
                continue; // "our friendship and successful cooperation were disregarded by Lima": good things spurned are no praise
            }
            if (p == Position.SUPPORTIVE && kind == Kind.ATTITUDE && OWN_INTERESTS.matcher(body.substring(cueEnd, Math.min(s.end(), cueEnd + 60))).lookingAt()) {
                continue; // "countermeasures aimed at safeguarding their rights": a state's care for its own interests backs no event
            }
            if (p == Position.SUPPORTIVE && kind == Kind.ATTITUDE && (DISCORD_AFTER.matcher(body.substring(cueEnd, Math.min(s.end(), cueEnd + 40))).lookingAt()
                    || discordSubject(s.start(), cueStart))) {
                continue; // "a deepening rift", "boosting tensions", "as the row over the ban deepens": growth of discord is no approval
            }
            if (p == Position.OPPOSED && kind == Kind.ATTITUDE && !cue.text().contains(" ")
                    && DISCORD_OBJECT.matcher(body.substring(cueEnd, Math.min(s.end(), cueEnd + 60))).lookingAt()) {
                // "regretted the deterioration of relations", "deplored the escalation": a feeling about the discord is wary; not a
                // phrase that acts on it ("would not help resolve the dispute")
                p = Position.CONCERNED;
            }
            if (p == Position.SUPPORTIVE && kind == Kind.ATTITUDE && conditionAfter(cueEnd, s.end(), Kind.CONDITION)) {
                p = Position.CONCERNED; // "would back the move only if ...": support with conditions attached is wary
            }
            if (p == Position.SUPPORTIVE && kind == Kind.ATTITUDE && deferred(s, cueStart)) {
                p = Position.CONCERNED; // "would wait for the tally sheets before recognising any result": support put off is wary
            }
            if (cue.position() == Position.SUPPORTIVE && kind == Kind.ATTITUDE && backsOtherMatter(body, mentions, cueStart, cueEnd)) {
                continue; // "reaffirmed its support for a two-state solution", "will not accept the invitation": another matter
            }
            if (kind == Kind.ATTITUDE && body.startsWith(" by ", cueEnd) && modifiesOtherName(body, s, mentions, cueStart)) {
                continue; // "the Example Accords championed by Peru": Peru backs the accords, not the event
            }
            if (kind == Kind.ATTITUDE && event.known() && !aboutTheEvent && !sidingWithTarget.contains(cue.start())) {
                continue; // "welcomed any step toward peace": an attitude counts only in a paragraph about the event
            }
            Attribution said = later != null && cueStart >= later.verbEnd() ? later : attribution;
            Holders holders = urgers != null ? urgers
                    : cue.kind() == Kind.REACTION ? passiveAgentHolders(body, s, mentions, cueEnd)
                    : withPartners(holders(body, s, mentions, said, asides, frame, cueStart, cueEnd, cue.kind()), body, s, mentions, cueStart,
                            cueEnd);
            if (urgers == null && cue.kind() == Kind.VIOLATION) {
                holders = accuser(holders, said);
            }
            String wisher = kind == Kind.EVENT || urgers == null && !URGING_VERB.matcher(cue.text()).lookingAt() ? null
                    : wishedBy(body, s, mentions, holders, attribution, cueStart);
            if (wisher != null) {
                holders = new Holders(List.of(wisher), "speaker");
            }
            String sided = sidedWith.get(cue.start());
            String speaker = attribution.speakerCountry();
            if (sided != null && holders.codes().contains(sided) && speaker != null && !speaker.equals(sided)) {
                // the state sided with is the clause's subject, not who says it; a speaker of a later clause ("Chile backed Peru's
                // right to it, while Bolivia said ...") leaves the cue to its own clause's subject
                CountryMention subject = attribution.verbStart() > cueEnd && LATER_CLAUSE.matcher(body.substring(cueEnd, attribution.verbStart())).find()
                        ? clauseSubject(body, s, mentions, sided, cueStart) : null;
                holders = subject != null ? new Holders(List.of(subject.code()), "subject") : new Holders(List.of(speaker), "speaker");
            } else if (sided != null && holders.codes().contains(sided) && speaker == null) {
                String label = paragraphLabel(body, mentions, s.start()); // "ICELAND — The ministry said Japan has the right to ..."
                boolean owned = POSSESSIVE.matcher(body).region(sidedEnd(mentions, sided, cueStart), body.length()).lookingAt();
                CountryMention subject = owned ? clauseSubject(body, s, mentions, sided, cueStart) : null;
                if (subject != null) {
                    holders = new Holders(List.of(subject.code()), "subject"); // "The Chilean government reaffirmed Peru's right to ...": Chile's
                } else if (label != null && !label.equals(sided)) {
                    holders = new Holders(List.of(label), "heading");
                }
            }
            for (String holder : holders.codes()) {
                if (p.isAgainst() && event.isActor(holder) && kind == Kind.ATTITUDE
                        && (!aboutEvent(body, cueEnd) || targetRightAfter(body, mentions, cueEnd) || escalation(body, cue.text(), cueStart, cueEnd)
                            || event.isOwnTrigger(firstWord(cue.text())))) {
                    // the actor's words against the target of its act are the act, not opposition to it ("broke off ties with Chile"),
                    // and so is a cue that names the act itself ("would suspend cooperation with the treaty" when it suspends it)
                    continue;
                }
                if (p == Position.SUPPORTIVE && event.isTarget(holder) && kind == Kind.ATTITUDE && !aboutEvent(body, cueEnd)
                        && !clauseNamesEvent(body, s, cueStart)) {
                    continue; // "Togo will stand by its dam": a target backing its own cause backs nothing of the act against it
                }
                if (p.isAgainst() && event.isActor(holder) && kind == Kind.ATTITUDE && event.actAgainstObject()
                        && !aboutAct(body, cueStart, cueEnd)) {
                    continue; // "rejected the invitation to join": turning against the agreement it leaves is the actor's act
                }
                if (p == Position.SUPPORTIVE && kind == Kind.ATTITUDE && speaker != null && !speaker.equals(holder) && !event.isActor(speaker)
                        && supportThanked(text, cue)) {
                    if (event.isTarget(speaker)) {
                        votes.add(holder, Position.OPPOSED, cue.text(), holders.rule() + "+thanked", false, cueStart, cueEnd);
                    }
                    continue; // "We appreciate Russia's support": support for the speaker, whose side this sentence does not say
                }
                if (p == Position.SUPPORTIVE && kind == Kind.ATTITUDE && aboutBystander(body, mentions, cueEnd, cue.position() == p)) {
                    continue; // "pledged its support for Fiji": backing a state that has no part in the event
                }
                if (p == Position.SUPPORTIVE && kind == Kind.ATTITUDE && !besideActor && !event.isTarget(holder) && aboutTarget(body, s, mentions, cueEnd)) {
                    votes.add(holder, Position.OPPOSED, cue.text(), holders.rule() + "+target", false, cueStart, cueEnd); // backing the state the act is against
                    continue;
                }
                if (p == Position.SUPPORTIVE && kind == Kind.ATTITUDE && !besideActor && event.actAgainstObject() && !event.isActor(holder)
                        && !aboutAct(body, cueStart, cueEnd) && !sidingWithActor.contains(cue.start()) && !actorRightAfter(body, mentions, cueStart, cueEnd)
                        && !(PASSIVE_AGENT.equals(holders.rule()) && passiveAboutAct(body, s, cueStart))) {
                    votes.add(holder, Position.OPPOSED, cue.text(), holders.rule() + "+object", false, cueStart, cueEnd); // backing the agreement a state leaves
                    continue;
                }
                if (p.isAgainst() && kind == Kind.ATTITUDE && !besideActor && event.actAgainstObject() && !event.isActor(holder)
                        && !event.isTarget(holder) && againstObject(body, cueStart, cueEnd)) {
                    // "accused the Court of bias" when states leave the court: against what the actors leave, so with them
                    votes.add(holder, Position.SUPPORTIVE, cue.text(), holders.rule() + "+object", false, cueStart, cueEnd);
                    continue;
                }
                votes.add(holder, p, cue.text(), holders.rule(), !event.isActor(holder) && aboutEvent(body, cueEnd), cueStart, cueEnd);
            }
        }
        if (refersToEvent) {
            actors(mentions, votes);
        }
        boolean spokenOfEvent = refersToEvent || continues || previous.referred() && PRONOUN.matcher(text).find();
        Sentence own = s;
        if (later != null) { // each speaker says what follows its own verb up to the next speaker's clause
            int boundary = clauseStartBefore(body, s, later.verbStart());
            speechTone(body, new Sentence(boundary, s.end(), body.substring(boundary, s.end())), mentions, later, votes,
                    spokenOfEvent || aboutTheEvent && saysOfTheMove(later.verbEnd(), s.end()), asks);
            own = new Sentence(s.start(), boundary, body.substring(s.start(), boundary));
        } else if (attribution.verbStart() > s.start()) { // "Chile welcomed it, while Bolivia said ...": Bolivia says only its clause
            int boundary = clauseStartBefore(body, s, attribution.verbStart());
            own = new Sentence(boundary, s.end(), body.substring(boundary, s.end()));
        }
        speechTone(body, own, mentions, attribution, votes, spokenOfEvent || aboutTheEvent && saysOfTheMove(attribution.verbEnd(), own.end()), asks);

        Map<String, Position> byCountry = new LinkedHashMap<>();
        for (String code : order) {
            byCountry.put(code, votes.decide(code));
        }
        for (String code : votes.codes()) {
            byCountry.putIfAbsent(code, votes.decide(code));
        }
        Position main = Position.NEUTRAL;
        for (String code : votes.codes()) { // first country that took a side, in order of the votes
            Position p = byCountry.get(code);
            if (p.isDirectional()) {
                main = p;
                break;
            }
        }
        if (frame != null && byCountry.getOrDefault(frame, Position.NEUTRAL).isDirectional()) {
            main = byCountry.get(frame);
        }
        Map<String, Evidence> evidence = new LinkedHashMap<>();
        byCountry.forEach((code, p) -> {
            Evidence e = votes.evidence(code, p);
            if (e != null) {
                evidence.put(code, e);
            }
        });
        previous = new Previous(refersToEvent, openingStates(body, s, mentions), s.end(), attribution.present() ? attribution.speakerCountry() : null);
        noteGroup(body, s, mentions);
        return new ClaimStance(main, byCountry, evidence);
    }

    /** The tone of what the speaker of {@code s} says, for the speaker's state (and the states listed with it) without a vote yet. */
    private void speechTone(String body, Sentence s, List<CountryMention> mentions, Attribution attribution, Votes votes, boolean aboutEvent,
            boolean asks) {
        String speaker = attribution.speakerCountry();
        if (speaker != null && attribution.verbEnd() >= 0 && !votes.has(speaker) && !asks) {
            Lexicon.Match tone = null;
            Position tonePosition = speechPosition(s, mentions, aboutEvent, attribution.verbEnd());
            // warm words of a third state in a story of leaving an agreement: as likely for the agreement as for leaving it
            // an actor's hostile or wary words are about those its act is against, as its cues are ("the threat they pose")
            // unless the actor is whom the words are said of ("said Norway had shown courage")
            Position said = tonePosition == Position.SUPPORTIVE && event.actAgainstObject() && !event.isActor(speaker)
                    && !actorOpensSpokenClause(body, mentions, attribution.verbEnd())
                    || tonePosition != null && tonePosition.isAgainst() && event.isActor(speaker) ? null : tonePosition;
            if (said != null) {
                String quoted = spoken(s, attribution.verbEnd());
                tone = TONE.find(quoted, 0, quoted.length()).stream().filter(t -> tonePolarity(quoted, t) == said).findFirst().orElse(null);
                votes.add(speaker, said, tone == null ? null : tone.text(quoted), "speech-tone");
                // "Sweden and Finland both said ...": every state of the speakers' list says it
                CountryMention last = attribution.verbStart() < 0 ? null : lastMentionIn(mentions, s.start(), attribution.verbStart());
                List<CountryMention> chain = last == null ? List.of() : coordinated(body, mentions, last);
                if (chain.stream().anyMatch(m -> m.code().equals(speaker))) {
                    for (CountryMention m : chain) {
                        if (!votes.has(m.code())) {
                            votes.add(m.code(), said, tone == null ? null : tone.text(quoted), "speech-tone");
                        }
                    }
                }
            }
        }
    }

    /** True when an organisation that is the event's actor is named ("the EU was punishing Georgia" in a story of an EU act). */
    private boolean namesOrganisationActor(String text) {
        return event.actors().stream().anyMatch(Organisations::isOrganisationCode)
                && ORGANISATIONS.mentions(text).stream().anyMatch(o -> event.isActor(o.code()));
    }

    /** A quotation that goes on from the speaker's last sentence, which referred to the event. */
    private boolean continuesStatement(Attribution attribution) {
        return previous.referred() && attribution.continued();
    }

    /**
     * "announced retaliatory tariffs", "its own tariffs on U.S. goods": the event's act turned back on its actor is a
     * reaction against the event, not the act itself ("its own sanctions on Belarus" joins the act).
     */
    private boolean retaliates(String body, Sentence s, List<CountryMention> mentions, Cue cue) {
        int start = s.start() + cue.start();
        int end = s.start() + cue.end();
        if (RETALIATION.matcher(body.substring(Math.max(s.start(), start - 30), Math.min(s.end(), end + 20))).find()) {
            return true;
        }
        CountryMention subject = lastMentionIn(mentions, s.start(), start);
        if (subject != null && event.isTarget(subject.code()) && !event.isActor(subject.code())) {
            if (OWN_ACT.matcher(body.substring(start, end)).find()) {
                return true; // "Canada and Mexico announce their own tariffs": a target's reply
            }
            int objectEnd = Math.min(s.end(), end + 50);
            if (mentions.stream().anyMatch(m -> m.start() > start && m.end() <= objectEnd && event.isActor(m.code())
                    && PLAIN_OBJECT.matcher(body.substring(start, m.start())).matches())) {
                return true; // "Reykjavik would expel three Norwegian diplomats": the act done to the actor's own people
            }
        }
        Matcher on = (FLOW_END.matcher(cue.text()).find() ? FLOW_TO : ON_TARGET).matcher(body.substring(end, Math.min(s.end(), end + 50)));
        if (!on.lookingAt()) {
            return false;
        }
        int at = end + on.end();
        return mentions.stream().anyMatch(m -> m.start() == at && event.isActor(m.code()));
    }

    /** Discord right after a cue of growth: "deepening rift", "strengthen the standoff". */
    /** Nouns of discord, whose growth is no approval: "a deepening rift", "as the row deepens". */
    private static final Set<String> DISCORD_NOUNS = Set.of("row", "rows", "rift", "rifts", "crisis", "crises", "tension", "tensions", "divide",
            "divides", "division", "divisions", "rivalry", "rivalries", "conflict", "conflicts", "mistrust", "distrust", "isolation", "instability",
            "confrontation", "standoff", "hostility", "dispute", "feud", "spat");
    private static final Pattern DISCORD_AFTER = Pattern.compile("\\s+(?:(?:the|a|an|its|their)\\s+)?(?:[\\p{Ll}-]+\\s+)?(?:"
            + String.join("|", DISCORD_NOUNS) + ")\\b");

    private static final Pattern NEGATION_WORD = Pattern.compile("(?i)\\b(?:no|not|never|longer)\\b");
    private static final Pattern BUT = Pattern.compile("(?i)\\b(?:but|however|yet)\\b");
    private static final Set<Kind> NO_POSITION = Set.of(Kind.SIDING, Kind.CONDITION, Kind.REFUSAL_CONDITION, Kind.RECEPTION, Kind.REVERSAL,
            Kind.DOCUMENT, Kind.EVENT);

    /** A siding cue followed, past "but", by a cue of a position of its own in the same sentence (offsets in the sentence). */
    private boolean hedgedBy(Sentence s, List<Cue> cues, Cue siding) {
        // "while acknowledging Chile's right to build it, warned of the risks": a concession before the main clause's position
        boolean conceded = CONCESSION_BEFORE.matcher(s.text().substring(0, siding.start())).find();
        return cues.stream().anyMatch(c -> c.start() >= siding.end() && !sidingCues.contains(c.start()) && !NO_POSITION.contains(c.kind())
                && c.position() != Position.NEUTRAL && (BUT.matcher(s.text().substring(siding.end(), c.start())).find()
                        || conceded && s.text().substring(siding.end(), c.start()).contains(",")));
    }

    /** A concessive clause open before a cue: "while acknowledging", "although it respects", "despite recognising". */
    private static final Pattern CONCESSION_BEFORE = Pattern.compile("(?i)\\b(?:while|whilst|although|though|despite|even as)\\s+[^,;]{0,60}$");

    /** A worsening of relations or a discord as what a cue is felt over: "regretted the deterioration of relations". */
    private static final Pattern DISCORD_OBJECT = Pattern.compile("\\s+(?:(?:over|about|at)\\s+)?(?:(?:the|a|an|its|their|this)\\s+)?(?:[\\p{Ll}-]+\\s+)?(?:"
            + "deterioration|escalation|worsening|" + String.join("|", DISCORD_NOUNS) + ")\\b");

    /** A noun of discord heading the subject of the verb at {@code cueStart}, no verb between: "the row over the closure deepens". */
    private boolean discordSubject(int sentenceStart, int cueStart) {
        List<Tokens.Token> before = words.in(sentenceStart, cueStart);
        for (int j = before.size() - 1; j >= 0 && before.size() - j <= 8; j--) {
            Tokens.Token t = before.get(j);
            if ("VERB".equals(t.tag()) || "AUX".equals(t.tag())) {
                return false;
            }
            if (DISCORD_NOUNS.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }

    /** A state's own interests after a cue: "its legitimate rights", "their own security and interests", "the marine environment". */
    private static final Pattern OWN_INTERESTS = Pattern.compile("\\s+(?:(?:its|their|our|his|her)\\s+(?:own\\s+)?(?:legitimate\\s+|national\\s+|core\\s+|economic\\s+)*"
            + "(?:rights|interests|sovereignty|security|economy|industries|workers|citizens|people)"
            + "|(?:the|its|their|our|his|her)\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:safety|health|environment|lives|livelihoods|waters|rivers|seas))\\b");
    /** "recalled its envoys in protest.": a reaction whose cause goes unnamed answers what the article reports. */
    private static final Pattern UNNAMED_CAUSE = Pattern.compile("(?i)\\bin (?:protest|response|retaliation)\\s*(?:[.;!]|,\\s*\\p{Ll}|$)");
    /** Words that liken a step to the event's and need no object to refer to it: "a similar step", "follow suit", "do the same". */
    private static final Pattern EMULATING = Pattern.compile("(?i)\\b(?:similar (?:step|move|measure|decision)s?|follow(?:s|ed|ing)? suit|do(?:es|ing)? the same|did the same"
            + "|the same (?:step|move|decision)s?)\\b");
    /** Words of a reply in kind that need no object to refer to the event: "vowed to retaliate", "countermeasures". */
    private static final Pattern RETALIATING = Pattern.compile("(?i)\\b(?:retaliat(?:e|es|ed|ing|ion)|countermeasures?|counter-?sanctions|reprisals?|tit-for-tat)\\b");
    /** Words that make an act a reply in kind: "retaliatory tariffs", "counter-sanctions" (not a "counterpart", "counterterrorism"). */
    static final Pattern RETALIATION = Pattern.compile("(?i)\\b(?:retaliat\\w*|counter-?(?:measures?|sanctions?|tariffs?|duty|duties|attacks?|strikes?"
            + "|offensives?|moves?|steps?|actions?|response)|reciprocal|in kind|tit-for-tat)\\b");
    private static final Pattern OWN_ACT = Pattern.compile("\\b(?:its|their) own\\b");
    /** The act and the words of its object before a name in it, within one clause: "expel an equal number of". */
    private static final Pattern PLAIN_OBJECT = Pattern.compile("[^,;:.!?()\"“”]{0,60}");
    /** A flow of goods an act stops, and where the flow goes: "halt power exports to Peru" is turned on Peru. */
    private static final Pattern FLOW_END = Pattern.compile("(?i)\\b(?:exports|supplies|supply|shipments|deliveries|sales|flows?)$");
    private static final Pattern FLOW_TO = Pattern.compile("\\s+(?:on|against|to)\\s+(?:the\\s+)?");
    /** The start of what an act is done to: "on U.S. goods", "on imports from the United States". */
    private static final Pattern ON_TARGET = Pattern.compile("\\s+(?:on|against)\\s+(?:(?:imports|goods|products|exports)\\s+from\\s+)?(?:the\\s+)?");

    /** "the opposition" with nothing it opposes after it, or "opposition" before a noun ("opposition leader"): the parties out of power. */
    private static boolean politicalOpposition(List<Tokens.Token> tokens, int k) {
        Tokens.Token next = k + 1 < tokens.size() ? tokens.get(k + 1) : null;
        if (next != null && ("NOUN".equals(next.tag()) || "PROPN".equals(next.tag()))) {
            return true;
        }
        boolean definite = k > 0 && tokens.get(k - 1).lower().equals("the");
        return definite && (next == null || !OPPOSED_THING.contains(next.lower()));
    }

    /** Words after "the opposition" that introduce what is opposed or whose it is: "the opposition to the plan". */
    private static final Set<String> OPPOSED_THING = Set.of("to", "from", "against", "of", "by", "among", "within");

    /** True when the word at {@code at} is glued by a hyphen to the word before it ("Iran-backed", "US-led"). */
    private static boolean hyphenCompound(String text, int at) {
        return at >= 2 && "-‑".indexOf(text.charAt(at - 1)) >= 0 && Character.isLetterOrDigit(text.charAt(at - 2));
    }

    /**
     * The cues aimed at what other states do: "considering following Chile's example" (following a state other than the actor
     * takes that state's course; what the holder then does, "could restrict imports too", speaks for itself) and blame laid on
     * other states' deeds ({@link #blamesOthers}).
     */
    private List<Cue> withoutCuesOnOthers(List<Cue> cues, int sentenceStart, List<CountryMention> mentions) {
        List<Cue> kept = cues.stream().filter(c -> !(c.kind() == Kind.ATTITUDE && c.text().regionMatches(true, 0, "follow", 0, 6)
                && mentions.stream().anyMatch(m -> m.start() >= sentenceStart + c.start() && m.end() <= sentenceStart + c.end()
                        && !event.isActor(m.code())))
                && !blamesOthers(c, sentenceStart, mentions)).toList();
        // "accused Peru of staging the plot to justify the move": what the accused is charged with is no cue of the accuser's
        List<int[]> charges = new ArrayList<>();
        for (Cue c : kept) {
            if (c.kind() == Kind.ATTITUDE && c.text().regionMatches(true, 0, "accus", 0, 5)) {
                int from = sentenceStart + c.end();
                Matcher end = CHARGE_END.matcher(words.text().substring(from, Math.min(words.text().length(), from + 200)));
                charges.add(new int[] {c.end(), end.find() ? c.end() + end.start() : c.end() + 200});
            }
        }
        return charges.isEmpty() ? kept : kept.stream().filter(c -> c.kind() == Kind.EVENT
                || charges.stream().noneMatch(r -> c.start() >= r[0] && c.start() < r[1])).toList();
    }

    /** Words after "step" that take it somewhere else than the event: "a step toward peace", "step up", "step down". */
    private static final Set<String> STEP_ELSEWHERE = Set.of("toward", "towards", "to", "in", "forward", "up", "down", "back");

    /** The last country named in [from, to), or null. */
    private static CountryMention lastMentionIn(List<CountryMention> mentions, int from, int to) {
        return mentions.stream().filter(m -> m.start() >= from && m.end() <= to).reduce((a, b) -> b).orElse(null);
    }

    /**
     * "welcomed the step", "this step worries us": a demonstrative step is the event's; "any step toward peace" is none; so is
     * the dispute or row the event started ("urged both sides to settle the dispute"), not "a fishing dispute", and the
     * proclamation or decree that published it ("the proclamation would undermine ..."), not "signed a decree declaring ...".
     */
    private static boolean namesTheStep(List<Tokens.Token> tokens) {
        for (int k = 1; k < tokens.size(); k++) {
            String word = tokens.get(k).lower();
            if (THIS_OR_THE.contains(tokens.get(k - 1).lower()) && (word.equals("step")
                    && (k + 1 == tokens.size() || !STEP_ELSEWHERE.contains(tokens.get(k + 1).lower())) || THE_QUARREL.contains(word)
                    || THE_INSTRUMENT.contains(word))) {
                return true;
            }
        }
        return false;
    }

    /** Nouns of the quarrel an event starts between states, after "the" or "this". */
    private static final Set<String> THE_QUARREL = Set.of("dispute", "row", "standoff", "spat");
    /** The instrument a leader's act is published by, after "the" or "this": "the proclamation would undermine ...". */
    private static final Set<String> THE_INSTRUMENT = Set.of("proclamation", "decree");

    /** Verbs (lemmas) of wanting something first: "would wait for the audit before", "wants guarantees before". */
    private static final Set<String> DEFERRING = Set.of("wait", "await", "want", "need", "demand", "insist", "seek");

    /** True when "before" right before the cue follows, in the same clause, a verb of waiting for or wanting something first. */
    private boolean deferred(Sentence s, int cueStart) {
        List<Tokens.Token> before = words.in(Math.max(s.start(), cueStart - 100), cueStart);
        if (before.isEmpty() || !before.get(before.size() - 1).lower().equals("before")) {
            return false;
        }
        for (int j = before.size() - 2; j >= 0; j--) {
            if (Tokens.anyBetween(words.text(), before.get(j), before.get(j + 1), ".;:!?")) {
                return false;
            }
            Tokens.Token t = before.get(j);
            if (DEFERRING.contains(t.lemma() != null ? t.lemma() : t.lower())) {
                return true;
            }
        }
        return false;
    }

    /** True for a sentence that is an unquoted question: "AFP: Will China take countermeasures?". */
    static boolean asks(String text) {
        return text.strip().endsWith("?") && text.chars().noneMatch(c -> c == '"' || c == '\u201C' || c == '\u201D');
    }

    /** Where the charge of an accusation ends: a clause break or a conjunction ("... to justify the move and ordered ..."). */
    private static final Pattern CHARGE_END = Pattern.compile("[,;:.!?]|\\s(?:and|but|while|as)\\s");

    /** "blamed joint drills by Chile and Bolivia for ...": what is blamed, up to its "for". */
    private static final Pattern BLAMED = Pattern.compile("^\\s+([^,;:.!?]{1,80}?)\\s+for\\b");

    /**
     * "Russia blamed drills by Chile and Bolivia for provoking Peru": blame laid on what other states did, none of them the
     * actor and no word of the event among it, takes no side on the event (the holder rather excuses the actor).
     */
    private boolean blamesOthers(Cue c, int sentenceStart, List<CountryMention> mentions) {
        if (c.kind() != Kind.ATTITUDE || !c.text().regionMatches(true, 0, "blam", 0, 4) || !event.known()) {
            return false;
        }
        int end = sentenceStart + c.end();
        Matcher m = BLAMED.matcher(words.text().substring(end, Math.min(words.text().length(), end + 100)));
        if (!m.find()) {
            return false;
        }
        int from = end + m.start(1);
        int to = end + m.end(1);
        List<CountryMention> blamed = mentions.stream().filter(x -> x.start() >= from && x.end() <= to).toList();
        return !blamed.isEmpty() && blamed.stream().noneMatch(x -> event.isActor(x.code()))
                && Tokens.of(words.text(), from, to).stream().noneMatch(t -> event.isOwnTrigger(t.lower()));
    }

    /** Cues of the sentence in text order: the lexicon's, and the acts of the event's families as EVENT cues. */
    private List<Cue> cues(List<Tokens.Token> tokens, int sentenceStart, boolean spoken) {
        List<Cue> out = new ArrayList<>();
        Set<String> families = event.actFamilies();
        for (Lexicon.Match m : ACTS.find(tokens, words.text())) {
            String kind = m.entry().kind();
            if (kind.startsWith("ACT:") && families.contains(kind.substring(4)) && !agreesToOtherAct(tokens, m, families)
                    && !joinsPartnersIn(tokens, m) && !enactsLaw(tokens, m.end()) && !opensReaction(tokens, m)
                    && !actsOnOtherName(tokens, m.start())) {
                out.add(new Cue(m.start() - sentenceStart, m.end() - sentenceStart, cueText(tokens, m), m.entry().polarity(), Kind.EVENT));
            }
        }
        if (openAct != null) {
            for (Tokens.Token t : tokens) {
                if ((openAct.equals(t.lemma()) || openActForms.contains(t.lower())) && !enactsLaw(tokens, t.end())) {
                    out.add(new Cue(t.start() - sentenceStart, t.end() - sentenceStart, t.text(), Position.SUPPORTIVE, Kind.EVENT));
                }
            }
        }
        for (int k = 0; k < tokens.size(); k++) {
            Lexicon.Match m = CUES.findAt(tokens.subList(k, Math.min(tokens.size(), k + 1 + 8)), words.text(), event::isActNoun).orElse(null);
            if (m == null || hyphenCompound(words.text(), m.start())) {
                continue; // "Iran-backed militias": the state backs the militias; nobody here backs anything
            }
            if (prepositionAt(tokens, k)) {
                continue; // "the agreement concerning Sweden's membership": "about", no worry
            }
            if (m.entry().polarity() != Position.SUPPORTIVE && eventActAt(out, m.start() - sentenceStart)) {
                continue; // "joined Chile in sanctioning Peru" in a story of sanctions: the event's own act, no measure against it
            }
            if (withinEventAct(out, m.start() - sentenceStart, m.end() - sentenceStart) && !eventActAt(out, m.start() - sentenceStart)) {
                continue; // "disturbed by the plan to revoke its ratification": a word inside the act's phrase is the act's
            }
            Kind kind = Kind.valueOf(m.entry().kind());
            if (m.entry().polarity() != Position.SUPPORTIVE && withinEventAct(out, m.start() - sentenceStart, m.end() - sentenceStart)
                    && (kind == Kind.MEASURE || !spoken)) {
                // "Washington imposed export restrictions": the act's own noun is no measure against it; "imposed unilateral
                // controls" with no one quoted: the writer's word for the act, nobody's position
                continue;
            }
            if (SO_CALLED_BEFORE.matcher(words.text().substring(Math.max(sentenceStart, m.start() - 12), m.start())).find()) {
                continue; // "so-called \"unfriendly\" buyers": a label held at a distance, nobody's judgement here
            }
            if (CITED_BEFORE.matcher(words.text().substring(Math.max(sentenceStart, m.start() - 50), m.start())).find()) {
                continue; // "citing security concerns": the reason a state gives for its own act, no position on the event
            }
            if (k > 0 && tokens.get(k).lower().equals("back") && "VERB".equals(tokens.get(k - 1).tag())) {
                continue; // "call back its ambassador", "scaled back": a particle, not backing
            }
            if (attributiveParticiple(tokens, k, m)) {
                continue; // "a list of approved suppliers": the participle describes a noun; nobody approves anything here
            }
            if (DENIALS.contains(m.entry().phrase()) && !accusationEvent()) {
                continue; // "Peru denies deploying troops": a denial opposes only an event that is itself an accusation
            }
            if (STOP_DEMANDS.contains(m.entry().phrase()) && addressedToOther(m.start(), m.end())) {
                continue; // "we urge Chile to cease its attacks": a demand put to another state than the actor, about its own deeds
            }
            if (m.entry().phrase().equals("opposition") && politicalOpposition(tokens, k)) {
                continue; // "a victory for the opposition", "the opposition candidate": the parties, not a position
            }
            if (kind == Kind.REBUTTAL && m.entry().phrase().contains("*") && "VERB".equals(lastTokenOf(tokens, k, m).tag())) {
                continue; // "rejected what it called an aggression": what is rejected is no "call" of others
            }
            Tokens.Token rebutted = kind == Kind.REBUTTAL ? null : passiveRebuttal(tokens, k, m);
            if (rebutted != null) {
                // "the charges were dismissed by Chile": the rebuttal in the passive, what it rebuts before its verb
                Lexicon.Entry e = rebuttalOf(tokens.get(k).lower(), rebutted.lower());
                if (e.polarity() != Position.NEUTRAL || event.isOwnTrigger(rebutted.lower())) {
                    out.add(new Cue(m.start() - sentenceStart, m.end() - sentenceStart, cueText(tokens, m),
                            e.polarity() == Position.NEUTRAL ? Position.OPPOSED : e.polarity(), e.polarity() == Position.NEUTRAL ? Kind.ATTITUDE : Kind.REBUTTAL));
                }
                continue;
            }
            if (kind == Kind.EVALUATION) {
                if (describesTheThing(tokens, k)) {
                    continue; // "the historic 2015 climate deal" describes the agreement; it is nobody's attitude
                }
                if (describesOtherCue(tokens, m)) {
                    continue; // "a historic injustice": the noun after it carries the judgement
                }
                if (necessity(tokens, m.end())) {
                    continue; // "it is vital that talks resume", "crucial to avoid escalation": a need, no judgement of anything
                }
                if (CLAUSE_OF_NAME.matcher(words.text().substring(Math.max(sentenceStart, m.start() - 120), m.start())).find()) {
                    continue; // "the strike on Chile, a crucial broker in the talks": what a state is, no judgement of the move
                }
                kind = Kind.ATTITUDE;
            }
            Position undo = kind == Kind.REVERSAL ? demandedUndo(tokens, k, m, sentenceStart) : null;
            if (undo != null) {
                // "Washington must reconsider its decision", "urged Peru to reverse course": a demand to undo the event opposes it;
                // "hoped Oslo would reconsider": a wish is wary
                out.add(new Cue(m.start() - sentenceStart, m.end() - sentenceStart, cueText(tokens, m), undo, Kind.ATTITUDE));
                demandedUndos.add(m.start() - sentenceStart);
                continue;
            }
            if (kind == Kind.REBUTTAL && m.entry().polarity() == Position.NEUTRAL && accusedEvent(tokens, m)) {
                // "denied the allegations" in a story of those allegations: the denial opposes the event itself
                out.add(new Cue(m.start() - sentenceStart, m.end() - sentenceStart, cueText(tokens, m), Position.OPPOSED, Kind.ATTITUDE));
                continue;
            }
            if (kind == Kind.MEASURE) {
                // "the import ban": a compound whose last word is a noun names the measure, however its first word is tagged
                boolean noun = "NOUN".equals(tokens.get(k).tag()) || "NOUN".equals(lastTokenOf(tokens, k, m).tag());
                if (noun && judged(out, tokens, k, sentenceStart)) {
                    continue; // "condemning the ban": the measure judged, nobody's act here
                }
                if (noun && !ownMeasure(words.text(), tokens, k) && !KEPT_IN_PLACE.matcher(words.text()).region(m.end(), tokens.get(tokens.size() - 1).end()).lookingAt()) {
                    // "the impact of Peru's ban", "sanctions have failed": a measure named, nobody's act here; but "said import
                    // bans will stay in place": who says so keeps them
                    continue;
                }
                kind = Kind.ATTITUDE;
            }
            out.add(new Cue(m.start() - sentenceStart, m.end() - sentenceStart, cueText(tokens, m), m.entry().polarity(), kind));
        }
        boolean background = datedBefore(tokens, out) || continuesBackground(tokens, out);
        backgroundEnd = background ? tokens.get(tokens.size() - 1).end() : -1;
        if (background) {
            out.removeIf(c -> c.kind() != Kind.EVENT); // "In June of last year, Chile cut ties with Peru": background, no reply to the move
        }
        return withoutGovernedCues(out, tokens, sentenceStart);
    }

    /**
     * A time before the event: "last year", "the previous year", "two years ago", "in June 2017" when the article is of a later
     * year (group "year").
     */
    private static final Pattern EARLIER_TIME = Pattern.compile("(?i)\\b(?:(?:last|previous) year|the year before|a year (?:earlier|before)"
            + "|(?:\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|several|many|a few) (?:years|decades) (?:ago|earlier|before)"
            + "|(?:in|during) (?:(?:early|late|mid-?)\\s*)?(?:(?:" + String.join("|", Dates.MONTH_NAMES) + ")\\s+(?:of\\s+)?)?(?<year>(?:19|20)\\d{2}))\\b");

    /**
     * True when the sentence is dated before the event, outside an aside, and names neither the event's act nor a word for it:
     * what a state did then ("Chile cut ties with Peru in 2017") is background, no position on the event.
     */
    private boolean datedBefore(List<Tokens.Token> tokens, List<Cue> found) {
        if (tokens.isEmpty() || !event.known()) {
            return false;
        }
        String text = words.text().substring(tokens.get(0).start(), tokens.get(tokens.size() - 1).end());
        if (!holdsYear(text) && YEAR_WORDS.stream().noneMatch(text::contains)) {
            return false; // every earlier time names a year or a decade: spare the pattern
        }
        Matcher m = EARLIER_TIME.matcher(text);
        List<int[]> asides = null;
        boolean dated = false;
        while (!dated && m.find()) {
            String year = m.group("year");
            int at = m.start();
            asides = asides == null ? asides(text) : asides;
            dated = (year == null || publishedYear != null && Integer.parseInt(year) < publishedYear)
                    && asides.stream().noneMatch(r -> r[0] <= at && at < r[1]);
        }
        return dated && found.stream().noneMatch(c -> c.kind() == Kind.EVENT) && tokens.stream().noneMatch(t -> event.isTrigger(t.lower()));
    }

    /**
     * True when the sentence goes on with the background of the one before it in its paragraph: no time or tense of its own that
     * brings it to the present, and neither the event's act nor a word for it ("In 2019 the court charged Chile's minister. Chile
     * dismissed the charges.").
     */
    private boolean continuesBackground(List<Tokens.Token> tokens, List<Cue> found) {
        if (backgroundEnd < 0 || tokens.isEmpty() || tokens.get(0).start() < backgroundEnd
                || words.text().substring(backgroundEnd, tokens.get(0).start()).indexOf('\n') >= 0) {
            return false;
        }
        return tokens.stream().noneMatch(t -> PRESENT_OR_RECENT.contains(t.lower()) || Dates.WEEKDAYS.contains(t.text()) || event.isTrigger(t.lower()))
                && found.stream().noneMatch(c -> c.kind() == Kind.EVENT);
    }

    /** Words that bring a sentence to the present or the days of the news: a tense of the present or future, "now", "today". */
    private static final Set<String> PRESENT_OR_RECENT = Set.of("is", "are", "has", "have", "will", "says", "say", "now", "today",
            "yesterday", "tonight", "recently");

    private static final List<String> YEAR_WORDS = List.of("year", "Year", "YEAR", "decade", "Decade", "DECADE");

    /** True when the text holds four digits in a row that start with 19 or 20. */
    private static boolean holdsYear(String text) {
        for (int k = 0; k + 3 < text.length(); k++) {
            char c = text.charAt(k);
            if ((c == '1' && text.charAt(k + 1) == '9' || c == '2' && text.charAt(k + 1) == '0')
                    && Character.isDigit(text.charAt(k + 2)) && Character.isDigit(text.charAt(k + 3))) {
                return true;
            }
        }
        return false;
    }

    /** The last token of the match {@code m} that starts at token {@code k}. */
    private static Tokens.Token lastTokenOf(List<Tokens.Token> tokens, int k, Lexicon.Match m) {
        int last = k;
        while (last + 1 < tokens.size() && tokens.get(last + 1).end() <= m.end()) {
            last++;
        }
        return tokens.get(last);
    }

    /**
     * True when the word at {@code k} is the object of a cue against something found before it ("condemning the ban", "criticised
     * the new tariffs"); backing a measure ("upheld a ban") keeps it the holder's.
     */
    private boolean judged(List<Cue> found, List<Tokens.Token> tokens, int k, int sentenceStart) {
        return found.stream().anyMatch(c -> c.kind() != Kind.EVENT && c.position() != Position.SUPPORTIVE && sentenceStart + c.end() <= tokens.get(k).start()
                && objectOf(tokens, sentenceStart + c.end(), tokens.get(k).start()));
    }

    /** True when the actor, named right before a modal of obligation that ends {@code before}, is who ought to do the cue: "Peru should avoid". */
    private boolean actorOwes(Sentence s, List<CountryMention> mentions, String before, Cue cue) {
        Matcher modal = OBLIGED.matcher(before);
        if (!modal.find()) {
            return false;
        }
        int at = s.start() + Math.max(0, cue.start() - 40) + modal.start();
        return mentions.stream().anyMatch(m -> event.isActor(m.code()) && m.end() <= at && words.text().substring(m.end(), at).isBlank());
    }

    /** The modals of obligation, for the patterns below: "must", "should", "ought to". */
    private static final String OUGHT = "must|should|ought\\s+to";
    /** A modal of obligation right before a verb: "must reconsider", "should urgently reverse", "needs to rescind". */
    private static final Pattern OBLIGED = Pattern.compile("(?i)\\b(?:" + OUGHT + "|needs?\\s+to|has\\s+to|have\\s+to)\\s+(?:\\p{Ll}+ly\\s+)?$");

    /**
     * A verb of undoing that someone demands of the event, after a modal of obligation or an appeal ("urged Peru to reverse"):
     * OPPOSED, as is making it the condition of a threat ("duties unless Peru withdraws its ban", "if the ban is not lifted"); or
     * wishes for, after a hope ("hoped Oslo would reconsider"): CONCERNED; with the event, its act or "course" among the few words
     * after it ("its decision", "the recognition", "course"). Null otherwise.
     */
    private Position demandedUndo(List<Tokens.Token> tokens, int k, Lexicon.Match m, int sentenceStart) {
        int from = Math.max(sentenceStart, m.start() - 130);
        String before = words.text().substring(from, m.start());
        Position p = OBLIGED.matcher(before).find() || URGED.matcher(before).find() || CONDITIONED.matcher(before).find() ? Position.OPPOSED
                : HOPED.matcher(before).find() ? Position.CONCERNED : null;
        Matcher urged = URGED.matcher(before);
        if (urged.find() && addressedToOther(from + urged.start(2), from + urged.end(2))) {
            return null; // "we urge Chile to reconsider its attacks": a deed of another state than the actor, not the event
        }
        if (p == Position.OPPOSED && urged.find(0) && ALL_SIDES.matcher(urged.group(2)).find()) {
            p = Position.CONCERNED; // "urges the parties to the conflict to stop the bloodshed": an even-handed call for calm
        }
        int next = k + 1;
        while (next < tokens.size() && tokens.get(next).start() < m.end()) {
            next++;
        }
        if (p != null && (next == tokens.size() || Tokens.anyBetween(words.text(), tokens.get(next - 1), tokens.get(next), ",;:")
                || COORDINATOR.contains(tokens.get(next).lower()))) {
            return p; // "hoped Oslo would reconsider.", "urge Lima to reconsider and to ...": nothing else named, the event is what is undone
        }
        for (int j = next; p != null && j < tokens.size() && j <= k + 6; j++) {
            String w = tokens.get(j).lower();
            if (event.isTrigger(w) || w.equals("course")) {
                return p;
            }
        }
        return null;
    }

    private static final Set<String> COORDINATOR = Set.of("and", "or", "but");

    /** Everyone in a conflict, addressed alike: "the parties", "both sides", "all sides to the conflict". */
    private static final Pattern ALL_SIDES = Pattern.compile("(?i)\\b(?:the|both|all)\\s+(?:\\w+\\s+)?(?:parties|sides)\\b");

    /** Demands put to someone that something stop: "urge * to stop", "call on * cease", "demand * halt" (read once). */
    private static final Set<String> STOP_DEMANDS = CUES.entries().stream()
            .filter(e -> e.polarity() == Position.OPPOSED && e.phrase().matches("(?:urge|call on|demand) \\*.*")).map(Lexicon.Entry::phrase)
            .collect(Collectors.toSet());

    /** True when states are named in body[from, to) and none of them is the event's actor: a call addressed to others. */
    private boolean addressedToOther(int from, int to) {
        List<CountryMention> addressed = sentenceMentions.stream().filter(x -> x.start() >= from && x.end() <= to).toList();
        return event.known() && !addressed.isEmpty() && addressed.stream().noneMatch(x -> event.isActor(x.code()));
    }

    /** A condition that someone undo what follows: "unless Peru", "until Oslo", "if the ban is not". */
    private static final Pattern CONDITIONED = Pattern.compile("(?i)\\b(?:unless|until)\\s+(?:[^,;.]{1,40}?\\s+)?$|\\bif\\s+[^,;.]{1,40}?\\s+(?:is|are)\\s+not\\s+$");

    /** A wish that someone would do what follows: "hoped Oslo would", "hopes that Peru will". */
    private static final Pattern HOPED = Pattern.compile("(?i)\\bhop(?:e|es|ed|ing)\\s+(?:that\\s+)?[^,;.]{1,40}?\\s+(?:would|will|could|might)\\s+$");

    /**
     * The word a one-word cue in the passive rebuts when a rebuttal of the lexicon ("dismiss * charges") names it in the clause
     * before the verb: "The charges against him were dismissed by Chile"; null when there is none.
     */
    private Tokens.Token passiveRebuttal(List<Tokens.Token> tokens, int k, Lexicon.Match m) {
        if (m.end() != tokens.get(k).end() || k < 2 || k + 1 >= tokens.size() || !tokens.get(k + 1).lower().equals("by")
                || !BE_FORMS.contains(tokens.get(k - 1).lower())) {
            return null;
        }
        for (int j = k - 2; j >= 0 && j >= k - 8 && !Tokens.boundaryBetween(words.text(), tokens.get(j), tokens.get(j + 1)); j--) {
            if (rebuttalOf(tokens.get(k).lower(), tokens.get(j).lower()) != null) {
                return tokens.get(j);
            }
        }
        return null;
    }

    /** The rebuttal of the lexicon that opens with this verb form and ends in this word, or null. */
    private static Lexicon.Entry rebuttalOf(String verb, String rebutted) {
        for (Lexicon.Entry e : CUES.startingWith(verb)) {
            if (e.kind().equals(Kind.REBUTTAL.name()) && e.rest().size() == 2 && e.rest().get(0).contains("*") && e.rest().get(1).contains(rebutted)) {
                return e;
            }
        }
        return null;
    }

    private static final Set<String> BE_FORMS = Set.of("is", "are", "was", "were", "been", "be", "being");

    /** Bare denials, which oppose an accusation. */
    private static final Set<String> DENIALS = Set.of("deny", "denial");

    /** True for an event that is itself an accusation: a case, a complaint, allegations. */
    private boolean accusationEvent() {
        return event.isOwnTrigger("accusation") || event.isOwnTrigger("allegation");
    }

    /** True when the last word of a denial names the event itself: "denied the allegations" in a story of allegations. */
    private boolean accusedEvent(List<Tokens.Token> tokens, Lexicon.Match m) {
        for (int k = tokens.size() - 1; k >= 0; k--) {
            if (tokens.get(k).end() == m.end()) {
                return event.isOwnTrigger(tokens.get(k).lower());
            }
        }
        return false;
    }

    /**
     * A one-word cue in "-ed" right after a preposition and right before a noun: "a list of approved suppliers"; after a determiner
     * only an attitude ({@link #describesItsNoun}), as an evaluation may still judge ("an unjustified raid").
     */
    private static boolean attributiveParticiple(List<Tokens.Token> tokens, int k, Lexicon.Match m) {
        Tokens.Token t = tokens.get(k);
        return m.end() == t.end() && (k > 0 && k + 1 < tokens.size() && t.lower().endsWith("ed") && "NOUN".equals(tokens.get(k + 1).tag())
                && "ADP".equals(tokens.get(k - 1).tag()) || m.entry().kind().equals(Kind.ATTITUDE.name()) && describesItsNoun(tokens, k));
    }

    /**
     * An attitude in "-ed" between a determiner and a noun (tagged words) describes the noun, nobody's view: "the concerned diplomat",
     * "all concerned parties" (the ones in question); "we are all concerned about it" keeps its sense.
     */
    private static boolean describesItsNoun(List<Tokens.Token> tagged, int k) {
        return k > 0 && k + 1 < tagged.size() && tagged.get(k).lower().endsWith("ed") && "DET".equals(tagged.get(k - 1).tag())
                && "NOUN".equals(tagged.get(k + 1).tag());
    }

    /**
     * An evaluation that describes the agreement or an act, the writer's words and nobody's attitude: "the historic 2015
     * climate deal", "the landmark Lima Fisheries Accord" (a name), "Peru's bold decision" (a possessive and a noun of the act).
     */
    private boolean describesTheThing(List<Tokens.Token> tokens, int k) {
        if (k == 0) {
            return false;
        }
        Tokens.Token before = tokens.get(k - 1);
        if (DETERMINERS.contains(before.lower())) {
            // "would cut a vital route": the object of a verb that judges nothing is described, not the move
            boolean ofPlainVerb = k >= 2 && "VERB".equals(tokens.get(k - 2).tag()) && !JUDGING_VERBS.contains(tokens.get(k - 2).base());
            return objectNounFollows(tokens, k + 1) || before.lower().equals("the") && k + 1 < tokens.size() && tokens.get(k + 1).capitalised()
                    || ofPlainVerb && k + 1 < tokens.size() && "NOUN".equals(tokens.get(k + 1).tag());
        }
        if (!words.text().substring(before.end(), tokens.get(k).start()).matches("['’]s\\s+")) {
            return false;
        }
        for (int j = k + 1; j < Math.min(tokens.size(), k + 3); j++) {
            if (eventNoun(tokens.get(j).lower()) || objectNounFollows(tokens, j) && j == k + 1) {
                return true;
            }
        }
        return false;
    }

    /** True when a cue of the other side starts right after an evaluation, which then describes that cue's noun: "a historic injustice". */
    private boolean describesOtherCue(List<Tokens.Token> tokens, Lexicon.Match m) {
        int next = Tokens.firstFrom(tokens, m.end());
        return next < tokens.size() && CUES.findAt(tokens.subList(next, Math.min(tokens.size(), next + 4)), words.text())
                .filter(x -> x.entry().polarity() != m.entry().polarity()).isPresent();
    }

    /** Verbs that judge their object: "called it a vital step", "hailed it as a historic day". */
    private static final Set<String> JUDGING_VERBS = Set.of("be", "call", "describe", "consider", "see", "view", "term", "hail", "deem",
            "label", "brand", "regard", "find", "praise", "welcome", "dub", "declare");

    /** Verbs that address a wish or a request to a state ("we hope Peru will ...", "urged Peru to ..."). */
    private static final Set<String> APPEAL_VERBS = Set.of("hope", "expect", "trust", "urge", "ask", "call", "want", "wish", "encourage", "press");
    private static final Set<String> APPEAL_MODALS = Set.of("will", "would", "can", "could", "should", "shall", "to");
    private static final Set<String> OBJECT_OPENERS = Set.of("DET", "PRON");

    /**
     * An appeal to the event's actor to do something other than its act ("we hope Peru will take its partners' needs into
     * account", "urged Peru to reconsider") is wariness of the act: CONCERNED, replacing any approval the wish word carries.
     * A wish that the actor do the act itself ("we hope Peru will join soon") is no appeal.
     */
    private List<Cue> withAppeals(List<Cue> cues, List<Tokens.Token> tokens, int sentenceStart, List<CountryMention> mentions) {
        List<Cue> out = null;
        for (int k = 0; k < tokens.size(); k++) {
            int verb = appealTo(tokens, k, mentions);
            if (verb < 0) {
                continue;
            }
            int start = tokens.get(k).start() - sentenceStart;
            int end = tokens.get(verb).end() - sentenceStart;
            out = out == null ? new ArrayList<>(cues) : out;
            out.removeIf(c -> c.position() == Position.SUPPORTIVE && c.kind() != Kind.EVENT && c.start() >= start && c.start() < end);
            if (!addressesBothSides(tokens, k, verb, mentions)) { // "urged Peru and Chile to talk": even-handed, no wariness of either
                // "urged Peru to rejoin the pact" when Peru leaves it: undoing the act is asked, which opposes it
                Position asked = undoesTheAct(tokens, verb) ? Position.OPPOSED : Position.CONCERNED;
                out.add(new Cue(start, end, words.text().substring(tokens.get(k).start(), tokens.get(verb).end()), asked, Kind.ATTITUDE));
            }
        }
        return out == null ? cues : out;
    }

    /** Verbs that take up again what was stopped or left: "resume", "rejoin", "return to", "stay in". */
    private static final Set<String> RESUMING = Set.of("resume", "rejoin", "return", "remain", "stay", "restore", "reinstate", "renew", "extend");

    /**
     * True when the deed asked at {@code verb} takes up again what the event stops or leaves, named within six words:
     * "to resume its participation in the pact", "to rejoin the treaty".
     */
    private boolean undoesTheAct(List<Tokens.Token> tokens, int verb) {
        if (!event.actHalts() || !RESUMING.contains(tokens.get(verb).lemma())) {
            return false;
        }
        for (int j = verb + 1; j < tokens.size() && j <= verb + 6; j++) {
            if (Tokens.anyBetween(words.text(), tokens.get(j - 1), tokens.get(j), ",;:")) {
                return false;
            }
            if (event.isOwnTrigger(tokens.get(j).lower())) {
                return true;
            }
        }
        return false;
    }

    /** A state named by its government: "the government of", "the authorities of" before its name. */
    private static final Set<String> GOVERNMENT_WORDS = Set.of("government", "authorities", "leadership");

    /** The index of the verb asked of an actor by an appeal word at {@code k}, or -1. */
    private int appealTo(List<Tokens.Token> tokens, int k, List<CountryMention> mentions) {
        Tokens.Token w = tokens.get(k);
        // "the U.S. urges Peru to ...": the tagger may read the verb after an abbreviation as a noun; the state and "to" after it decide
        if (!("VERB".equals(w.tag()) || "NOUN".equals(w.tag())) || !APPEAL_VERBS.contains(w.lemma())) {
            return -1;
        }
        if (CONTACT_VERBS.contains(w.lemma()) && (k + 1 >= tokens.size() || !tokens.get(k + 1).lower().equals("on") && !tokens.get(k + 1).lower().equals("upon"))) {
            return -1; // "called Peru's leader to congratulate him": getting in touch, no appeal; "called on Peru to" is one
        }
        int j = k + 1;
        while (j < tokens.size() && (tokens.get(j).lower().equals("that") || tokens.get(j).lower().equals("on") || tokens.get(j).lower().equals("upon"))) {
            j++;
        }
        if (j + 2 < tokens.size() && tokens.get(j).lower().equals("the") && GOVERNMENT_WORDS.contains(tokens.get(j + 1).lower())
                && tokens.get(j + 2).lower().equals("of")) {
            j += 3; // "urged the Government of Peru to ..."
        }
        if (j >= tokens.size()) {
            return -1;
        }
        int at = tokens.get(j).start();
        CountryMention actor = mentions.stream().filter(m -> m.start() == at && event.isActor(m.code())).findFirst().orElse(null);
        if (actor == null) {
            return -1;
        }
        j = afterMention(tokens, j, actor);
        while (j + 1 < tokens.size() && tokens.get(j).lower().equals("and") && mentionAt(tokens.get(j + 1).start(), mentions) != null) {
            j = afterMention(tokens, j + 1, mentionAt(tokens.get(j + 1).start(), mentions)); // "Peru and Chile to ..."
        }
        if (j >= tokens.size() || !APPEAL_MODALS.contains(tokens.get(j).lower())) {
            return -1;
        }
        for (j++; j < tokens.size() && ("ADV".equals(tokens.get(j).tag()) || "PART".equals(tokens.get(j).tag())); j++) {
            // "will carefully consider", "would not"
        }
        if (j + 1 < tokens.size() && "consider".equals(tokens.get(j).lemma())) { // "to consider (not) joining": the deed considered is asked
            int deed = j + 2 < tokens.size() && "not".equals(tokens.get(j + 1).lower()) ? j + 2 : j + 1;
            j = "VERB".equals(tokens.get(deed).tag()) ? deed : j;
        }
        boolean verbAfterTo = j + 1 < tokens.size() && "NOUN".equals(tokens.get(j).tag()) && tokens.get(j - 1).lower().equals("to")
                && OBJECT_OPENERS.contains(tokens.get(j + 1).tag()); // "to respect the ...": a verb the tagger took for a noun
        if (j >= tokens.size() || !("VERB".equals(tokens.get(j).tag()) || verbAfterTo) || event.isTrigger(tokens.get(j).lower())) {
            return -1;
        }
        Set<String> families = event.actFamilies();
        boolean theAct = ACTS.findAt(tokens.subList(j, Math.min(tokens.size(), j + 5)), words.text())
                .filter(m -> m.entry().kind().startsWith("ACT:") && families.contains(m.entry().kind().substring(4))).isPresent();
        return theAct ? -1 : j; // "we hope Peru will ratify it soon" wishes for the act
    }

    private static int afterMention(List<Tokens.Token> tokens, int j, CountryMention m) {
        while (j < tokens.size() && tokens.get(j).start() < m.end()) {
            j++;
        }
        return j;
    }

    private static CountryMention mentionAt(int at, List<CountryMention> mentions) {
        return mentions.stream().filter(m -> m.start() == at).findFirst().orElse(null);
    }

    /** True when the appeal from {@code k} to {@code verb} also addresses a state that is not the event's actor. */
    private boolean addressesBothSides(List<Tokens.Token> tokens, int k, int verb, List<CountryMention> mentions) {
        int from = tokens.get(k).end();
        int to = tokens.get(verb).start();
        return mentions.stream().anyMatch(m -> m.start() >= from && m.start() < to && !event.isActor(m.code()));
    }

    /** A SIDING cue that ends in its preposition names what it sides with right after it: "stood behind", "rallied around". */
    private static final Pattern SIDING_OBJECT_AFTER = Pattern.compile("(?i)\\s(?:with|behind|around)$");

    /** True when the event or a noun for it ("the deal", "the decision") comes within the three words from {@code from}. */
    private boolean eventAfter(int from) {
        List<Tokens.Token> after = words.in(from, Math.min(words.text().length(), from + 40));
        return after.stream().limit(3).anyMatch(t -> event.isTrigger(t.lower()) || eventNoun(t.lower()));
    }

    /** All states as the holder of a right, up to three words before the cue: "every sovereign nation has the", "all countries have a". */
    private static final Pattern EVERY_STATE_BEFORE = Pattern.compile("(?i)\\b(?:every|each|any|all)\\s+(?:[\\p{L}-]+\\s+)?"
            + "(?:countr(?:y|ies)|nations?|states?|governments?)\\s+(?:[\\p{L}'’-]+\\s+){0,3}$");

    /** How far after a SIDING cue the state whose sovereignty it names may stand ("the territorial integrity of Peru"). */
    private static final int SIDING_REACH = 12;
    /** What stands for a state before its name: "the people of", "the government and people of". */
    private static final Pattern STATE_OF = Pattern.compile("(?i)\\s+(?:the\\s+)?(?:people|government|nation|leadership|citizens)"
            + "(?:\\s+and\\s+(?:the\\s+)?(?:people|government))?\\s+of");

    /** Other states in general after a SIDING cue: "of other states", "of foreign countries", "of others". */
    private static final Pattern OTHER_STATES_AFTER = Pattern.compile("(?i)\\s+of\\s+(?:(?:other|another|foreign|neighbou?ring)\\s+"
            + "(?:states?|countries|country|nations?)|others)\\b");

    /**
     * Support for a state's sovereignty, unity, integrity or rights ("backed Peru's sovereignty", "supports the territorial
     * integrity of Peru", "Peru has the right to ...") sides with that state, named after the cue or else the last one before
     * it ("defend its sovereignty"): the cue's position when it is the event's actor, opposition to the act otherwise (the act
     * is what threatens it). Plain approval cues on the same word give way.
     */
    private List<Cue> sided(List<Cue> cues, int sentenceStart, List<CountryMention> mentions) {
        if (cues.stream().noneMatch(c -> c.kind() == Kind.SIDING)) {
            return cues;
        }
        List<Cue> out = new ArrayList<>();
        for (Cue c : cues) {
            if (c.kind() != Kind.SIDING) {
                if (cues.stream().noneMatch(o -> o.kind() == Kind.SIDING && o.start() == c.start())) {
                    out.add(c);
                }
                continue;
            }
            int from = sentenceStart + c.start();
            Matcher of = STATE_OF.matcher(words.text().substring(sentenceStart + c.end(), Math.min(words.text().length(), sentenceStart + c.end() + 60)));
            int to = sentenceStart + c.end() + SIDING_REACH + (of.lookingAt() ? of.end() : 0); // "stand with the people of Peru"
            CountryMention after = mentions.stream().filter(m -> m.start() >= from && m.start() <= to).findFirst().orElse(null);
            if (after == null && SIDING_OBJECT_AFTER.matcher(c.text()).find()) {
                // "stood behind", "threw its weight behind": with no state after it, only the event named after it is backed
                if (eventAfter(sentenceStart + c.end())) {
                    out.add(new Cue(c.start(), c.end(), c.text(), c.position(), Kind.ATTITUDE));
                }
                continue;
            }
            if (after == null && OTHER_STATES_AFTER.matcher(words.text()).region(sentenceStart + c.end(), words.text().length()).lookingAt()) {
                continue; // "interfering in the internal affairs of other states": no state in particular, none the one named before
            }
            if (after == null && MUTUAL_BEFORE.matcher(words.text().substring(Math.max(sentenceStart, from - 10), from)).find()) {
                continue; // "mutual respect for sovereignty": a principle the parties share, nobody's side
            }
            CountryMention state = after != null ? after
                    : lastMentionIn(mentions, sentenceStart, from);
            // "every nation has the right to ...": a right claimed for all states is claimed for the event's actor too
            boolean everyState = after == null && EVERY_STATE_BEFORE.matcher(words.text().substring(Math.max(sentenceStart, from - 60), from)).find()
                    // "respected their sovereign choice": a plural owner is not the single state before it, but the states that acted
                    || after == null && !event.actors().isEmpty() && THEIR_BEFORE.matcher(words.text().substring(Math.max(sentenceStart, from - 7), from)).find()
                    // "That is the sovereign right of both countries": the move said to be a right is the right of those who made it
                    || after == null && !event.actors().isEmpty() && THE_MOVE_IS.matcher(words.text().substring(sentenceStart, from)).find();
            if (everyState) {
                state = null;
            }
            Position p = everyState || state != null && event.isActor(state.code()) ? c.position() : Position.OPPOSED;
            if (everyState || state != null && event.isActor(state.code())) {
                sidingWithActor.add(c.start());
            } else if (state != null && event.isTarget(state.code())) {
                sidingWithTarget.add(c.start()); // "Qatar expressed solidarity with Mogadishu": with the state the act is against
            }
            if (after == null && state != null) {
                sidedWith.put(c.start(), state.code()); // "Chile said Peru has the right to ...": Peru is sided with, Chile holds it
            }
            sidingCues.add(c.start());
            out.add(new Cue(c.start(), c.end(), c.text(), p, Kind.ATTITUDE));
        }
        return out;
    }

    private static final Pattern THEIR_BEFORE = Pattern.compile("(?i)\\btheir\\s+$");
    /** A sentence, also one inside a quotation, that opens on the move as a pronoun and its verb: "That is the ", "It was a ". */
    private static final Pattern THE_MOVE_IS = Pattern.compile("(?i)(?:^|[.!?]\\s+)\\W*(?:that|this|it)\\s+(?:is|was|remains|would be)\\s+(?:(?:the|a|an)\\s+)?$");
    private static final Set<String> OWN_POSSESSIVES = Set.of("its", "their", "our", "his", "her");
    private static final Set<String> RELATION_NOUNS = Set.of("friend", "friends", "partner", "partners", "ally", "allies", "brother", "brothers");
    private static final Set<String> MEASURE_MODIFIER_TAGS = Set.of("DET", "ADJ", "NUM", "NOUN", "ADV");
    private static final Set<String> MEASURE_PREPOSITIONS = Set.of("for", "with", "of");

    /**
     * A measure noun at {@code k} that is an act of the clause's holder: the object of a verb, past at most three modifiers
     * ("imposed new trade sanctions", "called for a boycott", "warned of retaliation"), its own ("its ban"), a headline's
     * verb after a name ("Chile bans ...", not "respond to any Chilean sanctions over ..."), or "in retaliation". Another's
     * ("Peru's ban"), a subject (also of the clause a verb of saying takes: "said the ban would ...") or a preposition's object
     * ("the impact of the ban") is not.
     */
    /** After a measure: it is kept, "... on Peruvian fish will stay in place", "will remain in force", "would be maintained". */
    private static final Pattern KEPT_IN_PLACE = Pattern.compile("(?i)(?:\\s+[\\p{L}-]+){0,6}?\\s+(?:will|would|must|shall|are to|is to)\\s+"
            + "(?:(?:stay|remain)\\s+in\\s+(?:place|force|effect)|be\\s+(?:maintained|kept\\s+in\\s+place|extended))\\b");

    private static boolean ownMeasure(String text, List<Tokens.Token> tokens, int k) {
        if (k > 0 && (Tokens.NOUN_TAGS.contains(tokens.get(k - 1).tag()) && tokens.get(k - 1).capitalised() && tokens.get(k).lower().endsWith("s")
                && (headlineVerb(tokens, k) || Spans.possessive(text, tokens.get(k - 1).end()))
                || tokens.get(k - 1).lower().equals("in"))) {
            return true; // a headline's "Chile bans ...", "Chile's restrictions", "in retaliation"
        }
        if (k > 0 && tokens.get(k - 1).lower().equals("by") && tokens.get(k).lower().endsWith("ing")) {
            return true; // "responded by banning imports": the means of the subject's own act
        }
        for (int j = k - 1, modifiers = 0; j >= 0; j--) {
            Tokens.Token t = tokens.get(j);
            if (OWN_POSSESSIVES.contains(t.lower())) {
                return true;
            }
            if (Dates.WEEKDAYS.contains(t.text())) {
                j = Dates.dayOpening(tokens, j);
                continue; // "announced on Thursday a ban": the day stands between the verb and its object
            }
            if (progressiveAt(tokens, j)) {
                return !SpeakerFinder.CLAUSE_VERBS.contains(t.lower()); // "is imposing sanctions", however "imposing" is tagged
            }
            if (MEASURE_MODIFIER_TAGS.contains(t.tag()) && ++modifiers <= 3) {
                continue;
            }
            return "VERB".equals(t.tag()) && !SpeakerFinder.CLAUSE_VERBS.contains(t.lower()) // "said the ban would ...": the clause's subject
                    || MEASURE_PREPOSITIONS.contains(t.lower()) && verbAt(tokens, j - 1)
                    || t.lower().equals("with") && j > 0 && "ADJ".equals(tokens.get(j - 1).tag()) // "ready with countermeasures"
                    || t.lower().equals("with") && verbBeforeObject(tokens, j - 1) // "hit Peruvian banks with sanctions"
                    || t.lower().equals("on") && workedOn(tokens, j);
        }
        return false;
    }

    /** Words before a name that make it a modifier of the noun after it: "any U.S. sanctions", "to Chilean bans", not "tougher EU sanctions". */
    private static final Set<String> MODIFIED_NAME_TAGS = Set.of("DET", "ADP", "PART");

    /**
     * The measure word at {@code k}, after a name, is a verb of a headline ("Chile bans ...", "US sanctions Peru over ..."): the
     * name opens the clause or an object is named after the word; "respond to any U.S. sanctions over ..." is a noun.
     */
    private static boolean headlineVerb(List<Tokens.Token> tokens, int k) {
        return k < 2 || !MODIFIED_NAME_TAGS.contains(tokens.get(k - 2).tag())
                || k + 1 < tokens.size() && tokens.get(k + 1).capitalised();
    }

    /** Verbs of working toward a measure with "on": "agreed on sanctions", "will coordinate with Japan on new sanctions". */
    private static final Set<String> WORKING_ON = Set.of("agree", "decide", "coordinate", "cooperate", "collaborate", "work", "consult", "act");

    /** The "on" at {@code on} follows a verb of {@link #WORKING_ON}, right before it or before the partners it works with. */
    private static boolean workedOn(List<Tokens.Token> tokens, int on) {
        for (int j = on - 1, partners = 0; j >= 0 && partners <= 4; j--, partners++) {
            Tokens.Token t = tokens.get(j);
            if ("VERB".equals(t.tag())) {
                return WORKING_ON.contains(t.base()) && (partners == 0 || tokens.get(j + 1).lower().equals("with"));
            }
        }
        return false;
    }

    /** "vital that ...", "crucial to avoid ...", "essential for Chile to ...": what follows the word at {@code end} is a need, not a cause. */
    private static boolean necessity(List<Tokens.Token> tokens, int end) {
        int k = Tokens.firstFrom(tokens, end);
        if (k == 0 || k >= tokens.size()) {
            return false;
        }
        String last = tokens.get(k - 1).lower(); // the cue's own last word: "critical to", "critical for"
        String next = tokens.get(k).lower();
        if (next.equals("that") || last.equals("to") && verbAt(tokens, k) || next.equals("to") && verbAt(tokens, k + 1)) {
            return true;
        }
        int from = next.equals("for") ? k + 1 : last.equals("for") ? k : -1;
        for (int i = from; from >= 0 && i < tokens.size() && i <= from + 3; i++) {
            if (tokens.get(i).lower().equals("to") && verbAt(tokens, i + 1)) {
                return true;
            }
        }
        return false;
    }

    private static boolean verbAt(List<Tokens.Token> tokens, int k) {
        return k < tokens.size() && "VERB".equals(tokens.get(k).tag());
    }

    /** A verb before the noun phrase that ends at {@code k}, its object: "hit [Peruvian banks]" (up to four words). */
    private static boolean verbBeforeObject(List<Tokens.Token> tokens, int k) {
        int j = k;
        while (j >= 0 && k - j < 4 && OBJECT_WORD_TAGS.contains(tokens.get(j).tag())) {
            j--;
        }
        return j < k && j >= 0 && verbAt(tokens, j) && !SpeakerFinder.CLAUSE_VERBS.contains(tokens.get(j).lower());
    }

    /** Tags of the words of a verb's object noun phrase ("the Peruvian banks"). */
    private static final Set<String> OBJECT_WORD_TAGS = Set.of("NOUN", "PROPN", "ADJ", "DET", "NUM");

    /** A form in -ing right after a form of "be" is a verb's progressive ("is imposing"), though the tagger may read an adjective. */
    private static boolean progressiveAt(List<Tokens.Token> tokens, int k) {
        return k > 0 && tokens.get(k).lower().endsWith("ing") && tokens.get(k).lower().length() > 5 && "be".equals(tokens.get(k - 1).lemma());
    }

    /**
     * Cues that are the object of the cue right before them. "delayed ratification of the membership", "opposed the
     * signing": an act of approval governed by an opposing or wary cue is what the holder holds back, not what it does.
     * "triggered protests", "faces sanctions": what a reception verb governs is others' reaction, an attitude only of the
     * state it comes from ("triggered protests from Peru").
     */
    private List<Cue> withoutGovernedCues(List<Cue> cues, List<Tokens.Token> tokens, int sentenceStart) {
        List<Cue> out = new ArrayList<>();
        Set<Integer> eventWords = new HashSet<>();
        for (Cue c : cues) {
            if (c.kind() == Kind.EVENT) {
                eventWords.add(c.start());
            }
        }
        for (Cue c : cues) {
            Cue kept = c;
            for (Cue g : cues) {
                if (kept != null && g != c && governs(g, c, tokens, sentenceStart, eventWords)) {
                    // "drew protests from Peru": the reaction stays, for the state named as its source alone
                    kept = g.kind() == Kind.RECEPTION && c.kind() == Kind.ATTITUDE
                            ? new Cue(c.start(), c.end(), c.text(), c.position(), Kind.REACTION) : null;
                }
            }
            if (kept != null) {
                out.add(kept);
            }
        }
        // reception and reversal verbs and a denial of a report are never cues themselves ("dismissed reports that ...": no side taken)
        out.removeIf(c -> c.kind() == Kind.RECEPTION || c.kind() == Kind.REVERSAL || c.kind() == Kind.CONDITION || c.kind() == Kind.REFUSAL_CONDITION
                || c.kind() == Kind.DOCUMENT || c.kind() == Kind.REBUTTAL && c.position() == Position.NEUTRAL);
        // a phrase inside a longer one that says the same is one cue: "as a threat" holds no second "a threat"
        List<Cue> all = List.copyOf(out);
        out.removeIf(c -> all.stream().anyMatch(o -> o != c && o.start() <= c.start() && c.end() <= o.end() && o.end() - o.start() > c.end() - c.start()
                && (o.position() == c.position() && o.kind() == c.kind()
                    // "no longer opposes", "had no objection": the longer phrase negates the cue inside it
                    || NEGATION_WORD.matcher(o.text().substring(0, c.start() - o.start())).find()
                    // "lifted its veto": the longer phrase of the other side undoes the measure inside it
                    || o.position() == Position.SUPPORTIVE && c.position() == Position.OPPOSED && o.kind() == Kind.ATTITUDE)));
        return out;
    }

    /** True when cue {@code g} takes {@code c} out of the sentence's cues. */
    private boolean governs(Cue g, Cue c, List<Tokens.Token> tokens, int sentenceStart, Set<Integer> eventWords) {
        String text = words.text();
        return switch (g.kind()) {
            // "lifted its ban", "dropped its objection": the position the object names is undone
            // "ignored the doubts of its neighbours": also the cue inside the phrase
            case RECEPTION, REVERSAL -> c.start() > g.start() && c.end() <= g.end() || objectAfter(g, c, tokens, sentenceStart);
            case ATTITUDE, NAMING, VIOLATION -> g.position() != Position.SUPPORTIVE && (c.position() == Position.SUPPORTIVE && objectAfter(g, c, tokens, sentenceStart)
                    // "upheld a ban", "backed sanctions": backing a measure against the move (not the move's own act) is the measure's position
                    || g.kind() == Kind.ATTITUDE && c.kind() == Kind.ATTITUDE && c.position() == Position.SUPPORTIVE && !eventWords.contains(g.start())
                            && !event.isTrigger(g.text().toLowerCase(Locale.ROOT)) && objectAfter(c, g, tokens, sentenceStart)
                    // "called the ratification a reckless step", "an illegal step": the act referred to before a judgement of it
                    || g.kind() != Kind.VIOLATION && g.position() == Position.OPPOSED && c.position() == Position.SUPPORTIVE
                            && c.kind() == Kind.ATTITUDE && c.end() <= g.start() && referredAct(tokens, sentenceStart + c.start())
                            && !CLAUSE_BREAK.matcher(text.substring(sentenceStart + c.end(), sentenceStart + g.start())).find()
                    // "voiced concern over the unilateral filling": the name given to what the worry is about is the worry's
                    || g.kind() == Kind.ATTITUDE && g.position() == Position.CONCERNED && c.kind() == Kind.NAMING && c.start() >= g.end()
                            && FELT_OVER.matcher(text.substring(sentenceStart + g.end(), sentenceStart + c.start())).matches());
            // "dismissed criticism that the move was illegal": the critics' words, up to the end of their clause
            case REBUTTAL -> c.start() >= g.end() && !REBUTTED_END.matcher(text.substring(sentenceStart + g.end(), sentenceStart + c.start())).find();
            default -> false;
        };
    }

    /** Between a feeling and the name of what it is felt about: " over the ", " about its ". */
    private static final Pattern FELT_OVER = Pattern.compile("(?i)\\s+(?:over|about|at|regarding)\\s+(?:the|this|that|its|their|a|an)\\s+");

    /** True when {@code c} is the object of {@code g}, right after it (a consequence never is). */
    private boolean objectAfter(Cue g, Cue c, List<Tokens.Token> tokens, int sentenceStart) {
        return c.kind() != Kind.CONSEQUENCE && c.start() >= g.end() && objectOf(tokens, sentenceStart + g.end(), sentenceStart + c.start());
    }

    /** True when token k is a noun of quantity before "of", or that "of": "a series of", "a wave of". */
    private static boolean partitiveAt(List<Tokens.Token> tokens, int k) {
        return PARTITIVES.contains(tokens.get(k).lower()) && k + 1 < tokens.size() && tokens.get(k + 1).lower().equals("of")
                || k > 0 && tokens.get(k).lower().equals("of") && PARTITIVES.contains(tokens.get(k - 1).lower());
    }

    private static final Set<String> PARTITIVES = Set.of("series", "wave", "flurry", "barrage", "string", "spate", "raft", "volley",
            "torrent", "stream", "chorus", "number");

    /** "the ratification": a noun of an act after a determiner refers to the act, which a judgement after it evaluates. */
    private static boolean referredAct(List<Tokens.Token> tokens, int start) {
        for (int k = 1; k < tokens.size(); k++) {
            if (tokens.get(k).start() == start) {
                return "NOUN".equals(tokens.get(k).tag()) && DETERMINERS.contains(tokens.get(k - 1).lower());
            }
        }
        return false;
    }

    /**
     * True when text[from, to) holds no punctuation and at most three determiners, pronouns, adjectives or adverbs
     * ("the", "its formal"): what follows is the object of what stands before. A name between ("condemned Chile's decision to
     * join") makes the act that name's own.
     */
    private boolean objectOf(List<Tokens.Token> tokens, int from, int to) {
        String gap = words.text().substring(from, to);
        if (gap.length() > 60 || !gap.matches("[\\p{L}\\p{N}\\s'’“”\"-]*")) { // quotation marks: "said it was “wrong” to ratify"
            return false;
        }
        int n = 0;
        for (int k = 0; k < tokens.size(); k++) {
            Tokens.Token t = tokens.get(k);
            if (t.start() < from || t.end() > to || partitiveAt(tokens, k)) {
                continue; // "a series of hostile statements": the statements are the object
            }
            if (++n > 3 || !OBJECT_MODIFIER_TAGS.contains(t.tag())) {
                return false;
            }
        }
        return true;
    }

    /**
     * "agreed to impose sanctions", "agreed to talk": agreeing to do something else than the event's act is not
     * concluding the event ("agreed to join" and "agreed to the deal" are).
     */
    private boolean agreesToOtherAct(List<Tokens.Token> tokens, Lexicon.Match m, Set<String> families) {
        if (!m.entry().kind().equals("ACT:conclude") || !m.entry().phrase().startsWith("agree")) {
            return false;
        }
        for (Tokens.Token t : tokens) {
            if (t.start() >= m.end()) {
                boolean verb = "VERB".equals(t.tag());
                String lemma = t.base();
                return verb && !lemma.equals(openAct) && ACTS.startingWith(lemma).stream()
                        .noneMatch(e -> e.kind().startsWith("ACT:") && families.contains(e.kind().substring(4)));
            }
        }
        return false;
    }

    /**
     * True when the act's words open a cue line against something that names what is joined or done ("joined the condemnation",
     * "join the sanctions"): others' reaction taken up, not the event's act.
     */
    private boolean opensReaction(List<Tokens.Token> tokens, Lexicon.Match act) {
        int k = Tokens.firstFrom(tokens, act.start());
        List<Tokens.Token> window = tokens.subList(k, Math.min(tokens.size(), k + 6));
        // not when the cue's object is the event's own ("recalled its ambassador" in a story of that recall)
        return CUES.find(window, words.text(), event::isActNoun).stream()
                .anyMatch(c -> c.start() == act.start() && c.entry().polarity() != Position.SUPPORTIVE && c.entry().phrase().contains(" * ")
                        && window.stream().noneMatch(t -> t.start() > c.start() && t.end() <= c.end() && event.isTrigger(t.lower())));
    }

    /** Words between an act and the name of its object: "from", "out of", "the", "its", "1990". */
    private static final Set<String> PARTICLE_TAGS = Set.of("ADP", "ADV", "PART", "DET", "PRON", "NUM");

    /** Nouns a text between states is named by: "the Lima Agreement", "the 1990 Reykjavik Accord". */
    private static final Set<String> TREATY_NOUNS = Set.of("agreement", "treaty", "accord", "accords", "pact", "convention", "protocol",
            "charter", "declaration", "memorandum");

    /**
     * True when the act's object is a text named by words none of which is the event's own ("suspended the 1990 Reykjavik
     * Accord" in a story of another treaty's suspension): the same act done to another text is no act of the event.
     */
    private boolean actsOnOtherName(List<Tokens.Token> tokens, int actStart) {
        if (!event.known()) {
            return false; // no words of its own to tell its text by
        }
        int k = Tokens.firstFrom(tokens, actStart) + 1;
        boolean named = false;
        for (int j = k; j < tokens.size() && j < k + 8; j++) {
            Tokens.Token t = tokens.get(j);
            if (j > k && Tokens.boundaryBetween(words.text(), tokens.get(j - 1), t)) {
                return false;
            }
            if (!named && PARTICLE_TAGS.contains(t.tag())) {
                continue; // "from the 1990 ...", "out of its"
            }
            if (TREATY_NOUNS.contains(t.lower()) && t.capitalised()) {
                return named;
            }
            if (!t.capitalised() || event.isOwnTrigger(t.lower())) {
                return false;
            }
            named = true;
        }
        return false;
    }

    /** Nouns of an enacted text, whose own words (a participle after it) carry what it does: "signed a decree declaring ...". */
    private static final Set<String> LAWS = Set.of("decree", "law", "bill", "ordinance", "edict");

    /**
     * True when the act's object is a law ("signed a decree declaring the deal void", "signed a bill"): enacting a text is no
     * act of the event; a participle after the text ("a law ratifying the pact") is read as its own cue.
     */
    private boolean enactsLaw(List<Tokens.Token> tokens, int actEnd) {
        int k = Tokens.firstFrom(tokens, actEnd);
        for (int j = k, modifiers = 0; j < tokens.size() && modifiers <= 3; j++, modifiers++) {
            Tokens.Token t = tokens.get(j);
            if (j > k && Tokens.boundaryBetween(words.text(), tokens.get(j - 1), t)) {
                return false;
            }
            if (LAWS.contains(t.base())) {
                return !event.isTrigger(t.lower());
            }
            if (!MEASURE_MODIFIER_TAGS.contains(t.tag())) {
                return false;
            }
        }
        return false;
    }

    private static boolean eventActAt(List<Cue> cues, int start) {
        return cues.stream().anyMatch(c -> c.kind() == Kind.EVENT && c.start() == start);
    }

    /** True when [start, end) lies within a phrase of the event's own act among {@code cues}. */
    private static boolean withinEventAct(List<Cue> cues, int start, int end) {
        return cues.stream().anyMatch(c -> c.kind() == Kind.EVENT && c.start() <= start && end <= c.end());
    }

    /**
     * "joined Chile and the bloc in calling for talks": joining others in doing something is doing it with them, not
     * joining anything ("joined the bloc in 2004" is).
     */
    private boolean joinsPartnersIn(List<Tokens.Token> tokens, Lexicon.Match m) {
        int k = Tokens.firstFrom(tokens, m.end());
        if (k == 0 || !"join".equals(tokens.get(k - 1).base())) {
            return false;
        }
        for (int j = k; j + 1 < tokens.size() && j < k + 10; j++) {
            if (Tokens.boundaryBetween(words.text(), tokens.get(j - 1), tokens.get(j))) {
                return false;
            }
            Tokens.Token next = tokens.get(j + 1);
            if (tokens.get(j).lower().equals("in")) {
                // the tagger reads a gerund after "in" as a noun as often as a verb
                return !next.capitalised() && next.text().length() > 5 && next.text().endsWith("ing");
            }
        }
        return false;
    }

    /** True when "if", "unless" or "whether" opens the clause of the word at index k (no comma in between). */
    private static boolean conditional(String text, List<Tokens.Token> words, int k) {
        for (int j = k - 1; j >= Math.max(0, k - 8); j--) {
            if (text.substring(words.get(j).end(), words.get(j + 1).start()).matches(".*[,;.:!?].*")) {
                return false;
            }
            if (CONDITIONS.contains(words.get(j).lower())) {
                return true;
            }
        }
        return false;
    }

    private boolean objectNounFollows(List<Tokens.Token> tokens, int from) {
        for (int k = from; k < Math.min(tokens.size(), from + 4); k++) {
            String w = tokens.get(k).lower();
            if (ACTS.startingWith(w).stream().anyMatch(x -> x.kind().startsWith("OBJECT:"))) {
                return true;
            }
        }
        return false;
    }

    /** The cue's words as the text has them ("welcomed", "initiated a landmark case"), for the claim's evidence. */
    private static String cueText(List<Tokens.Token> tokens, Lexicon.Match m) {
        StringBuilder out = new StringBuilder();
        for (Tokens.Token t : tokens) {
            if (t.start() >= m.start() && t.end() <= m.end()) {
                out.append(out.length() == 0 ? "" : " ").append(t.text());
            }
        }
        return out.toString();
    }

    /** True when a word that refers to the event follows the cue within a few words ("rejected the deal"). */
    private boolean aboutEvent(String body, int cueEnd) {
        List<Tokens.Token> after = words.in(cueEnd, Math.min(body.length(), cueEnd + 50));
        for (int k = 0; k < Math.min(5, after.size()); k++) {
            Tokens.Token t = after.get(k);
            if (k > 0 && Tokens.anyBetween(body, after.get(k - 1), t, ",;:()—–.!?")
                    || k == 0 && SENTENCE_END.matcher(body.substring(cueEnd, t.start())).find()) {
                // "hostile comments, a move likely to ...": the apposition describes another thing; nor is the next sentence
                return false;
            }
            if (event.isTrigger(t.lower())) {
                return true;
            }
            if (k == 0 && "NOUN".equals(t.tag())) {
                return false; // "hostile comments": the word describes the noun it stands before
            }
        }
        return false;
    }

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?;]");

    /** True when a word of the event stands in the cue's clause before it ("the tariffs were deepening ties"). */
    private boolean clauseNamesEvent(String body, Sentence s, int cueStart) {
        int from = s.start();
        for (int i = cueStart - 1; i > s.start(); i--) {
            if (",;:".indexOf(body.charAt(i)) >= 0) {
                from = i + 1;
                break;
            }
        }
        return words.in(from, cueStart).stream().anyMatch(t -> event.isTrigger(t.lower()));
    }

    /** True when a word of the sentence's paragraph refers to the event ("Riyadh is unlikely to move until ..."). */
    private boolean paragraphRefersToEvent(String body, Sentence s) {
        int start = body.lastIndexOf('\n', Math.max(0, s.start() - 1)) + 1;
        int end = body.indexOf('\n', s.end());
        end = end < 0 ? body.length() : end;
        if (start != paragraphStart) {
            paragraphStart = start;
            int from = start;
            int to = end;
            paragraphRefers = refersToEvent(start, end) || answersQuestionOnEvent(body, start);
        }
        return paragraphRefers;
    }

    /** True when text[from, to) holds a word of the event or names its actor. */
    private boolean refersToEvent(int from, int to) {
        return words.in(from, to).stream().anyMatch(t -> event.isTrigger(t.lower()))
                || articleCountries.stream().anyMatch(m -> m.start() >= from && m.end() <= to && event.isActor(m.code()));
    }

    private static final Pattern MUTUAL_BEFORE = Pattern.compile("(?i)\\bmutual(?:ly)?\\s+$");
    /** A cue whose object is its holders themselves: "praised one another", "accused each other of ...". */
    private static final Pattern RECIPROCAL_AFTER = Pattern.compile("(?i)\\s+(?:each\\s+other|one\\s+another)\\b");

    /** "Q: What is your comment on Peru's exit? / A: We oppose unilateral steps.": a briefing's answer is about what its question asks. */
    private boolean answersQuestionOnEvent(String body, int start) {
        if (!SpeakerFinder.ANSWER_LABELS.contains(SpeakerFinder.turnLabel(body, start))) {
            return false;
        }
        int[] question = previousParagraph(body, start);
        return question != null && SpeakerFinder.QUESTION_LABELS.contains(SpeakerFinder.turnLabel(body, question[0]))
                && refersToEvent(question[0], question[1]);
    }

    /** The start and end of the paragraph before the one that starts at {@code start}, or null when there is none. */
    private static int[] previousParagraph(String body, int start) {
        int end = start - 1;
        while (end > 0 && Character.isWhitespace(body.charAt(end - 1))) {
            end--;
        }
        int from = body.lastIndexOf('\n', Math.max(0, end - 1)) + 1;
        return end > from ? new int[] {from, end} : null;
    }

    /** A live blog's time stamp before an entry: "14:05 —", "9.30am -". */
    private static final Pattern LIVE_STAMP = Pattern.compile("\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?|GMT|UTC|BST|CET|ET|EST)?\\s*[—–-]\\s*");

    /**
     * True for a one-sentence paragraph opened by a state (after a live blog's time stamp, if any), right after a paragraph
     * about the event, or after a run of short paragraphs opened by states that follows one: the next reaction of a round-up
     * ("Chile welcomed the accord." / "Peru urged restraint." / "Bolivia said nothing.").
     */
    private boolean nextReaction(String body, Sentence s, List<CountryMention> mentions) {
        int start = body.lastIndexOf('\n', Math.max(0, s.start() - 1)) + 1;
        int end = body.indexOf('\n', s.end());
        if (start != s.start() || (end < 0 ? body.length() : end) != s.end()) {
            return false;
        }
        Matcher stamp = LIVE_STAMP.matcher(s.text());
        int opening = s.start() + (stamp.lookingAt() ? stamp.end() : 0);
        if (!opensWithState(mentions, opening)) {
            return false;
        }
        for (int hops = 0; hops < REACTION_RUN; hops++) {
            int[] previous = previousParagraph(body, start);
            if (previous == null) {
                return false;
            }
            int prevStart = previous[0];
            int prevEnd = previous[1];
            if (words.in(prevStart, prevEnd).stream().anyMatch(t -> event.isTrigger(t.lower()))) {
                return true;
            }
            // a run of short paragraphs that each open with a state ("Bolivia vowed to retaliate." above "Cuba ..."): the run answers the event
            if (prevEnd - prevStart > REACTION_LENGTH || !opensWithState(articleCountries, prevStart)) {
                return false;
            }
            start = prevStart;
        }
        return false;
    }

    /** Whether a state is named within the first few characters from {@code at}. */
    private boolean opensWithState(List<CountryMention> mentions, int at) {
        String text = words.text();
        Matcher envoy = SPEAKS_FOR_OPENING.matcher(text).region(at, Math.min(text.length(), at + 80));
        int state = envoy.lookingAt() ? envoy.end() : at; // "The representative of Chile said ...": a meeting's round-up
        return mentions.stream().anyMatch(m -> m.start() >= state && m.start() - state <= 4);
    }

    /** Who speaks for a state, before its name at a paragraph's start: "The representative of", "The permanent delegate for". */
    private static final Pattern SPEAKS_FOR_OPENING = Pattern.compile("(?i)(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,2}"
            + "(?:representatives?|delegates?|delegation|ambassador|envoy|minister|spokes(?:man|woman|person)|speaker)\\s+(?:for|of)\\s+");

    /** How many short state paragraphs a run of reactions may hold above the one read, and how long each may be. */
    private static final int REACTION_RUN = 8;
    private static final int REACTION_LENGTH = 300;

    /** "for rejecting ...", "for opposing ...": the reason given for a condemnation is itself opposition. */
    private boolean condemnsOpposition(String body, Sentence s, List<CountryMention> mentions, int cueEnd) {
        Matcher f = FOR_GERUND.matcher(body.substring(cueEnd, Math.min(s.end(), cueEnd + 80)));
        if (!f.find()) {
            return false;
        }
        int gerundAt = cueEnd + f.start(1);
        if (mentions.stream().anyMatch(m -> m.start() >= cueEnd && m.end() <= gerundAt && event.isActor(m.code()))) {
            return false; // "criticized Russia for violating the law": the actor, for its act
        }
        String gerund = f.group(1);
        return CUES.find(gerund, 0, gerund.length()).stream()
                .anyMatch(c -> c.entry().polarity() == Position.OPPOSED && c.entry().kind().equals("ATTITUDE"));
    }

    /** The words between a verb of disapproval and the state it is aimed at: none, or what is blamed "on" it ("the shortage on"). */
    private static final Pattern BLAMED_GAP = Pattern.compile("\\s+(?:the\\s+)?|\\s+(?:\\p{Ll}+\\s+){1,4}on\\s+(?:the\\s+)?");

    /**
     * True when the state a disapproval is aimed at, named inside the cue or right after its verb ("accused Moscow of",
     * "condemned Russia"), is neither actor nor target of the known event.
     */
    private boolean condemnsBystander(String body, List<CountryMention> mentions, int cueStart, int cueEnd) {
        if (!event.known()) {
            return false;
        }
        int verbEnd = words.in(cueStart, cueEnd).get(0).end(); // the cue's verb
        return mentions.stream().filter(m -> m.start() > verbEnd && m.start() <= Math.max(cueEnd, verbEnd) + 40).findFirst()
                .filter(m -> BLAMED_GAP.matcher(body.substring(verbEnd, m.start())).matches())
                .filter(m -> !Spans.possessive(body, m.end()) && !event.isActor(m.code()) && !event.isTarget(m.code()) && !ownEnvoy(mentions, m, cueStart, cueEnd))
                .isPresent();
    }

    /** "Chile recalled the Chilean ambassador": a demonym inside the cue of the state named before it is its own, nobody blamed. */
    private static boolean ownEnvoy(List<CountryMention> mentions, CountryMention m, int cueStart, int cueEnd) {
        return m.role() == Gazetteer.Role.DEMONYM && m.end() <= cueEnd
                && mentions.stream().anyMatch(o -> o.end() <= cueStart && o.code().equals(m.code()));
    }

    /** True when one of the event's targets follows the cue within a few words ("backing for Israel", "on Israel's behalf"). */
    private boolean aboutTarget(String body, Sentence s, List<CountryMention> mentions, int cueEnd) {
        if (event.targets().isEmpty()) {
            return false;
        }
        for (CountryMention m : mentions) {
            if (event.isTarget(m.code()) && m.start() >= cueEnd && m.start() - cueEnd <= 25
                    && body.substring(cueEnd, m.start()).matches("^(?:\\s+(?:for|of|to|the|its|their|on|with))*\\s+$")
                    && !(Spans.possessive(body, m.end()) && possessedIsTheEvent(body, m.end() + 2))) { // "hailed Syria's readmission": the event
                return true;
            }
        }
        // "on Israel's behalf": the target before a possessed cue
        for (CountryMention m : mentions) {
            if (event.isTarget(m.code()) && m.end() <= cueEnd && cueEnd - m.end() <= 12 && body.substring(m.end(), cueEnd).matches("^['’]s?\\s+\\S+$")) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the cue is for a state right after it that is neither actor nor target of the known event ("support for Fiji",
     * an approval's object: "supported Fiji"), or for something of that state's other than the event ("Fiji's sovereignty").
     */
    private boolean aboutBystander(String body, List<CountryMention> mentions, int cueEnd, boolean approval) {
        if (!event.known() || body.startsWith(" by", cueEnd - 3)) {
            return false; // "backed by Chile": the state after a passive is its agent, not what it backs
        }
        for (CountryMention m : mentions) {
            if (m.start() >= cueEnd && m.start() - cueEnd <= 30 && !event.isActor(m.code()) && !event.isTarget(m.code())
                    && body.substring(cueEnd, m.start()).matches(approval ? "^\\s+(?:(?:for|of|to|with)(?:\\s+the)?\\s+)?(?:(?!from\\b|by\\b|and\\b|but\\b)\\p{Ll}+\\s+){0,2}$"
                            : "^\\s+(?:for|of|to|with)(?:\\s+the)?\\s+(?:(?!from\\b|by\\b)\\p{Ll}+\\s+){0,2}$") // "supported Peru", "support for the brave Peruvian people"
                    && !(Spans.possessive(body, m.end()) && possessedIsTheEvent(body, m.end() + 2))) {
                return true;
            }
        }
        return false;
    }

    /** Words of backing whose object, named right after them, is what is backed. */
    private static final Set<String> BACKING_WORDS = Set.of("support", "back", "backing", "endorse", "endorsement", "approve", "approval",
            "accept");
    private static final Set<String> OBJECT_TAGS = Set.of("DET", "ADJ", "NOUN", "NUM", "PRON", "X");

    /**
     * A word of backing with its own object right after it ("support for a two-state solution", "backed efforts to ...",
     * "committed to the stability of the legal framework") whose words name neither the event nor a decision, a state or
     * anything by name: the backing is for another matter.
     */
    private boolean backsOtherMatter(String body, List<CountryMention> mentions, int cueStart, int cueEnd) {
        List<Tokens.Token> cue = words.in(cueStart, cueEnd);
        boolean committed = cue.size() == 2 && cue.get(0).lower().startsWith("commit") && cue.get(1).lower().equals("to"); // "committed to the rule of law"
        boolean favour = cue.size() == 3 && cue.get(0).lower().equals("in") && cue.get(1).lower().startsWith("favo") && cue.get(2).lower().equals("of");
        if (!committed && !favour && (cue.size() != 1 || !BACKING_WORDS.contains(cue.get(0).lemma() == null ? cue.get(0).lower() : cue.get(0).lemma()))) {
            return false;
        }
        List<Tokens.Token> after = words.in(cueEnd, Math.min(body.length(), cueEnd + 80));
        String first = after.isEmpty() ? "" : after.get(0).lower();
        int k = (first.equals("for") || first.equals("of")) && "NOUN".equals(cue.get(0).tag()) ? 1 : 0; // "support for", "approval of"
        boolean noun = false;
        for (int n = 0; k < after.size() && n < 6; k++, n++) {
            Tokens.Token t = after.get(k);
            if (k > 0 && Tokens.anyBetween(body, after.get(k - 1), t, ",;:()—–\"“”")) {
                break;
            }
            String w = t.lower();
            boolean gerund = n == 0 && favour && "VERB".equals(t.tag()) && w.endsWith("ing"); // "in favour of respecting the border"
            if (noun && w.equals("of") && k > 0 && ACTION_NOUN.matcher(after.get(k - 1).lower()).matches()) {
                continue; // "the imposition of tariffs": what an action noun is of may name the event
            }
            if (!OBJECT_TAGS.contains(t.tag()) && !gerund) {
                break;
            }
            if (event.isTrigger(w) || eventNoun(w) || PRONOUN.matcher(w).matches() || t.capitalised()
                    || mentions.stream().anyMatch(m -> m.start() <= t.start() && t.end() <= m.end())) {
                return false;
            }
            noun |= "NOUN".equals(t.tag());
        }
        return noun;
    }

    /** A noun of an action ("imposition", "enforcement"), as opposed to one of a state of things ("stability"). */
    private static final Pattern ACTION_NOUN = Pattern.compile("\\p{L}+(?:tion|sion|ment)");

    /** True when the noun phrase after a possessive names the event or a decision ("Chile's accession", "Peru's decision to join"). */
    private boolean possessedIsTheEvent(String body, int from) {
        List<Tokens.Token> next = words.in(from, Math.min(body.length(), from + 40));
        for (int k = 0; k < Math.min(3, next.size()); k++) {
            String w = next.get(k).lower();
            if (event.isTrigger(w) || eventNoun(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the event's act (or the decision to carry it out) follows the cue within a few words
     * ("welcomed the decision to leave"): in a story of leaving an agreement, approval of anything
     * else ("committed to the agreement", "progress on climate") opposes the act.
     */
    private boolean aboutAct(String body, int cueStart, int cueEnd) {
        List<Tokens.Token> after = words.in(cueEnd, Math.min(body.length(), cueEnd + 60));
        List<Tokens.Token> before = words.in(Math.max(0, cueStart - 30), cueStart);
        List<Tokens.Token> near = new ArrayList<>(before.subList(Math.max(0, before.size() - 3), before.size()));
        near.addAll(words.in(cueStart, cueEnd)); // "defended the treaty exit": the cue's own object
        for (Tokens.Token t : after.subList(0, Math.min(6, after.size()))) {
            if (IN_SPITE_OF.contains(t.lower())) {
                break; // "will continue its work for the deal despite the exit": what it goes on with is not the act
            }
            near.add(t);
        }
        return namesAct(near, body);
    }

    private static final Set<String> IN_SPITE_OF = Set.of("despite", "notwithstanding");

    /** Whether the body's word at {@code start} is part of a fixed phrase that names no act ("a last-ditch push": no ditching). */
    private boolean inFixedPhrase(int start, String body) {
        List<Tokens.Token> around = words.in(Math.max(0, start - 40), Math.min(body.length(), start + 40));
        int at = Tokens.firstFrom(around, start);
        return at < around.size() && around.get(at).start() == start && ACTS.inFixedPhrase(around, body, at);
    }

    /** Where the cue's first word ends: what "accused the treaty of" is done to follows "accused". */
    private static int firstWordEnd(String body, int cueStart, int cueEnd) {
        int k = cueStart;
        while (k < cueEnd && !Character.isWhitespace(body.charAt(k))) {
            k++;
        }
        return k;
    }

    /** What the noun phrase right after a cue is: the event's object, something the object decided or holds, or neither. */
    private enum ObjectAfter { NONE, OBJECT, ITS_OWN_ACT }

    /**
     * The noun phrase right after the cue ("on" or "against" may open it): the event's object when its head is a word of the
     * object's name, or of the name or an alias of the organisation it names ("the Court" for the ICC) and no other name or noun
     * follows it ("the treaty exit" is another thing); the object's own act when the object owns what is named ("the Court's
     * ruling", "the ICC decision").
     */
    private ObjectAfter objectRightAfter(int cueEnd) {
        if (objectWords.isEmpty()) {
            return ObjectAfter.NONE;
        }
        List<Tokens.Token> after = words.in(cueEnd, Math.min(words.text().length(), cueEnd + 60));
        int k = !after.isEmpty() && AIMED_AT.contains(after.get(0).lower()) ? 1 : 0; // "sanctions on the Court"
        while (k < after.size() && "DET".equals(after.get(k).tag())) {
            k++;
        }
        int head = -1;
        for (int j = k; j < after.size() && j < k + 4 && NOUN_PHRASE_TAGS.contains(after.get(j).tag())
                && (j == k || !Tokens.boundaryBetween(words.text(), after.get(j - 1), after.get(j))
                    && !Spans.possessive(words.text(), after.get(j - 1).end())); j++) {
            head = j;
        }
        if (head < 0) {
            return ObjectAfter.NONE;
        }
        if (Spans.possessive(words.text(), after.get(head).end())) {
            // "the Court's ruling" (the tokens hold no "'s"): what the body decides or holds is its own; "the treaty's collapse" is not
            return objectWords.contains(after.get(head).lower()) && head + 1 < after.size() && OWN_ACTS_OF_A_BODY.contains(after.get(head + 1).lower())
                    ? ObjectAfter.ITS_OWN_ACT : ObjectAfter.NONE;
        }
        if (head > k && objectWords.contains(after.get(head - 1).lower()) && OWN_ACTS_OF_A_BODY.contains(after.get(head).lower())) {
            return ObjectAfter.ITS_OWN_ACT; // "the ICC decision"
        }
        if (head + 1 < after.size() && !Tokens.boundaryBetween(words.text(), after.get(head), after.get(head + 1))
                && !"ADP".equals(after.get(head + 1).tag()) && !"CCONJ".equals(after.get(head + 1).tag())) {
            return ObjectAfter.NONE; // "the treaty exit": the head is something else
        }
        return objectWords.contains(after.get(head).lower()) ? ObjectAfter.OBJECT : ObjectAfter.NONE;
    }

    /** True when the cue is aimed at the event's object ("accused the Court of bias") or at its own acts ("condemned the Court's ruling"). */
    private boolean againstObject(String body, int cueStart, int cueEnd) {
        ObjectAfter after = objectRightAfter(firstWordEnd(body, cueStart, cueEnd));
        return after == ObjectAfter.ITS_OWN_ACT || after == ObjectAfter.OBJECT && !aboutAct(body, cueStart, cueEnd);
    }

    private static final Set<String> AIMED_AT = Set.of("on", "against");

    /** What a court, a treaty body or an organisation decides, claims or holds, after its name. */
    private static final Set<String> OWN_ACTS_OF_A_BODY = Set.of("decision", "decisions", "ruling", "rulings", "verdict", "judgment",
            "judgement", "warrant", "warrants", "order", "orders", "charges", "jurisdiction", "authority", "prosecutor", "investigation",
            "rules", "demands", "sanctions");

    /** Words of an object and of the names of organisations it names ("ICC": "icc", "criminal", "court"); none without an object. */
    private static Set<String> objectWords(String object) {
        if (object == null) {
            return Set.of();
        }
        Set<String> out = new HashSet<>();
        List<String> names = new ArrayList<>(List.of(object));
        ORGANISATIONS.mentions(object).forEach(o -> ORGANISATIONS.find(o.code()).ifPresent(e -> {
            names.add(e.name());
            names.addAll(e.aliases()); // "the ICC's ruling"
        }));
        for (String name : names) {
            for (String w : name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (w.length() > 2 && !GENERIC_NAME_WORDS.contains(w)) {
                    out.add(w);
                }
            }
        }
        return Set.copyOf(out);
    }

    /** Words too short or too common in the names of bodies to tell one object from another. */
    private static final Set<String> GENERIC_NAME_WORDS = Set.of("the", "and", "for", "international", "national", "world", "united");

    /** "broke off relations with Chile": a target of the event named right after the cue, as what the cue is done to or with. */
    private boolean targetRightAfter(String body, List<CountryMention> mentions, int cueEnd) {
        return mentions.stream().anyMatch(m -> m.start() >= cueEnd && event.isTarget(m.code())
                && TARGET_GAP.matcher(body.substring(cueEnd, m.start())).matches());
    }

    /** Between a cue and the state it is aimed at: "off with", "against the", or nothing ("warned the Chilean side"). */
    private static final Pattern TARGET_GAP = Pattern.compile("\\s+(?:(?:off\\s+)?(?:with|against|on|to)\\s+)?(?:the\\s+)?");

    /**
     * "praised Norway for ...": the event's actor right after the cue is what it approves, not the agreement the actor leaves;
     * so is the actor's own noun inside a cue ("understood Norway's reservations").
     */
    private boolean actorRightAfter(String body, List<CountryMention> mentions, int cueStart, int cueEnd) {
        return mentions.stream().anyMatch(m -> event.isActor(m.code())
                && (m.start() >= cueEnd && body.substring(cueEnd, m.start()).matches("\\s+(?:the\\s+)?")
                || m.start() > cueStart && m.end() < cueEnd && POSSESSIVE.matcher(body).region(m.end(), cueEnd).lookingAt()));
    }

    /** "said Norway had shown courage": the actor, not its possessive, is the subject of the words after the speech verb. */
    private boolean actorOpensSpokenClause(String body, List<CountryMention> mentions, int verbEnd) {
        return mentions.stream().anyMatch(m -> m.start() >= verbEnd && event.isActor(m.code())
                && SPOKEN_CLAUSE_OPENING.matcher(body.substring(verbEnd, m.start())).matches()
                && !POSSESSIVE.matcher(body).region(m.end(), body.length()).lookingAt());
    }

    /**
     * "The exit was hailed by Peru", "The exit drew anger from Chile and praise from Peru": a passive cue, or a reaction a verb of
     * reception brings, is about its subject, the words before the auxiliary or that verb.
     */
    private boolean passiveAboutAct(String body, Sentence s, int cueStart) {
        Matcher aux = PASSIVE_AUX.matcher(body.substring(s.start(), cueStart));
        int subjectEnd = aux.find() ? s.start() + aux.start() : CUES.find(words.in(s.start(), cueStart), body).stream()
                .filter(m -> m.entry().kind().equals(Kind.RECEPTION.name())).mapToInt(Lexicon.Match::start).findFirst().orElse(-1);
        return subjectEnd >= 0 && namesAct(words.in(s.start(), subjectEnd), body);
    }

    /** Whether the words name the event's act: one of its nouns, or a phrase of its family. */
    private boolean namesAct(List<Tokens.Token> near, String body) {
        for (Tokens.Token t : near) { // "welcomed the decision to leave", "called the exit historic"
            String w = t.lower();
            if (ACT_NOUNS.contains(w) || (openAct != null && openAct.equals(t.lemma()) || ACTS.startingWith(w).stream()
                    .anyMatch(x -> x.rest().isEmpty() && x.kind().equals("ACT:" + event.act()))) && !inFixedPhrase(t.start(), body)) {
                return true;
            }
        }
        // "lauded Peru's courage in leaving the pact": the act as a phrase of its family, matched on lemmas
        return ACTS.find(near, body).stream().anyMatch(m -> m.entry().kind().equals("ACT:" + event.act()) && !inFixedPhrase(m.start(), body));
    }

    /**
     * Sieve "broker": "U.S.-brokered agreements", "a China-mediated deal": the broker supports the event,
     * unless the event is leaving the brokered agreement, or the brokered thing bears another name than the event's ("the Chile-brokered Lima Pact"
     * in a story about another deal).
     */
    private void brokers(String body, Sentence s, List<CountryMention> mentions, Votes votes) {
        if (event.actAgainstObject()) {
            return; // having brokered the agreement a state now leaves is no position on leaving it
        }
        for (CountryMention m : mentions) {
            Matcher by = BROKERED_BY.matcher(body.substring(Math.max(s.start(), m.start() - 50), m.start()));
            if (by.find() && (event.isTrigger(by.group(1).toLowerCase(Locale.ROOT)) || !event.known())) {
                votes.add(m.code(), Position.SUPPORTIVE, by.group().strip(), "broker"); // "a deal brokered by China"
                continue;
            }
            String after = body.substring(m.end(), Math.max(m.end(), Math.min(s.end(), m.end() + 60)));
            Matcher b = BACKER.matcher(after);
            if (!b.find()) {
                continue;
            }
            if (event.known() && event.object() != null) {
                List<Tokens.Token> next = words.in(m.end() + b.end(), m.end() + after.length());
                boolean named = false;
                boolean other = false;
                for (int k = 0; k < Math.min(4, next.size()) && !named; k++) {
                    Tokens.Token t = next.get(k);
                    if (t.capitalised() && !event.isTrigger(t.lower()) && mentions.stream().noneMatch(c -> c.start() <= t.start() && t.end() <= c.end())) {
                        other = true;
                    }
                    named |= event.isTrigger(t.lower()) && (eventNoun(t.lower()) || objectWord(t.lower()));
                }
                if (other || !named) {
                    continue;
                }
            } else if (!objectNounFollows(words.in(m.end() + b.end(), m.end() + after.length()), 0)) {
                continue; // with no event known, only a deal or a move brokered or backed is backed: not "the Chile-backed rebels"
            }
            votes.add(m.code(), Position.SUPPORTIVE, after.substring(0, b.end()).strip(), "broker");
        }
    }

    /** What lies between an actor and the event noun it qualifies: "'s" and up to two words ("Australia's planned acquisition"). */
    private static final Pattern POSSESSIVE_GAP = Pattern.compile("^['’]s?(?:\\s+[\\p{L}-]+){0,2}\\s+$");
    /** A compound's joint: "-Iran", "/UK (AUKUS)", then up to two lower-case words ("the Saudi-Iran peace deal"). */
    private static final Pattern COMPOUND_GAP = Pattern.compile("^(?:\\s*[-–/]\\s*[\\p{L}.]+)*(?:\\s*\\(\\w+\\))?(?:\\s+[\\p{Ll}-]+){0,2}\\s+$");
    private static final Pattern DASH_OPENED = Pattern.compile("^\\s*[-–/].*");

    /**
     * Sieve "event-participant": an actor of the event named as a party to it ("the Saudi-Iran deal",
     * "Australia's decision to acquire ...", "a pact between Australia, the US and the UK") supports its own act.
     */
    private void participants(String body, Sentence s, List<CountryMention> mentions, Votes votes) {
        if (event.actors().isEmpty()) {
            return;
        }
        List<Tokens.Token> tokens = words.in(s.start(), s.end());
        for (int k = 0; k < tokens.size(); k++) {
            Tokens.Token t = tokens.get(k);
            if (!event.isTrigger(t.lower()) || !eventNoun(t.lower())) {
                continue;
            }
            for (CountryMention m : mentions) {
                if (!event.isActor(m.code()) || m.end() > t.start()) {
                    continue;
                }
                String gap = body.substring(m.end(), t.start());
                boolean possessive = POSSESSIVE_GAP.matcher(gap).matches();
                boolean compound = COMPOUND_GAP.matcher(gap).matches()
                        && (m.start() > 0 && "-–/".indexOf(body.charAt(m.start() - 1)) >= 0 || DASH_OPENED.matcher(gap).matches());
                if (possessive || compound) {
                    votes.add(m.code(), Position.SUPPORTIVE, body.substring(m.start(), t.end()), "event-participant");
                }
            }
            String after = body.substring(t.end(), Math.min(s.end(), t.end() + 100));
            Matcher between = BETWEEN.matcher(after);
            if (between.lookingAt()) {
                int cursor = t.end() + between.end();
                for (CountryMention m : mentions) {
                    if (m.start() >= cursor && body.substring(cursor, m.start()).matches("^(?:\\s*,?\\s*(?:and|the)?\\s*)*$")) {
                        if (Spans.possessive(body, m.end())) {
                            break; // "between Chile and Peru's northern province": the province is the party
                        }
                        if (event.isActor(m.code())) {
                            votes.add(m.code(), Position.SUPPORTIVE, body.substring(t.start(), m.end()), "event-participant");
                        }
                        cursor = m.end();
                    }
                }
            }
        }
    }

    /**
     * Sieve "event-actor": a state that carries out the event, named in a sentence about the event
     * with no other position, supports its own act.
     */
    private void actors(List<CountryMention> mentions, Votes votes) {
        for (CountryMention m : mentions) {
            if (event.isActor(m.code()) && !votes.has(m.code()) && canHoldAsActor(m)) {
                votes.add(m.code(), Position.SUPPORTIVE, event.act() == null ? event.object() : event.act(), "event-actor");
            }
        }
    }

    /** A demonym ("Australian submarines") names the state's things, not the state acting. */
    private static boolean canHoldAsActor(CountryMention m) {
        return m.role() != Gazetteer.Role.DEMONYM || m.surface().endsWith("s");
    }

    /** A word of the event's object ("pact" of "the Lima Pact"). */
    private boolean objectWord(String lower) {
        return event.object() != null && Arrays.asList(event.object().toLowerCase(Locale.ROOT).split("[\\s-]+")).contains(lower);
    }

    /** Nouns that name the event or a decision to carry it out. */
    /**
     * "said the step fuels tension", "said that this decision harms peace": what is said opens with the event's noun after
     * "the", "this" or "that", in a paragraph about the event.
     */
    private boolean saysOfTheMove(int verbEnd, int sentenceEnd) {
        if (verbEnd < 0) {
            return false;
        }
        List<Tokens.Token> after = words.in(verbEnd, sentenceEnd);
        int k = !after.isEmpty() && after.get(0).lower().equals("that") && after.size() > 2 && THIS_OR_THE.contains(after.get(1).lower()) ? 1 : 0;
        return after.size() > k + 1 && THIS_OR_THE.contains(after.get(k).lower())
                && (eventNoun(after.get(k + 1).lower()) || after.get(k + 1).lower().equals("step") || event.isTrigger(after.get(k + 1).lower()));
    }

    private static final Set<String> THIS_OR_THE = Set.of("the", "this", "that");

    private static boolean eventNoun(String lower) {
        return DECISION_NOUNS.contains(lower)
                || ACTS.startingWith(lower).stream().anyMatch(x -> x.rest().isEmpty() && (x.kind().startsWith("OBJECT:")
                || x.kind().startsWith("ACT:") && lower.matches(".*(?:ion|al|ment|ship|y)$")));
    }

    /** A modal of obligation earlier in the tone word's clause: "should seek to make peace", "must return to dialogue". */
    private static final Pattern OUGHT_BEFORE = Pattern.compile("(?i)\\b(?:" + OUGHT + ")\\b[^,.;:]{0,50}$");

    /** What ought to be, right before a tone word: "should remain", "must stay", "needs to be ... and". */
    private static final Pattern NORMATIVE = Pattern.compile("(?i)\\b(?:" + OUGHT + "|needs? to)\\s+(?:remain|stay|be|become)\\s+(?:[\\p{L}-]+\\s+){0,2}$");

    /** An appeal open before a word: "urged both sides to ...", "called for ...". */
    private static final Pattern APPEALED = Pattern.compile("(?i)\\b(?:(?:urg|encourag)(?:e|es|ed|ing)|press(?:es|ed|ing)?|ask(?:s|ed|ing)?"
            + "|call(?:s|ed|ing)? (?:on|upon))\\b[^.;:!?]{0,60}\\bto\\b[^.;:!?]*$|\\bcall(?:s|ed|ing)? for\\b[^.;:!?]{0,40}$");

    /**
     * A verb of harm right before a favourable word: "threaten regional stability", "endanger the peace", "derail the peace
     * process", its end or a withdrawal from it, also through the thing's foundations: "shakes the foundations of our long partnership".
     */
    private static final Pattern HARMED = Pattern.compile("(?i)\\b(?:(?:threaten\\w*|endanger\\w*|undermin\\w*|jeopardi[sz]\\w*|damag\\w*|harm\\w*|"
            + "hurt\\w*|erod\\w*|destabili[sz]\\w*|disrupt\\w*|weaken\\w*|sabotag\\w*|imperil\\w*|derail\\w*|wreck\\w*|scuttl\\w*|torpedo\\w*|kill\\w*|unravel\\w*)"
            + "\\s+(?:(?:the|our|its|their)\\s+)?(?:[\\p{L}-]+\\s+){0,2}"
            // its end or a withdrawal from it: "the end of the peace process", "a \"declaration of withdrawal\" from the peace process"
            + "|\\b(?:end|death|demise|collapse)[\"”’']?\\s+of\\s+(?:(?:the|our|its|their)\\s+)?(?:[\\p{L}-]+\\s+){0,2}"
            + "|\\bwithdrawal[\"”’']?\\s+from\\s+(?:(?:the|our|its|their)\\s+)?(?:[\\p{L}-]+\\s+){0,2}"
            + "|(?:threaten\\w*|undermin\\w*|damag\\w*|erod\\w*|weaken\\w*|shak\\w*|rock\\w*)\\s+(?:the|our|its|their)\\s+(?:foundations?|basis|bedrock|pillars?)\\s+of\\s+"
            + "(?:(?:the|our|its|their)\\s+)?(?:[\\p{L}-]+\\s+){0,3})$");

    /** A verb that brings something to an end right before a word: "ending all cooperation", "suspended its aid and". */
    private static final Pattern ENDED = Pattern.compile("(?i)\\b(?:end(?:s|ed|ing)?|halt\\w*|suspend\\w*|ceas\\w*|terminat\\w*|freez\\w*|froze\\w*|"
            + "cut(?:s|ting)?(?: off)?|scrap\\w*|cancel\\w*|stop\\w*|sever\\w*|discontinu\\w*|abandon\\w*)\\s+"
            + "(?:(?:all|any|the|its|their|our|his|her)\\s+)?(?:[\\p{L}-]+\\s+){0,2}$");

    /** The rest of a clause whose subject a good thing is, done harm to: "... and cooperation were disregarded by the government". */
    private static final Pattern SPURNED = Pattern.compile("(?i)[^.;:!?\"”]{0,80}?\\b(?:was|were|(?:has|have|had) been|(?:is|are) being)\\s+(?:\\p{L}+ly\\s+)?"
            + "(?:disregarded|ignored|betrayed|undermined|damaged|harmed|sacrificed|trampled|destroyed|jeopardi[sz]ed|squandered|wasted|"
            + "abandoned|thrown away|dismissed)\\b");

    /** Verbs of a diplomatic protest: an envoy recalled, summoned, called in or expelled. */
    private static final String ENVOY_VERBS = "recall|summon|expel|call(?:s|ed|ing)?\\s+in\\b";
    /** Words of a diplomatic protest: an envoy recalled, summoned or expelled. */
    private static final Pattern ENVOY_MEASURE = Pattern.compile("(?i)^(?:" + ENVOY_VERBS + "|expulsion)\\w*\\b");
    /** The last envoy measure before a purpose clause's "to": "summoned Chile's ambassador to La Paz to", "called in their envoys to Chile to". */
    private static final Pattern ENVOY_PURPOSE = Pattern.compile("(?i)\\b(?:" + ENVOY_VERBS + ")\\w*(?:\\s+[\\p{L}\\p{N}'’.-]+){1,8}?(\\s+to\\s+)$");
    /**
     * A break of ties (an act of the family "sever" in {@code lexicon/acts.tsv}) or an envoy measure, which an actor whose act has a
     * target takes against it: "will sever relations if ...".
     */
    private boolean escalation(String body, String cueText, int cueStart, int cueEnd) {
        return !event.targets().isEmpty() && (ENVOY_MEASURE.matcher(cueText).lookingAt()
                || ACTS.find(words.in(cueStart, cueEnd), body).stream().anyMatch(m -> m.entry().kind().equals("ACT:sever")));
    }

    /**
     * "summoned Chile's ambassador to La Paz to protest against ...": a protest in the purpose of an envoy measure against the
     * event's target is that measure, with the actor.
     */
    private boolean protestOfEnvoy(String body, Sentence s, List<CountryMention> mentions, int cueStart) {
        int from = Math.max(s.start(), cueStart - 100);
        Matcher m = ENVOY_PURPOSE.matcher(body.substring(from, cueStart));
        if (!m.find()) {
            return false;
        }
        int measureEnd = from + m.start(1) + 1; // past the name that ends the measure ("to Chile")
        return envoyOfTarget(body, mentions, body.substring(from + m.start(), measureEnd), from + m.start(), measureEnd);
    }

    /** The state an envoy is recalled from or posted in, right after the cue: " from Chile", " to Chile", " in Chile". */
    private static final Pattern ENVOY_POST = Pattern.compile("^\\s+(?:from|to|in)\\s+(?:the\\s+)?$");

    /**
     * A protest addressed to a target of the event, not to its actor ("recalled its ambassador from Chile", "summoned Chile's
     * envoy" when Peru cut ties with Chile): a step beside the actor's.
     */
    private boolean envoyOfTarget(String body, List<CountryMention> mentions, String cueText, int cueStart, int cueEnd) {
        if (!ENVOY_MEASURE.matcher(cueText).lookingAt()) {
            return false;
        }
        for (CountryMention m : mentions) {
            boolean inside = m.start() > cueStart && m.end() < cueEnd; // "summoned Chile's ambassador"
            boolean after = m.start() >= cueEnd && m.start() - cueEnd <= 12 && ENVOY_POST.matcher(body.substring(cueEnd, m.start())).matches();
            if (inside || after) {
                return event.isTarget(m.code()) && !event.isActor(m.code());
            }
        }
        return false;
    }

    /** A tone word's polarity in what was said: a favourable word harmed is hostile ("would threaten regional stability"). */
    private static Position tonePolarity(String said, Lexicon.Match m) {
        return m.entry().polarity() == Position.SUPPORTIVE && HARMED.matcher(said.substring(Math.max(0, m.start() - 80), m.start())).find()
                ? Position.OPPOSED : m.entry().polarity();
    }

    /** The tagged words of {@code text} from the one before {@code at} to the one after it (tagged only when asked, as it is rare). */
    private static List<Tokens.Token> taggedAt(String text, int at) {
        List<Tokens.Token> all = Words.of(text).all();
        int k = 0;
        while (k < all.size() && all.get(k).start() < at) {
            k++;
        }
        return k == 0 || k == all.size() ? List.of() : all.subList(k - 1, Math.min(all.size(), k + 2));
    }

    /** "with" and a name after a favourable word: "cooperation with the United States", "friendship with Chile"; group 1 its first word. */
    private static final Pattern WITH_PARTY = Pattern.compile("\\s+with\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}.'’-]*)");

    /**
     * The tone of what a speaker with a country says about the event: hostile words make it
     * OPPOSED, wary words CONCERNED, favourable words SUPPORTIVE; null when the statement does not
     * refer to the event or carries no tone.
     */
    Position speechPosition(Sentence s, List<CountryMention> mentions, boolean aboutEvent, int verbEnd) {
        if (!aboutEvent || SAID_NOTHING.matcher(s.text()).find()) {
            return null;
        }
        String said = spoken(s, verbEnd);
        int hostile = 0;
        int wary = 0;
        int positive = 0;
        List<Tokens.Token> words = Tokens.of(said, 0, said.length());
        for (Lexicon.Match m : TONE.find(words)) {
            int k = 0;
            while (k < words.size() && words.get(k).start() < m.start()) {
                k++;
            }
            if (k > 0 && DETERMINERS.contains(words.get(k - 1).lower()) && objectNounFollows(words, k + 1)) {
                continue; // "the historic accord" describes the agreement
            }
            if (k > 0 && words.get(k - 1).lower().equals("with") && k + 1 < words.size()) {
                continue; // "following it with great attention": the manner of watching, no view of the move
            }
            Matcher party = WITH_PARTY.matcher(said.substring(m.end()));
            if (m.entry().polarity() == Position.SUPPORTIVE && party.lookingAt()
                    && mentions.stream().noneMatch(x -> event.isActor(x.code()) && x.surface().startsWith(party.group(1)))) {
                continue; // "keep up its defence cooperation with Chile": ties with another party, no view of the move
            }
            if (m.text(said).endsWith("ed") && m.end() == words.get(k).end() && describesItsNoun(taggedAt(said, m.start()), 1)) {
                continue; // "the concerned diplomat has been asked to leave": the one in question
            }
            if (RELATION_NOUNS.contains(words.get(Math.min(k, words.size() - 1)).lower())
                    && words.subList(Math.max(0, k - 2), k).stream().anyMatch(w -> OWN_POSSESSIVES.contains(w.lower()))) {
                continue; // "we made it clear to our Japanese friends": courtesy toward a state, no view of the move
            }
            if (event.isTrigger(m.text(said).toLowerCase(Locale.ROOT))) {
                continue; // the event's own words ("genocide" in a genocide case) are its topic, not a tone
            }
            if (conditional(said, words, k)) {
                continue; // "if we are all constructive": a condition asserts nothing
            }
            if (APPEALED.matcher(said.substring(Math.max(0, m.start() - 90), m.start())).find()) {
                continue; // "urged all parties to engage in dialogue": what the speaker asks for, not its view of the event
            }
            if (NORMATIVE.matcher(said.substring(Math.max(0, m.start() - 40), m.start())).find()) {
                continue; // "supply chains should remain stable": how things ought to be, not a view of the event
            }
            if (m.entry().polarity() == Position.SUPPORTIVE && OUGHT_BEFORE.matcher(said.substring(Math.max(0, m.start() - 60), m.start())).find()) {
                continue; // "said Peru should seek peace": what someone ought to do is a demand, no approval of what it did
            }
            if (NEGATION.matcher(said.substring(Math.max(0, m.start() - 40), m.start())).find()
                    || WIDE_NEGATION.matcher(said.substring(Math.max(0, m.start() - 50), m.start())).find()) {
                continue; // "did not pose a threat", "has no legal and political importance": a denied tone is none
            }
            if (m.entry().polarity() == Position.SUPPORTIVE && ENDED.matcher(said.substring(Math.max(0, m.start() - 50), m.start())).find()) {
                continue; // "was ending all cooperation with Peru": a good thing brought to an end is no praise
            }
            if (CLAUSE_OF_NAME.matcher(said.substring(Math.max(0, m.start() - 120), m.start())).find()) {
                continue; // "bombing Chile, a close ally that is bravely brokering peace": what a state is, no view of the move
            }
            if (m.entry().polarity() == Position.SUPPORTIVE && SPURNED.matcher(said.substring(m.end(), Math.min(said.length(), m.end() + 90))).lookingAt()) {
                continue;
            }
            switch (tonePolarity(said, m)) {
                case OPPOSED -> hostile++;
                case CONCERNED -> wary++;
                default -> positive++;
            }
        }
        if (hostile > 0 && hostile >= positive) {
            return Position.OPPOSED;
        }
        if (wary > positive) {
            return Position.CONCERNED;
        }
        return positive > 0 ? Position.SUPPORTIVE : null;
    }

    /** An appositive or relative clause after a name or a state's noun, open up to here: "Chile, a crucial broker of", "the state, which is". */
    private static final Pattern CLAUSE_OF_NAME = Pattern.compile("(?:\\p{Lu}[\\p{L}'’.-]*|\\b(?:state|country|nation|kingdom|republic|ally|"
            + "partner|neighbou?r))[”\"]?,\\s+(?:a|an|which|that|who)\\s+[^,;:.!?“”\"]*$");

    /**
     * What the speaker says in the sentence: its quoted words, and the reported clause after the verb of saying as well
     * ("X said the claim was unfounded and amounted to a “political stunt”"); the whole sentence when it quotes nothing.
     */
    private static String spoken(Sentence s, int verbEnd) {
        String said = quoted(s.text());
        if (verbEnd > s.start() && verbEnd < s.end() && !said.equals(s.text())) {
            said = said + " " + s.text().substring(verbEnd - s.start());
        }
        return said;
    }

    /** The quoted words of the sentence, or the whole sentence when it quotes nothing. */
    private static String quoted(String text) {
        StringBuilder out = new StringBuilder();
        for (Matcher m = QUOTATION.matcher(text); m.find(); ) {
            out.append(m.group(1) != null ? m.group(1) : m.group(2)).append(' ');
        }
        return out.length() == 0 ? text : out.toString();
    }

    /**
     * "a resolution condemning the move": a cue in a participle right after a noun of a text (kind DOCUMENT) is the text's
     * position; who acts on the text holds it as a cue before the noun says: kept when it backs the text ("voted for",
     * "backed"), turned around when it opposes it ("voted against", "blocked"), none when it abstains; a verb that is no cue
     * ("drafted", "issued") keeps it. Fills the participle cues' positions (null: none) and the cues that act on a text.
     */
    private void documentCues(List<Tokens.Token> tokens, int sentenceStart, List<Cue> cues, Map<Integer, Position> onDocument,
            Set<Integer> actsOn) {
        for (Cue c : cues) {
            if (c.kind() != Kind.ATTITUDE && c.kind() != Kind.NAMING && c.kind() != Kind.VIOLATION) {
                continue;
            }
            int k = Tokens.firstFrom(tokens, sentenceStart + c.start());
            if (k < 1 || k >= tokens.size() || !"VERB".equals(tokens.get(k).tag()) || !tokens.get(k).lower().endsWith("ing")
                    || !DOCUMENTS.contains(tokens.get(k - 1).lemma())) {
                continue;
            }
            Position on = c.position();
            if (on.isDirectional()) {
                votedText = on; // "a resolution condemning the annexation": what the text says, for the votes on it later
            }
            for (int j = k - 2; j >= 0 && j >= k - 6; j--) {
                Tokens.Token t = tokens.get(j);
                if (Tokens.boundaryBetween(words.text(), t, tokens.get(j + 1))) {
                    break;
                }
                if ("abstain".equals(t.lemma())) {
                    on = null;
                    break;
                }
                Cue g = cueAt(cues, t.start() - sentenceStart);
                if (g != null) {
                    actsOn.add(g.start());
                    on = g.position() == Position.SUPPORTIVE ? c.position() : g.position() == Position.OPPOSED ? turned(c.position()) : null;
                    break;
                }
                if ("VERB".equals(t.tag()) && j < k - 2) {
                    break; // right before the noun a verb's tag is a misread modifier: "a joint statement"
                }
            }
            onDocument.put(c.start(), on);
        }
    }

    /** A vote on what follows: "voted to", "voted overwhelmingly to". */
    private static final Pattern VOTED_TO = Pattern.compile("(?i)\\bvot(?:e|es|ed|ing)\\s+(?:\\p{Ll}+ly\\s+)?to\\s+$");
    /** A text after a cue: "the resolution", "a draft resolution", "the vote", "it"; not one whose own participle follows. */
    private static final Pattern TEXT_AFTER = Pattern.compile("^\\s+(?:of\\s+)?(?:it\\b|(?:(?:the|a|an|this|that|its)\\s+)?(?:(?:draft|non-binding|UN|U\\.N\\.)\\s+)?("
            + "\\p{Ll}+)\\b(?!\\s+\\p{Ll}+ing\\b))");
    /** Texts a body votes on. */
    private static final Set<String> VOTED_NOUNS = Set.of("resolution", "motion", "draft", "bill", "vote");
    /** A text voted on, or a vote, named: what "it" after a vote's cue may be ("said in a statement" is no such text, nor a verb "voted"). */
    private static final Pattern TEXT_NAMED = Pattern.compile("(?i)\\b(?:" + String.join("|", VOTED_NOUNS) + ")s?\\b");
    /** Nothing after a vote but the clause's end: "voted in favour, as did ...". */
    private static final Pattern VOTE_ENDS = Pattern.compile("^\\s*(?:[,.;:)]|$|\\s+(?:as|while|and|but|on|at)\\b)");

    /** True when the cue acts on the text the article's votes are on: "opposed it", "voted against the resolution", "voted in favour,". */
    private boolean actsOnVotedText(String body, Sentence s, Cue cue) {
        String after = s.text().substring(cue.end());
        Matcher m = TEXT_AFTER.matcher(after);
        if (m.lookingAt()) {
            if (m.group(1) != null) {
                return VOTED_NOUNS.contains(m.group(1));
            }
            // "it": a text or a vote named in this sentence or the one before
            return TEXT_NAMED.matcher(body.substring(Math.max(0, s.start() - 300), s.start() + cue.start())).find();
        }
        return cue.text().regionMatches(true, 0, "vot", 0, 3) && VOTE_ENDS.matcher(after).lookingAt();
    }

    private static Cue cueAt(List<Cue> cues, int start) {
        return cues.stream().filter(x -> x.start() == start && x.kind() != Kind.EVENT).findFirst().orElse(null);
    }

    private static Position turned(Position p) {
        return p == Position.SUPPORTIVE ? Position.OPPOSED : p == Position.OPPOSED ? Position.SUPPORTIVE : null;
    }

    /** A condition of the kind attached in the same clause, at most 60 characters after a cue: "back the move only if ...". */
    private boolean conditionAfter(int cueEnd, int sentenceEnd, Kind condition) {
        List<Tokens.Token> after = words.in(cueEnd, sentenceEnd);
        for (int i = 0; i < after.size(); i++) {
            int start = after.get(i).start();
            if (start - cueEnd > 60 || ";:".contains(after.get(i).text())) {
                return false;
            }
            if (CUES.findAt(after.subList(i, Math.min(after.size(), i + 3)), null).filter(m -> condition.name().equals(m.entry().kind())).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** Words before a verb of undoing that make it a deed urged: its infinitive marker, or a conjunction joining it to another. */
    private static final Set<String> COORDINATED_TO = Set.of("to", "and", "or");

    /**
     * True when the deed urged undoes the act named after it: a reversal verb in the infinitive between the urging word and the
     * cue ("urged Peru to reconsider its decision to join").
     */
    private boolean undoneBetween(int from, int to) {
        List<Tokens.Token> gap = words.in(from, to);
        for (Lexicon.Match m : CUES.find(gap)) {
            if (Kind.REVERSAL.name().equals(m.entry().kind())) {
                for (int k = 1; k < gap.size(); k++) {
                    // "to reconsider its decision to sign", "to correct it and drop its plan to sign"
                    if (gap.get(k).start() == m.start() && COORDINATED_TO.contains(gap.get(k - 1).lower()) && !secondInfinitiveAfter(gap, m.end())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** "to stop arming Peru and to withdraw ...": a second infinitive after the undoing verb, which does not govern it. */
    private static boolean secondInfinitiveAfter(List<Tokens.Token> gap, int from) {
        for (int k = 0; k < gap.size(); k++) {
            String w = gap.get(k).lower();
            // the gap ends before the cue's own "to": "... arming Peru and" + "to withdraw"
            if (gap.get(k).start() >= from && (w.equals("and") || w.equals("or")) && (k + 1 == gap.size() || gap.get(k + 1).lower().equals("to"))) {
                return true;
            }
        }
        return false;
    }

    /** One lower-case word in quotation marks: a scare quote, no quotation ("asked Peru \"respectfully\" to ..."). */
    private static final Pattern SCARE_QUOTED = Pattern.compile("[\"“](\\p{Ll}+)[\"”]");

    /** The text with the marks of its scare quotes blanked, offsets kept: what lies between an urging word and the deed urged. */
    private static String withoutScareQuotes(String text) {
        return text.indexOf('"') < 0 && text.indexOf('“') < 0 ? text : SCARE_QUOTED.matcher(text).replaceAll(" $1 ");
    }

    /** The verbs and nouns of urging someone to act (a regular-expression alternation, case left to the pattern). */
    static final String URGING_WORDS = "urg(?:e|es|ed|ing)|press(?:es|ed|ing)?|ask(?:s|ed|ing)?|call(?:s|ed|ing)?\\s+(?:on|upon|for)"
            + "|push(?:es|ed|ing)?|pressur(?:e|es|ed|ing)|encourag(?:e|es|ed|ing)|persuad(?:e|es|ed|ing)|convinc(?:e|es|ed|ing)|lobb(?:y|ies|ied|ying)|told|tell(?:s|ing)?"
            + "|implor(?:e|es|ed|ing)|plead(?:s|ed|ing)?\\s+with|beg(?:s|ged|ging)?|forc(?:e|es|ed|ing)|compel(?:s|led|ling)?|calls|demands?|appeals?"
            + "|requests?";
    /** "urged Chile to complete its ratification": a verb of finishing or speeding up the deed before the deed's own noun. */
    private static final String FINISHING = "(?:(?:complete|finish|conclude|finali[sz]e|expedite|accelerate|speed\\s+up|proceed\\s+with|"
            + "move\\s+ahead\\s+with|start|begin)\\s+(?:its|their|the|his|her)\\s+(?:[\\p{Ll}-]+\\s+){0,2})?";
    /** What lies between the urging word and the deed urged: group 2 of {@link #URGED} and {@link #WARNED_AGAINST}. */
    // no clause of its own; a comma only inside a list of names ("urged Chile, Peru and Bolivia to ...")
    private static final String URGED_GAP = "((?:(?!\\b(?:that|but|which|who)\\b)(?:[^,;.:!?\"“”]|,(?=\\s+\\p{Lu}))){0,90}?)";
    /**
     * "Peru urged Bolivia (not) to reject the pact", "pressure from Peru to reject", "calls from Peru to sign": a cue in the
     * infinitive after a verb or noun of urging; group 1 the urging word, 2 what lies between, 3 "not" when negated, 4 "not" after
     * "to consider" ("asked Bolivia to consider not signing").
     */
    private static final Pattern URGED = Pattern.compile("(?i)\\b(" + URGING_WORDS + ")\\b" + URGED_GAP
            + "\\s+(not\\s+)?to\\s+(?:\\p{Ll}+ly\\s+)?(?:consider\\s+(not\\s+)?)?" + FINISHING + "$");
    /** A warning against a deed before the cue, with the same groups 1 and 2 as {@link #URGED}: "cautioned Chile against ratifying". */
    private static final Pattern WARNED_AGAINST = Pattern.compile("(?i)\\b(warn(?:s|ed|ing)?|caution(?:s|ed|ing)?|advis(?:e|es|ed|ing))\\b"
            + URGED_GAP + "\\s+against\\s+$");
    /** The urged deed negated before the cue's own infinitive, unless the negated verb is one of holding back ("not to hesitate to sign"). */
    private static final Pattern NOT_TO = Pattern.compile("(?i)\\bnot\\s+to\\s+(?!(?:hesitate|delay|wait|stall|postpone)\\b)\\p{L}");
    private static final Pattern COMPELLED = Pattern.compile("(?i)forc.*|compel.*");
    /** Nouns of urging: only a state they come from holds them ("rejected demands to leave" is no demand of the subject). */
    private static final Pattern URGING_NOUN = Pattern.compile("(?i)calls|demands?|appeals?|requests?|pressure");
    private static final Pattern URGED_BY = Pattern.compile("(?:^|\\s)(?:from|by)\\s");
    private static final Pattern PASSIVE_AUX = Pattern.compile("(?i)\\b(?:is|are|was|were|been|being)\\b");
    private static final Pattern PASSIVE_BEFORE = Pattern.compile("(?i)\\b(?:is|are|was|were|be|been|being)\\s+(?:\\S+\\s+)?$");

    /**
     * Sieve "urger": a cue in the infinitive after urging is the position of who urges, not of who is urged ("Peru pressed
     * Bolivia to reject the pact": Peru opposes; "urged Bolivia not to sign": against the act). Who urges is the state a noun
     * of urging comes from ("pressure from Peru"), else whoever holds the urging verb as a cue; a passive ("Bolivia was asked to")
     * names nobody.
     */
    private Holders urgers(String body, Sentence s, List<CountryMention> mentions, Attribution a, List<int[]> asides, String frame, Cue cue,
            Matcher urged) {
        int windowStart = s.start() + Math.max(0, cue.start() - 130);
        int urgeStart = windowStart + urged.start(1);
        int betweenStart = windowStart + urged.start(2);
        int betweenEnd = windowStart + urged.end(2);
        String between = body.substring(betweenStart, betweenEnd);
        Matcher agent = URGED_BY.matcher(between); // "pressure from Peru", "was asked by Peru"
        if (agent.find()) {
            int from = agent.end();
            return new Holders(mentions.stream().filter(m -> m.start() >= betweenStart + from && m.end() <= betweenEnd
                            && (canHold(body, m) || m.role() == Gazetteer.Role.DEMONYM || Spans.possessive(body, m.end())))
                    .map(CountryMention::code).distinct().toList(), "urger");
        }
        if (URGING_NOUN.matcher(urged.group(1)).matches()
                || PASSIVE_BEFORE.matcher(body.substring(Math.max(s.start(), urgeStart - 20), urgeStart)).find()) {
            return Holders.NONE;
        }
        if (a.present() && a.verbStart() >= s.start() && a.verbEnd() <= urgeStart
                && SPEAKERS_NEXT_VERB.matcher(body.substring(a.verbEnd(), urgeStart)).matches()) {
            // "The bloc's chief praised Peru's vote and urged Chile to ...": the speaker urges, whether or not a state
            return a.speakerCountry() == null ? Holders.NONE : notUrged(List.of(a.speakerCountry()), mentions, betweenStart, betweenEnd);
        }
        return notUrged(holders(body, s, mentions, a, asides, frame, urgeStart, windowStart + urged.end(1), Kind.ATTITUDE).codes(), mentions,
                betweenStart, betweenEnd);
    }

    /** The urgers without the states urged, named between the urging word and the deed: nobody urges itself ("urged Peru to ..."). */
    private static Holders notUrged(List<String> codes, List<CountryMention> mentions, int from, int to) {
        Set<String> urged = mentions.stream().filter(m -> m.start() >= from && m.end() <= to).map(CountryMention::code).collect(Collectors.toSet());
        return new Holders(codes.stream().filter(c -> !urged.contains(c)).toList(), "urger");
    }

    /** What lies between a speaker's verb and a verb coordinated with it: " Peru's vote and ", no clause of its own. */
    private static final Pattern SPEAKERS_NEXT_VERB = Pattern.compile("(?i)(?:(?!\\b(?:that|which|who|but)\\b)[^,;.:!?\"“”]){0,80}\\band\\s+(?:\\p{Ll}+ly\\s+)?");

    /** A cue that urges someone to act: "urge Chile to halt", "press Peru to stop". */
    private static final Pattern URGING_VERB = Pattern.compile("(?i)(?:urg|press|push|call|ask|pressur|persuad|convinc|lean)\\w*\\b");

    /**
     * Someone another hopes or says ought to act, up to the cue: "hope the United States will press", "expect Brazil to ask",
     * "the United States should press".
     */
    private static final Pattern WISHED_AGENT = Pattern.compile("(?i)(?:\\b(?:hope[sd]?|hoping|expect(?:s|ed|ing)?|want(?:s|ed)?|wish(?:es|ed)?|trust(?:s|ed)?"
            + "|count(?:s|ed|ing)?\\s+on)\\s+(?:that\\s+)?(?<hoped>[^,;.]{1,50}?)\\s+(?:will|would|to|can|could|shall)"
            + "|(?<advised>[^,;.]{1,50}?)\\s+(?:should|must|ought\\s+to))\\s+(?:\\S+\\s+){0,6}$");

    /**
     * The speaker, when the one holder of an urging found is a state the speaker hopes or says ought to urge ("We hope Brazil will
     * urge Chile to halt it," Peru said): the wish is the speaker's position; null otherwise.
     */
    private static String wishedBy(String body, Sentence s, List<CountryMention> mentions, Holders holders, Attribution a, int cueStart) {
        String speaker = a.speakerCountry();
        if (speaker == null || holders.codes().size() != 1 || holders.codes().contains(speaker)) {
            return null;
        }
        int from = Math.max(s.start(), cueStart - 140);
        Matcher m = WISHED_AGENT.matcher(body.substring(from, cueStart));
        if (!m.find()) {
            return null;
        }
        String group = m.group("hoped") != null ? "hoped" : "advised";
        int start = from + m.start(group);
        int end = from + m.end(group);
        return mentions.stream().anyMatch(x -> x.start() >= start && x.end() <= end && x.code().equals(holders.codes().get(0))) ? speaker : null;
    }

    /** A relative pronoun right before a cue, past auxiliaries and adverbs: ", which has long opposed", " that strengthened". */
    private static final Pattern RELATIVE_BEFORE = Pattern.compile("(?i)(?:,\\s*|\\s)(which|who|that)\\s+(?:(?:has|have|had|is|are|was|were|been|"
            + "also|later|then|previously|earlier|recently|already|long|not|never|itself|\\p{L}+ly)\\s+){0,3}$" // "which has repeatedly warned"
            // the second verb of a relative clause: "which had blocked the bid but lifted its veto"
            + "|(?:,\\s*|\\s)(which|who)\\s+[^,;:.!?]{1,60}?\\s(?:but|and)\\s+(?:(?:also|later|then|\\p{L}+ly)\\s+){0,2}$");
    /** Between the last state of a list and the pronoun of its group: " were among the countries ", " is one of the few states ". */
    private static final Pattern AMONG_GROUP = Pattern.compile("(?i)^\\s+(?:were|was|are|is)\\s+(?:also\\s+)?(?:among|one\\s+of)\\s+(?:the\\s+)?"
            + "(?:[\\p{L}-]+\\s+){0,3}(?:countries|nations|states|governments)\\s+$");
    /** Between a state and the relative pronoun that refers to it: "Chile, which", "the Chilean government, which". */
    private static final Pattern ANTECEDENT_GAP = Pattern.compile("^(?:['’]s)?(?:\\s+(?:\\w+\\s+)?" + AGENT_NOUNS + ")?\\s*,?\\s*$"
            + "|^,\\s+(?:the|a|an)\\s[^,;()]{1,60},\\s*$", Pattern.CASE_INSENSITIVE); // "Chile, the region's largest economy, which"

    /** A clause after a comma whose subject is a quantifier standing alone: ", some have been", ", others", ", many of them were". */
    private static final Pattern QUANTIFIER_SUBJECT = Pattern.compile("(?i),\\s+(?:but\\s+|while\\s+|and\\s+)?(?:some|others|many|most|few|several)"
            + "(?:\\s+of\\s+them)?\\s+(?:(?:have|has|had|were|was|are|is|been|also|still|remain|remained)\\s+){0,3}$");
    /** A pronoun that opens a new clause right before a cue: "that it will retaliate", "and they rejected". */
    private static final Pattern PRONOUN_SUBJECT = Pattern.compile("(?i)\\b(?:that|and|but)\\s+(?:it|they)\\s+(?:\\S+\\s+){0,2}$");

    /** A verb joined to the one before by "and", right before the cue: "... to return to talks and warned". */
    private static final Pattern COORDINATED_VERB = Pattern.compile("(?i)\\s(?:and|but)\\s+(?:also\\s+|\\p{Ll}+ly\\s+)?$");

    /** True when the word right before {@code at}, in the sentence, is a verb ("urged Dakar"). */
    private boolean verbRightBefore(Sentence s, int at) {
        List<Tokens.Token> before = words.in(Math.max(s.start(), at - 30), at);
        return !before.isEmpty() && "VERB".equals(before.get(before.size() - 1).tag());
    }

    /** An infinitive of purpose that expresses the subject's own view right before the cue: "to express his support for". */
    private static final Pattern OWN_PURPOSE = Pattern.compile("(?i)\\bto\\s+(?:express|voice|convey|offer|reaffirm|reiterate|pledge|extend|register)\\s+"
            + "(?:his|her|its|their)\\s+(?:[\\p{L}-]+\\s+){0,2}$");

    /** "for the West to extend", "for Chile to approve": an infinitive with a subject of its own. */
    private static final Pattern FOR_TO = Pattern.compile("(?i)\\b(?:for|(?:efforts?|attempts?|bids?|push|moves?|pressure|campaign|drive)\\s+by)"
            // "efforts by Chile, its biggest donor, to thwart the pact": the states of the by-phrase, past an apposition
            + "\\s+([^,;:.\"“”]{1,40}?)(?:,[^,;:.\"“”]{1,60},)?\\s+to\\s+(?:\\S+\\s+){0,3}$");

    /** The holders of a cue in an infinitive with a subject of its own: the states in that subject, or none. */
    private Holders ownSubject(String body, Sentence s, List<CountryMention> mentions, Cue cue) {
        int window = s.start() + Math.max(0, cue.start() - 80);
        Matcher m = FOR_TO.matcher(body.substring(window, s.start() + cue.start()));
        if (!m.find()) {
            return null;
        }
        int from = window + m.start(1);
        int to = window + m.end(1);
        List<String> codes = mentions.stream().filter(x -> x.start() >= from && x.end() <= to && canHold(body, x))
                .map(CountryMention::code).distinct().toList();
        return new Holders(codes, "subject");
    }

    /** Who holds a cue, and the sieve that decided it. */
    private record Holders(List<String> codes, String rule) {
        static final Holders NONE = new Holders(List.of(), null);
    }

    /**
     * Who holds a cue: the configured sieves in order, the first that answers wins. "frame" ("For Israel, ..."),
     * "speaker" (the speaker whose verb is the cue, or whose words hold it, or the agent of "seen by X
     * as"), "passive-agent" ("backed by countries such as Turkey and Brazil"), then "subject" (the
     * nearest country before the cue that is not governed by a preposition, with a coordinated
     * subject: "the UAE and Bahrain welcomed"); EVENT cues go only to the country that performs the act
     * ("event-act").
     */
    private Holders holders(String body, Sentence s, List<CountryMention> mentions, Attribution a, List<int[]> asides,
            String frame, int cueStart, int cueEnd, Kind kind) {
        if (kind == Kind.EVENT && passiveAct(body, s, cueStart)) {
            // "Mali has also been suspended": the state the act is done to does not do it; "... by Chile": the agent does
            List<String> agents = passiveAgents(body, s, mentions, cueEnd);
            return agents.isEmpty() ? Holders.NONE : new Holders(agents, "event-act");
        }
        if (kind == Kind.EVENT) {
            return subjectHolders(body, s, mentions, asides, cueStart, kind);
        }
        int window = Math.max(s.start(), cueStart - 60);
        Matcher relative = RELATIVE_BEFORE.matcher(body.substring(window, cueStart));
        if (relative.find()) { // "Peru met Chile, which welcomed the pact": Chile's; "a deal that strengthened ties": no state's
            int pronoun = window + (relative.group(1) != null ? relative.start(1) : relative.start(2));
            CountryMention antecedent = null;
            for (CountryMention m : mentions) {
                if (m.end() <= pronoun && m.start() >= s.start() && ANTECEDENT_GAP.matcher(body.substring(m.end(), pronoun)).matches()) {
                    antecedent = m;
                }
            }
            if (antecedent == null) {
                for (CountryMention m : mentions) {
                    if (m.end() <= pronoun && m.start() >= s.start() && AMONG_GROUP.matcher(body.substring(m.end(), pronoun)).matches()) {
                        // "Chile and Peru were among the countries that condemned it": the states listed are the group's members
                        return new Holders(coordinated(body, mentions, m).stream().map(CountryMention::code).distinct().toList(), "antecedent");
                    }
                }
            }
            return antecedent != null && canHold(body, antecedent) ? new Holders(List.of(antecedent.code()), "antecedent") : Holders.NONE;
        }
        List<String> absolute = absoluteSubjects(body, s, mentions, cueStart);
        if (!absolute.isEmpty()) {
            return new Holders(absolute, "subject"); // "..., with Chile calling it reckless": the states of the -ing clause
        }
        // a cue noun of circumstance or of an unnamed crowd: neither the speaker's nor the subject's; nor a verb in the passive
        // without its agent ("Peru was condemned", "we had been warned"): who is condemned or warned does not condemn or warn
        boolean unowned = unowned(body, s, mentions, cueStart) || ownNounSubject(s, mentions, cueStart)
                || directedPassive(body, s, cueStart);
        // "the minister said 21 countries supported it": the group's cue, neither the speaker's nor a state's before the group
        boolean groupSubject = groupRightBefore(body, s, mentions, cueStart);
        for (String sieve : sieves) {
            Holders h = switch (sieve) {
                case "frame" -> frame == null ? Holders.NONE : new Holders(List.of(frame), "frame");
                case "speaker" -> {
                    if (unowned || groupSubject) {
                        yield Holders.NONE;
                    }
                    String speaker = speakerHolder(body, s, mentions, a, asides, cueStart, cueEnd, kind);
                    yield speaker != null ? new Holders(speakerCountries(body, s, mentions, a, speaker), "speaker")
                            : new Holders(namedWe(body, s, mentions), "speaker");
                }
                case PASSIVE_AGENT -> passiveAgentHolders(body, s, mentions, cueEnd);
                default -> unowned || groupSubject ? Holders.NONE : subjectHolders(body, s, mentions, asides, cueStart, kind);
            };
            if (!h.codes().isEmpty()) {
                return h;
            }
        }
        Holders group = groupAnaphor(body, s, cueStart);
        if (!group.codes().isEmpty()) {
            return group;
        }
        Holders pronoun = unowned ? Holders.NONE : pronounHolders(body, s, cueStart);
        if (!pronoun.codes().isEmpty()) {
            return pronoun;
        }
        Holders members = unowned ? Holders.NONE : groupMembers(body, s, mentions, cueStart, cueEnd);
        if (!members.codes().isEmpty()) {
            return members;
        }
        // "Brazil" above "The foreign ministry said it follows with grave preoccupation ...": the heading's state, last
        return heading != null && !unowned && kind != Kind.EVENT ? new Holders(List.of(heading), "heading") : Holders.NONE;
    }

    /** An absolute clause after a main clause: ", with Chile's president calling it ...", its state and where its -ing verb starts. */
    private record Absolute(String code, int opener, int verbStart) {
    }

    private static final Pattern ABSOLUTE_WITH = Pattern.compile(",\\s+with\\s+(?:only\\s+|just\\s+)?(?:the\\s+)?$");
    private static final Pattern ABSOLUTE_AND = Pattern.compile("(?:,|,?\\s+and)\\s+(?:with\\s+)?(?:the\\s+)?$");
    /** Words of a named subject between its state and its verb (punctuation is no word): "'s foreign minister, Ann Example,". */
    private static final Set<String> ABSOLUTE_NAME_TAGS = Set.of("PROPN", "NOUN", "ADJ", "PART");

    /**
     * The absolute clauses of a sentence (", with Chile calling it reckless and Bolivia's minister describing it as ..."): each a
     * state that opens a subject right after "with" (or "and" after the first), then its own -ing verb; none when the sentence
     * has no ", with".
     */
    private List<Absolute> absolutesIn(String body, Sentence s, List<CountryMention> mentions) {
        if (lastAbsolutes == null || lastAbsolutes.sentence() != s || lastAbsolutes.mentions() != mentions) {
            lastAbsolutes = new AbsolutesOf(s, mentions, absolutes(body, s, mentions, words));
        }
        return lastAbsolutes.found();
    }

    /** Finds the absolute clauses {@link #absolutesIn} keeps. */
    private static List<Absolute> absolutes(String body, Sentence s, List<CountryMention> mentions, Words words) {
        List<Absolute> out = new ArrayList<>();
        int from = s.start();
        for (CountryMention m : mentions) {
            if (m.start() < from || m.end() > s.end()) {
                continue;
            }
            String before = body.substring(Math.max(from, m.start() - 12), m.start());
            boolean opens = out.isEmpty() ? ABSOLUTE_WITH.matcher(before).find() : ABSOLUTE_AND.matcher(before).find();
            if (!opens) {
                continue;
            }
            List<Tokens.Token> after = words.in(m.end(), s.end());
            int verb = -1;
            for (int k = 0; k < Math.min(after.size(), 8); k++) {
                Tokens.Token t = after.get(k);
                if ("VERB".equals(t.tag()) && t.lower().endsWith("ing")) {
                    verb = t.start();
                    break;
                }
                // "with Chile, Peru and Bolivia also calling ...": states coordinated with this one, and an adverb before the verb
                boolean coordinated = (t.lower().equals("and") || t.text().equals(",")) && k + 1 < after.size()
                        && mentionAt(after.get(k + 1).start(), mentions) != null;
                if (!ABSOLUTE_NAME_TAGS.contains(t.tag()) && !"ADV".equals(t.tag()) && !coordinated) {
                    break;
                }
            }
            if (verb < 0) {
                continue;
            }
            Matcher opener = (out.isEmpty() ? ABSOLUTE_WITH : ABSOLUTE_AND).matcher(before);
            opener.find();
            int start = m.start() - before.length() + opener.start();
            for (CountryMention c : mentions) {
                if (c == m || c.start() > m.end() && c.end() <= verb) {
                    out.add(new Absolute(c.code(), start, verb)); // and the states coordinated with it
                }
            }
            from = verb;
        }
        return out;
    }

    /** The states of the absolute clause whose -ing verb stands last before the cue ("with Chile and Peru calling it ..."), if any. */
    private List<String> absoluteSubjects(String body, Sentence s, List<CountryMention> mentions, int cueStart) {
        Absolute last = null;
        List<Absolute> all = absolutesIn(body, s, mentions);
        for (Absolute a : all) {
            if (a.verbStart() <= cueStart) {
                last = a;
            }
        }
        if (last == null) {
            return List.of();
        }
        for (CountryMention m : mentions) { // "..., with Chile looking on, and Bolivia later condemned it": a clause of its own
            if (m.start() > last.verbStart() && m.end() <= cueStart
                    && ABSOLUTE_AND.matcher(body.substring(Math.max(last.verbStart(), m.start() - 12), m.start())).find()) {
                return List.of();
            }
        }
        int verb = last.verbStart();
        return all.stream().filter(a -> a.verbStart() == verb).map(Absolute::code).distinct().toList();
    }

    /** Nouns that name states as a group. */
    private static final String STATE_GROUPS = "countries|nations|states|governments";
    /** A group of states right before a cue, as its subject: "21 countries supported", "most member states have backed". */
    private static final Pattern GROUP_RIGHT_BEFORE = Pattern.compile("(?i)\\b(?:" + STATE_GROUPS + ")\\s+(?:have\\s+|had\\s+|\\p{Ll}+ly\\s+)?$");
    /** True when a group of states, no state's name ("the United States"), is the cue's subject right before it. */
    private static boolean groupRightBefore(String body, Sentence s, List<CountryMention> mentions, int cueStart) {
        int from = Math.max(s.start(), cueStart - 60);
        Matcher group = GROUP_RIGHT_BEFORE.matcher(body.substring(from, cueStart));
        return group.find() && mentions.stream().noneMatch(m -> m.start() <= from + group.start() && from + group.start() < m.end());
    }

    /** A subject that names states as a group: "Some Latin American countries", "several governments", "other leaders". */
    private static final Pattern GROUP_SUBJECT = Pattern.compile("(?i)\\b(?:" + STATE_GROUPS + "|capitals|leaders)\\b");
    /** The states of that group, listed at the end of the clause: ", including Chile and Peru", ", such as Chile", " – Chile, Peru". */
    private static final Pattern MEMBERS_AFTER = Pattern.compile("(?i),\\s+(?:including|such as|among them|notably|namely)\\s+|\\s*[–—:]\\s*|\\s+-\\s+");
    private static final Pattern CLAUSE_PUNCTUATION = Pattern.compile("[,;:]");

    /**
     * "Some countries recognised the result, including Chile, Peru and Bolivia.": a group as the subject of the cue and the states
     * listed after it as its members hold the cue (rule "group-member").
     */
    private Holders groupMembers(String body, Sentence s, List<CountryMention> mentions, int cueStart, int cueEnd) {
        if (!GROUP_SUBJECT.matcher(body.substring(s.start(), cueStart)).find()
                || mentions.stream().anyMatch(m -> m.start() >= s.start() && m.end() <= cueStart)) {
            return Holders.NONE;
        }
        Matcher list = MEMBERS_AFTER.matcher(body.substring(cueEnd, s.end()));
        // "... compared to four countries that refused, namely Chile and Peru": a list after another group is that group's
        if (!list.find() || CLAUSE_PUNCTUATION.matcher(body.substring(cueEnd, cueEnd + list.start())).find()
                || GROUP_SUBJECT.matcher(body.substring(cueEnd, cueEnd + list.start())).find()) {
            // "Most states backed it, with only Chile voting against it": states whose own clause opens on a cue of the other side dissent
            Position main = cuePolarityAt(cueStart, s.end());
            List<Absolute> absolutes = absolutesIn(body, s, mentions).stream()
                    .filter(x -> {
                        Position own = main == null ? null : cuePolarityAt(x.verbStart(), s.end());
                        return own == null || own == main;
                    }).toList();
            if (!absolutes.isEmpty() && absolutes.get(0).opener() > cueEnd
                    && !CLAUSE_PUNCTUATION.matcher(body.substring(cueEnd, absolutes.get(0).opener())).find()) {
                // "Many leaders condemned it, with Chile calling it reckless and Bolivia ...": the states of the -ing clauses
                return new Holders(absolutes.stream().map(Absolute::code).distinct().toList(), "group-member");
            }
            return Holders.NONE; // "voted for it, and five, including Chile, voted against": the list of another clause
        }
        List<String> codes = statesListedFrom(body, mentions, cueEnd + list.end());
        return codes.isEmpty() ? Holders.NONE : new Holders(codes, "group-member");
    }

    /** The polarity of the first lexicon cue from {@code from} on, within a few words, if there is one. */
    private Position cuePolarityAt(int from, int to) {
        List<Tokens.Token> after = words.in(from, Math.min(to, from + 40));
        return CUES.find(after, words.text()).stream().findFirst().map(m -> m.entry().polarity()).orElse(null);
    }

    /** People or states named as a group by the states listed after "of": "the foreign ministers of Chile, Peru and Bolivia". */
    private static final Pattern GROUP_OF = Pattern.compile("(?i)\\b(?:(?:foreign|defen[cs]e|finance|trade|top)\\s+)?(?:ministers|leaders|governments|"
            + "presidents|heads of state|delegations|representatives|envoys|diplomats|countries|nations)\\s+of\\s+(?:the\\s+)?");

    /** Keeps the states a sentence names as a group: listed after "the ministers of", or as the subject that opens it. */
    private void noteGroup(String body, Sentence s, List<CountryMention> mentions) {
        if (mentions.stream().noneMatch(c -> c.start() >= s.start() && c.start() < s.end())) {
            return; // no state named: no group either
        }
        Matcher m = GROUP_OF.matcher(body).region(s.start(), s.end());
        while (m.find()) {
            List<String> codes = statesListedFrom(body, mentions, m.end());
            if (codes.size() >= 2) {
                lastGroup = codes;
                return;
            }
        }
        List<String> opening = openingStates(body, s, mentions);
        if (opening.size() >= 2) {
            lastGroup = opening; // "Chile, Peru and Bolivia on Friday condemned ..."
        }
    }

    /**
     * "The foreign ministers of Chile, Peru and Bolivia met on Friday. ... In a joint statement, the ministers reaffirmed their
     * rejection of ...": the group last named holds a cue of a clause the group opens (rule "group"); a number must match.
     */
    private Holders groupAnaphor(String body, Sentence s, int cueStart) {
        if (lastGroup.size() < 2) {
            return Holders.NONE;
        }
        Matcher m = GROUP_AGAIN.matcher(body.substring(s.start(), cueStart));
        if (!m.find()) {
            return Holders.NONE;
        }
        int count = m.group("count") != null ? COUNTS.indexOf(m.group("count")) + 2 : m.group().toLowerCase(Locale.ROOT).contains("both") ? 2 : -1;
        return count < 0 || count == lastGroup.size() ? new Holders(lastGroup, "group") : Holders.NONE;
    }

    /** After an opening pronoun, up to the cue: no "is" or "seems", no comma, quotation or subordinate clause. */
    private static final String PRONOUN_CLAUSE = "(?!(?:is|was|seems|seemed|appears|appeared|remains|remained)\\b)"
            + "(?![^,;:\"“”]*\\b(?:that|which|who|because|after|while|when|if)\\b)[^,;:\"“”]{0,60}$";
    /** A group named again as the subject of the cue's clause, after an opening phrase: "In a joint statement, the ministers ...". */
    private static final Pattern GROUP_AGAIN = Pattern.compile("^(?:[^,;:\"“”]{0,60},\\s+)?(?:(?:But|And|However,?)\\s+)?(?:[Tt]he|[Bb]oth|[Aa]ll)\\s+"
            + "(?:(?<count>two|three|four|five|six|seven|eight|nine|ten)\\s+)?(?:(?:foreign|top)\\s+)?(?:ministers|leaders|countries|nations|"
            + "governments|states|sides|delegations|diplomats)\\s+" + "(?!(?:of|in|from|at)\\b)" + PRONOUN_CLAUSE);
    private static final List<String> COUNTS = List.of("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");

    /** "He" or "she" opening the sentence, before the cue in its own clause: the person who spoke in the sentence before. */
    private static final Pattern PERSON_PRONOUN = Pattern.compile("^(?:(?:But|And|However,?)\\s+)?(?:He|She)\\s+(?:\\p{Ll}+ly\\s+)?(?:also\\s+)?"
            + PRONOUN_CLAUSE);
    /**
     * A pronoun that opens the sentence as the subject of the cue's clause ("They are worried ...", "It has also raised fears"),
     * not an "it" of "it is": past adverbs and auxiliaries, no comma, quotation or subordinate clause before the cue.
     */
    private static final Pattern OPENING_PRONOUN = Pattern.compile("^(?:(?:But|And|However,?)\\s+)?(They|It|(?:His|Her|Its|Their)(?=\\s+(?:\\p{Ll}+\\s+)?"
            + "(?:administration|government|ministry|office|cabinet|leadership)\\b))\\s+" + PRONOUN_CLAUSE);

    /**
     * "Chile and Peru called for talks. They are worried that ...": the states that opened the previous sentence of the paragraph hold a
     * cue of a sentence that a pronoun of the same number opens.
     */
    private Holders pronounHolders(String body, Sentence s, int cueStart) {
        if (previous.end() > s.start()) {
            return Holders.NONE;
        }
        if (previous.speaker() != null && PERSON_PRONOUN.matcher(body.substring(s.start(), cueStart)).find()) {
            // "..., President X said." and, in the same paragraph or the next, "She congratulated both leaders"
            return new Holders(List.of(previous.speaker()), "pronoun");
        }
        if (previous.subjects().isEmpty() || body.substring(previous.end(), s.start()).contains("\n")) {
            return Holders.NONE;
        }
        Matcher m = OPENING_PRONOUN.matcher(body.substring(s.start(), cueStart));
        if (!m.find() || m.group(1).startsWith("The") != previous.subjects().size() > 1) { // "They", "Their government": plural
            return Holders.NONE;
        }
        return new Holders(previous.subjects(), "pronoun");
    }

    /** The states that open a sentence as its subject: "Chile and Peru called ...", "The Chilean government said ...". */
    private static List<String> openingStates(String body, Sentence s, List<CountryMention> mentions) {
        return statesListedFrom(body, mentions, s.start());
    }

    /** The states listed from {@code at} on, after an optional "the": "Chile, Peru and the Bolivian government". */
    private static List<String> statesListedFrom(String body, List<CountryMention> mentions, int at) {
        return listedFrom(body, mentions, at).stream().map(CountryMention::code).distinct().toList();
    }

    /** The mentions of the list that starts at {@code at}, in order: each after "the", a comma or "and". */
    private static List<CountryMention> listedFrom(String body, List<CountryMention> mentions, int at) {
        List<CountryMention> out = new ArrayList<>();
        for (CountryMention m : mentions) {
            if (m.start() < at) {
                continue;
            }
            String gap = body.substring(at, m.start());
            if (!(out.isEmpty() ? FIRST_GAP.matcher(gap).matches() : LIST_GAP.matcher(gap).matches())) {
                break;
            }
            out.add(m);
            at = m.end();
        }
        return out;
    }

    /** "we, the leaders of Chile, Peru and Bolivia, take note": a first-person subject that names its states. */
    private static final Pattern NAMED_WE = Pattern.compile("(?i)\\bwe\\s*,\\s+the\\s+(?:[\\p{L}-]+\\s+){1,4}of\\s+");
    private static final Pattern LIST_GAP = Pattern.compile("\\s*(?:,|,?\\s+and)\\s+(?:the\\s+)?");
    private static final Pattern FIRST_GAP = Pattern.compile("(?:[Tt]he\\s+)?");

    /** The states a first-person subject of the sentence names ("we, the governments of Chile and Peru"); they say all of it. */
    private static List<String> namedWe(String body, Sentence s, List<CountryMention> mentions) {
        Matcher we = NAMED_WE.matcher(s.text());
        if (!we.find()) {
            return List.of();
        }
        return statesListedFrom(body, mentions, s.start() + we.end());
    }

    /**
     * The state named alone on a one-line paragraph above the paragraph at {@code at} (a round-up: "How the world reacted ...
     * Brazil ..."), looking back at most three paragraphs and stopping at any other short line; null when there is none.
     */
    static String headingCountry(String body, List<CountryMention> mentions, int at) {
        int end = body.lastIndexOf("\n\n", at);
        String label = paragraphLabel(body, mentions, at);
        if (label != null) {
            return label;
        }
        for (int k = 0; k < 3 && end > 0; k++) {
            int start = body.lastIndexOf("\n\n", end - 1);
            start = start < 0 ? 0 : start + 2;
            String paragraph = body.substring(start, end);
            String line = paragraph.strip();
            if (!line.isEmpty()) {
                int from = start + paragraph.indexOf(line);
                for (CountryMention m : mentions) {
                    if (m.start() == from && m.end() == from + line.length() && !Organisations.isOrganisationCode(m.code())) {
                        return m.code();
                    }
                }
                if (DocumentReader.countWords(line) <= 5) {
                    return null; // another heading ("Europe", "Reactions") ends the search
                }
            }
            end = start - 2;
        }
        return null;
    }

    /**
     * "Peru condemned the pact, joining Chile and Bolivia in rejecting it": the states one joins in an act hold it too,
     * whoever else holds it.
     */
    private static Holders withPartners(Holders holders, String body, Sentence s, List<CountryMention> mentions, int cueStart, int cueEnd) {
        int from = Math.max(s.start(), cueStart - 160);
        Matcher joined = JOINED_IN.matcher(body.substring(from, cueStart));
        int partnersFrom;
        int partnersTo;
        if (joined.find()) {
            partnersFrom = from + joined.start(1);
            partnersTo = from + joined.end(1);
        } else {
            // "Chile warned against the move, as had Bolivia and Peru": the states of the elliptical clause after it do the same
            Matcher same = SAME_AFTER.matcher(body.substring(cueEnd, s.end()));
            if (holders.codes().isEmpty() || !same.find()) {
                return holders;
            }
            partnersFrom = cueEnd + same.end();
            Matcher end = CLAUSE_PUNCTUATION.matcher(body.substring(partnersFrom, s.end()));
            partnersTo = end.find() ? partnersFrom + end.start() : s.end();
        }
        List<String> codes = new ArrayList<>(holders.codes());
        for (CountryMention m : mentions) {
            if (m.start() >= partnersFrom && m.end() <= partnersTo && !codes.contains(m.code())) {
                codes.add(m.code());
            }
        }
        return codes.size() == holders.codes().size() ? holders : new Holders(codes, holders.rule() == null ? "joined" : holders.rule());
    }

    /** ", as did", ", as had": an elliptical clause right after the cue's own clause, with no clause break before it. */
    private static final Pattern SAME_AFTER = Pattern.compile("^[^,;:]*,\\s+as\\s+(?:did|had|have|has|do|does)\\s+(?=\\S)");

    /** "joining Chile, Bolivia and Ecuador in": the partners, right before the cue. */
    private static final Pattern JOINED_IN = Pattern.compile("\\bjoin(?:s|ed|ing)?\\s+([^.;:!?]{2,120}?)\\s+in\\s+$");

    /** Sieve "subject" (or "event-act" for the event's own act): the nearest country before the cue that can be its subject. */
    private Holders subjectHolders(String body, Sentence s, List<CountryMention> mentions, List<int[]> asides, int cueStart, Kind kind) {
        if (kind == Kind.EVENT) {
            int from = Math.max(s.start(), cueStart - 160);
            Matcher joined = JOINED_IN.matcher(body.substring(from, cueStart));
            if (joined.find()) {
                cueStart = from + joined.start(); // "Canada joined Chile in sanctioning Peru": who joins does the act
            }
        }
        if (kind != Kind.EVENT && EXISTENTIAL.matcher(body.substring(Math.max(s.start(), cueStart - 40), cueStart)).find()) {
            return Holders.NONE; // "there are concerns that ...": nobody in particular holds them
        }
        // "Peru's latest provocation" names Peru's act: its owner is who acts, not who disapproves
        CountryMention direct = kind == Kind.EVENT || kind == Kind.NAMING ? null : directHolder(body, s, mentions, cueStart);
        if (direct != null) {
            return new Holders(List.of(direct.code()), "subject");
        }
        int[] cueAside = asideOf(asides, cueStart - s.start());
        int cueClause = clauseOf(body, s, asides, cueStart);
        CountryMention best = null;
        for (CountryMention m : mentions) {
            // a cue inside an aside belongs to a country in the same aside, one outside to a country outside
            if (m.end() <= cueStart && clauseOf(body, s, asides, m.start()) == cueClause
                    && asideOf(asides, m.start() - s.start()) == cueAside && subjectLike(body, s, mentions, m) && canHold(body, m)
                    && !(kind == Kind.NAMING && judgedState(body, m, cueStart))
                    && (kind == Kind.EVENT || !possessesThing(body, m, cueStart)) && !excepted(body, s, m)
                    && !(kind != Kind.EVENT && best != null && Spans.possessive(body, m.end()) && verbBetween(best.end(), m.start()))) {
                // "Kazakhstan’s decision drew a cautious response": the decision, not Kazakhstan, is cautious; "Peru summoned
                // Chile's ambassador to protest": a state owning the object of the subject's verb is no subject
                best = m;
            }
        }
        if (best == null && kind != Kind.EVENT) {
            List<String> named = asideSubject(body, s, mentions, asides, cueStart);
            return named.isEmpty() ? Holders.NONE : new Holders(named, "subject");
        }
        if (best != null && kind != Kind.EVENT && QUANTIFIER_SUBJECT.matcher(body.substring(best.end(), cueStart)).find()) {
            return Holders.NONE; // "While Chile pressed for it, some have been opposed": the clause's own subject is some, no state
        }
        if (best != null && kind != Kind.EVENT && (PRONOUN_SUBJECT.matcher(body.substring(best.end(), cueStart)).find()
                || OWN_PURPOSE.matcher(body.substring(best.end(), cueStart)).find()
                || COORDINATED_VERB.matcher(body.substring(best.end(), cueStart)).find() && verbRightBefore(s, best.start()))) {
            // "Iran warned Israel that it will retaliate": the pronoun is the sentence's subject, not the state named last;
            // "Chile's minister telephoned Lula to express his support": so is the one who calls to express its own view;
            // "Britain urged Dakar to talk and warned ...": the object of the first verb is no subject of the second
            CountryMention finalBest = best;
            best = mentions.stream().filter(m -> m.start() >= s.start() && m.end() <= finalBest.start() && subjectLike(body, s, mentions, m)
                    && canHold(body, m) && body.substring(s.start(), m.start()).strip().matches("(?s)[^,;:]{0,40}")).findFirst().orElse(best);
        }
        if (best == null && kind == Kind.EVENT && !asides.isEmpty() && LIST_APPOSITIVE_BEFORE.matcher(body.substring(s.start(), cueStart)).find()) {
            List<String> named = asideSubject(body, s, mentions, asides, cueStart); // "three states—Chile, Peru and Bolivia—have signed"
            return named.isEmpty() ? Holders.NONE : new Holders(named, "event-act");
        }
        if (kind == Kind.EVENT && (best == null || !actsDirectly(body, best, cueStart, asides, s.start()))) {
            List<String> leader = groupLeader(body, s, mentions, asides, cueStart); // "the Chile-led bloc has agreed to cut"
            if (!leader.isEmpty()) {
                return new Holders(leader, "event-act");
            }
        }
        if (best == null || kind == Kind.EVENT && !actsDirectly(body, best, cueStart, asides, s.start())
                || organisationSubjectBetween(body, best.end(), cueStart)
                || !THING_CLAUSE_EXEMPT.contains(kind) && relativeOfThing(body, s, mentions, asides, best.end(), cueStart)) {
            return Holders.NONE;
        }
        List<String> chain = new ArrayList<>();
        for (CountryMention m : coordinated(body, mentions, best)) {
            if (!chain.contains(m.code())) {
                chain.add(m.code());
            }
        }
        return new Holders(chain, kind == Kind.EVENT ? "event-act" : "subject");
    }

    private static final Set<String> RELATIVE_PRONOUNS = Set.of("that", "which", "who");
    /** Cues the subject holds even inside a thing's relative clause: its own act, measures and conditions ("goods that would face duties unless ..."). */
    private static final Set<Kind> THING_CLAUSE_EXEMPT = Set.of(Kind.EVENT, Kind.MEASURE, Kind.CONDITION, Kind.REFUSAL_CONDITION);

    /**
     * "Peru left a platform that has been seeking ways to boost Chile's trade": the cue stands in a relative clause whose
     * subject is a thing, not the state before it; true when such a pronoun, right after a noun that names no state and no text
     * ("a resolution that condemns": the backer's), right before a verb, opens the cue's clause.
     */
    private boolean relativeOfThing(String body, Sentence s, List<CountryMention> mentions, List<int[]> asides, int from, int cueStart) {
        List<Tokens.Token> gap = words.in(from, cueStart);
        for (int k = 1; k + 1 < gap.size(); k++) {
            Tokens.Token t = gap.get(k);
            int p = k - 1;
            while (p > 0 && "PUNCT".equals(gap.get(p).tag())) {
                p--;
            }
            Tokens.Token before = gap.get(p);
            Tokens.Token next = gap.get(k + 1);
            if (RELATIVE_PRONOUNS.contains(t.lower()) && Tokens.NOUN_TAGS.contains(before.tag()) && !DOCUMENTS.contains(before.lower())
                    && mentions.stream().noneMatch(m -> m.start() <= before.start() && before.end() <= m.end())
                    && ("VERB".equals(next.tag()) || "AUX".equals(next.tag()))
                    && asideOf(asides, t.start() - s.start()) == null && clauseOf(body, s, asides, t.start()) == clauseOf(body, s, asides, cueStart)) {
                return true;
            }
        }
        return false;
    }

    /** True when a verb stands in body[from, to). */
    private boolean verbBetween(int from, int to) {
        return words.in(from, to).stream().anyMatch(t -> "VERB".equals(t.tag()));
    }

    /** Participles of a stance the subject holds, besides those of feeling ({@link #EMOTION_BY}): "is opposed to", "is committed to". */
    private static final Set<String> HELD_PARTICIPLES = Set.of("opposed", "committed", "determined", "divided", "inclined", "prepared",
            "satisfied", "relieved");

    /** Participles that judge their subject for whoever says so: "the vote was marred by fraud" is the speaker's judgement. */
    private static final Set<String> JUDGING_PARTICIPLES = Set.of("marred", "flawed", "tainted", "rigged", "compromised");

    /** A verb cue in the passive whose subject is what the act is directed at: "was condemned", "had been warned". */
    private boolean directedPassive(String body, Sentence s, int cueStart) {
        Tokens.Token cue = passiveParticiple(body, s, cueStart);
        String word = cue == null ? "" : cue.lower();
        // a measure in the passive is its announcer's: "Chilean trawlers will be banned, Peru's president said"
        return cue != null && !HELD_PARTICIPLES.contains(word) && !JUDGING_PARTICIPLES.contains(word) && !EMOTION_BY.matcher(word).find()
                && CUES.startingWith(cue.base()).stream().noneMatch(e -> Kind.MEASURE.name().equals(e.kind()));
    }

    /**
     * The cue's first word when it is a participle after an auxiliary of the passive ("was condemned", "have been suspended") or
     * after the appositive it describes, else null.
     */
    private Tokens.Token passiveParticiple(String body, Sentence s, int cueStart) {
        List<Tokens.Token> cue = words.in(cueStart, Math.min(s.end(), cueStart + 30));
        // the tagger may call a participle an adjective ("is widely condemned for officially recognising"): one of a listed verb
        if (cue.isEmpty() || !participleEnding(cue.get(0).lower())
                || !"VERB".equals(cue.get(0).tag()) && !("ADJ".equals(cue.get(0).tag()) && participleOfListedVerb(cue.get(0).lower()))) {
            return null;
        }
        if (PASSIVE_BEFORE.matcher(body.substring(Math.max(s.start(), cueStart - 25), cueStart)).find()) {
            return cue.get(0);
        }
        int from = Math.max(s.start(), cueStart - 40);
        Matcher appositive = APPOSITIVE_BEFORE.matcher(body.substring(from, cueStart));
        // "Yesterday, the Chilean parliament approved": after an opener with no verb of its own the noun phrase is the subject
        return appositive.find() && words.in(s.start(), from + appositive.start()).stream()
                .anyMatch(t -> "VERB".equals(t.tag()) || "AUX".equals(t.tag())) ? cue.get(0) : null;
    }

    /** True when the word is a past participle of a verb the cues or acts list ("condemned", "banned", "denied"), no adjective ("unprovoked"). */
    /** Participles that also serve as prepositions ("the agreement concerning the accession"). */
    private static final Set<String> PARTICIPLE_PREPOSITIONS = Set.of("concerning", "regarding");
    private static final Set<String> NOUN_PHRASE_OPENERS = Set.of("DET", "PROPN", "PRON", "NUM");

    /** A participle used as a preposition: a noun phrase opens right after it and no form of "be" stands before it. */
    private static boolean prepositionAt(List<Tokens.Token> tokens, int k) {
        return PARTICIPLE_PREPOSITIONS.contains(tokens.get(k).lower()) && k + 1 < tokens.size()
                && NOUN_PHRASE_OPENERS.contains(tokens.get(k + 1).tag())
                && (k == 0 || !"be".equals(tokens.get(k - 1).base()) && !"AUX".equals(tokens.get(k - 1).tag()));
    }

    /** The first word of a cue's text, in lower case. */
    private static String firstWord(String text) {
        return text.substring(0, firstWordEnd(text, 0, text.length())).toLowerCase(Locale.ROOT);
    }

    /** A past participle's ending: "-ed", "-en", "-wn". */
    private static boolean participleEnding(String word) {
        return word.endsWith("ed") || word.endsWith("en") || word.endsWith("wn");
    }

    private static boolean participleOfListedVerb(String word) {
        return word.length() > 5 && Stream.concat(Lexicon.lemmaCandidates(word).stream(), Stream.of(word.substring(0, word.length() - 1))) // "withdrawn"
                .filter(stem -> !stem.equals(word))
                .anyMatch(stem -> !CUES.startingWith(stem).isEmpty() || !ACTS.startingWith(stem).isEmpty());
    }

    /** An appositive noun phrase right before a participle that describes it: "..., a move widely criticised as ...". */
    private static final Pattern APPOSITIVE_BEFORE = Pattern.compile("(?i),\\s+(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){1,2}(?:\\p{L}+ly\\s+)?$");

    /**
     * The event's act as a participle in the passive ("was suspended", "have been sanctioned"), save an election, whose
     * winner is its subject ("was re-elected").
     */
    private boolean passiveAct(String body, Sentence s, int cueStart) {
        Tokens.Token cue = passiveParticiple(body, s, cueStart);
        return cue != null && ACTS.startingWith(cue.base()).stream().noneMatch(e -> ELECTION_ACT.equals(e.kind()));
    }

    private static final String ELECTION_ACT = "ACT:elect";

    private static final Organisations ORGANISATIONS = Organisations.load();
    /** An organisation governed by a preposition or a verb is no subject: "envoy to the EU", "told the UN". */
    private static final Pattern GOVERNED_BEFORE = Pattern.compile("(?i)\\b(?:to|of|from|with|by|in|at|for|on|against|towards?|into|within|among|between|"
            + "over|under|about|told|urged|asked|called on|pressed|joined|backed|supported|criticised|criticized|condemned)\\s+(?:the\\s+)?$");
    /** A subject joined to the state before it: "Peru and the EU", "Peru, the EU". */
    private static final Pattern COORDINATOR_ONLY = Pattern.compile("(?i)^\\s*(?:,\\s*)?(?:and|&|as well as|along with)?\\s*(?:the\\s+)?$");

    /**
     * "Peru must comply, or the African Union will take all necessary measures": an organisation that is the cue's own subject,
     * not joined to the state before it, holds the cue; that state does not.
     */
    private boolean organisationSubjectBetween(String body, int from, int cueStart) {
        String gap = body.substring(from, cueStart);
        for (CountryMention org : ORGANISATIONS.mentions(gap)) {
            String before = gap.substring(0, org.start());
            List<Tokens.Token> after = words.in(from + org.end(), cueStart);
            if (after.size() <= 3 && after.stream().allMatch(t -> VERB_GROUP_TAGS.contains(t.tag()) || "VERB".equals(t.tag()))
                    && !COORDINATOR_ONLY.matcher(before).matches() && !GOVERNED_BEFORE.matcher(before).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A cue noun of circumstance or of an unnamed crowd ("signed amid China concerns", "termed international criticism
     * insulting"): neither the subject nor the speaker holds it, only an owner ("despite Chile's opposition") or a
     * passive agent ("amid objections from Peru").
     */
    private boolean unowned(String body, Sentence s, List<CountryMention> mentions, int cueStart) {
        List<Tokens.Token> cue = words.in(cueStart, Math.min(s.end(), cueStart + 40));
        if (cue.isEmpty() || CUES.startingWith(cue.get(0).base()).stream().anyMatch(e -> Kind.MEASURE.name().equals(e.kind()))) {
            return false; // a measure is the act of who takes it: "considering international arbitration" names its kind, no crowd
        }
        Matcher before = UNOWNED.matcher(body.substring(Math.max(s.start(), cueStart - 40), cueStart));
        // after "amid" any cue ("amid stalled talks"); after "despite" a noun only ("despite welcoming it" is the subject's)
        return before.find() && ("NOUN".equals(cue.get(0).tag()) || before.group().toLowerCase(Locale.ROOT).startsWith("amid"))
                && directHolder(body, s, mentions, cueStart) == null;
    }

    private static final Set<String> COPULAS = Set.of("be", "remain", "stay", "seem", "appear", "become");
    private static final Set<String> VERB_GROUP_TAGS = Set.of("AUX", "ADV", "PART");
    private static final Set<String> NOUN_PHRASE_TAGS = Set.of("NOUN", "PROPN", "ADJ", "NUM");
    private static final Set<String> CLAUSE_CONJUNCTIONS = Set.of("and", "but", "while", "whereas");

    /**
     * "Peru condemned the plan and the council welcomed it": after a clause with a verb of its own, a conjunction opens a clause
     * whose subject, a noun phrase that names no state, holds the cue ("Peru and the council welcomed it" are coordinated subjects).
     */
    private boolean ownNounSubject(Sentence s, List<CountryMention> mentions, int cueStart) {
        List<Tokens.Token> before = words.in(s.start(), cueStart);
        int k = before.size() - 1;
        while (k >= 0 && (VERB_GROUP_TAGS.contains(before.get(k).tag()) || COPULAS.contains(before.get(k).base()))) {
            k--; // "has also", "remains"
        }
        int npEnd = k;
        boolean noun = false;
        while (k >= 0 && NOUN_PHRASE_TAGS.contains(before.get(k).tag())) {
            noun |= !"ADJ".equals(before.get(k).tag());
            k--;
        }
        if (!noun || k < 1 || !DETERMINERS.contains(before.get(k).lower())
                || !CLAUSE_CONJUNCTIONS.contains(before.get(k - 1).lower())) {
            return false;
        }
        int npFrom = before.get(k).start();
        int npTo = before.get(npEnd).end();
        List<Tokens.Token> first = before.subList(0, k - 1);
        if (first.stream().anyMatch(t -> SpeakerFinder.CLAUSE_VERBS.contains(t.lower()))) {
            return false; // "Peru said the step was needed and the deal a success": both clauses are what Peru said
        }
        return first.stream().anyMatch(t -> "VERB".equals(t.tag()))
                && mentions.stream().noneMatch(m -> m.start() >= npFrom && m.end() <= npTo);
    }

    /**
     * The speaker of a later clause of the sentence, after the sentence's own speaker: ", while Bolivia said ...", "; Peru's
     * ministry said ...". A state (or its office, in up to three words) right after the clause's opening, then a verb of saying
     * that takes a clause; null if none.
     */
    private Attribution laterSpeaker(String body, Sentence s, List<CountryMention> mentions, Attribution attribution) {
        int from = Math.max(s.start(), attribution.verbEnd());
        Matcher clause = LATER_CLAUSE.matcher(body).region(from, s.end());
        while (clause.find()) {
            for (CountryMention m : mentions) {
                if (m.start() < clause.end() || m.start() > clause.end() + 4 || m.end() > s.end()
                        || !body.substring(clause.end(), m.start()).matches("(?i)(?:the\\s+)?") || !canHold(body, m)) {
                    continue;
                }
                List<Tokens.Token> next = words.in(m.end(), s.end());
                for (int i = 0; i < Math.min(4, next.size()) && !m.code().equals(attribution.speakerCountry()); i++) {
                    Tokens.Token t = next.get(i);
                    if (SpeakerFinder.CLAUSE_VERBS.contains(t.text())) {
                        return new Attribution(body.substring(m.start(), t.start()).strip(), m.code(), t.start(), t.end(), false);
                    }
                    if (!Character.isLetter(t.text().charAt(0)) && !t.text().startsWith("'") && !t.text().startsWith("’")) {
                        break; // "Bolivia, which ...": no speaker's phrase
                    }
                }
            }
        }
        return null;
    }

    /** Where the last clause of its own (after ", while", "; ", ...) opens before {@code at}, or the sentence's start. */
    private static int clauseStartBefore(String body, Sentence s, int at) {
        int boundary = s.start();
        for (Matcher clause = LATER_CLAUSE.matcher(body).region(s.start(), at); clause.find(); ) {
            boundary = clause.start();
        }
        return boundary;
    }

    /** What opens a clause of its own after a cue: ", while", ", whereas", ", but", "; ". */
    private static final Pattern LATER_CLAUSE = Pattern.compile("(?i),\\s+(?:while|whereas|but)\\s|;\\s");

    /** The state that opens the cue's clause as its subject, other than the state sided with; null if none. */
    /** Where the last mention of the state sided with ends before the cue, or the cue's start. */
    private static int sidedEnd(List<CountryMention> mentions, String sided, int cueStart) {
        return mentions.stream().filter(m -> m.code().equals(sided) && m.end() <= cueStart).mapToInt(CountryMention::end).max().orElse(cueStart);
    }

    private CountryMention clauseSubject(String body, Sentence s, List<CountryMention> mentions, String sided, int cueStart) {
        CountryMention out = null;
        for (CountryMention m : mentions) {
            if (m.start() >= s.start() && m.end() <= cueStart && !m.code().equals(sided) && subjectLike(body, s, mentions, m) && canHold(body, m)) {
                out = m;
            }
        }
        return out;
    }

    /**
     * A state that holds the cue whatever governs it: the owner of a cue noun ("despite Chile's strong opposition") and
     * the subject of a cue in an absolute phrase ("with Peru backing the plan").
     */
    private CountryMention directHolder(String body, Sentence s, List<CountryMention> mentions, int cueStart) {
        List<Tokens.Token> cue = words.in(cueStart, Math.min(s.end(), cueStart + 40));
        if (cue.isEmpty()) {
            return null;
        }
        Tokens.Token head = cue.get(0);
        for (CountryMention m : mentions) {
            if (m.end() <= cueStart && m.start() >= s.start() && m.role() == Gazetteer.Role.DEMONYM && body.substring(m.end(), cueStart).equals(" ")
                    && "NOUN".equals(head.tag()) && BACKING_NOUN.matcher(head.text()).find()
                    && !body.substring(Math.max(s.start(), m.start() - 4), m.start()).matches("(?i).*\\bthe\\s$")) {
                return m; // "despite strong Serbian opposition", "Chilean support"; not "the Israeli opposition" (its parties)
            }
            if (m.end() > cueStart || m.start() < s.start() || !canHold(body, m)) {
                continue;
            }
            String gap = body.substring(m.end(), cueStart);
            String before = body.substring(Math.max(s.start(), m.start() - 4), m.start());
            if ("NOUN".equals(head.tag()) && gap.matches("^['’]s\\s+" + OWNED_WORDS + "$") && !before.matches("(?i).*\\b(?:on|for|to|in|at)\\s$")
                    && words.in(m.end() + 2, cueStart).stream().allMatch(t -> "ADJ".equals(t.tag()) || "ADV".equals(t.tag())
                            || OPENING_QUOTE.matcher(t.text()).matches())) {
                return m; // "despite Chile's opposition", "Chile's strong disapproval", "Chile's \"deep disappointment\""; not "on Chile's behalf"
            }
            if (head.lower().endsWith("ing") && gap.equals(" ") && body.substring(Math.max(s.start(), m.start() - 5), m.start()).matches("(?i).*\\bwith\\s$")) {
                return m; // "with Peru backing the plan and Chile expressing concern"
            }
            if ("VERB".equals(head.tag()) && DECIDED_TO.matcher(gap).matches()) {
                return m; // "criticised Lima's decision to ratify the statute": the state that decided does the act, not the critic
            }
        }
        return null;
    }

    /**
     * "Three leaders -- the German chancellor, the French president and the Italian premier -- rejected
     * the plan": the countries of an aside that names the subject, when nothing but a verb group
     * stands between the aside and the cue.
     */
    private static List<String> asideSubject(String body, Sentence s, List<CountryMention> mentions, List<int[]> asides, int cueStart) {
        for (int[] r : asides) {
            if ("(—–-".indexOf(s.text().charAt(r[0])) < 0 && !s.text().startsWith(" -", r[0])) {
                continue; // only a dashed or bracketed list names the subject, not a relative clause
            }
            int asideEnd = s.start() + r[1];
            if (asideEnd > cueStart || !body.substring(asideEnd, cueStart).matches("^\\s*(?:[\\p{Ll}-]+\\s+){0,6}$")) {
                continue;
            }
            if (AFTER_NAME.matcher(body.substring(s.start(), s.start() + r[0])).find() && !onlyStatesListed(body, mentions, s.start() + r[0], asideEnd)) {
                continue; // "Peru – Chile's closest partner – dealt a blow": an aside after a name describes it; only a list of states is the subject
            }
            List<String> out = new ArrayList<>();
            for (CountryMention m : mentions) {
                if (m.start() > s.start() + r[0] && m.end() < asideEnd && canHold(body, m) && !out.contains(m.code())) {
                    out.add(m.code());
                }
            }
            return out;
        }
        return List.of();
    }

    /** "— Chile, Peru and Bolivia —", "(notably Chile)": an aside at body[from, to) that holds a list of states and nothing else. */
    private static boolean onlyStatesListed(String body, List<CountryMention> mentions, int from, int to) {
        Matcher open = ASIDE_OPENING.matcher(body).region(from, to);
        List<CountryMention> listed = listedFrom(body, mentions, open.lookingAt() ? open.end() : from).stream().filter(m -> m.end() <= to).toList();
        return !listed.isEmpty() && body.substring(listed.get(listed.size() - 1).end(), to).matches("[\\s)—–-]*");
    }

    private static final Pattern AFTER_NAME = Pattern.compile("\\p{Lu}[\\p{L}.'’-]*\\s*$");
    private static final Pattern ASIDE_OPENING = Pattern.compile("[\\s(—–-]*(?:(?i:including|notably|namely|such as|among them|especially|mainly)\\s+)?");

    /**
     * "South Africa's case", "Kazakhstan's decision": a possessive names the owner of a thing, and the
     * thing, not the owner, is the subject of what follows; "Israel's foreign ministry" is an agent.
     */
    private boolean possessesThing(String body, CountryMention m, int cueStart) {
        if (judgedMove(body, m, cueStart)) {
            return true; // "Sweden's decision was unfortunate": the judgement is of the move, not Sweden's
        }
        String after = body.substring(m.end(), Math.min(body.length(), Math.max(m.end(), cueStart)));
        if (!after.startsWith("’s ") && !after.startsWith("'s ") && !after.startsWith("’ ") && !after.startsWith("' ")) {
            return POSSESSED_EVENT.matcher(body.substring(m.end(), Math.min(body.length(), m.end() + 30))).lookingAt();
        }
        if (after.matches("^['’]s?\\s+(?:\\p{Ll}+ly\\s+)?$") && judgesNounAfter(cueStart)) {
            return true; // "Peru's unacceptable military actions": the adjective judges what Peru owns; the judgement is not Peru's
        }
        if (after.matches("^['’]s?\\s+" + OWNED_WORDS + "$")) {
            return false; // "Germany's backing", "Washington's firm opposition", "Peru's \"deep concern\"": the owner holds the cue it owns
        }
        String owned = after.substring(after.indexOf(' '));
        // "Chile's officials", "Peru's consistent position calls for": the owner's agents and stated stance speak for it
        return !AGENT_AFTER.matcher(owned).lookingAt() && !OWN_STANCE_AFTER.matcher(owned).lookingAt();
    }

    /** A state's decision or plan to do something, between its possessive and the verb: "'s decision to", "'s plans to". */
    private static final Pattern DECIDED_TO = Pattern.compile("^['’]s?\\s+(?:" + String.join("|", DECISION_NOUNS)
            + "|plans|intention|intent|attempt|effort|readiness|determination|vote)\\s+to\\s+$");
    /** Up to two lower-case words between a possessive and the cue it owns, in scare quotes or not: "strong ", "\"deep ", "deep \"". */
    private static final String OWNED_WORDS = "(?:[\"“]?[\\p{Ll}-]+\\s+){0,2}[\"“]?";
    private static final Pattern OPENING_QUOTE = Pattern.compile("[\"“]");

    /** A noun of what a state states, after its possessive: "'s consistent position", "'s statement". */
    private static final Pattern OWN_STANCE_AFTER = Pattern.compile("\\s+(?:\\w+\\s+)?(?:position|stance|views?|statements?|response|policy)\\b",
            Pattern.CASE_INSENSITIVE);

    /** An adjective at {@code cueStart} before the noun it describes: "unacceptable military actions", "reckless move". */
    private boolean judgesNounAfter(int cueStart) {
        List<Tokens.Token> after = words.in(cueStart, Math.min(words.text().length(), cueStart + 60));
        if (after.size() < 2 || !"ADJ".equals(after.get(0).tag())) {
            return false;
        }
        int k = 1;
        while (k < after.size() - 1 && k < 3 && "ADJ".equals(after.get(k).tag())) {
            k++;
        }
        return "NOUN".equals(after.get(k).tag()) && !Tokens.boundaryBetween(words.text(), after.get(k - 1), after.get(k));
    }

    /** "Malaysia and Indonesia have said": every country of a coordinated speaker. */
    private static List<String> speakerCountries(String body, Sentence s, List<CountryMention> mentions, Attribution a, String country) {
        int at = body.lastIndexOf(a.speaker(), a.verbStart());
        if (at < s.start()) {
            return List.of(country);
        }
        CountryMention last = null;
        for (CountryMention m : mentions) {
            if (m.start() >= at && m.end() <= at + a.speaker().length()) {
                last = m;
            }
        }
        if (last == null || !last.code().equals(country) && !a.speaker().contains(" and ")) {
            return List.of(country);
        }
        List<CountryMention> chain = coordinated(body, mentions, last);
        for (CountryMention m : mentions) { // "the envoys of Chile, the EU, and Peru, condemned" when only "Chile" was the speaker
            if (m.start() > last.end() && m.end() <= a.verbStart() && m.start() >= s.start()) {
                List<CountryMention> longer = coordinated(body, mentions, m);
                if (longer.contains(last) && longer.size() > chain.size()) {
                    chain = longer;
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (CountryMention m : chain) { // "Chile, Peru and Brazil rejected"
            if (!out.contains(m.code())) {
                out.add(m.code());
            }
        }
        return out.contains(country) ? out : List.of(country);
    }

    /** Participles of feeling: "by" names what caused the feeling, not who holds it. */
    private static final Pattern EMOTION_BY = Pattern.compile("(?i)\\b(?:disappointed|concerned|worried|alarmed|outraged|angered|dismayed|"
            + "troubled|frustrated|surprised|shocked|saddened|encouraged|pleased|delighted|heartened|disturbed|upset|irked|incensed|"
            + "appalled|horrified|infuriated|stunned|distressed|disheartened|offended|insulted|aggrieved|annoyed|irritated|baffled|"
            + "puzzled|perplexed|unsettled|relieved|reassured|gratified|thrilled|satisfied|dissatisfied|displeased|unnerved)$");
    private static final Pattern BACKING_NOUN = Pattern.compile("(?i)\\b(?:support|backing|approval|praise|endorsement|blessing|jubilation|elation|delight|opposition|"
            + "objections?|resistance|criticism|condemnations?|disapproval|protests?|rebukes?|censure|rejection|concerns?|worries|fears?|anger|outrage|outcry|backlash|uproar|disappointment|unease)$");

    /** A name in capitals right before a participle: "the Example Accords championed by Peru". */
    private static final Pattern NAME_BEFORE = Pattern.compile("(\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:of\\s+)?\\p{Lu}[\\p{L}'’-]*){0,4})[\"”]?\\s+$");

    /**
     * "ties in the spirit of the Example Accords championed by Peru": a participle right after a name that is not the event's
     * (no word of the event's own, no state) describes that name.
     */
    private boolean modifiesOtherName(String body, Sentence s, List<CountryMention> mentions, int cueStart) {
        int from = Math.max(s.start(), cueStart - 80);
        Matcher name = NAME_BEFORE.matcher(body.substring(from, cueStart));
        if (!name.find() || from + name.start(1) == s.start()) {
            return false;
        }
        int start = from + name.start(1);
        int end = from + name.end(1);
        return mentions.stream().noneMatch(m -> m.start() < end && m.end() > start)
                && words.in(start, end).stream().noneMatch(t -> event.isOwnTrigger(t.lower()));
    }

    /**
     * Who holds a cue of breaking a law or an agreement, given whom the sieves {@code found}: the speaker, when they found the
     * accused state as the subject or nobody ("Peru was breaching the accord, Chile said", "Peru's rulers have no authority to
     * ...": Chile's charge, no position of Peru's); otherwise whom they found.
     */
    private static Holders accuser(Holders found, Attribution a) {
        if (!found.codes().isEmpty() && !"subject".equals(found.rule())) {
            return found;
        }
        String speaker = a.speakerCountry();
        return speaker == null ? Holders.NONE : new Holders(List.of(speaker), "speaker");
    }

    /**
     * True when another phrase opens at {@code to} after " and ", which ends a reaction's source: a second reaction with a source
     * of its own ("drew anger from Chile and praise from Peru"), or a verb ("criticism from many countries and prompting a reply
     * from Chile").
     */
    private boolean anotherPhraseOpens(String body, int to, int end) {
        return Character.isWhitespace(body.charAt(to)) && OTHER_SOURCE.matcher(body).region(to, end).lookingAt()
                || body.startsWith(" and ", to) && opensOnVerb(to + 5);
    }

    private Holders passiveAgentHolders(String body, Sentence s, List<CountryMention> mentions, int cueEnd) {
        List<String> agents = passiveAgents(body, s, mentions, cueEnd);
        return agents.isEmpty() ? Holders.NONE : new Holders(agents, PASSIVE_AGENT);
    }

    /**
     * "backed by countries such as Turkey, Brazil and Malaysia": the countries of the by-phrase right after a participle cue;
     * "with support from Chile and Peru", "objections from Peru": the countries a noun of backing or opposition comes from.
     */
    private List<String> passiveAgents(String body, Sentence s, List<CountryMention> mentions, int cueEnd) {
        String cue = body.substring(Math.max(s.start(), cueEnd - 12), cueEnd);
        int from;
        if ((cue.endsWith(" by") || cue.endsWith(" from")) && !REFLEXIVE_BEFORE.matcher(cue).find()) {
            from = cueEnd; // "backed by", "warnings from"; not "distanced itself from Chile", which names what it keeps away from
        } else if (cue.endsWith("ed") && body.startsWith(" by ", cueEnd) && !EMOTION_BY.matcher(cue).find() && !gerundAt(cueEnd + 4)) {
            // "criticized by", "welcomed by"; not "disappointed by the decision", whose by-phrase is the cause, nor "retaliated by
            // banning ...", whose by-phrase is the means
            from = cueEnd + 4;
        } else if (BACKING_NOUN.matcher(cue).find() && (body.startsWith(" from ", cueEnd) || body.startsWith(" of ", cueEnd)
                && !JUDGED_OF.matcher(cue).find()
                && body.substring(Math.max(s.start(), cueEnd - 30), cueEnd).matches("(?is).*(?:\\bwith\\b.*|\\bthe\\s+\\p{L}+)"))) {
            // "with support from Chile", "with the backing of Peru", "the concerns of Chile and Peru"
            from = cueEnd + (body.startsWith(" from ", cueEnd) ? 6 : 4);
            if (body.startsWith(" of ", cueEnd) && !holderOpens(body, mentions, from)) {
                return List.of(); // "learned with concern of the decision by Chile": what the concern is about, not whose it is
            }
        } else {
            return List.of();
        }
        int to = from;
        // the full stops inside a state's name do not end the phrase: "opposition from the U.S. and Israel"
        while (to < s.end() && (";.:".indexOf(body.charAt(to)) < 0 || within(mentions, to)) && !body.startsWith(" is ", to) && !body.startsWith(" was ", to)
                && !body.startsWith(" has ", to) && !AGENT_ENDS.matcher(body.substring(to, Math.min(s.end(), to + 12))).lookingAt()
                && !anotherPhraseOpens(body, to, s.end())
                && !(body.charAt(to) == ',' && (speakerClause(body, to + 1, s.end())
                        || clauseWithVerb(to + 1, s.end()) && !listGoesOn(body, mentions, to + 1)))) {
            to++;
        }
        List<String> out = new ArrayList<>();
        for (CountryMention m : mentions) {
            if (m.start() >= from && m.end() <= to && !out.contains(m.code()) && !excepted(body, s, m)
                    && !SOME_IN.matcher(body.substring(Math.max(from, m.start() - 30), m.start())).find() && !namesAConflict(body, m, from, to)) {
                out.add(m.code());
            }
        }
        return out;
    }

    /** A verb's -ing form opens what stands at {@code at}: "by banning", "by imposing" (a means, no agent). */
    private boolean gerundAt(int at) {
        List<Tokens.Token> next = words.in(at, Math.min(words.text().length(), at + 40));
        if (next.isEmpty() || next.get(0).start() != at) {
            return false;
        }
        Tokens.Token t = next.get(0);
        return !t.capitalised() && t.lower().endsWith("ing") && ("VERB".equals(t.tag()) || "NOUN".equals(t.tag()));
    }

    /** A conflict a state only names: "the Chile-Bolivia conflict", "the Bolivian crisis", "the war in Bolivia". */
    private static final Pattern CONFLICT_NOUN = Pattern.compile("(?i)(?:" + String.join("|", DISCORD_NOUNS)
            + "|wars?|fighting|hostilities|clashes)");
    private static final Pattern CONFLICT_AFTER = Pattern.compile("(?:\\s*[-–/]\\s*\\p{Lu}[\\p{L}'’.-]*)?\\s+" + CONFLICT_NOUN + "\\b");
    private static final Pattern CONFLICT_BEFORE = Pattern.compile("\\b" + CONFLICT_NOUN + "\\s+(?:in|over|with|between|on|against)\\s+(?:the\\s+)?$");

    /** "blocked by the Chile-Bolivia conflict", "halted by the war in Bolivia": the conflict is the agent, not the state it names. */
    private static boolean namesAConflict(String body, CountryMention m, int from, int to) {
        return CONFLICT_AFTER.matcher(body).region(m.end(), to).lookingAt()
                || CONFLICT_BEFORE.matcher(body.substring(from, m.start())).find();
    }

    /** True when a state's mention spans this offset. */
    private static boolean within(List<CountryMention> mentions, int at) {
        return mentions.stream().anyMatch(m -> m.start() <= at && at < m.end());
    }

    /** Some of a state's people, not the state: "criticised by some in Chile", "by critics in Peru". */
    private static final Pattern SOME_IN = Pattern.compile("(?i)\\b(?:some|many|few|several|others|critics|people|voices|those)\\s+in\\s+(?:the\\s+)?$");

    /** A reflexive pronoun before the cue's last word: "distanced itself from". */
    private static final Pattern REFLEXIVE_BEFORE = Pattern.compile("(?i)\\b(?:itself|themselves|himself|herself|ourselves|myself)\\s+\\S+$");
    /** Nouns of judging whose "of" names who or what is judged, not the judge: "the condemnation of Bolivia", "the rejection of the plan". */
    private static final Pattern JUDGED_OF = Pattern.compile("(?i)\\b(?:condemnations?|criticism|rebukes?|censure|rejection|disapproval)$");

    /** True when a state is named right at {@code from}, after at most "the" and its government or people ("of the Chilean government"). */
    private static boolean holderOpens(String body, List<CountryMention> mentions, int from) {
        Matcher lead = HOLDER_LEAD.matcher(body).region(from, body.length());
        int at = lead.lookingAt() ? lead.end() : from;
        return mentions.stream().anyMatch(m -> m.start() == at);
    }

    /** What may come between "of" and the state that holds a noun: "the government of", "neighbouring countries such as". */
    private static final Pattern HOLDER_LEAD = Pattern.compile("(?i)(?:the\\s+)?(?:(?:government|people|leaders?|authorities)\\s+of\\s+(?:the\\s+)?"
            + "|(?:[\\p{L}-]+\\s+)?(?:countries|states|nations|governments|capitals)\\s+(?:such\\s+as|like|including|notably)\\s+(?:the\\s+)?)?");

    /** What may open the part of a list after a comma, before its next name: "and", "or", "the". */
    private static final Pattern LIST_GOES_ON = Pattern.compile("\\s*(?:(?:and|or)\\s+)?(?:the\\s+)?");

    /**
     * "concerns from Chile, Peru, and Ecuador that the pact ...": the part after a comma goes on with the list when it opens with
     * states joined as a list and no verb follows the last of them ("objections from Chile, Peru signed ..." is a clause).
     */
    private boolean listGoesOn(String body, List<CountryMention> mentions, int from) {
        CountryMention last = null;
        for (CountryMention m : mentions) {
            int at = last == null ? from : last.end();
            if (m.start() < at) {
                continue;
            }
            if (!(last == null ? LIST_GOES_ON : LIST_JOIN).matcher(body).region(at, m.start()).matches()) {
                break;
            }
            last = m;
        }
        if (last == null) {
            return false;
        }
        List<Tokens.Token> next = words.in(last.end(), Math.min(body.length(), last.end() + 30));
        return next.isEmpty() || !"VERB".equals(next.get(0).tag()) && !"AUX".equals(next.get(0).tag());
    }

    /** "objections from Chile, Peru signed ...": the part from {@code from} to the next comma holds a verb of its own, so no list goes on. */
    private boolean clauseWithVerb(int from, int end) {
        return words.in(from, clauseEnd(words.text(), from, end)).stream().anyMatch(t -> "VERB".equals(t.tag()));
    }

    /** Where the part of a list or clause that starts at {@code from} ends: the next comma, or {@code end}. */
    private static int clauseEnd(String text, int from, int end) {
        int comma = text.indexOf(',', from);
        return comma < 0 || comma > end ? end : comma;
    }

    /** States listed after "except", "apart from" or "other than" are left out of what the group did. */
    private static final Pattern EXCEPT_BEFORE = Pattern.compile("(?i)\\b(?:except(?:\\s+for)?|apart from|other than|excluding|save for|with the exception of)"
            + "\\s+(?:[\\p{L}'’.-]+\\s*(?:,\\s*|\\s+(?:and|or)\\s+)?){0,6}$");

    /** "approved by all members except Chile and Peru": Chile and Peru are the exception, not the group. */
    private static boolean excepted(String body, Sentence s, CountryMention m) {
        return EXCEPT_BEFORE.matcher(body.substring(Math.max(s.start(), m.start() - 80), m.start())).find();
    }

    /** "..., Peru's minister said.": the clause from {@code from} to the next comma or the sentence end names a speaker. */
    private static boolean speakerClause(String body, int from, int end) {
        String clause = body.substring(from, clauseEnd(body, from, end));
        return Arrays.stream(clause.split("[^\\p{L}]+")).anyMatch(SpeakerFinder.SPEECH_VERBS::contains);
    }

    /**
     * A demonym holds a position only for its people or an agent of its state ("Emirati officials",
     * "Iranians"), not as an adjective ("a Palestinian state", "Russian control").
     */
    private static boolean canHold(String body, CountryMention m) {
        if (inDateline(body, m) || LOCATED_AFTER.matcher(body).region(m.end(), body.length()).lookingAt()) {
            return false; // "the Lima-based bloc": where something is based does not act
        }
        if (m.role() != Gazetteer.Role.DEMONYM || m.surface().endsWith("s")) {
            return true;
        }
        return AGENT_AFTER.matcher(body.substring(m.end(), Math.min(body.length(), m.end() + 40))).lookingAt();
    }

    /** A compound that names where something sits: "-based", "-headquartered". */
    private static final Pattern LOCATED_AFTER = Pattern.compile("[-‐–]\\s?(?:based|headquartered)\\b", Pattern.CASE_INSENSITIVE);

    /** "LOME, Togo — ...", "SUVA, Fiji (Wire) - ...": the place a report was filed from opens its paragraph. */
    private static boolean inDateline(String body, CountryMention m) {
        int line = body.lastIndexOf('\n', Math.max(0, m.start() - 1)) + 1;
        String before = body.substring(line, m.start());
        boolean place = DATELINE_BEFORE.matcher(before).matches() || before.isBlank() && m.surface().length() >= 4 && m.surface().equals(m.surface().toUpperCase(Locale.ROOT));
        if (place && CountryRecognizer.DASH_AFTER_DATELINE.matcher(body).region(m.end(), Math.min(body.length(), m.end() + 40)).lookingAt()) {
            return true;
        }
        int slash = body.indexOf('/', line);
        if (slash < 0 || slash > m.end() + 40) {
            return false; // no places joined by a slash open this line
        }
        Matcher joined = JOINED_PLACES.matcher(body.substring(line, Math.min(body.length(), line + 80)));
        return joined.lookingAt() && m.end() <= line + joined.end(1);
    }

    /** "KYIV/NEW YORK: ...", "Kyiv/Brussels — ...": places a report was filed from, joined by slashes, open its paragraph. */
    private static final Pattern JOINED_PLACES = Pattern.compile(
            "\\s*(\\p{Lu}[\\p{L}\\p{M}.'’-]*(?: \\p{Lu}[\\p{L}\\p{M}.'’-]*){0,2}(?:\\s*/\\s*\\p{Lu}[\\p{L}\\p{M}.'’-]*(?: \\p{Lu}[\\p{L}\\p{M}.'’-]*){0,2})+)"
            + "(?::\\s|\\s+[—–-]+\\s)");

    /** Nouns that present a state coordinated with another by its relation to it: "Peru and its close ally Chile". */
    private static final String PARTNER_NOUNS = "(?:ally|allies|partner|partners|neighbou?r|neighbou?rs|rival|rivals|associate|friend)";

    /** A name that is no state's in a list set off by commas ("the United States, the European Union, and Japan"). */
    /** What lies between two states of one list: "'s", a few names, then a comma, "and" or "or". */
    private static final Pattern NAMED_LIST_GAP = Pattern.compile("(?:['’]s)?(?:\\s+[\\p{Lu}][\\p{L}.'’-]*){0,5}\\s*(?:,|,?\\s*and|,?\\s*or)\\s*(?:the\\s+)?");
    /** "and its ally": a partner named by its tie to the state before. */
    private static final Pattern PARTNER_GAP = Pattern.compile(",?\\s+and\\s+(?:its|their)\\s+(?:[\\p{Ll}-]+\\s+){0,2}" + PARTNER_NOUNS + "\\s+");
    private static final Pattern LISTED_NAME = Pattern.compile("\\s*,\\s+(?:the\\s+)?[\\p{Lu}][\\p{L}.'’-]*(?:\\s+[\\p{Lu}][\\p{L}.'’-]*){0,4},\\s*(?:and|or)\\s+(?:the\\s+)?");
    /** "Peru's government, along with its ally, Chile, condemned": the state added in an aside acts with the subject. */
    private static final Pattern ALONG_WITH = Pattern.compile("(?:['’]s)?(?:\\s+\\p{Ll}+){0,2},\\s+(?:along|together)\\s+with\\s+"
            + "(?:(?:its|their)\\s+(?:[\\p{Ll}-]+\\s+){0,2}" + PARTNER_NOUNS + ",?\\s+)?(?:the\\s+)?");

    /** The mentions joined to this one by "and" or commas just before it, and the mention itself. */
    /** A list that ends after its last name: "Chile, Peru and others", "Chile, Peru and other states". */
    private static final Pattern AND_OTHERS = Pattern.compile(",?\\s+(?:and|or)\\s+(?:others|other\\s+\\p{Ll}+)\\b");

    private static List<CountryMention> coordinated(String body, List<CountryMention> mentions, CountryMention last) {
        List<CountryMention> chain = new ArrayList<>();
        chain.add(last);
        CountryMention current = last;
        boolean andOthers = AND_OTHERS.matcher(body.substring(last.end(), Math.min(body.length(), last.end() + 40))).lookingAt();
        for (int k = mentions.indexOf(last) - 1; k >= 0; k--) {
            CountryMention m = mentions.get(k);
            String gap = body.substring(m.end(), current.start());
            boolean along = ALONG_WITH.matcher(gap).matches();
            // "the UAE and Bahrain", "Armenian Prime Minister Nikol Pashinyan and Azerbaijani President ...", "Peru and its ally Chile"
            if (!NAMED_LIST_GAP.matcher(gap).matches() && !PARTNER_GAP.matcher(gap).matches()
                    && !LISTED_NAME.matcher(gap).matches() && !along) {
                break;
            }
            if (current == last && !andOthers && !gap.contains(" and") && !gap.contains(" or") && gap.contains(",") && !along) {
                break; // "despite objections from Chile, Peru signed": a list ends in "and" or "or" before its last name, or after it in "and others"
            }
            chain.add(0, m);
            current = m;
        }
        return chain;
    }

    /** "-led" right after a state: "the Chile-led bloc". */
    private static final Pattern LED = Pattern.compile("-led\\b");
    /** "led by" in commas after the group, right before a state: "the members, led by Chile, have ...". */
    private static final Pattern LED_BY = Pattern.compile("\\p{L},\\s+led\\s+by\\s+(?:the\\s+)?$");
    /** The comma that closes the "led by" aside right after its state. */
    private static final Pattern LED_BY_CLOSE = Pattern.compile("\\s*,");
    /** A relative clause between commas right after the group: "the Chile-led bloc, which includes Peru, has ...". */
    private static final Pattern GROUP_CLAUSE = Pattern.compile("\\s*,\\s*(?:which|that|who)\\b[^,;:.]{1,80},");

    /**
     * The state that leads the group whose act the cue is ("the Chile-led bloc, which includes Peru, has agreed to cut", "the
     * members, led by Chile, have agreed to cut"): the leader acts, past a relative clause of the group, when the group's words
     * (up to four) are followed by the act as closely as a state's own name would be.
     */
    private List<String> groupLeader(String body, Sentence s, List<CountryMention> mentions, List<int[]> asides, int cueStart) {
        for (CountryMention m : mentions) {
            if (m.start() < s.start() || m.end() >= cueStart) {
                continue;
            }
            Matcher closed = LED_BY_CLOSE.matcher(body).region(m.end(), cueStart);
            if (LED_BY.matcher(body.substring(s.start(), m.start())).find() && closed.lookingAt()
                    && actsDirectly(body, closed.end(), cueStart, asides, s.start())) {
                return List.of(m.code()); // "OPEC members, led by Chile, have agreed to cut"
            }
            Matcher led = LED.matcher(body).region(m.end(), cueStart);
            if (!led.lookingAt()) {
                continue;
            }
            List<Tokens.Token> group = words.in(led.end(), cueStart);
            for (int n = 0; n < Math.min(4, group.size()) && groupWord(group.get(n)); n++) {
                Matcher clause = GROUP_CLAUSE.matcher(body).region(group.get(n).end(), cueStart);
                if (actsDirectly(body, clause.lookingAt() ? clause.end() : group.get(n).end(), cueStart, asides, s.start())) {
                    return List.of(m.code());
                }
            }
        }
        return List.of();
    }

    /** A word of a group's name after "-led": a noun, an adjective, a gerund or the "+" of "OPEC+" ("OPEC+ cartel", "mining bloc"). */
    private static boolean groupWord(Tokens.Token t) {
        return Tokens.NOUN_TAGS.contains(t.tag()) || "ADJ".equals(t.tag()) || t.text().equals("+") || t.lower().endsWith("ing");
    }

    /**
     * True when the country itself performs the act: "Kazakhstan may soon join", "Kazakhstan is
     * preparing to formally join", "Astana’s accession", "Kazakhstan’s decision to join"; false for
     * "Russia would study what the accession means".
     */
    private boolean actsDirectly(String body, CountryMention m, int cueStart, List<int[]> asides, int sentenceStart) {
        return actsDirectly(body, m.end(), cueStart, asides, sentenceStart);
    }

    /** Whether the words between {@code from} and the act are a name, a day and a verbal chain ("has agreed to"), asides aside. */
    private boolean actsDirectly(String body, int from, int cueStart, List<int[]> asides, int sentenceStart) {
        if (AMONG_ACTORS.matcher(body.substring(from, Math.max(from, cueStart))).matches()) {
            return true; // "Peru became the latest country to sign", "Chile and Peru are among states to recognise"
        }
        int count = 0;
        boolean inName = true; // "Azerbaijani President Ilham Aliyev signed", "Emirati officials joined"
        String last = null;
        List<Tokens.Token> gap = words.in(from, cueStart);
        for (int k = 0; k < gap.size(); k++) {
            Tokens.Token t = gap.get(k);
            if (inAside(asides, t.start() - sentenceStart) || t.start() == from + 1 && t.text().equals("s")) {
                continue; // asides and the possessive 's
            }
            if (Dates.dayAt(gap, k)) {
                k++;
                continue; // "Peru on Monday lifted ...": the day is no part of the chain
            }
            if (Dates.WEEKDAYS.contains(t.text())) {
                continue; // "announced Monday they would ..."
            }
            inName = inName && (t.capitalised() || AGENT_AFTER.matcher(" " + t.text()).matches());
            if (inName || last != null && t.lower().equals("that") && k + 1 < gap.size() && SUBJECT_PRONOUNS.contains(gap.get(k + 1).lower())) {
                continue; // "Peru said that it would join": the complementiser before the pronoun that resumes the state
            }
            if (++count > 6 || !VERBAL_CHAIN.contains(t.lower())) {
                return false;
            }
            last = t.lower();
        }
        return !"said".equals(last) && !"says".equals(last) && !"say".equals(last); // "France said recognition was premature": the act noun opens what is said

    }

    private String speakerHolder(String body, Sentence s, List<CountryMention> mentions, Attribution a, List<int[]> asides,
            int cueStart, int cueEnd, Kind kind) {
        if (a.speakerCountry() != null && a.verbStart() >= 0) {
            boolean verbIsCue = a.verbStart() < cueEnd && cueStart < a.verbEnd();
            // a participle with an agent of its own is the agent's: "said the pact, backed by Peru, ...", "condemned by X but praised by Y"
            boolean ownAgent = !passiveAgents(body, s, mentions, cueEnd).isEmpty();
            boolean passive = body.substring(a.verbStart(), a.verbEnd()).endsWith(" by") && !ownAgent; // "seen by X as"
            // a subject in an earlier sentence of the same quotation is not the cue's: "“Peru's acts harm us. We urge Lima to stop”"
            int own = a.verbEnd();
            Matcher inner = INNER_SENTENCE.matcher(body).region(Math.min(a.verbEnd(), cueStart), cueStart);
            while (inner.find()) {
                own = inner.end();
            }
            boolean cueInSpeech = cueStart >= a.verbEnd() && !hasSubjectBetween(body, s, mentions, asides, own, cueStart) && !ownAgent;
            if (verbIsCue || passive && cueStart >= a.verbEnd() || cueInSpeech || reportedBefore(body, s, mentions, a, cueStart, cueEnd, kind)) {
                return a.speakerCountry();
            }
        }
        return null;
    }

    /** A sentence's end and the capital that opens the next one, inside a quotation that goes on. */
    private static final Pattern INNER_SENTENCE = Pattern.compile("\\p{Ll}[.!?]\\s+(?=\\p{Lu})");

    /** A quotation open before the cue whose clause a third person opens: "“He disagrees with", "“They have rejected". */
    private static boolean quotedThirdPerson(String before) {
        int open = openQuote(before);
        return open >= 0 && THIRD_PERSON_BEFORE.matcher(before.substring(open)).find();
    }

    /** Where the quotation still open at the end of {@code before} opens (a “ not closed, or the last of an odd number of "), or -1. */
    private static int openQuote(String before) {
        int curly = before.lastIndexOf('“');
        if (curly > before.lastIndexOf('”')) {
            return curly;
        }
        return before.chars().filter(c -> c == '"').count() % 2 == 1 ? before.lastIndexOf('"') : -1;
    }

    private static final Pattern THIRD_PERSON_BEFORE = Pattern.compile("(?i)(?:^[“\"]\\s*|[,;]\\s+|\\band\\s+|\\bbut\\s+)(?:he|she|they)\\s+"
            + "(?:(?:has|have|had|is|are|was|were|does|do|did|also|still|clearly|strongly|firmly|not|n['’]t)\\s+){0,3}$");

    /**
     * "Chilean trawlers will be barred from Peru's waters, Peruvian President X said on Monday.": what the speaker
     * reports stands before the speaker and the verb that end the sentence; it is theirs when no country in it can hold it.
     */
    private boolean reportedBefore(String body, Sentence s, List<CountryMention> mentions, Attribution a, int cueStart, int cueEnd, Kind kind) {
        int speakerStart = body.lastIndexOf(a.speaker(), a.verbStart());
        // "“It is illegal,” said German Chancellor X, ...": a verb before its speaker ends the report, whatever follows
        boolean inverted = speakerStart < s.start() && body.indexOf(a.speaker(), a.verbEnd()) >= 0
                && body.indexOf(a.speaker(), a.verbEnd()) < s.end();
        Matcher pronoun = PRONOUN_BEFORE_VERB.matcher(body.substring(s.start(), Math.max(s.start(), a.verbStart())));
        if (!inverted && speakerStart < s.start() && pronoun.find()) {
            speakerStart = s.start() + pronoun.start(); // "“It is regrettable ...,” she said.": the pronoun stands for the speaker
        }
        int reportEnd = inverted ? a.verbStart() : speakerStart;
        if (reportEnd < s.start() || cueEnd > reportEnd || !REPORT_BEFORE.matcher(body.substring(s.start(), reportEnd)).find()
                || !inverted && !quotedBefore(body.substring(s.start(), cueStart), body.substring(cueEnd, reportEnd))
                && !REPORT_END.matcher(body.substring(a.verbEnd(), s.end())).matches()) {
            return false;
        }
        if (kind != Kind.NAMING && directHolder(body, s, mentions, cueStart) != null) {
            return false; // "Despite Chile's opposition, ..., Peruvian officials said": the opposition is Chile's
        }
        for (CountryMention m : mentions) {
            if (m.start() >= s.start() && m.end() <= cueStart && subjectLike(body, s, mentions, m) && canHold(body, m)
                    && !inOpeningCondition(body, s, m, cueStart)
                    && !(kind == Kind.NAMING && (OWNER_OF_NAMED_ACT.matcher(body).region(m.end(), cueStart).matches()
                            || judgedState(body, m, cueStart)))
                    && !possessesThing(body, m, cueStart)) { // "Peru's decision was wrong, Chilean officials said": the decision is the subject
                // the owner of a noun that names the act is who acts: "Peru's latest provocation, a Chilean said" is Chile's
                return false; // "Peru will bar the trawlers, Chilean officials said": Peru holds its own act
            }
        }
        return true;
    }

    /**
     * A state, or its side or government, that a copula says is what the cue names: "the Peruvian side has been extremely selfish
     * and reckless", "Chile was provocative". It is judged, so it holds nothing; who says so does.
     */
    private static final Pattern JUDGED_STATE = Pattern.compile("(?:\\s+(?:side|government|leadership|authorities|regime))?\\s+"
            + "(?:is|are|was|were|has\\s+been|have\\s+been|had\\s+been|is\\s+being|was\\s+being)"
            + "(?:\\s+(?:so|too|very|most|more|\\p{Ll}+ly))?(?:\\s+\\p{Ll}[\\p{Ll}-]*,?\\s+and)?\\s+");

    /** Between a state and the noun naming its act: "'s" and up to two lower-case words ("Peru's latest provocation"). */
    private static final Pattern OWNER_OF_NAMED_ACT = Pattern.compile("['’]s?(?:\\s+[\\p{Ll}-]+){0,2}\\s+");

    private static boolean judgedState(String body, CountryMention m, int cueStart) {
        return m.end() < cueStart && cueStart - m.end() <= 80 && JUDGED_STATE.matcher(body).region(m.end(), cueStart).matches();
    }

    private static final Pattern PRONOUN_BEFORE_VERB = Pattern.compile("(?i)\\b(?:he|she|they)\\s+$");

    /** A sentence that opens with a condition: "If Peru were to ...", "Should Chile ...", "Even if ...". */
    private static final Pattern OPENING_CONDITION = Pattern.compile("(?i)^[\"“‘]?\\s*(?:(?:even )?if|unless|should|were|in case)\\b[^,;:]*$");

    /**
     * "If Peru were to cut its trade, this would be a regrettable decision, Chile's envoy said": a state inside the condition that
     * opens the sentence, closed by a comma before the cue, is no subject of what the speaker reports.
     */
    private static boolean inOpeningCondition(String body, Sentence s, CountryMention m, int cueStart) {
        return OPENING_CONDITION.matcher(body.substring(s.start(), m.start())).matches() && body.substring(m.end(), cueStart).contains(",");
    }

    /**
     * A cue inside the quotation that closes right before the speaker: "“We reject it,” the minister said in a statement after
     * ...": the quoted words are the speaker's, whatever the sentence adds after the verb.
     */
    private static boolean quotedBefore(String beforeCue, String afterCue) {
        return openQuote(beforeCue) >= 0 && CLOSES_QUOTE.matcher(afterCue).find() && afterCue.chars().filter(c -> c == '”' || c == '"').count() == 1;
    }

    private static final Pattern CLOSES_QUOTE = Pattern.compile("[”\"],?\\s*$");

    private boolean hasSubjectBetween(String body, Sentence s, List<CountryMention> mentions, List<int[]> asides, int from, int to) {
        for (CountryMention m : mentions) {
            if (m.start() >= from && m.end() <= to && !inAside(asides, m.start() - s.start()) && subjectLike(body, s, mentions, m)
                    && !judgedMove(body, m, to)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "called Peru's decision \"unfortunate\"", "said Peru's move was reckless": the cue judges the move a state's possessive
     * names, so the state is no subject that could hold it.
     */
    private static boolean judgedMove(String body, CountryMention m, int cueStart) {
        Matcher move = POSSESSED_EVENT.matcher(body).region(m.end(), cueStart);
        return move.lookingAt() && JUDGED_AS.matcher(body).region(move.end(), cueStart).matches();
    }

    /** Between a move and its judgement: quotes, a copula, "as" and an adverb ("was deeply", "as \"", "\""). */
    private static final Pattern JUDGED_AS = Pattern.compile("[\\s\"“]*(?:(?:is|was|as|would\\s+be|will\\s+be)\\s+)?(?:a\\s+|an\\s+)?"
            + "(?:\\p{Ll}+ly\\s+)?[\"“]*");

    /** A mention not governed by a preposition within the three words before it (lists inherit from their head). */
    private boolean subjectLike(String body, Sentence s, List<CountryMention> mentions, CountryMention m) {
        for (CountryMention owner : m.role() == Gazetteer.Role.PLACE ? mentions : List.<CountryMention>of()) {
            if (owner.end() <= m.start() && owner.code().equals(m.code())
                    && CAPITAL_OF.matcher(body).region(owner.end(), m.start()).matches()) {
                // "visited Chile's capital Santiago", "visited the Chilean capital, Santiago": the capital is the verb's object
                if (verbBefore(body, words.in(Math.max(s.start(), owner.start() - 60), owner.start()), owner.start()) != null) {
                    return false;
                }
            }
        }
        List<Tokens.Token> before = words.in(Math.max(s.start(), m.start() - 60), m.start());
        if (objectOfVerb(body, before, m) || namesTheThing(body, before, m)) {
            return false;
        }
        // three words back, past which the words of one noun phrase do not count ("with former colonial master France")
        for (int k = before.size() - 1, seen = 0; k >= 0 && seen < 3 && before.size() - k <= 7; k--) {
            Tokens.Token t = before.get(k);
            seen += (NP_MODIFIER_TAGS.contains(t.tag()) || "NOUN".equals(t.tag())) && !t.lower().equals("that") ? 0 : 1;
            String gap = body.substring(t.end(), k == before.size() - 1 ? m.start() : before.get(k + 1).start());
            if (gap.contains(",") || gap.contains(";") || gap.contains(":") || gap.contains("—") || gap.contains("(")) {
                if (gap.contains(",") && k == before.size() - 1) {
                    // "despite objections from Chile, Peru signed": a verb right after the name ends any list before it
                    return verbRightAfter(m, s.end()) || !namesTheNounBefore(body, mentions, t, m) && listHeadIsSubject(body, s, mentions, m);
                }
                return true;
            }
            if (Dates.WEEKDAYS.contains(t.text())) {
                k = Dates.dayOpening(before, k);
                continue; // "On Monday Chile dismissed it": the preposition governs the day, not the name
            }
            String w = t.lower();
            if (w.equals("and") || w.equals("or")) {
                return listHeadIsSubject(body, s, mentions, m);
            }
            if (CLAUSE_OPENERS.contains(w) && ("SCONJ".equals(t.tag()) || w.equals("that") && !"DET".equals(t.tag()))) {
                return true; // "said on Monday that Chile had ...": a new clause opens, no preposition before it governs the name
            }
            Tokens.Token head = k > 1 || k > 0 && !w.equals("as") ? before.get(k - (w.equals("as") ? 2 : 1)) : null;
            if ((w.equals("like") || w.equals("including") || w.equals("as") && k > 0 && before.get(k - 1).lower().equals("such"))
                    && head != null && (head.lower().endsWith("s") || "NUM".equals(head.tag()))) {
                return true; // "players like the U.S. and Germany have rejected", "five, including Chile,": the list stands for its head
            }
            if (TIME_CONJUNCTIONS.contains(w) && opensClause(body, m, s.end())) {
                // "outrage spread as China denounced the move", "after the Chilean parliament ratified it": a conjunction before
                // a clause, not a preposition
                return true;
            }
            if (PREPOSITIONS.contains(w)) {
                // "the nation of Kazakhstan", "the government of Israel" name the country, not an object
                return w.equals("of") && k > 0 && (OF_APPOSITION.contains(before.get(k - 1).lower()) && !insidePhraseOf(before, k - 1)
                        // "members of the Chilean parliament voted ...": part of a state's body, which the state's name opens
                        || MEMBERS_OF.contains(before.get(k - 1).lower()) && AGENT_AFTER.matcher(body.substring(m.end(),
                                Math.min(body.length(), m.end() + 40)).replaceFirst("^['’]s?", "")).lookingAt())
                        // "the spokesperson for the Chilean government" speaks for the state
                        || w.equals("for") && k > 0 && SPEAKS_FOR.contains(before.get(k - 1).lower());
            }
        }
        return true;
    }

    /**
     * "the recognition of the government of Chile": the noun at {@code head} that names the state is itself a preposition's object
     * (the state is what something is done to); not so for a state's agents ("members of the government of Chile").
     */
    private static boolean insidePhraseOf(List<Tokens.Token> before, int head) {
        int j = head - 1;
        for (int n = 0; j >= 0 && n < 4 && (NP_MODIFIER_TAGS.contains(before.get(j).tag()) || before.get(j).capitalised()); n++) {
            j--;
        }
        if (j < 0 || !PREPOSITIONS.contains(before.get(j).lower())) {
            return false;
        }
        return !(before.get(j).lower().equals("of") && j > 0
                && (MEMBERS_OF.contains(before.get(j - 1).lower()) || OF_APPOSITION.contains(before.get(j - 1).lower())));
    }

    private static final Set<String> NP_MODIFIER_TAGS = Set.of("DET", "ADJ", "PROPN");
    /** Conjunctions that open a clause of their own (tagged SCONJ, or "that" tagged as a pronoun), not the determiner of "on that Chilean plan". */
    private static final Set<String> CLAUSE_OPENERS = Set.of("that", "whether", "because", "although", "though", "while", "if", "unless");
    /** Words that are prepositions before a noun and conjunctions before a clause: "as", "after", "before", "since", "until". */
    private static final Set<String> TIME_CONJUNCTIONS = Set.of("as", "after", "before", "since", "until");

    /** What lies between a state and its capital named after it: "'s capital ", " capital, ", "'s capital city of ". */
    private static final Pattern CAPITAL_OF = Pattern.compile("(?:['’]s?)?\\s+capital(?:\\s+city)?(?:\\s+of)?,?\\s+");

    /** "in a peaceful, " / "in an orderly and " before an adjective of a manner phrase. */
    private static final Pattern MANNER_BEFORE = Pattern.compile("(?i)\\bin\\s+an?\\s+(?:[\\p{L}-]+,?\\s+(?:and\\s+|or\\s+)?){0,3}$");
    private static final Pattern MANNER_AFTER = Pattern.compile("(?i)\\s+(?:manner|way|fashion)\\b");

    /**
     * A one-word cue that is the adjective of "in a ... manner|way|fashion", or the last of coordinated adjectives of a deed's
     * noun ("the complete, verifiable and irreversible dismantling of its programme").
     */
    private static boolean mannerOfDeed(String text, Cue cue) {
        return !cue.text().contains(" ") && (MANNER_AFTER.matcher(text).region(cue.end(), text.length()).lookingAt()
                && MANNER_BEFORE.matcher(text.substring(Math.max(0, cue.start() - 60), cue.start())).find()
                || DEED_AFTER.matcher(text).region(cue.end(), text.length()).lookingAt()
                && COORDINATED_BEFORE.matcher(text.substring(Math.max(0, cue.start() - 60), cue.start())).find());
    }

    /** A noun of a deed right after an adjective: "dismantling", "denuclearisation", "withdrawal", "disarmament". */
    private static final Pattern DEED_AFTER = Pattern.compile("\\s+\\p{Ll}+(?:ing|tion|sation|zation|ment|al)\\b");
    /** The adjectives coordinated before the last of them: "complete, verifiable and ". */
    private static final Pattern COORDINATED_BEFORE = Pattern.compile("\\p{Ll}+,?\\s+(?:and|or)\\s+$");

    /** Thanks before a state's support: "We appreciate Russia's support", "thanked Chile for its backing". */
    private static final Pattern GRATITUDE_BEFORE = Pattern.compile("(?i)\\b(?:appreciat(?:e|es|ed|ing)|thank(?:s|ed|ing)?|grateful\\s+for"
            + "|valu(?:e|es|ed|ing))\\s+(?:[\\p{L}'’.-]+\\s+){0,3}$");
    /** What support is for, named after it: "support for the deal", "support of the plan". */
    private static final Pattern SUPPORT_OBJECT = Pattern.compile("(?i)\\s+(?:for|of|to)\\b");

    /** A one-word cue of support that the speaker thanks someone for, with nothing named that it supports. */
    private static boolean supportThanked(String text, Cue cue) {
        return !cue.text().contains(" ") && GRATITUDE_BEFORE.matcher(text.substring(Math.max(0, cue.start() - 60), cue.start())).find()
                && !SUPPORT_OBJECT.matcher(text).region(cue.end(), text.length()).lookingAt();
    }

    /** Names joined into one list: "Japan, South Korea and the Philippines". */
    private static final Pattern LIST_JOIN = Pattern.compile("\\s*(?:,|,?\\s*and|,?\\s*or)\\s*(?:the\\s+)?");

    /**
     * "stands with its partners, Japan and South Korea, and calls ...": states listed between commas right after a common
     * noun, before the subject's next verb, name what the noun stands for; they are no subject ("condemned its former ruler,
     * Germany, for rejecting ..." keeps Germany as who rejects).
     */
    private static boolean namesTheNounBefore(String body, List<CountryMention> mentions, Tokens.Token before, CountryMention first) {
        if (!"NOUN".equals(before.tag()) || !Character.isLowerCase(before.text().charAt(0))) {
            return false;
        }
        CountryMention last = first;
        for (int k = mentions.indexOf(first) + 1; k < mentions.size() && mentions.get(k).start() >= last.end()
                && LIST_JOIN.matcher(body.substring(last.end(), mentions.get(k).start())).matches(); k++) {
            last = mentions.get(k);
        }
        return APPOSITIVE_CLOSE.matcher(body).region(last.end(), body.length()).lookingAt();
    }

    /** The comma closing an appositive before the subject's next verb: ", and calls", ", but said". */
    private static final Pattern APPOSITIVE_CLOSE = Pattern.compile(",\\s+(?:and|but)\\s+\\p{Ll}");

    private static final Pattern AGENT_WORD = Pattern.compile(AGENT_NOUNS, Pattern.CASE_INSENSITIVE);

    /**
     * A finite verb after the state's name, past at most three words of names, adverbs or the state's agents ("China denounces",
     * "the Chinese ministry vehemently denounced"): the name opens a clause; a possessive ("China's gain") does not.
     */
    private boolean opensClause(String body, CountryMention m, int sentenceEnd) {
        if (Spans.possessive(body, m.end())) {
            return false;
        }
        List<Tokens.Token> after = words.in(m.end(), sentenceEnd);
        for (int k = 0; k < Math.min(4, after.size()); k++) {
            Tokens.Token t = after.get(k);
            if ("VERB".equals(t.tag()) || "AUX".equals(t.tag())) {
                return !t.lower().endsWith("ing") && !body.substring(m.end(), t.start()).contains(",");
            }
            if (!t.capitalised() && !"ADV".equals(t.tag()) && !AGENT_WORD.matcher(t.text()).matches()) {
                return false;
            }
        }
        return false;
    }

    private boolean verbRightAfter(CountryMention m, int sentenceEnd) {
        List<Tokens.Token> after = words.in(m.end(), sentenceEnd);
        if (after.isEmpty() || after.get(0).start() - m.end() > 1) {
            return false;
        }
        // "Peru has lambasted", "Chile will impose": an auxiliary with its verb right after it, past an adverb; past a day too:
        // "Peru on Tuesday again blamed"
        int day = Dates.dayAt(after, 0) ? 2 : 0;
        int k = day;
        while (k < after.size() - 1 && k < day + 3 && ("AUX".equals(after.get(k).tag()) || k > 0 && "ADV".equals(after.get(k).tag()))) {
            k++;
        }
        if (k >= after.size()) {
            return false;
        }
        return "VERB".equals(after.get(k).tag());
    }

    /**
     * "the Iran deal", "the Chile nuclear accord": a name between "the" and a noun of the event (past one word) modifies that
     * noun; the deal, not the state, is the subject of what follows.
     */
    private boolean namesTheThing(String body, List<Tokens.Token> before, CountryMention m) {
        if (before.isEmpty() || !before.get(before.size() - 1).lower().equals("the")) {
            return false;
        }
        List<Tokens.Token> after = words.in(m.end(), Math.min(body.length(), m.end() + 40));
        for (int k = 0; k < Math.min(2, after.size()); k++) {
            Tokens.Token t = after.get(k);
            if (!t.text().matches("\\p{Ll}[\\p{Ll}-]*")) {
                return false;
            }
            if (objectWord(t.lower()) || eventNoun(t.lower())) {
                return true;
            }
            if ("VERB".equals(t.tag()) || "AUX".equals(t.tag())) {
                return false; // "the US imposed sanctions": a verb between, and the state is its subject
            }
        }
        return false;
    }

    /**
     * "the bloc gave Togo a week to comply": a country right after a verb (past an article) is its object; after a verb of
     * saying or thinking it opens a clause of its own ("said Turkey would ratify").
     */
    private static boolean objectOfVerb(String body, List<Tokens.Token> before, CountryMention m) {
        Tokens.Token verb = verbBefore(body, before, m.start());
        if (verb == null) {
            return false;
        }
        if (CONTACT_VERBS.contains(verb.lemma()) && body.startsWith(" to ", m.end())) {
            return true; // "phoned Peru to congratulate it": the caller's purpose, Peru does nothing
        }
        // "condemned Chile for rejecting", "urged Turkey to ratify", "backed Kazakhstan's decision": the object is also the
        // agent of what follows
        return !OBJECT_AS_AGENT.matcher(body.substring(m.end(), Math.min(body.length(), m.end() + 40))).lookingAt();
    }

    private static final Pattern ARTICLE_GAP = Pattern.compile("(?:\\s+the)?\\s+");

    /**
     * The verb right before {@code at} (past "the") whose object what stands at {@code at} is, among the tokens {@code before} it;
     * null when none, or when it is a verb of saying or thinking, or a participle before its noun ("the ruling party").
     */
    private static Tokens.Token verbBefore(String body, List<Tokens.Token> before, int at) {
        int k = before.size() - 1;
        if (k >= 0 && before.get(k).lower().equals("the")) {
            k--;
        }
        if (k < 0 || !ARTICLE_GAP.matcher(body).region(before.get(k).end(), at).matches()) {
            return null;
        }
        Tokens.Token verb = before.get(k);
        if (!"VERB".equals(verb.tag()) || verb.lemma() == null || CLAUSE_VERBS.contains(verb.lemma()) || verb.lower().equals("including")
                || verb.start() > 0 && "-–".indexOf(body.charAt(verb.start() - 1)) >= 0 || k > 0 && "DET".equals(before.get(k - 1).tag())) {
            return null; // "the army-backed Togolese government", "the ruling party": a participle before its noun
        }
        return verb;
    }

    private boolean listHeadIsSubject(String body, Sentence s, List<CountryMention> mentions, CountryMention m) {
        CountryMention previous = null;
        for (CountryMention other : mentions) {
            if (other.end() <= m.start() && m.start() - other.end() <= 12) {
                previous = other;
            }
        }
        // "Germany put the pipeline on ice and Britain hit Russian banks": a verb right after the name opens a clause of its own
        return previous == null ? verbRightAfter(m, s.end()) || !firstConjunctGoverned(body, s, m) : subjectLike(body, s, mentions, previous);
    }

    /**
     * True when the list that {@code m} ends begins with a noun phrase a preposition governs: "sympathy to the families of the
     * victims and the Bolivian people" (the preposition's object goes on past "of"; a verb or punctuation ends the search).
     */
    private boolean firstConjunctGoverned(String body, Sentence s, CountryMention m) {
        List<Tokens.Token> before = words.in(Math.max(s.start(), m.start() - 80), m.start());
        int k = before.size() - 1;
        while (k >= 0 && !before.get(k).lower().equals("and") && !before.get(k).lower().equals("or")) {
            k--;
        }
        for (int j = k - 1; j >= 0 && k - j <= 8; j--) {
            Tokens.Token t = before.get(j);
            if (Tokens.boundaryBetween(body, t, before.get(j + 1))) {
                return false;
            }
            if (PREPOSITIONS.contains(t.lower()) && !t.lower().equals("of")) {
                return true;
            }
            if (!CONJUNCT_TAGS.contains(t.tag()) && !t.lower().equals("of")) {
                return false; // "Chile praised the families and the Bolivian people": the verb's object, no preposition's
            }
        }
        return false;
    }

    /** Tags of the words of a noun phrase that a preposition may govern: those of an object and pronouns ("to their families"). */
    private static final Set<String> CONJUNCT_TAGS = Stream.concat(OBJECT_WORD_TAGS.stream(), Stream.of("PRON"))
            .collect(Collectors.toUnmodifiableSet());

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

    /**
     * Index of the clause (split at ';' and 'but', not inside an aside) holding the body offset. A 'but' whose clause opens on
     * its verb shares the subject before it ("has avoided criticism but quietly backed the bid") and splits nothing.
     */
    private int clauseOf(String body, Sentence s, List<int[]> asides, int offset) {
        String head = body.substring(s.start(), Math.max(s.start(), Math.min(offset, s.end())));
        int clause = 0;
        Matcher m = CLAUSE_BREAK.matcher(head);
        while (m.find()) {
            if (!inAside(asides, m.start()) && !(m.group().equals("but") && opensOnVerb(s.start() + m.end()))) {
                clause++;
            }
        }
        Matcher contrast = WHILE_CLAUSE.matcher(head);
        while (contrast.find()) {
            if (!inAside(asides, contrast.start()) && !opensOnVerb(s.start() + contrast.end())) {
                clause++; // "..., while governments in the region condemned it": a clause with its own subject
            }
        }
        Matcher and = AND_CLAUSE.matcher(head);
        int from = 0;
        while (and.find()) {
            if (!inAside(asides, and.start()) && !opensOnVerb(s.start() + and.end())
                    && words.in(s.start() + from, s.start() + and.start()).stream().anyMatch(t -> "VERB".equals(t.tag()) || "AUX".equals(t.tag()))) {
                clause++; // "Chile is a big producer, and the UN chief said ...": a whole clause before, a new subject after
            }
            from = and.end();
        }
        return clause;
    }

    private static final Pattern WHILE_CLAUSE = Pattern.compile("(?i),\\s+(?:while|whilst)\\b");
    /** ", and" between two clauses, or before the last item of a list ("Chile, Peru, and Bolivia"). */
    private static final Pattern AND_CLAUSE = Pattern.compile(",\\s+and\\b");

    /** True when the first word from the body offset, past adverbs and auxiliaries, is a verb. */
    private boolean opensOnVerb(int from) {
        for (Tokens.Token t : words.in(from, from + 60)) {
            if (!"ADV".equals(t.tag()) && !"AUX".equals(t.tag())) {
                return "VERB".equals(t.tag());
            }
        }
        return false;
    }

    private static final Pattern PAIRED_ASIDE = Pattern.compile("\\([^)]*\\)|—[^—]*—|–[^–]*–| - [^-]* - | -- (?:[^-]|-(?!-))* -- ");

    /** Ranges of parenthetical asides in the sentence: (…) and —…— pairs. */
    private static List<int[]> asides(String text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = PAIRED_ASIDE.matcher(text);
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
        // "and, alongside other U.S. allies in the region, has slammed": a phrase of company set off by commas
        Matcher company = COMPANY_ASIDE.matcher(text);
        while (company.find()) {
            out.add(new int[] {company.start(), company.end()});
        }
        return out;
    }

    private static final Pattern COMPANY_ASIDE = Pattern.compile("(?<=\\p{L}),\\s+(?i:alongside|along with|together with|like|unlike|as with|in line with)"
            + "\\s[^,;]{1,100},");

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

    /** Votes per country, with the first cue and sieve behind each position. */
    private static final class Votes {
        private final Map<String, EnumMap<Position, Double>> weights = new LinkedHashMap<>();
        private final Map<String, EnumMap<Position, Evidence>> evidence = new LinkedHashMap<>();

        /** Positions of a state other than the actor that a cue took with the event as its object ("condemned the sanctions"). */
        private final Map<String, Set<Position>> onEvent = new HashMap<>();

        void add(String code, Position p, String cue, String rule) {
            weights.computeIfAbsent(code, k -> new EnumMap<>(Position.class)).merge(p, 1.0, Double::sum);
            evidence.computeIfAbsent(code, k -> new EnumMap<>(Position.class)).putIfAbsent(p, new Evidence(cue, rule));
        }

        void add(String code, Position p, String cue, String rule, boolean aboutEvent) {
            add(code, p, cue, rule);
            if (aboutEvent) {
                onEvent.computeIfAbsent(code, k -> EnumSet.noneOf(Position.class)).add(p);
            }
        }

        /** Spans of the cues counted, per state and position. */
        private final Map<String, List<int[]>> counted = new HashMap<>();

        /**
         * A cue's vote; one over words of a cue already counted for the same state and position adds no weight ("urged Peru to
         * refrain" and "refrain from further actions" are one call).
         */
        void add(String code, Position p, String cue, String rule, boolean aboutEvent, int start, int end) {
            List<int[]> spans = counted.computeIfAbsent(code + ' ' + p, k -> new ArrayList<>());
            boolean overlaps = spans.stream().anyMatch(x -> x[0] < end && start < x[1]);
            spans.add(new int[] {start, end});
            if (!overlaps) {
                add(code, p, cue, rule, aboutEvent);
            } else if (aboutEvent) {
                onEvent.computeIfAbsent(code, k -> EnumSet.noneOf(Position.class)).add(p);
            }
        }

        boolean has(String code) {
            return weights.containsKey(code);
        }

        Set<String> codes() {
            return weights.keySet();
        }

        Position decide(String code) {
            EnumMap<Position, Double> v = weights.get(code);
            if (v == null || v.isEmpty()) {
                return Position.NEUTRAL;
            }
            // on a tie, the position taken toward the event itself: "welcomed the talks and condemned the sanctions"
            Set<Position> direct = onEvent.getOrDefault(code, Set.of());
            Position best = null;
            for (Map.Entry<Position, Double> e : v.entrySet()) {
                if (best == null || e.getValue() > v.get(best)
                        || e.getValue().equals(v.get(best)) && direct.contains(e.getKey()) && !direct.contains(best)
                        && !(best == Position.OPPOSED && e.getKey() == Position.CONCERNED)) {
                    best = e.getKey(); // a protest outweighs a warning of the same weight, however near the event each stands
                } else if (e.getValue().equals(v.get(best)) && best == Position.SUPPORTIVE && e.getKey() == Position.CONCERNED
                        && (direct.contains(Position.CONCERNED) || !direct.contains(Position.SUPPORTIVE))) {
                    best = e.getKey(); // "supports Peru's right to it but hopes the closure will be short": support with a reservation is wary
                }
            }
            return best;
        }

        Evidence evidence(String code, Position p) {
            EnumMap<Position, Evidence> e = evidence.get(code);
            return e == null ? null : e.get(p);
        }
    }
}
