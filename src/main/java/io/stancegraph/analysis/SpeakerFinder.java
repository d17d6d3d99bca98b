package io.stancegraph.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Attributes a sentence to its speaker: "X said", "said X" after a quotation, "according to X",
 * "X wrote on Truth Social", "his office quoted him as saying", "seen by X as". Maps the speaker to
 * a country through the public-figures gazetteer, a country named inside the speaker phrase
 * ("Kazakhstan's government", "U.S. officials"), or a title earlier in the same article
 * ("Kazakh President Tokayev"). One instance per article: it remembers the last named person
 * so that "he said" resolves.
 */
public final class SpeakerFinder {

    /** Verbs of saying that take a clause: what follows them, conjunctions included, is the speaker's ("said the step was needed and ..."). */
    static final Set<String> CLAUSE_VERBS = Set.of("said", "says", "say", "told", "tells", "stated", "added", "adds", "noted",
            "argued", "warned", "wrote", "insisted", "stressed", "emphasized", "emphasised", "claimed", "believes", "believe",
            "explained", "confirmed", "suggested", "asserted", "reiterated", "think", "thinks", "acknowledged", "observed",
            "remarked", "cautioned", "commented", "underlined", "underscored");
    /** Every verb that attributes a sentence: those that take a clause and those of a reaction ("condemned", "welcomed"). */
    static final Set<String> SPEECH_VERBS = Stream.concat(CLAUSE_VERBS.stream(), Stream.of(
            "note", "argues", "argue", "warns", "writes", "announced", "announces", "declared", "declares", "insists",
            "stresses", "emphasizes", "emphasises", "believed", "explains", "described", "describes", "describing", "called",
            "tweeted", "posted", "criticized", "criticised", "criticizes", "criticises", "condemned", "condemns", "praised",
            "praises", "welcomed", "welcomes", "hailed", "hails", "urged", "urges", "confirms", "acknowledges", "suggests",
            "asserts", "highlighted", "denounced", "rejected", "rejects", "quoted", "defended", "defends", "slammed", "blasted",
            "touted", "lauded", "framed", "expressed", "expresses", "voiced", "voices", "responded", "responds", "replied", "replies",
            "retorted", "reacted", "reacts")).collect(Collectors.toUnmodifiableSet());
    private static final Set<String> SKIP_BEFORE_VERB = Set.of("has", "have", "had", "also", "consistently", "repeatedly",
            "publicly", "previously", "reportedly", "recently", "once", "again", "later", "then", "would", "will", "however",
            "meanwhile", "earlier", "separately", "strongly", "quickly", "firmly", "openly", "sharply", "long", "both", "all", "too",
            "first", "swiftly", "immediately", "categorically", "flatly");
    private static final Set<String> NP_LOWER = Set.of("a", "an", "the", "one", "two", "three", "several", "some", "many",
            "senior", "top", "high-ranking", "former", "unnamed", "anonymous", "foreign", "defense", "defence", "prime", "vice",
            "deputy", "state", "and", "of", "his", "her", "their", "its", "he", "she", "in", "bin", "ibn", "al", "el");
    private static final Set<String> HEADS = Set.of("government", "ministry", "officials", "official", "spokesman", "spokeswoman",
            "spokesperson", "president", "minister", "ministers", "leadership", "administration", "diplomats", "diplomat", "embassy", "office",
            "leaders", "leader", "analysts", "analyst", "experts", "expert", "observers", "critics", "source", "sources",
            "insider", "insiders", "adviser", "advisers", "advisor", "advisors", "envoy", "ambassador", "secretary", "people",
            "person", "authorities", "lawmakers", "legislators", "parliament", "negotiators", "commentators", "scholars",
            "lawmaker", "legislator", "senator",
            // documents that speak for whoever issued them: "the government statement said"
            "statement", "communique", "communiqué", "declaration", "readout",
            // who speaks for a state at a meeting: "the representative of Chile said", "Speaking for Peru, the delegate said"
            "representative", "representatives", "delegate", "delegates", "delegation",
            // who chairs or runs a body: "the bloc's chairman said", "the commission chairperson", "the Speaker of the Peruvian Congress"
            "chairman", "chairwoman", "chairperson", "commissioner", "secretary-general", "speaker",
            // who runs a department or works for an office: "the White House policy director", "a presidential aide"
            "director", "aide", "aides");
    /** Prepositions that give a title's scope after its head: "director for Asia", "minister of trade". */
    private static final Set<String> TITLE_PREPOSITIONS = Set.of("for", "of");
    private static final Set<String> NOT_SPEAKERS = Set.of("It", "This", "That", "These", "Those", "The", "There", "Here",
            "What", "Which", "Who", "Some", "Many", "A", "An", "One", "We", "You", "I", "They", "Its", "Their");
    /** Speakers who speak for themselves, not for their country ("Russian analysts", "critics in Ankara"). */
    private static final Set<String> NON_OFFICIAL_HEADS = Set.of("analysts", "analyst", "experts", "expert", "observers",
            "critics", "commentators", "scholars", "people", "person", "insiders", "insider",
            // unions and firms speak for themselves: "the German auto workers union IG Metall", "Chilean carmaker X"
            "union", "unions", "carmaker", "carmakers", "automaker", "automakers", "manufacturer", "manufacturers", "company",
            "companies", "firm", "firms");
    /** Heads of speaker phrases that speak for a government. */
    /** An office owned by a named body that is no state: "Acme’s president", "the Example Corp's chief executive". */
    private static final Pattern NAMED_OWNER = Pattern.compile("(?:the\\s+)?(\\p{Lu}[\\p{L}\\d&.-]*(?:\\s+\\p{Lu}[\\p{L}\\d&.-]*){0,3})['’]s\\s");

    /** The speaker is an office of a named body that is itself no office of a state ("the Foreign Ministry's spokesman" is one). */
    private static boolean ownedByNamedBody(String speaker) {
        Matcher owner = NAMED_OWNER.matcher(speaker);
        return owner.lookingAt() && !OFFICIAL.matcher(owner.group(1)).find();
    }
    private static final Pattern OFFICIAL = Pattern.compile("(?i)\\b(?:president|minister|ministry|spokes(?:man|woman|person)|government|"
            + "official|officials|ambassador|envoy|embassy|secretary|premier|chancellor|king|emir|prime|leader|leadership|administration|office)\\b");
    private static final Organisations ORGANISATIONS = Organisations.load();
    /** Lower-case titles between the words of a titled name: "The UN chief Ann Example", "EU foreign policy chief Ann Example". */
    private static final Set<String> TITLE_WORDS = Set.of("chief", "head", "secretary", "minister", "president", "envoy", "ambassador");
    /** An office of a person named by a pronoun: "his spokesman", "her office". */
    private static final Pattern OWN_OFFICE = Pattern.compile("(?i)(?:his|her)\\s");
    /** Words that may follow a complete speaker phrase. */
    private static final Set<String> FOLLOWS_NAME = Set.of("on", "in", "at", "from", "to", "for", "with", "that", "which", "who",
            "as", "and", "or", "but", "said", "says", "told", "during", "after", "before", "late", "earlier", "last", "this");
    /** Universal part-of-speech tags of words inside a noun phrase. */
    private static final Set<String> NOUN_PHRASE_TAGS = Set.of("NOUN", "PROPN", "ADJ");
    private static final Set<String> APPOSITIVE_START = Set.of("the", "a", "an", "his", "her", "its", "their");
    private static final Set<String> CALENDAR = Stream.concat(Dates.WEEKDAYS.stream(), Dates.MONTH_NAMES.stream())
            .collect(Collectors.toUnmodifiableSet());
    /** A character of a clause between commas; a comma between digits is part of a number: "about 1,200 miles". */
    private static final String CLAUSE_CHARS = "(?:[^,;]|(?<=\\d),(?=\\d{3}))";
    /** A relative clause or a lower-case appositive between the speaker and the verb: ", which has ties with X,", ", staunch allies of X,". */
    private static final Pattern RELATIVE_CLAUSE_BEFORE = Pattern.compile(",\\s*(?:(?:which|who|whose|where)\\b" + CLAUSE_CHARS + "{0,120}|(?!(?:the|a|an|his|her|its|their)\\b)\\p{Ll}[^,;]{2,120}"
            // "Belarus, a close ally of Moscow, said", "Qatar, a major donor to Somalia, said": an apposition naming another state
            // by its relation is no speaker
            + "|(?:the|a|an|its|their)\\s+(?:\\p{Ll}+\\s+){0,3}(?:ally|allies|neighbou?rs?|rivals?|partners?|friends?|foes?|enemy|enemies|adversary|adversaries|backers?|supporters?|critics?"
            + "|donors?|creditors?|lenders?|patrons?|sponsors?|suppliers?|customers?|buyers?|guarantors?|protectors?|investors?)\\s+(?:of|to|in)\\b[^,;]{0,80}"
            // "Chile, a country that has long traded with Peru, said": an apposition with a clause of its own
            + "|(?:the|a|an|its|their)\\s+(?:\\p{Ll}+\\s+){0,3}(?:that|which|who)\\b" + CLAUSE_CHARS + "{0,120}"
            // "The court, based in Lima, Peru, said": where the speaker is based, commas and all
            + "|(?:based|headquartered|located|seated)\\s+in\\b[^;]{0,80}?"
            + "),\\s*(?:\\p{Ll}\\S*\\s+){0,2}$"); // not a name after it: that is the subject
    /** Tags of capitalised words that open a sentence without being a name ("Earlier,", "However,", "In"). */
    /** Tags of a word that opens a sentence before its subject: "Later", "Though", "But". */
    private static final Set<String> OPENING_TAGS = Set.of("ADV", "SCONJ", "CCONJ");
    private static final Set<String> NOT_NAME_TAGS = Set.of("ADV", "ADP", "SCONJ", "CCONJ", "DET", "PRON", "AUX", "VERB");
    private static final Pattern OPENS_QUOTE = Pattern.compile("^\\s*[“\"]");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "his office", "her office");
    /** A capitalised name right after a speaker's verb, before its own verb: " Example welcomed", " that Ana Example had". */
    private static final Pattern PERSON_NAMED_AFTER_VERB = Pattern.compile("\\s+(?:that\\s+)?\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+){0,2}\\s+\\p{Ll}");
    /** Heads of one person's office: "Chile's trade minister said ... He added" refers to that minister. */
    private static final Set<String> OFFICES = Set.of("minister", "president", "spokesman", "spokeswoman", "spokesperson", "ambassador",
            "envoy", "secretary", "chancellor", "premier", "adviser", "advisor");
    /** True when the word (lower case) heads one person's office or title: "minister", "president", "king". */
    static boolean officeWord(String lower) {
        return OFFICES.contains(lower) || TITLES_BEFORE_NAME.contains(lower);
    }

    private static final Set<String> ANONYMOUS_HEADS = Set.of("official", "officials", "source", "sources", "diplomat",
            "diplomats", "insider", "insiders", "person", "people");
    /** Between a country and its official's title: "'s", or up to three words ("'s foreign ministry"). */
    private static final Pattern COUNTRY_TO_TITLE = Pattern.compile("^(?:['’]s)?(?:\\s+[\\p{L}-]+){0,3}?\\s+$|^(?:['’]s)?\\s*$");
    /** ", Chile's foreign minister" / ", the Chilean foreign minister" right after a name. */
    private static final Pattern TITLE_AFTER_NAME = Pattern.compile(",\\s+(?:the\\s+)?(?<country>[\\p{Lu}][\\p{L}.'’ -]{1,30}?)(?:['’]s)?\\s+"
            + "(?:[\\p{Ll}]+\\s+){0,2}(?i:president|prime minister|foreign minister|minister|king|emir|chancellor|premier|"
            + "ambassador|spokesman|spokeswoman|spokesperson|envoy)\\b");
    /** ", a spokeswoman for the Chilean foreign ministry", ", head of Peru's trade office" right after a name (not "an envoy to"). */
    private static final Pattern OFFICE_OF_AFTER_NAME = Pattern.compile(",\\s+(?:(?:a|an|the)\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}(?i:spokes(?:man|woman|person)|"
            + "adviser|advisor|official|aide|minister|secretary|deputy|director|head)\\s+(?:for|of|at|in)\\s+(?:the\\s+)?(?<country>[\\p{Lu}])");
    /** Up to two capitalised words of a name after its first: "Wei-ming" of "Tan Wei-ming". */
    private static final Pattern REST_OF_NAME = Pattern.compile("(?:[ \\t]+\\p{Lu}[\\p{L}'’-]*){0,2}(?=,)");
    /** The titles {@link #TITLE_BEFORE_NAME} opens with, in any case. */
    private static final List<String> TITLES_BEFORE_NAME = List.of("president", "prime minister", "foreign minister", "minister", "king", "emir",
            "crown prince", "chancellor", "premier", "secretary of state", "vice president", "ambassador", "spokesman", "spokeswoman",
            "spokesperson", "leader", "envoy");
    private static final Pattern TITLE_BEFORE_NAME = Pattern.compile(
            "(?i:" + String.join("|", TITLES_BEFORE_NAME) + ")(?:\\s+(?:of|to|at|for)\\s+[\\p{L} ]{2,40})?,?[ \\t]+"
                    // names on the same line, no sentence ending after them ("... Minister Ana Ruiz.\n\nSoto said" is not Soto's title)
                    + "(?:[\\p{Lu}](?:[\\p{L}'’-]+|\\.(?:\\p{Lu}\\.)*)[ \\t]+|(?:bin|ibn|al|el|de|van|von)[ \\t]+){0,5}$");

    /** A discourse adverb and its comma opening a sentence: "Moreover, ", "Meanwhile, ". */
    private static final String OPENING_ADVERB = "(?:(?:However|Moreover|Meanwhile|Separately|Earlier|Later|Also|Furthermore|Additionally|"
            + "Elsewhere|Similarly|Likewise|Nevertheless|Instead|Previously|Yesterday|Today),\\s+)?";
    /** A subject named with its title in apposition, before a verb: "Ann Example, Chile's foreign minister, visited". */
    private static final Pattern NAME_THEN_TITLE = Pattern.compile(OPENING_ADVERB + "(?<name>\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){1,3}),\\s+"
            + "(?<title>(?:the\\s+)?\\p{Lu}[^,;:\"“”]{3,60}),\\s+(?=\\p{Ll})");
    private static final Pattern TITLE_THEN_NAME = Pattern.compile(OPENING_ADVERB + "(?<title>(?:The\\s+)?\\p{Lu}[^,;:\"“”]{3,60}),\\s+"
            + "(?<name>\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){1,3}),\\s+(?=\\p{Ll})");

    /** A speaker label that opens a paragraph: up to five capitalised words and a colon. */
    private static final Pattern LABEL = Pattern.compile("(?m)^(\\p{Lu}[\\p{L}.'’-]*(?:[ \\t]+\\p{Lu}[\\p{L}.'’-]*){0,4}):\\s+(?=\\S)");
    /** Labels of a journalist's question. */
    static final Set<String> QUESTION_LABELS = Set.of("q", "question", "questioner", "journalist", "reporter");
    /** Labels of the interviewee's answer, who is named where the interview is introduced. */
    static final Set<String> ANSWER_LABELS = Set.of("a", "answer");
    /** Where an interview's introduction names whom it is with: "We spoke to ...", "an interview with ...". */
    private static final Pattern INTERVIEWED = Pattern.compile("(?i)\\b(?:spoke|talked|speaks|talks|sat down)\\s+(?:to|with)\\s+|\\binterview(?:ed|s)?\\s+(?:with\\s+)?");

    private final Gazetteer gazetteer;
    private Attribution interviewee = Attribution.NONE;
    private final Words words;
    private final String body;
    private final List<CountryMention> mentions;
    private final Map<String, String> learnedCountries = new HashMap<>();
    /** Surnames of the known figures named in full in the document, found on first use ({@link #figureSurnames()}). */
    private Map<String, String> figureSurnames;
    /** The gazetteer's matches in the body, when the caller found them already ({@link #scanned}). */
    private List<Gazetteer.Match> gazetteerMatches;
    /** Where title words start in the body, found once when first needed ({@link #titleWordBetween}). */
    private int[] titleWords;
    private String lastPerson;
    private String lastPersonCountry;
    private Sentence previous;
    /** Country of the last official speaker of each kind named with one ("ministry" of "Russia's foreign ministry"). */
    private final Map<String, String> officials = new HashMap<>();
    /** Per office head in {@link #officials}, its modifier when it was named with its state ({@link #modifier}). */
    private final Map<String, String> officialModifiers = new HashMap<>();
    /** The state whose body issued the document ({@link #issuedBy}), or null. */
    private String issuerState;
    private Attribution last = Attribution.NONE;
    /** A transcript's turns: where each labelled paragraph starts, and its label's end (-1 for a question). */
    private final TreeMap<Integer, Integer> turns = new TreeMap<>();

    public SpeakerFinder(Gazetteer gazetteer, String body, List<CountryMention> mentions) {
        this(gazetteer, Words.of(body), mentions);
    }

    /** This finder, with the gazetteer's matches in the body already found (else it scans the body when it needs them). */
    public SpeakerFinder scanned(List<Gazetteer.Match> matches) {
        gazetteerMatches = matches;
        return this;
    }

    /** This finder, for a document a state's body issued (a ministry's release): its unnamed offices speak for that state. */
    public SpeakerFinder issuedBy(String state) {
        issuerState = state;
        return this;
    }

    /** A finder over a tagged body. */
    public SpeakerFinder(Gazetteer gazetteer, Words words, List<CountryMention> mentions) {
        this.gazetteer = gazetteer;
        this.words = words;
        this.body = words.text();
        this.mentions = mentions;
        findTurns();
    }

    /**
     * Speaker labels at the start of paragraphs ("SECRETARY EXAMPLE:", "Mr Example:", "Q:") make a transcript when
     * at least one asks a question and one answers; elsewhere such labels are run-in headings ("Background:").
     */
    private void findTurns() {
        Matcher m = LABEL.matcher(body);
        List<int[]> labelled = new ArrayList<>(); // start, label end
        while (m.find()) {
            labelled.add(new int[] {m.start(), m.end(1)});
        }
        // a label whose every turn is a question asks, whatever it says: "Example Weekly:", "EW:", the interviewer's name
        Map<String, Boolean> onlyQuestions = new HashMap<>();
        for (int i = 0; i < labelled.size(); i++) {
            String turn = body.substring(labelled.get(i)[1], i + 1 < labelled.size() ? labelled.get(i + 1)[0] : body.length()).strip();
            onlyQuestions.merge(body.substring(labelled.get(i)[0], labelled.get(i)[1]), turn.endsWith("?"), Boolean::logicalAnd);
        }
        boolean question = false;
        boolean answer = false;
        for (int[] l : labelled) {
            String label = body.substring(l[0], l[1]);
            boolean asks = QUESTION_LABELS.contains(label.toLowerCase(Locale.ROOT)) || onlyQuestions.get(label);
            question |= asks;
            answer |= !asks;
            turns.put(l[0], asks ? -1 : l[1]);
        }
        if (!question || !answer) {
            turns.clear();
        } else {
            interviewee = interviewee(turns.firstKey());
        }
    }

    /** The label opening the line at {@code from} ("Q", "Answer"), in lower case, or "" when the line opens with none. */
    static String turnLabel(String text, int from) {
        Matcher m = LABEL.matcher(text).region(from, text.length());
        return m.lookingAt() ? m.group(1).toLowerCase(Locale.ROOT) : "";
    }

    /** The person an interview is with, named in its introduction before the first turn: "We spoke to Peru's ambassador, Ana Ruiz." */
    private Attribution interviewee(int firstTurn) {
        Matcher m = INTERVIEWED.matcher(body.substring(0, firstTurn));
        int from = -1;
        int verb = -1;
        while (m.find()) {
            from = m.end();
            verb = m.start();
        }
        if (from < 0) {
            return Attribution.NONE;
        }
        int to = from;
        while (to < firstTurn && ".!?\n".indexOf(body.charAt(to)) < 0) {
            to++;
        }
        List<Tokens.Token> np = words.in(from, to);
        Attribution a = np.isEmpty() ? null : build(np, from, from);
        if (a == null || a.speakerCountry() == null) {
            // "Peru's foreign minister Ana Ruiz spoke to us about ...": the interviewee is the subject before the verb
            int start = verb;
            while (start > 0 && ".!?\n".indexOf(body.charAt(start - 1)) < 0) {
                start--;
            }
            List<Tokens.Token> subject = words.in(start, verb);
            a = subject.isEmpty() ? null : build(subject, from, from);
        }
        return a != null && a.speakerCountry() != null ? a : Attribution.NONE;
    }

    /**
     * "Ana Example, Foreign Minister of Peru" on a line of its own over a paragraph: a round-up's label naming who speaks in
     * the paragraph under it, when it names an office and its state.
     */
    private Attribution labelAbove(Sentence sentence) {
        int paragraph = body.lastIndexOf('\n', Math.max(0, sentence.start() - 1));
        int end = paragraph;
        while (end > 0 && Character.isWhitespace(body.charAt(end - 1))) {
            end--;
        }
        if (end <= 0) {
            return Attribution.NONE;
        }
        int start = body.lastIndexOf('\n', end - 1) + 1;
        List<Tokens.Token> label = words.in(start, end);
        if (label.isEmpty() || label.size() > 12 || ".!?:;\"”’".indexOf(body.charAt(end - 1)) >= 0
                || label.stream().noneMatch(t -> HEADS.contains(t.lower()))) {
            return Attribution.NONE;
        }
        Attribution a = build(label, sentence.start(), sentence.start());
        return a != null && a.speakerCountry() != null ? a : Attribution.NONE;
    }

    /** A quotation closed by a dash and who said it, to the end of the line: '"... a land grab." — US Vice President Ana Example'. */
    private static final Pattern SIGNED_AFTER = Pattern.compile("^[ \\t]*[—–][ \\t]*([^\\n—–]{3,80}?)[ \\t]*(?:\\n|$)");

    /** The speaker named after a dash right after a sentence that is a quotation, or NONE. */
    private Attribution signedAfter(Sentence sentence) {
        String text = sentence.text().strip();
        if (text.isEmpty() || "”\"".indexOf(text.charAt(text.length() - 1)) < 0) {
            return Attribution.NONE;
        }
        Matcher m = SIGNED_AFTER.matcher(body.substring(sentence.end(), Math.min(body.length(), sentence.end() + 100)));
        if (!m.find()) {
            return Attribution.NONE;
        }
        int from = sentence.end() + m.start(1);
        List<Tokens.Token> name = words.in(from, sentence.end() + m.end(1));
        if (name.isEmpty() || name.size() > 10 || name.stream().anyMatch(t -> "VERB".equals(t.tag()))) {
            return Attribution.NONE;
        }
        Attribution a = build(name, sentence.end(), sentence.end());
        return a == null ? Attribution.NONE : a;
    }

    /** The speaker of a transcript's turn that holds the sentence, or NONE (a question, or no transcript). */
    private Attribution turn(Sentence sentence) {
        Map.Entry<Integer, Integer> t = turns.floorEntry(sentence.start());
        if (t == null || t.getValue() < 0) {
            return Attribution.NONE;
        }
        String label = body.substring(t.getKey(), t.getValue());
        if (ANSWER_LABELS.contains(label.toLowerCase(Locale.ROOT)) && interviewee.present()) {
            return new Attribution(interviewee.speaker(), interviewee.speakerCountry(), sentence.start(), sentence.start(), false);
        }
        if (ANSWER_LABELS.contains(label.toLowerCase(Locale.ROOT)) && issuerState != null) {
            return new Attribution(label, issuerState, sentence.start(), sentence.start(), false); // a state body's briefing: its spokesperson
        }
        // "SECRETARY EXAMPLE" as the gazetteer writes names: "Secretary Example"
        List<String> names = List.of((label.equals(label.toUpperCase(Locale.ROOT)) ? Names.titleCase(label) : label).split("\\s+"));
        return new Attribution(label, countryOf(names, t.getKey(), t.getValue()), sentence.start(), sentence.start(), false);
    }

    /** "The ministry said Example welcomed the pact. He added ...": the person a speaker who is no person reports on is "he". */
    private boolean reportsOnAPerson(Attribution a, Sentence sentence) {
        return !a.speaker().equals(lastPerson) && PERSON_NAMED_AFTER_VERB.matcher(body.substring(a.verbEnd(), sentence.end())).lookingAt();
    }

    /** The attribution of one sentence, or {@link Attribution#NONE}. Call for the sentences in text order. */
    public Attribution find(Sentence sentence) {
        String previousSpeaker = last.present() ? last.speakerCountry() : null;
        String personBefore = lastPerson;
        Attribution a = attribute(sentence);
        boolean personSpoke = !Objects.equals(personBefore, lastPerson); // the speaker just found is a person
        if (a.present() && firstPerson(sentence)) {
            // "A: We cannot accept a result observers called unfair": an answer in the first person is the one who answers
            Attribution turn = turn(sentence);
            a = turn.present() ? turn : a;
        }
        if (!a.present()) {
            a = signedAfter(sentence);
        }
        boolean opensQuote = OPENS_QUOTE.matcher(sentence.text()).lookingAt();
        boolean carried = !a.present() && last.present() && opensQuote;
        if (carried) {
            // a quotation that goes on in the next sentence or paragraph is still the last speaker's, with the state found for them
            a = new Attribution(last.speaker(), last.speakerCountry(), sentence.start(), sentence.start(), last.anonymous());
        }
        if (a.present() && opensQuote && last.present() && a.speaker().equals(last.speaker())) {
            a = new Attribution(a.speaker(), a.speakerCountry(), a.verbStart(), a.verbEnd(), a.anonymous(), true);
        }
        if (!a.present()) {
            a = turn(sentence);
        }
        if (!a.present()) {
            a = labelAbove(sentence);
        }
        if (!a.present() && issuerState != null) {
            a = issuerVoice(sentence);
        }
        if (!a.present() || !personSpoke && reportsOnAPerson(a, sentence)) {
            noteNamedSubject(sentence);
        }
        Attribution principal = a.present() && a.speakerCountry() == null && OWN_OFFICE.matcher(a.speaker()).lookingAt()
                ? titledSubject(sentence) : null;
        String placed = a.present() && OFFICIAL.matcher(a.speaker()).find() && !namesAState(a.speaker()) ? placeOpening(sentence) : null;
        if (carried) {
            // no state guessed from the words of a quotation that goes on ("... the needs of their Peruvian counterparts")
        } else if (placed != null) {
            // "In Lima, the foreign ministry said ...": an office the sentence places in a capital is that capital's state's
            a = a.withCountry(placed);
        } else if (a.present() && a.speakerCountry() == null && previousSpeaker != null && THE_STATEMENT.matcher(a.speaker()).matches()) {
            // "In a statement, Nigeria's foreign ministry said ... The statement criticised ...": the text of the last speaker
            a = a.withCountry(previousSpeaker);
        } else if (principal != null) {
            // "Secretary-General X was deeply worried, his spokesperson said": the office of the person the sentence opens with
            a = a.withCountry(principal.speakerCountry());
        } else if (a.present() && a.speakerCountry() == null && OFFICIAL.matcher(a.speaker()).find()
                && ORGANISATIONS.mentions(a.speaker()).isEmpty() // "the bloc's secretary general" speaks for the bloc, not a state
                && !ownedByNamedBody(a.speaker())) { // nor "Acme's president" for a state
            // "Russia's foreign ministry condemned it. ... the ministry said": the last official of that kind named with a country;
            // else "Iran reacted sharply. Foreign Ministry spokesman X condemned ...": the paragraph's topic country
            // else "ministry spokesperson Ana Ruiz" in a paragraph of no state: the office named in the phrase, as last seen
            String speaker = a.speaker();
            // "Ethiopia began filling the dam, the water ministry said": an office not seen before reports its own state's act
            String modifier = modifier(speaker);
            String own = modifier.isEmpty() || modifier.equals(officialModifiers.get(head(speaker))) ? null : reportedSubject(sentence, a);
            // a state's body's own release: its unnamed offices are that state's ("the Ministry of Foreign Affairs said")
            // "Ecuador: Its government said ...": the state that labels the paragraph before any office seen earlier
            String topic = Optional.ofNullable(own).or(() -> Optional.ofNullable(StanceClassifier.paragraphLabel(body, mentions, sentence.start())))
                    .or(() -> Optional.ofNullable(officials.get(head(speaker))))
                    .or(() -> Optional.ofNullable(issuerState)).or(() -> Optional.ofNullable(topic(sentence)))
                    .orElseGet(() -> Arrays.stream(speaker.toLowerCase(Locale.ROOT).split("\\s+")).map(officials::get)
                            .filter(Objects::nonNull).reduce((x, y) -> y)
                            // "Chile warned ... ¶ “...,” Foreign Minister X told reporters": the state that spoke just before
                            .orElse(previousSpeaker));
            if (topic != null) {
                a = a.withCountry(topic);
            }
        } else if (a.present() && a.speakerCountry() != null && OFFICIAL.matcher(a.speaker()).find()) {
            officials.put(head(a.speaker()), a.speakerCountry());
            officialModifiers.put(head(a.speaker()), modifier(a.speaker()));
            String title = titleBeforeName(a.speaker());
            if (title != null) {
                officials.put(title, a.speakerCountry()); // "President X said ... the president defended": the titled person
            }
        }
        noteOfficialSubject(words.in(sentence.start(), sentence.end()));
        previous = sentence;
        last = a; // with the state found for it, which a quotation going on in the next sentence keeps
        return a;
    }

    /** True when the sentence, after its turn's label, opens with "I" or "we". */
    private boolean firstPerson(Sentence sentence) {
        List<Tokens.Token> w = words.in(sentence.start(), sentence.end());
        int k = !w.isEmpty() && turns.containsKey(sentence.start()) ? 1 : 0;
        return w.size() > k && Set.of("i", "we").contains(w.get(k).lower());
    }

    /**
     * "We have learned with concern ...", "We call on all parties ...": in a release of a state's body, a sentence whose subject is
     * "we" is that state's voice.
     */
    private Attribution issuerVoice(Sentence sentence) {
        List<Tokens.Token> w = words.in(sentence.start(), sentence.end());
        if (w.size() < 3 || !w.get(0).lower().equals("we")) {
            return Attribution.NONE;
        }
        for (Tokens.Token t : w.subList(1, Math.min(w.size(), 4))) {
            if ("VERB".equals(t.tag())) {
                return new Attribution(w.get(0).text(), issuerState, t.start(), t.end(), false);
            }
        }
        return Attribution.NONE;
    }

    /** The last word of a speaker phrase, in lower case: "ministry" of "Russia's foreign ministry". */
    private static String head(String speaker) {
        String[] words = speaker.strip().split("\\s+");
        return words[words.length - 1].toLowerCase(Locale.ROOT);
    }

    /** The title word right before a name in a speaker phrase, in lower case ("president" of "President Ana Example"), or null. */
    private static String titleBeforeName(String speaker) {
        Matcher m = TITLE_THEN_CAPITAL.matcher(speaker);
        String title = null;
        while (m.find()) {
            title = m.group(1).toLowerCase(Locale.ROOT);
        }
        return title;
    }

    /** A one-word title of {@link #TITLES_BEFORE_NAME} right before a capital: "President Ana Example". */
    private static final Pattern TITLE_THEN_CAPITAL = Pattern.compile("(?i)\\b(" + TITLES_BEFORE_NAME.stream().filter(t -> !t.contains(" "))
            .collect(Collectors.joining("|")) + ")\\s+(?-i:(?=\\p{Lu}))");

    /** The lower-case word before an office's head ("foreign" of "Egypt's foreign ministry"), or "" ("the ministry"). */
    private static String modifier(String speaker) {
        String[] words = speaker.strip().split("\\s+");
        String before = words.length > 1 ? words[words.length - 2] : "";
        return before.matches("\\p{Ll}+") && !DETERMINERS.contains(before) ? before : "";
    }

    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "this", "that");

    /** The state that opens a sentence whose speaker comes after it: the subject of the reported clause ("Peru closed ..., the ... said"). */
    private String reportedSubject(Sentence sentence, Attribution a) {
        List<Tokens.Token> tokens = words.in(sentence.start(), sentence.end());
        int k = !tokens.isEmpty() && tokens.get(0).lower().equals("the") ? 1 : 0;
        if (k >= tokens.size()) {
            return null;
        }
        int first = tokens.get(k).start();
        return mentions.stream().filter(m -> m.start() == first && m.end() < a.verbStart()).map(CountryMention::code).findFirst().orElse(null);
    }

    /**
     * A titled person who opens a sentence as the subject of a verb other than one of saying ("Chilean President Ana
     * Soto visited the port.") is the one a following "he" or "she" refers to, as a speaker would be.
     */
    private void noteNamedSubject(Sentence sentence) {
        Matcher apposed = NAME_THEN_TITLE.matcher(sentence.text());
        if (!apposed.lookingAt()) {
            apposed = TITLE_THEN_NAME.matcher(sentence.text());
        }
        if (apposed.lookingAt()) {
            // "Ann Example, Chile's foreign minister, visited the port." / "Chile's foreign minister, Ann Example, visited ..."
            int from = sentence.start() + apposed.start("title");
            int to = sentence.start() + apposed.end("title");
            boolean titled = Arrays.stream(apposed.group("title").toLowerCase(Locale.ROOT).split("\\s+")).anyMatch(HEADS::contains);
            String country = mentions.stream().filter(m -> m.start() >= from && m.end() <= to).map(CountryMention::code).findFirst().orElse(null);
            if (titled && country != null) {
                lastPerson = apposed.group("name");
                lastPersonCountry = country;
            }
            return;
        }
        Attribution subject = titledSubject(sentence);
        if (subject != null) {
            lastPerson = subject.speaker();
            lastPersonCountry = subject.speakerCountry();
            return;
        }
        List<NamedPerson> named = namedPeople(sentence);
        List<NamedPerson> subjects = named.stream().filter(this::beforeItsVerb).toList();
        List<NamedPerson> main = subjects.stream().filter(p -> !inSubordinateClause(sentence, p)).toList();
        // "The talks followed Ana Example's visit to Lima." then "She said ...": the one person named, or the one who does
        // something ("Example later met Luis Sample"), the subject of the main clause first ("In a speech that came before X
        // arrived, Y blamed ..."); of several, no telling
        NamedPerson person = main.size() == 1 ? main.get(0) : subjects.size() == 1 ? subjects.get(0) : named.size() == 1 ? named.get(0) : null;
        if (person != null) {
            lastPerson = person.name();
            lastPersonCountry = person.country();
        } else if (!named.isEmpty()) {
            lastPerson = null;
            lastPersonCountry = null;
        }
    }

    /**
     * True when a verb follows the named person, past up to two words of time or manner and a day: "Example last month ordered",
     * "Example on Tuesday again blamed".
     */
    private boolean beforeItsVerb(NamedPerson person) {
        List<Tokens.Token> after = words.in(person.end(), Math.min(body.length(), person.end() + 40));
        if (after.isEmpty() || !body.substring(person.end(), after.get(0).start()).isBlank()) {
            return false; // "Example's visit", "Example, the minister": no verb of the name's own
        }
        int day = Dates.dayAt(after, 0) ? 2 : 0;
        for (int k = day; k < after.size() && k < day + 3 && (k == 0 || !Tokens.boundaryBetween(body, after.get(k - 1), after.get(k))); k++) {
            String tag = after.get(k).tag();
            if ("VERB".equals(tag) || "AUX".equals(tag)) {
                return true;
            }
            if (!"ADV".equals(tag) && !"ADJ".equals(tag) && !"NOUN".equals(tag)) {
                return false; // "criticised Example and requested": the verb after "and" is the subject's before
            }
        }
        return false;
    }

    /** A word that opens a clause inside another: "that came before X arrived", "when X spoke". */
    private static final Pattern SUBORDINATOR = Pattern.compile("(?i)\\b(?:that|which|who|whom|whose|before|after|when|while|because|since|"
            + "until|unless|if|although|though|whereas)\\b");
    /** What ends a clause before a name: a comma, a semicolon, a colon or a dash. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:—]");

    /** True when a subordinating word stands between the person and the clause's start (the sentence's start or a comma, colon or dash). */
    private boolean inSubordinateClause(Sentence sentence, NamedPerson person) {
        String before = body.substring(sentence.start(), person.start());
        Matcher breaks = CLAUSE_BREAK.matcher(before);
        int from = 0;
        while (breaks.find()) {
            from = breaks.end();
        }
        return SUBORDINATOR.matcher(before.substring(from)).find();
    }

    /**
     * The people a sentence names outside brackets whose state is known: known public figures by name or surname, and names
     * whose surname a title with a state went with earlier in the article ("Peru's President Ana Example ... Example visited").
     */
    private List<NamedPerson> namedPeople(Sentence sentence) {
        List<Tokens.Token> tokens = words.in(sentence.start(), sentence.end());
        List<NamedPerson> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int j = i;
            while (j < tokens.size() && tokens.get(j).capitalised() && NAME_TAGS.contains(tokens.get(j).tag())
                    && !Dates.WEEKDAYS.contains(tokens.get(j).text())
                    && (!Dates.MONTH_NAMES.contains(tokens.get(j).text()) || j > i && monthAsSurname(tokens.get(j)))
                    && (j == i || !Tokens.boundaryBetween(body, tokens.get(j - 1), tokens.get(j)))) {
                j++;
            }
            if (j == i) {
                i++;
                continue;
            }
            List<Tokens.Token> run = tokens.subList(i, j);
            int from = run.get(0).start();
            int to = run.get(run.size() - 1).end();
            boolean bracketed = body.lastIndexOf('(', from) > body.lastIndexOf(')', from) && body.lastIndexOf('(', from) >= sentence.start();
            boolean place = mentions.stream().anyMatch(m -> m.start() < to && from < m.end());
            String country = bracketed || place ? null : personCountry(run.stream().map(Tokens.Token::text).toList());
            if (country != null && out.stream().noneMatch(p -> p.name().equals(body.substring(from, to)))) {
                out.add(new NamedPerson(body.substring(from, to), country, from, to));
            }
            i = j;
        }
        return out;
    }

    /** Tags of a name's words: the tagger takes a rare surname for a common noun ("Tokayev"). */
    private static final Set<String> NAME_TAGS = Set.of("PROPN", "NOUN", "X");

    /** A person named in a sentence, with the state they speak for and where the name stands. */
    private record NamedPerson(String name, String country, int start, int end) {
    }

    /** The state of a person named by these words: a known public figure's, or the one a title gave the surname in this article. */
    private String personCountry(List<String> names) {
        String figure = figureCountry(names);
        return figure != null || names.size() > 4 ? figure : surnameCountry(names.get(names.size() - 1));
    }

    /** The state of the known figure this article names in full with the surname, else the one a title gave it here. */
    private String surnameCountry(String surname) {
        String figure = figureSurnames().get(surname);
        return figure != null ? figure : learnedCountries.computeIfAbsent(surname, this::countryFromTitle);
    }

    /**
     * Surnames of the known public figures this article names in full, with their states: a later "Mrs May said" is the
     * "Theresa May" named before, though a bare surname that is also a common word is no alias of its own.
     */
    private Map<String, String> figureSurnames() {
        if (figureSurnames == null) {
            figureSurnames = new HashMap<>();
            for (Gazetteer.Match m : gazetteerMatches != null ? gazetteerMatches : gazetteer.scan(body)) {
                m.entries().stream().filter(e -> e.type() == Gazetteer.Type.PERSON && e.role() == Gazetteer.Role.NAME && e.text().contains(" "))
                        .findFirst().flatMap(e -> gazetteer.person(e.id()))
                        .ifPresent(p -> figureSurnames.putIfAbsent(p.name().substring(p.name().lastIndexOf(' ') + 1), p.countryCode()));
            }
        }
        return figureSurnames;
    }

    /** The state of the known public figure these words name, by full name or surname, or null. */
    private String figureCountry(List<String> names) {
        for (int len = Math.min(4, names.size()); len >= 1; len--) {
            for (int s = 0; s + len <= names.size(); s++) {
                var person = gazetteer.person(String.join(" ", names.subList(s, s + len)));
                if (person.isPresent()) {
                    return person.get().countryCode();
                }
            }
        }
        return null;
    }

    /** The titled person whose name opens the sentence before its verb ("Deputy Minister Ann Example was ..."), or null. */
    private Attribution titledSubject(Sentence sentence) {
        List<Tokens.Token> tokens = words.in(sentence.start(), sentence.end());
        int i = !tokens.isEmpty() && tokens.get(0).text().equals("The") ? 1 : 0;
        int j = i;
        while (j < tokens.size() && (tokens.get(j).capitalised() || j > i && TITLE_WORDS.contains(tokens.get(j).lower()) || j > i && titleModifier(tokens, j))
                && (j == i || !Tokens.boundaryBetween(body, tokens.get(j - 1), tokens.get(j)))) {
            j++;
        }
        if (j - i < 2 || j - i > 9 || j >= tokens.size() || Tokens.boundaryBetween(body, tokens.get(j - 1), tokens.get(j))
                || !"VERB".equals(tokens.get(j).tag()) && !"AUX".equals(tokens.get(j).tag())) {
            return null;
        }
        List<Tokens.Token> np = tokens.subList(i, j);
        Tokens.Token head = np.get(np.size() - 1);
        boolean titled = np.subList(0, np.size() - 1).stream().anyMatch(t -> HEADS.contains(t.lower()) || TITLE_WORDS.contains(t.lower()));
        boolean onPlace = mentions.stream().anyMatch(m -> m.start() <= head.start() && head.end() <= m.end());
        if (!titled || onPlace || HEADS.contains(head.lower())) {
            return null;
        }
        String phrase = body.substring(np.get(0).start(), head.end());
        return new Attribution(phrase, countryOf(np, phrase), head.start(), head.end(), false);
    }

    /** One of up to three lower-case words before a title's head: "Chile's foreign minister", "the bloc's foreign policy chief". */
    private static boolean titleModifier(List<Tokens.Token> tokens, int j) {
        for (int k = j; k < Math.min(tokens.size() - 1, j + 3); k++) {
            if (tokens.get(k).capitalised() || !("ADJ".equals(tokens.get(k).tag()) || "NOUN".equals(tokens.get(k).tag()))) {
                return false;
            }
            if (TITLE_WORDS.contains(tokens.get(k + 1).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "The Australian government has sounded the alarm ...": an office with its state that opens a sentence is the one a
     * later "the government said" refers to, as a speaker would be.
     */
    private void noteOfficialSubject(List<Tokens.Token> tokens) {
        int k = !tokens.isEmpty() && tokens.get(0).lower().equals("the") ? 1 : 0;
        if (k >= tokens.size()) {
            return;
        }
        Tokens.Token first = tokens.get(k);
        for (CountryMention m : mentions) {
            if (m.start() == first.start()) {
                int after = k;
                while (after < tokens.size() && tokens.get(after).end() <= m.end()) {
                    after++;
                }
                if (after < tokens.size() && OFFICIAL.matcher(tokens.get(after).text()).matches()
                        && body.substring(m.end(), tokens.get(after).start()).equals(" ")) {
                    officials.put(tokens.get(after).lower(), m.code());
                }
                return;
            }
        }
    }

    /** True when a state is named in the speaker's phrase ("Peru's foreign ministry"). */
    private boolean namesAState(String speaker) {
        return mentions.stream().anyMatch(m -> speaker.contains(body.substring(m.start(), m.end())));
    }

    /** The state whose capital opens the sentence, "In Lima, the foreign ministry said ...": where its unnamed office speaks from. */
    private String placeOpening(Sentence sentence) {
        Matcher in = PLACE_OPENING.matcher(body).region(sentence.start(), sentence.end());
        if (!in.lookingAt()) {
            return null;
        }
        return mentions.stream().filter(m -> m.start() == in.end() && m.role() == Gazetteer.Role.PLACE
                && body.startsWith(",", m.end())).map(CountryMention::code).findFirst().orElse(null);
    }

    private static final Pattern PLACE_OPENING = Pattern.compile("(?i)in\\s+");

    /** The first country named in the previous sentence of the same paragraph. */
    private String topic(Sentence sentence) {
        if (previous == null || body.substring(previous.end(), sentence.start()).contains("\n")) {
            return null;
        }
        for (CountryMention m : mentions) {
            if (m.start() >= previous.start() && m.end() <= previous.end()) {
                return m.code();
            }
        }
        return null;
    }

    /**
     * The speaker of a sentence: a verb of saying outside quotation marks first ('"Our government urges ...," Han said' is
     * Han's), then one inside them.
     */
    private Attribution attribute(Sentence sentence) {
        List<Tokens.Token> tokens = words.in(sentence.start(), sentence.end());
        boolean[] quoted = quoted(sentence, tokens);
        Attribution a = attribute(tokens, quoted, false);
        return a.present() ? a : attribute(tokens, quoted, true);
    }

    /** For each token, whether it stands inside quotation marks opened in the sentence. */
    private boolean[] quoted(Sentence sentence, List<Tokens.Token> tokens) {
        boolean[] out = new boolean[tokens.size()];
        boolean inside = false;
        int at = sentence.start();
        for (int i = 0; i < tokens.size(); i++) {
            for (; at < tokens.get(i).start(); at++) {
                char c = body.charAt(at);
                inside = c == '“' || c != '”' && (c == '"' ? !inside : inside);
            }
            out[i] = inside;
            at = tokens.get(i).end();
        }
        return out;
    }

    private Attribution attribute(List<Tokens.Token> tokens, boolean[] quoted, boolean insideQuotes) {
        Attribution according = null;
        for (int i = 0; i < tokens.size(); i++) {
            if (quoted[i] != insideQuotes) {
                continue;
            }
            Tokens.Token t = tokens.get(i);
            String w = t.lower();
            if (w.equals("according") && i + 1 < tokens.size() && tokens.get(i + 1).lower().equals("to")) {
                Attribution a = forward(tokens, i + 2, t.start(), tokens.get(i + 1).end());
                if (a != null && !outlet(a.speaker())) {
                    return a;
                }
                according = a; // "according to Reuters, X said": the outlet is the source, X the speaker
            }
            if (SPEECH_VERBS.contains(t.text())) { // lower case only: "States" in "United States" is no verb
                Attribution a = backward(tokens, i);
                if (a == null && reportJustBefore(t)) { // "..., said the plant's operator": the speaker after the verb
                    a = forward(tokens, i + 1, t.start(), t.end());
                }
                if (a != null) {
                    return a;
                }
            }
            if (w.equals("by") && i > 0 && JUDGED_BY.contains(tokens.get(i - 1).lower())) {
                Attribution a = forward(tokens, i + 1, tokens.get(i - 1).start(), t.end());
                if (a != null) {
                    return a;
                }
            }
        }
        return according != null ? according : Attribution.NONE;
    }

    /** Participles of seeing or naming whose "by" names the speaker: "described by Peru as", "characterised by Chile as". */
    private static final Set<String> JUDGED_BY = Set.of("seen", "viewed", "described", "regarded", "welcomed", "praised", "criticized",
            "criticised", "condemned", "hailed", "characterised", "characterized", "labelled", "labeled", "branded", "termed", "dubbed",
            "deemed", "denounced");

    /** A news outlet or agency, which reports what a speaker said. */
    private boolean outlet(String phrase) {
        return gazetteer.source(phrase).isPresent() || phrase.matches("(?i).*\\b(?:news agency|agency|newspaper|broadcaster)\\b.*");
    }

    /** Heads of a speaker phrase that serve one state at another: "X's ambassador to Y". */
    private static final Set<String> ENVOYS = Set.of("ambassador", "ambassadors", "envoy", "envoys", "representative", "representatives",
            "delegate", "delegates", "delegation", "mission", "consul", "emissary", "emissaries");

    /** Tags before a verb that make it no clause's own ("of using", "to cut"): the subject of "and said" is further back. */
    private static final Set<String> GOVERNED_VERB_BEFORE = Set.of("ADP", "PART", "SCONJ");

    /** A speaker that is a text referred back to: "the statement", "the joint communique", "its readout". */
    private static final Pattern THE_STATEMENT = Pattern.compile("(?i)(?:the|that|this|its|their)\\s+(?:joint\\s+|written\\s+)?"
            + "(?:statement|communiqu[eé]|readout|declaration|press release|release)");

    /** A closing quotation mark. */
    private static final Pattern QUOTE_CLOSE = Pattern.compile("[”\"]");

    private Attribution backward(List<Tokens.Token> tokens, int verb) {
        int j = verb - 1;
        while (j >= 0 && SKIP_BEFORE_VERB.contains(tokens.get(j).lower())) {
            j--;
        }
        if (Dates.dayAt(tokens, j - 1)) {
            j -= 2; // "Chile on Monday warned": the day stands between the speaker and the verb
        }
        if (j > 0 && tokens.get(j).lower().equals("and")) {
            // "Peru welcomed the decision and said": the subject of the verb before "and" says it too
            int from = j - 1;
            if ("ADV".equals(tokens.get(from).tag()) && from > 0) {
                from--; // "reacted to the news, too, and said": past an adverb
            }
            for (int v = from; v >= 0 && (v == from || !Tokens.boundaryBetween(body, tokens.get(v), tokens.get(v + 1))); v--) {
                if ("VERB".equals(tokens.get(v).tag()) && !(v > 0 && GOVERNED_VERB_BEFORE.contains(tokens.get(v - 1).tag()))) {
                    Attribution a = backward(tokens, v);
                    return a == null ? null
                            : new Attribution(a.speaker(), a.speakerCountry(), tokens.get(verb).start(), tokens.get(verb).end(), a.anonymous());
                }
            }
            return null;
        }
        // "Azerbaijan, which has close ties with Israel, welcomed": the speaker stands before the relative clause
        Matcher relative = RELATIVE_CLAUSE_BEFORE.matcher(body.substring(Math.max(0, tokens.get(verb).start() - 160), tokens.get(verb).start()));
        if (relative.find()) {
            int clauseStart = tokens.get(verb).start() - (relative.regionEnd() - relative.start());
            while (j >= 0 && tokens.get(j).start() >= clauseStart) {
                j--;
            }
        }
        j = pastTag(tokens, j, tokens.get(verb));
        int end = j;
        while (j >= 0 && isNpWord(tokens.get(j)) && (j == end || !Tokens.boundaryBetween(body, tokens.get(j), tokens.get(j + 1))
                && !relativeOpens(tokens.get(j), tokens.get(j + 1)))) {
            j--;
        }
        if (end < 0 || j == end || asideBefore(tokens.get(end), tokens.get(verb)) || QUOTE_CLOSE.matcher(body.substring(tokens.get(end).end(),
                tokens.get(verb).start())).find()) {
            return null; // '"... to Chile," said the spokesman': the last words of a quotation speak for nobody
        }
        if (j >= 1 && (tokens.get(j).lower().equals("to") && ENVOYS.contains(tokens.get(j - 1).lower())
                || TITLE_PREPOSITIONS.contains(tokens.get(j).lower()) && HEADS.contains(tokens.get(j - 1).lower()))) {
            // "Chile's ambassador to Peru said": the envoy speaks for the state that sends it, named before "to"; "the Chilean
            // policy director for Asia": a title's scope after its head is part of the title
            j--;
            int head = j;
            while (j >= 0 && isNpWord(tokens.get(j)) && (j == head || !Tokens.boundaryBetween(body, tokens.get(j), tokens.get(j + 1)))) {
                j--;
            }
        }
        List<Tokens.Token> np = tokens.subList(j + 1, end + 1);
        while (np.size() > 1 && OPENING_TAGS.contains(np.get(0).tag())) {
            np = np.subList(1, np.size()); // "Later he said", "Though President X said": the word that opens the sentence is not the speaker's
            j++;
        }
        for (int k = j + 2; k <= end; k++) {
            if (inADocument(tokens, k)) {
                np = tokens.subList(j + 1, k); // "Iran's foreign ministry in a statement on Saturday welcomed": where it spoke is no part of it
                end = k - 1;
                break;
            }
        }
        int listStart = listOpening(tokens, j + 1, end);
        if (listStart <= j) {
            j = listStart - 1; // "Chile, Peru and Bolivia announced": the whole list speaks, not its last two
            np = tokens.subList(listStart, end + 1);
        }
        if (j >= 0 && "ADP".equals(tokens.get(j).tag()) && body.substring(tokens.get(end).end(), tokens.get(verb).start()).contains(",")
                && !body.substring(tokens.get(0).start(), tokens.get(j).start()).contains(",")) {
            // "... relations with Chile, said President X": the object of a preposition ends the report, the speaker follows (not
            // the end of an apposition: "Ana Example, a spokeswoman for Chile's ministry, said")
            return null;
        }
        // "Tokayev, the Kazakh president, said": the name before the appositive speaks
        String beforeNp = j >= 0 ? body.substring(tokens.get(j).end(), np.get(0).start()) : "";
        // not when the comma closes a quotation: '"... in Bolivia," the ministry said' is the ministry's
        // and only when a comma closes the appositive: "..., the deputy minister stressed." is the minister's
        boolean closed = body.substring(np.get(np.size() - 1).end(), tokens.get(verb).start()).contains(",");
        if (j >= 0 && closed && APPOSITIVE_START.contains(np.get(0).lower()) && beforeNp.contains(",") && !beforeNp.matches("(?s).*[\"”’'].*")) {
            int nameEnd = j;
            while (j >= 0 && tokens.get(j).capitalised() && (j == nameEnd || !Tokens.boundaryBetween(body, tokens.get(j), tokens.get(j + 1)))) {
                j--;
            }
            List<Tokens.Token> name = tokens.subList(j + 1, nameEnd + 1);
            if (j < nameEnd && name.stream().noneMatch(t -> t.tag() != null && NOT_NAME_TAGS.contains(t.tag()))) { // not "Earlier, the UAE said"
                Attribution a = build(name, tokens.get(verb).start(), tokens.get(verb).end());
                if (a != null && a.speakerCountry() == null) {
                    Attribution title = build(np, tokens.get(verb).start(), tokens.get(verb).end());
                    return new Attribution(a.speaker(), title == null ? null : title.speakerCountry(), a.verbStart(), a.verbEnd(), false);
                }
                return a;
            }
        }
        if (PRONOUNS.contains(body.substring(np.get(0).start(), np.get(np.size() - 1).end()).toLowerCase(Locale.ROOT))) {
            Attribution own = openingSubject(tokens, j + 1, tokens.get(verb));
            if (own != null) {
                return own; // "The bloc's chairman praised what he called ...": he is the sentence's own subject
            }
        }
        Attribution a = build(np, tokens.get(verb).start(), tokens.get(verb).end());
        return a != null && a.speakerCountry() == null ? a.withCountry(speakingFor(tokens.get(0).start(), np.get(0).start())) : a;
    }

    /** The last item of a list after its "and" or "or": "... and Bolivia". */
    private static final Pattern LAST_ITEM_JOINED = Pattern.compile("\\b(?:and|or)\\s+\\S+$");
    /** What parts the items of a list of states: a comma, perhaps with "and" or "or". */
    private static final Pattern LIST_JOINT = Pattern.compile("\\s*,\\s*(?:(?:and|or)\\s+)?");

    /**
     * The first token of a list of states that ends with the phrase [{@code from}, {@code end}] ("Chile, Peru and Bolivia",
     * "The leaders of Chile, Peru, and Bolivia"), or {@code from} when no state parted by a comma stands before it, when the list has no
     * "and" or "or", or when its first state is the object of a preposition ("After talks with Chile, Peru announced").
     */
    private int listOpening(List<Tokens.Token> tokens, int from, int end) {
        if (from > end || mentions.stream().noneMatch(m -> m.start() == tokens.get(from).start())) {
            return from;
        }
        int first = from;
        while (true) {
            int at = tokens.get(first).start();
            CountryMention before = null;
            for (CountryMention m : mentions) {
                if (m.end() < at && LIST_JOINT.matcher(body).region(m.end(), at).matches()) {
                    before = m;
                }
            }
            if (before == null) {
                break;
            }
            int k = first - 1;
            while (k >= 0 && tokens.get(k).start() > before.start()) {
                k--;
            }
            if (k < 0 || tokens.get(k).start() != before.start()) {
                break;
            }
            first = k;
        }
        String list = body.substring(tokens.get(first).start(), tokens.get(end).end());
        if (first == from || !LAST_ITEM_JOINED.matcher(list).find()) {
            return from;
        }
        if (first > 0 && "ADP".equals(tokens.get(first - 1).tag())) {
            int head = first - 2; // "The leaders of Chile, Peru and Bolivia": the head before "of" and its words belong to the list
            if (head < 0 || !HEADS.contains(tokens.get(head).lower()) || !tokens.get(first - 1).lower().equals("of")) {
                return from;
            }
            while (head > 0 && isNpWord(tokens.get(head - 1)) && !Tokens.boundaryBetween(body, tokens.get(head - 1), tokens.get(head))) {
                head--;
            }
            return head;
        }
        return first;
    }

    /**
     * The noun phrase that opens the sentence and heads it as a speaker would ("The commission chairperson", "Chile's
     * envoy"), when a verb follows it before the pronoun at {@code pronoun}; null otherwise.
     */
    private Attribution openingSubject(List<Tokens.Token> tokens, int pronoun, Tokens.Token verb) {
        int k = 0;
        while (k < pronoun && isNpWord(tokens.get(k)) && (k == 0 || !Tokens.boundaryBetween(body, tokens.get(k - 1), tokens.get(k)))) {
            k++;
        }
        if (k == 0 || k >= pronoun || !"VERB".equals(tokens.get(k).tag()) || !HEADS.contains(tokens.get(k - 1).lower())) {
            return null;
        }
        return build(tokens.subList(0, k), verb.start(), verb.end());
    }

    /** "Speaking for Peru, the delegate said", "On behalf of Chile, the representative said": the state the sentence opens with. */
    private static final Pattern SPEAKING_FOR = Pattern.compile("(?i)^[\"“]?(?:speaking\\s+)?(?:for|on\\s+behalf\\s+of)\\s+(?:the\\s+)?$");

    private String speakingFor(int sentenceStart, int speakerStart) {
        return mentions.stream().filter(m -> m.start() >= sentenceStart && m.end() <= speakerStart
                        && SPEAKING_FOR.matcher(body.substring(sentenceStart, m.start())).matches()
                        && body.substring(m.end(), speakerStart).matches("\\s*,\\s*(?:the\\s+)?"))
                .map(CountryMention::code).findFirst().orElse(null);
    }

    private Attribution forward(List<Tokens.Token> tokens, int from, int verbStart, int verbEnd) {
        int j = from;
        while (j < tokens.size() && isNpWord(tokens.get(j)) && (j == from || !Tokens.boundaryBetween(body, tokens.get(j - 1), tokens.get(j)))
                && !(j > from && inADocument(tokens, j))) {
            j++;
        }
        if (j < tokens.size() && j > from && !Tokens.boundaryBetween(body, tokens.get(j - 1), tokens.get(j))
                && !FOLLOWS_NAME.contains(tokens.get(j).lower())) {
            return null; // "according to Kazakh customs data": a modifier, not a speaker
        }
        return j == from ? null : build(tokens.subList(from, j), verbStart, verbEnd);
    }

    /** Where a speaker says something: "in a statement", "in an interview", "in a post", "in his X account", "at a news conference". */
    private static final Set<String> SAID_IN = Set.of("statement", "interview", "communique", "communiqué", "post", "tweet", "message",
            "speech", "letter", "briefing", "video", "address", "account", "column", "blog", "article", "editorial", "conference");

    private static final Set<String> DOCUMENT_DETERMINERS = Set.of("a", "an", "the", "his", "her", "its", "their");

    /** True when "in a statement" opens at token j: where the speaker spoke, no part of the speaker ("said Ana Example in a statement"). */
    private static boolean inADocument(List<Tokens.Token> tokens, int j) {
        return tokens.get(j).lower().equals("in") && j + 2 < tokens.size() && DOCUMENT_DETERMINERS.contains(tokens.get(j + 1).lower())
                && (SAID_IN.contains(tokens.get(j + 2).lower()) || j + 3 < tokens.size() && SAID_IN.contains(tokens.get(j + 3).lower()));
    }

    /** A dash set off by spaces between two words: it ends a dateline ("LIMA, Peru - ..."). */
    private static final Pattern DATELINE_DASH = Pattern.compile("\\s+[-–—]\\s+");

    private static final Set<String> POSSESSIVE_DETERMINERS = Set.of("their", "its", "his", "her", "our", "my", "your");

    /** A phrase that opens with a possessive determiner and whose first noun heads no speaker ("their condemnation", not "his spokesman"). */
    private static boolean ownedThing(List<Tokens.Token> np) {
        if (np.size() < 2 || !POSSESSIVE_DETERMINERS.contains(np.get(0).lower())) {
            return false;
        }
        for (Tokens.Token t : np.subList(1, np.size())) {
            if ("NOUN".equals(t.tag())) {
                return !HEADS.contains(t.lower()) && !OFFICES.contains(t.lower());
            }
        }
        return false;
    }

    private Attribution build(List<Tokens.Token> np, int verbStart, int verbEnd) {
        // Trim leading/trailing connectors ("and", "of") that are not part of a name.
        int a = 0;
        int b = np.size();
        while (a < b && Set.of("and", "of").contains(np.get(a).lower())) {
            a++;
        }
        for (int k = b - 1; k > a; k--) {
            if (DATELINE_DASH.matcher(body.substring(np.get(k - 1).end(), np.get(k).start())).matches()) {
                a = k; // "Athens, Greece - US Secretary of State X said": the dateline before the dash is no part of the speaker
                break;
            }
        }
        while (b > a && Set.of("and", "of", "the", "a", "an", "in", "bin", "al").contains(np.get(b - 1).lower()) && !hyphenTail(np.get(b - 1))) {
            b--;
        }
        if (a >= b || np.get(a).lower().equals("in")) {
            return null; // "leaders meeting in Togo's capital said": a place, the speaker stands before it
        }
        np = np.subList(a, b);
        if (ownedThing(np)) {
            return null; // "..., announced their condemnation of the strikes": what they announced, no speaker
        }
        for (int k = 1; k < np.size() - 1; k++) {
            if (np.get(k).lower().equals("and") && HEADS.contains(np.get(k - 1).lower()) && !HEADS.contains(np.get(np.size() - 1).lower())
                    && np.subList(k + 1, np.size()).stream().noneMatch(Tokens.Token::capitalised)) {
                np = np.subList(0, k); // "a Chilean senator and former envoy": the first of two titles heads the phrase
                break;
            }
        }
        Tokens.Token last = np.get(np.size() - 1);
        boolean namedHead = nameWord(last);
        boolean nounHead = HEADS.contains(last.lower());
        String phrase = body.substring(np.get(0).start(), last.end());
        if (PRONOUNS.contains(phrase.toLowerCase(Locale.ROOT))) {
            return lastPerson == null ? null : new Attribution(lastPerson, lastPersonCountry, verbStart, verbEnd, false);
        }
        if (!namedHead && !nounHead || np.size() == 1 && (NOT_SPEAKERS.contains(phrase) || "ADV".equals(last.tag()))) {
            return null; // nor an adverb that opens the sentence: "However, ..., she declared"
        }
        if (gazetteer.source(phrase).isPresent() && !nounHead) {
            return null; // an outlet is a cited source, not a speaker
        }
        boolean anonymous = Set.of("a", "an", "one", "two", "three", "several", "some").contains(np.get(0).lower())
                && ANONYMOUS_HEADS.contains(last.lower());
        String country = countryOf(np, phrase);
        if (namedHead && !nounHead && !anonymous && isPersonName(np) && !placeName(phrase) // "The Example Ministry" is no "he"
                || nounHead && !anonymous && country != null && OFFICES.contains(last.lower()) && !country.equals(lastPersonCountry)) {
            // an unnamed office is who a later "he" refers to, unless a person of its state was named before ("Ms Example")
            lastPerson = phrase;
            lastPersonCountry = country;
        }
        return new Attribution(phrase, country, verbStart, verbEnd, anonymous);
    }

    /** True when the phrase is a state's name or capital ("Lima announced"), which no "he" refers to. */
    private boolean placeName(String phrase) {
        return gazetteer.scan(phrase).stream().anyMatch(m -> m.start() == 0 && m.end() == phrase.length() && m.of(Gazetteer.Type.COUNTRY).isPresent());
    }

    private String countryOf(List<Tokens.Token> np, String phrase) {
        if (np.stream().anyMatch(t -> NON_OFFICIAL_HEADS.contains(t.lower()))) {
            return null; // analysts and critics do not speak for a country
        }
        List<String> names = new ArrayList<>();
        int wordStart = -1;
        int end = -1;
        for (Tokens.Token t : np) {
            if (end >= 0 && body.startsWith("-", end) && t.start() == end + 1) {
                names.set(names.size() - 1, body.substring(wordStart, t.end())); // "Jae-myung" is one name, split by the tokenizer
            } else {
                wordStart = t.start();
                names.add(t.text());
            }
            end = t.end();
        }
        return countryOf(names, np.get(0).start(), np.get(np.size() - 1).end());
    }

    /** The country of a speaker phrase of these words at body[from, to). */
    private String countryOf(List<String> names, int from, int to) {
        // 1. a known public figure, by full name or surname
        String figure = figureCountry(names);
        if (figure != null) {
            return figure;
        }
        // 2. a country named inside the phrase
        for (CountryMention m : mentions) {
            if (m.start() >= from && m.end() <= to) {
                return m.code();
            }
        }
        // 3. a title with a country earlier in this article ("Kazakh President Tokayev"), or a known figure named in full
        return surnameCountry(names.get(names.size() - 1));
    }

    private String countryFromTitle(String surname) {
        for (int at = wordAt(surname, 0); at >= 0; at = wordAt(surname, at + surname.length())) {
            int end = at + surname.length();
            String before = body.substring(Math.max(0, at - 80), at);
            Matcher title = TITLE_BEFORE_NAME.matcher(before);
            if (titleWordBetween(at - before.length(), at) && title.find()) {
                int titleStart = at - before.length() + title.start();
                for (CountryMention c : mentions) {
                    // "Kazakh President X", "Bahrain's foreign minister, X", "China's foreign ministry spokesman, X"
                    if (c.end() <= titleStart && COUNTRY_TO_TITLE.matcher(body.substring(c.end(), titleStart)).matches()) {
                        return c.code();
                    }
                }
            }
            // "X, Chile's foreign minister, said", "X, a spokeswoman for the Chilean foreign ministry": the title in an appositive,
            // after the whole name when the surname opens it ("Tan Wei-ming, head of ..." then "Tan said")
            Matcher rest = REST_OF_NAME.matcher(body).region(end, body.length());
            int nameEnd = rest.lookingAt() ? rest.end() : end;
            for (Pattern appositive : List.of(TITLE_AFTER_NAME, OFFICE_OF_AFTER_NAME)) {
                Matcher after = appositive.matcher(body.substring(nameEnd, Math.min(body.length(), nameEnd + 80)));
                if (after.lookingAt()) {
                    int country = nameEnd + after.start("country");
                    for (CountryMention c : mentions) {
                        if (c.start() == country) {
                            return c.code();
                        }
                    }
                }
            }
        }
        return null;
    }

    /** Where the body next holds these words as a whole word ({@code \\b} on both sides) from {@code from}, or -1. */
    private int wordAt(String word, int from) {
        for (int at = body.indexOf(word, from); at >= 0; at = body.indexOf(word, at + 1)) {
            int end = at + word.length();
            if (boundary(at) && boundary(end)) {
                return at;
            }
        }
        return -1;
    }

    private boolean boundary(int i) {
        return (i > 0 && wordChar(body.codePointBefore(i))) != (i < body.length() && wordChar(body.codePointAt(i)));
    }

    private static boolean wordChar(int c) {
        return c == '_' || Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /** True when a title word starts in body[from, to): the one thing {@link #TITLE_BEFORE_NAME} cannot match without. */
    private boolean titleWordBetween(int from, int to) {
        if (titleWords == null) {
            char[] lower = body.toCharArray(); // ASCII case folded, as (?i) does
            for (int i = 0; i < lower.length; i++) {
                if (lower[i] >= 'A' && lower[i] <= 'Z') {
                    lower[i] += 'a' - 'A';
                }
            }
            String folded = new String(lower);
            titleWords = TITLES_BEFORE_NAME.stream()
                    .flatMapToInt(t -> IntStream.iterate(folded.indexOf(t), at -> at >= 0, at -> folded.indexOf(t, at + 1)))
                    .sorted().toArray();
        }
        int k = Arrays.binarySearch(titleWords, from);
        return k >= 0 || -k - 1 < titleWords.length && titleWords[-k - 1] < to;
    }

    /** A capitalised word, or the proper-noun part of a name after its hyphen ("Jae-myung"). */
    private boolean nameWord(Tokens.Token t) {
        return t.capitalised() || hyphenTail(t);
    }

    /** The part after a hyphen of a capitalised word, whatever its tag: "soo" of "Duck-soo", "in" of "Jae-in". */
    private boolean hyphenTail(Tokens.Token t) {
        return t.start() > 1 && body.charAt(t.start() - 1) == '-' && Character.isLetter(body.charAt(t.start() - 2))
                && words.in(Math.max(0, t.start() - 40), t.start()).stream().reduce((x, y) -> y).filter(Tokens.Token::capitalised).isPresent();
    }

    /** A name ("Luis Example", "President Ana Soto"), or a name after a title ("foreign ministry spokesman Luis Example"). */
    private boolean isPersonName(List<Tokens.Token> np) {
        if (np.stream().allMatch(this::nameWord) && np.size() <= 5) {
            return true;
        }
        for (int i = 0; i < np.size() - 2; i++) {
            List<Tokens.Token> name = np.subList(i + 1, np.size());
            if (HEADS.contains(np.get(i).lower()) && name.size() <= 4 && name.stream().allMatch(this::nameWord)
                    && name.stream().noneMatch(t -> HEADS.contains(t.lower()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Jane Example (Greens) posted", "Senator Ann Example (R-Texas) said": a tag in parentheses right between a name and its verb
     * is passed over; the index of the name's last word, or {@code j} unchanged.
     */
    private int pastTag(List<Tokens.Token> tokens, int j, Tokens.Token verb) {
        if (j < 0 || !body.substring(tokens.get(j).end(), verb.start()).matches("[)\\]]\\s*")) {
            return j;
        }
        int open = body.lastIndexOf('(', tokens.get(j).end());
        int k = j;
        while (k >= 0 && tokens.get(k).start() > open) {
            k--;
        }
        boolean name = k >= 0 && open >= 0 && open - tokens.get(k).end() <= 1 && tokens.get(k).capitalised()
                && body.substring(open, tokens.get(j).end()).length() <= 30;
        return name ? k : j;
    }

    /**
     * "(2 a.m. Monday GMT), said": the words before the verb close a parenthesis with numbers or lower-case words in it, an
     * aside of the reported clause (a time, a translation), not a name's acronym ("Andes Water Co. (AWC) said").
     */
    private boolean asideBefore(Tokens.Token last, Tokens.Token verb) {
        if (body.substring(last.end(), verb.start()).indexOf(')') < 0) {
            return false;
        }
        int open = body.lastIndexOf('(', last.end());
        return open >= 0 && body.substring(open, last.end()).chars().anyMatch(c -> Character.isDigit(c) || Character.isLowerCase(c));
    }

    /** True when a quotation or a clause closed by a comma stands right before the verb ("...,” said", "..., said"). */
    private boolean reportJustBefore(Tokens.Token verb) {
        int k = verb.start() - 1;
        boolean comma = false;
        while (k >= 0 && (Character.isWhitespace(body.charAt(k)) || body.charAt(k) == ',')) {
            comma |= body.charAt(k) == ',';
            k--;
        }
        // "'... in various fields,' said the ministry": a single quotation mark closes the report after its punctuation
        boolean singleQuote = k > 0 && (body.charAt(k) == '\'' || body.charAt(k) == '’') && ",.?!".indexOf(body.charAt(k - 1)) >= 0;
        return k >= 0 && (body.charAt(k) == '”' || body.charAt(k) == '"' || comma || singleQuote);
    }

    /** A determiner right after a lower-case noun opens a clause of its own: "a move the government called", "the step the ministry said". */
    private static boolean relativeOpens(Tokens.Token noun, Tokens.Token next) {
        return "NOUN".equals(noun.tag()) && !noun.capitalised() && APPOSITIVE_START.contains(next.lower());
    }

    /**
     * A month's name right after a capitalised name that names no state, with no number or capitalised word after it, is a
     * surname ("Theresa May said", "Mrs May told"), no date ("on 5 May", "in May 2024", "Chile May Join" in a headline).
     */
    private boolean monthAsSurname(Tokens.Token month) {
        List<Tokens.Token> before = words.in(Math.max(0, month.start() - 40), month.start());
        List<Tokens.Token> after = words.in(month.end(), Math.min(body.length(), month.end() + 40));
        Tokens.Token prev = before.isEmpty() ? null : before.get(before.size() - 1);
        Tokens.Token next = after.isEmpty() ? null : after.get(0);
        return Dates.MONTH_NAMES.contains(month.text()) && prev != null && prev.capitalised() && "PROPN".equals(prev.tag())
                && body.substring(prev.end(), month.start()).equals(" ")
                && mentions.stream().noneMatch(m -> m.start() < prev.end() && prev.start() < m.end())
                && (next == null || !next.capitalised() && !Character.isDigit(next.text().charAt(0)));
    }

    /** A word of a speaker's noun phrase: a name, a determiner or title word, or a noun or adjective by its tag ("deputy cabinet secretary"). */
    private boolean isNpWord(Tokens.Token t) {
        if (hyphenTail(t)) {
            return true;
        }
        String w = t.lower();
        if (CALENDAR.contains(t.text()) && !monthAsSurname(t)) {
            return false; // "on Friday welcomed"
        }
        return t.capitalised() || NP_LOWER.contains(w) || HEADS.contains(w)
                || t.tag() != null && NOUN_PHRASE_TAGS.contains(t.tag()) && !SPEECH_VERBS.contains(w);
    }
}
