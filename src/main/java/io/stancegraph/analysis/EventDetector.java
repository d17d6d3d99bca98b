package io.stancegraph.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds the corpus event in headlines and lead sentences: the dominant act (a family of
 * {@code lexicon/acts.tsv}) with the states or organisations that perform it, the object it is about and
 * the states it is directed against. Evidence: a state, organisation (or a known public figure) right before
 * an act ("South Africa files a case", "Trump's decision to quit", "OPEC+ agrees production cuts"), states
 * inside an event noun phrase ("the Saudi-Iran deal", "a pact between Australia, the US and the UK", "South
 * Africa's case", "an Israeli air strike") and "against X" after the act or noun; a state the headlines show
 * reacting more than acting is a responder. Headlines count twice. Stateless and thread-safe.
 */
public final class EventDetector {

    /** What the detector reads of one article; a lead's dateline in capitals ("LIMA CITY: ", "QUITO — ") is no part of it. */
    public record Lead(String title, String lead) {
        public Lead {
            lead = lead == null ? null : CAPITALS_DATELINE.matcher(lead).replaceFirst("");
        }
    }

    /** A dateline of words in capitals, a state's name after a comma allowed, then a colon or a dash: "LIMA CITY: ", "TACNA, Peru — ". */
    private static final Pattern CAPITALS_DATELINE = Pattern.compile("^\\p{Lu}{2,}(?:[ .'’-]+\\p{Lu}{2,})*(?:,\\s*\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+)?)?"
            + "\\s*(?::|[—–]|--?(?=\\s))\\s+(?=\\p{Lu}|[\"“])");

    static final Set<String> STOP = Set.of("the", "a", "an", "of", "to", "and", "or", "in", "on", "at", "for", "with", "by", "its",
            "their", "his", "her", "this", "that", "new", "landmark", "historic", "between", "against", "from", "over", "as");
    /** Nouns of a state's agencies and forces between the state and its verb. */
    private static final Set<String> AGENCIES = Set.of("coast", "guard", "navy", "army", "military", "forces", "force", "troops", "ships",
            "vessels", "warships", "jets", "government", "officials", "authorities", "police", "air", "border", "guards", "militia",
            // its legislature and rulers: "Georgia's parliament on Tuesday passed ..."
            "parliament", "lawmakers", "legislators", "legislature", "congress", "senate", "cabinet", "junta", "regime", "president");
    /** A relative clause right after a state, set off by commas: ", which includes Russia,", ", whose ... ,". */
    private static final Pattern RELATIVE_ASIDE = Pattern.compile(",\\s+(?:which|who|whose)\\b[^,;:.]{1,80},");
    /** Words that may stand between a state and its own act. */
    private static final Pattern GAP_TO_ACT = Pattern.compile("^(?:['’]s?)?(?:\\s+(?:has|have|had|is|are|was|were|will|would|may|might|could|"
            + "can|to|be|been|a|an|formally|officially|finally|now|also|just|decide|decides|decided|agree|agrees|agreed|announce|announced|announces|plans|planned|"
            + "moved|vote|votes|voted|set|"
            // "Chile on Monday expelled", "Peru late last week said it would leave": when, between the state and its act
            + "on|late|early|last|this|week|weekend|"
            // "Norwegian officials announced that they are pulling out", "Norway said it would leave": a state's agents speak for it
            + "officials|leaders|authorities|government|governments|ministers|members|that|said|says|"
            // "Niger junta orders", "Kosovo's central bank banned": the state's rulers or institutions act for it
            + "junta|regime|rulers|ruling|party|coalition|army|military|troops|forces|soldiers|navy|police|parliament|lawmakers|legislators|"
            + "cabinet|president|ministry|central|bank|" + String.join("|", AGENCIES) + "|"
            // "the OPEC+ cartel agreed to cut", "the bloc decided": an organisation by its kind
            + "cartel|alliance|bloc|group|grouping|union|organisation|organization|"
            // "announce their withdrawal", "send formal notice of withdrawal", "communicated their decision to withdraw"
            + "declare|declares|declared|confirm|confirms|confirmed|communicated|send|sends|sent|their|its|formal|notice|of|"
            // "Putin signed a decree recognising": a leader's decree or order does the act
            + "sign|signs|signed|decree|decrees|executive|order|orders|"
            // "ordered police to expel", "Niger's coup leaders gave the envoy 48 hours to leave": who the state commands, or its rulers
            + "ordered|ordering|instruct|instructs|instructed|direct|directs|directed|coup|"
            + "poised|preparing|prepared|expected|ready|about|going|he|she|it|they|decision|move|bid|plan|announcement|settle|settles|settled|"
            + "[\\p{Lu}][\\p{L}.'’-]*|"
            // "Peru's intentions to annex the islets", "Chile's attempt to seize": what the state sets out to do
            + "intention|intentions|attempt|attempts|effort|efforts|push|drive|ambition|ambitions|"
            // "Chile's interest in buying", "Peru's idea of annexing", "expressed a desire to buy": what the state wants done
            + "interest|in|idea|ideas|desire|wish|wishes|express|expresses|expressed|want|wants|wanted|"
            // "Chile began releasing", "Peru started the withdrawal": the state sets its act going
            + "begin|begins|began|begun|beginning|start|starts|started|starting|"
            // "were among six countries cleared to join": one of several states to carry out the act ("invited to" is not yet the act)
            + "among|the|\\d+|two|three|four|five|six|seven|eight|nine|ten|countries|nations|states|cleared|approve|approves|approved|due|"
            // "Peru becomes the first country to recognise": the first, or latest, of the states that do it
            + "become|becomes|became|becoming|first|latest|country|nation|state)){0,7}\\s*$");
    /** A pronoun of a person. */
    private static final Pattern PERSONAL_PRONOUN = Pattern.compile("(?i)\\b(?:he|she|him|her)\\b");
    /** A failure or refusal between a state and an act: "Council Fails to Adopt Resolution on ... Recognition" is no act done. */
    private static final Pattern NOT_DONE = Pattern.compile("(?i)\\b(?:fail|fails|failed|refuse|refuses|refused|decline|declines|declined)\\b");
    /** A preposition right before a mention: what it governs performs nothing. */
    private static final Pattern GOVERNED = Pattern.compile("(?i)\\b(?:with|by|from|for|against|on|in|of|at|over|toward|towards|to)\\s+(?:the\\s+)?$");
    private static final Pattern COMPOUND_LINK = Pattern.compile("^(?:\\s*[-–/]\\s*|\\s*,\\s*|\\s*,?\\s+and\\s+|\\s*\\(\\w+\\)\\s*)$");
    private static final Pattern BROKER = Pattern.compile("^[-–](?:brokered|mediated|backed|sponsored|led)\\b");

    private static final Set<String> CALENDAR = Stream.of(Dates.WEEKDAYS, Dates.MONTH_NAMES, Dates.MONTH_ABBREVIATIONS).flatMap(List::stream)
            .collect(Collectors.toUnmodifiableSet());

    /** Frequent words of news writing that name no event. */
    private static final Set<String> COMMON = Set.of("about", "after", "again", "against", "because", "before", "being", "between",
            "could", "during", "first", "other", "their", "there", "these", "those", "through", "under", "until", "where", "which",
            "while", "would", "should", "might", "years", "world", "country", "countries", "government", "president", "minister",
            "officials", "official", "friday", "says", "said", "since", "still", "today", "week", "month", "further", "according",
            "statement", "state", "states", "nations", "national", "international", "foreign", "security", "regional", "region",
            "leaders", "leader", "people", "major", "announced", "latest", "including", "also", "among");

    /** Verbs between a state and its act: "starts releasing", "decided to expel", "moved to close". */
    private static final Set<String> BRIDGE_VERBS = Set.of("start", "begin", "continue", "decide", "plan", "move", "vote", "prepare",
            "resume", "set", "seek", "try", "go", "aim", "intend", "threaten", "vow", "pledge", "promise", "want", "hope", "expect");
    /** Bridge verbs that bridge only before "to" ("moved to close"); with an object of their own they are the act ("moves its embassy"). */
    private static final Set<String> BRIDGE_BEFORE_TO = Set.of("move");
    private static final Set<String> DECISION = Set.of("decision", "move", "plan", "bid", "to");
    /** Verbs too general to name an event. */
    private static final Set<String> NO_ACT = Set.of("be", "have", "do", "get", "make", "take", "come", "become", "see", "give", "put",
            "keep", "let", "say", "tell", "ask", "call", "use", "find", "show", "look", "seem", "remain", "stay", "need", "meet",
            "hold", "talk", "speak", "react", "respond", "reply", "add", "note", "know", "think", "believe", "face", "receive",
            // verbs of stating a reaction ("expressed support", "voiced alarm", "lodged a protest")
            "express", "voice", "reiterate", "convey", "extend", "lodge", "issue", "state", "accuse", "blame", "acknowledge", "share",
            // a threat is an answer, and what is threatened is not done ("threatens to shoot down jets")
            "threaten");
    private static final Lexicon CUES = StanceClassifier.CUES;

    private final Gazetteer gazetteer;
    private final CountryRecognizer countries = new CountryRecognizer();
    private final Lexicon acts;

    public EventDetector(Gazetteer gazetteer, Lexicon acts) {
        this.gazetteer = gazetteer;
        this.acts = acts;
    }

    /** The event of a corpus from its articles' headlines and leads; {@link CorpusEvent#UNKNOWN} when nothing stands out. */
    public CorpusEvent detect(List<Lead> leads) {
        // an act done after another act named as a noun answers it ("suspends aid after coup"), unless nothing else is seen done;
        // so does a protest over another state, unless nothing that state did is seen ("downgrades ties with Peru over Chile":
        // the break is the event)
        CorpusEvent e = detect(leads, true, true);
        e = e == CorpusEvent.UNKNOWN ? detect(leads, false, true) : e;
        return e == CorpusEvent.UNKNOWN ? detect(leads, false, false) : e;
    }

    private CorpusEvent detect(List<Lead> leads, boolean afterActsAnswer, boolean overStateAnswers) {
        Tallies tallies = new Tallies();
        for (Lead lead : leads) {
            tallies.doc++;
            if (lead.title() != null) {
                read(lead.title(), 2.0, tallies, afterActsAnswer, overStateAnswers);
            }
            if (lead.lead() != null) {
                read(lead.lead(), 1.0, tallies, afterActsAnswer, overStateAnswers);
            }
        }
        // a state that headlines and leads show reacting more often than acting is a responder ("Brazil urges ...",
        // "Brazil rejects ...", "Brazil deploys troops as ..."): its act is a response, not the event
        Set<String> responders = tallies.actor.entrySet().stream().filter(e -> tallies.reaction.getOrDefault(e.getKey(), 0.0) > e.getValue())
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        tallies.actor.keySet().removeAll(responders);
        // and what responders do counts no more for their act ("Peru bans fish" beside three bans done after Chile's discharge)
        tallies.actBy.forEach((family, by) -> by.forEach((code, w) -> {
            if (responders.contains(code)) {
                tallies.act.computeIfPresent(family, (f, v) -> v - w > 1e-9 ? v - w : null);
            }
        }));
        // nor do the event nouns of their acts ("Bolivia files complaints"): a responder's complaint is no object of the event
        tallies.objectBy.stream().filter(o -> responders.containsAll(o.doers()))
                .forEach(o -> tallies.object.computeIfPresent(o.phrase(), (k, v) -> v - o.weight() > 1e-9 ? v - o.weight() : null));
        double top = tallies.actor.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        // a listed act of one document among three or more ("Bolivia bans Chilean fish over the lake") does not stand in the way
        // of a verb the others share either
        boolean single = leads.size() >= 3 && tallies.actor.keySet().stream().allMatch(c -> tallies.actorDocs.get(c).size() < 2);
        if (single) {
            CorpusEvent open = openAct(leads);
            if (open != CorpusEvent.UNKNOWN) {
                return open;
            }
        }
        if (top < 2) {
            // no listed act stands out, or only protests against something else: the verb states most often do
            // (a listed act seen in one lead only, "Bolivia banned fish imports", does not stand in the way)
            double listed = tallies.act.entrySet().stream().filter(e -> !RESPONSE_FAMILIES.contains(e.getKey())).mapToDouble(Map.Entry::getValue).sum();
            CorpusEvent open = listed < 2 ? openAct(leads) : CorpusEvent.UNKNOWN;
            return open != CorpusEvent.UNKNOWN ? open : answered(tallies, leads);
        }
        String act = best(tallies.act);
        List<String> actors = actorsOf(tallies, act);
        if (actors.isEmpty()) {
            // the act most seen has no performer that stands out (a reply by a state named once): what reactions are over, if any
            CorpusEvent answered = answered(tallies, leads);
            return answered != CorpusEvent.UNKNOWN ? answered : openAct(leads);
        }
        CorpusEvent answeredAct = act != null && RESPONSE_FAMILIES.contains(act) ? targetsOwnAct(tallies, act, actors, leads) : null;
        if (answeredAct != null) {
            return answeredAct; // "downgrades ties with India" beside "India's move to revoke Kashmir's status": the break answers it
        }
        // an event noun that a headline or two leads name; else what the act itself is done to ("recognises the independence")
        Map<String, Double> actObject = tallies.actObject.getOrDefault(act, Map.of()); // what this act, not another, is done to
        // an event noun of another act ("Canada's allegations" beside "expels Indian diplomat") is not what this act is done to
        String named = best(tallies.object);
        boolean ownNoun = named != null && (actObject.isEmpty() || actObject.keySet().stream().anyMatch(o -> words(o).containsAll(words(named))));
        String object = ownNoun && tallies.object.values().stream().anyMatch(v -> v >= 2) || actObject.isEmpty() ? named : best(actObject);
        if (object != null && object.equals(named)) {
            // "suspends Indus Waters Treaty" beside "the treaty": a proper name of what the act is done to that ends on the noun
            object = actObject.entrySet().stream().filter(o -> namesTheNoun(o.getKey(), named)).max(Map.Entry.comparingByValue())
                    .map(Map.Entry::getKey).orElse(named);
        }
        if (object == null && !tallies.actNoun.isEmpty()) {
            object = best(tallies.actNoun); // nothing named besides the act's own noun: "closes border with Russia"
        }
        // what the event's act (or an event noun) is done to, not what a responder's act is ("US sanctions NATO ally Turkey")
        List<String> targets = tallies.target.keySet().stream().filter(code -> tallies.targetOf(act, code) >= 2 && !actors.contains(code))
                .toList();
        CorpusEvent e = CorpusEvent.of(summarise(actors, act, object, targets), actors, act, object, targets, acts);
        return withSalientNames(e, leads);
    }

    /** True when {@code name} is capitalised words before the noun: "Indus Waters Treaty" for "treaty", not "groundbreaking case". */
    private static boolean namesTheNoun(String name, String noun) {
        String lower = name.toLowerCase(Locale.ROOT);
        return name.length() > noun.length() && lower.endsWith(" " + noun.toLowerCase(Locale.ROOT))
                && Arrays.stream(name.substring(0, name.length() - noun.length()).trim().split("\\s+")).allMatch(w -> Character.isUpperCase(w.charAt(0)));
    }

    /**
     * The states that do the act: a state this act is done to more often than it acts is a target, and one seen only doing acts
     * of other families does not do this one ("Peru blocks Chile's accession": not Chile).
     */
    private static List<String> actorsOf(Tallies tallies, String act) {
        // a party to an event noun ("Ecuador attacks the embassy") does an act only it could do: not one it is the target of ("Mexico
        // broke off relations with Ecuador")
        return leaders(tallies.actor, e -> tallies.targetOf(act, e.getKey()) <= e.getValue()
                && tallies.performs.getOrDefault(e.getKey(), Set.of()).stream().anyMatch(f -> f.equals(act) || f.equals("conclude")
                        || f.startsWith("OBJECT:") && tallies.targetOf(act, e.getKey()) == 0));
    }

    /**
     * A break of ties, an expulsion or a recall (a response family) done to a state that the headlines and leads also show doing
     * an act of another family answers that act, which is the event: the target its actor, what it does its object; null when the
     * target is seen doing nothing else.
     */
    private CorpusEvent targetsOwnAct(Tallies t, String act, List<String> actors, List<Lead> leads) {
        for (Map.Entry<String, Double> target : t.target.entrySet()) {
            if (target.getValue() < 2 || actors.contains(target.getKey())) {
                continue;
            }
            Map<String, Double> own = new LinkedHashMap<>();
            t.actBy.forEach((family, by) -> {
                if (!RESPONSE_FAMILIES.contains(family) && !family.equals("conclude") && by.containsKey(target.getKey())) {
                    own.put(family, by.get(target.getKey()));
                }
            });
            if (!own.isEmpty()) {
                String family = best(own);
                String object = t.actObject.getOrDefault(family, Map.of()).isEmpty() ? null : best(t.actObject.get(family));
                List<String> by = List.of(target.getKey());
                return withSalientNames(CorpusEvent.of(summarise(by, family, object, List.of()), by, family, object, List.of(), acts), leads);
            }
        }
        return null;
    }

    /** The states scored at least 2 and at least half the top score that {@code keep} accepts, highest first. */
    private static List<String> leaders(Map<String, Double> scores, Predicate<Map.Entry<String, Double>> keep) {
        double top = scores.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        return scores.entrySet().stream().filter(e -> e.getValue() >= Math.max(2, top * 0.5) && keep.test(e))
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).map(Map.Entry::getKey).toList();
    }

    /** The event with the names headlines and leads make salient among its triggers. */
    private CorpusEvent withSalientNames(CorpusEvent e, List<Lead> leads) {
        Set<String> triggers = new LinkedHashSet<>(e.triggers());
        triggers.addAll(salientNames(leads));
        return new CorpusEvent(e.summary(), e.actors(), e.act(), e.object(), e.targets(), triggers);
    }

    /**
     * When no state is seen doing the event but the reactions name the state they answer, in two headlines or leads at least
     * ("Chile expels envoy over Peru's islet move", "Bolivia concerned after Peru annexed the islets"), that state is the actor;
     * its act is the listed act most seen done by it, if any, else the act noun the causes name.
     */
    private CorpusEvent answered(Tallies t, List<Lead> leads) {
        List<String> actors = leaders(t.cause, e -> t.causeTexts.get(e.getKey()) >= 2);
        if (actors.isEmpty()) {
            return CorpusEvent.UNKNOWN;
        }
        Map<String, Double> ownActs = new LinkedHashMap<>(t.act);
        ownActs.keySet().removeAll(RESPONSE_FAMILIES);
        // only what the actor is seen doing: "China accuses India" is China's act, not India's
        ownActs.keySet().removeIf(f -> actors.stream().noneMatch(a -> t.performs.getOrDefault(a, Set.of()).contains(f)));
        String act = ownActs.isEmpty() ? null : best(ownActs);
        // the act's object ("the islets"); without an act, the act noun the causes name, the most specific among equals
        // (also when the act is done to nothing named: "raised tariffs" of "over US tariff hikes")
        String object = act != null && !t.actObject.getOrDefault(act, Map.of()).isEmpty() ? best(t.actObject.get(act)) : t.causeNoun.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(e -> e.getKey().length())).map(Map.Entry::getKey).orElse(null);
        CorpusEvent e = CorpusEvent.of(summarise(actors, act, object, List.of()), actors, act, object, List.of(), acts);
        return withSalientNames(e, leads);
    }

    /**
     * An act the lexicon does not list, found as the verb that headlines and leads most often put right after a
     * state ("Chile starts draining the glacier lake", "Chile's decision to drain the lake"): its lemma is the act,
     * the states before it the actors, the words after it the object. A verb of saying or a reaction cue ("bans",
     * "condemns") is a response, not the event. Needs the same verb in two articles at least.
     */
    CorpusEvent openAct(List<Lead> leads) {
        Map<String, Double> verbScore = new HashMap<>();
        Map<String, Set<Integer>> verbDocs = new HashMap<>();
        Map<String, Map<String, Double>> actorsOf = new HashMap<>();
        Map<String, Map<String, Integer>> objectsOf = new HashMap<>();
        Map<String, Map<String, Double>> targetsOf = new HashMap<>();
        Map<String, Map<String, Integer>> particlesOf = new HashMap<>();
        Map<String, Integer> lemmaVotes = new HashMap<>();
        Map<String, Set<Integer>> nounDocs = new HashMap<>();
        Map<String, Map<String, Double>> nounActors = new HashMap<>();
        for (int doc = 0; doc < leads.size(); doc++) {
            Lead lead = leads.get(doc);
            for (int part = 0; part < 2; part++) {
                String text = part == 0 ? lead.title() : lead.lead();
                if (text == null) {
                    continue;
                }
                double weight = part == 0 ? 2.0 : 1.0; // headlines count twice
                List<CountryMention> mentions = mentions(text);
                List<Tokens.Token> tokens = Words.of(text).all();
                // a listed act is read by the listed path, whatever the lemmatizer makes of its form ("expelled": "expell")
                Set<Integer> listed = acts.find(tokens, text).stream().filter(a -> a.entry().kind().startsWith("ACT:"))
                        .map(Lexicon.Match::start).collect(Collectors.toSet());
                Set<String> seen = new LinkedHashSet<>();
                for (CountryMention m : mentions) {
                    for (String noun : ownedNouns(text, tokens, m)) { // "Japan's release", "Chile's lake draining"
                        nounDocs.computeIfAbsent(noun, k -> new LinkedHashSet<>()).add(doc);
                        nounActors.computeIfAbsent(noun, k -> new LinkedHashMap<>()).merge(m.code(), weight / 2, Double::sum);
                    }
                    if (objectOfVerb(tokens, m)) {
                        continue; // "IMF urges India to lift the ban": what India is urged to do is not the event
                    }
                    int v = verbAfter(text, tokens, m);
                    if (v < 0 || listed.contains(tokens.get(v).start())) {
                        continue;
                    }
                    // every lemma the form may have: "establishes", "established" and "establish" agree on "establish"
                    // however the statistical lemmatizer reads each
                    String form = tokens.get(v).lower();
                    String read = tokens.get(v).lemma();
                    Set<String> lemmas = new LinkedHashSet<>(Lexicon.lemmaCandidates(form));
                    if (!"PROPN".equals(tokens.get(v).tag()) && (Lexicon.inflections(read).contains(form) || !form.startsWith(read))) {
                        lemmas.add(read); // a regular reading, or an irregular one ("withdrew"); not a cut-off stem ("establis")
                        lemmaVotes.merge(read, 1, Integer::sum);
                    }
                    int head = particleAfter(tokens, v) ? v + 1 : glued(text, tokens, v); // "shoots down a drone", "test-fires a missile"
                    String particle = head > v && PARTICLES.contains(tokens.get(head).lower()) ? tokens.get(head).lower() : "";
                    String object = objectAfter(text, tokens, head);
                    CountryMention objectState = stateAfter(tokens, mentions, head);
                    for (String lemma : lemmas) {
                        if (lemma.length() < 3 || !seen.add(lemma + " " + m.code())) {
                            continue;
                        }
                        if (objectState != null && !objectState.code().equals(m.code())) { // "hits Philippine boat": the Philippines
                            targetsOf.computeIfAbsent(lemma, k -> new HashMap<>()).merge(objectState.code(), weight, Double::sum);
                        }
                        verbScore.merge(lemma, weight, Double::sum);
                        particlesOf.computeIfAbsent(lemma, k -> new HashMap<>()).merge(particle, 1, Integer::sum);
                        verbDocs.computeIfAbsent(lemma, k -> new LinkedHashSet<>()).add(doc);
                        actorsOf.computeIfAbsent(lemma, k -> new LinkedHashMap<>()).merge(m.code(), weight, Double::sum);
                        if (object != null) {
                            objectsOf.computeIfAbsent(lemma, k -> new HashMap<>()).merge(object, 1, Integer::sum);
                        }
                    }
                }
            }
        }
        // a state's act named as its noun in other articles counts for the verb ("Japan begins releasing" and "Japan's release")
        verbScore.keySet().forEach(lemma -> {
            verbDocs.get(lemma).addAll(nounDocs.getOrDefault(lemma, Set.of()));
            nounActors.getOrDefault(lemma, Map.of()).forEach((c, w) -> {
                verbScore.merge(lemma, w, Double::sum);
                actorsOf.get(lemma).merge(c, w, Double::sum);
            });
        });
        // the most frequent lemma; among equals the lemmatizer's own reading, then the shorter
        String act = verbScore.entrySet().stream().filter(e -> verbDocs.get(e.getKey()).size() >= 2)
                .max(Map.Entry.<String, Double>comparingByValue()
                        .thenComparing(e -> lemmaVotes.getOrDefault(e.getKey(), 0))
                        .thenComparing(e -> -e.getKey().length()))
                .map(Map.Entry::getKey).orElse(null);
        if (act == null) {
            return CorpusEvent.UNKNOWN;
        }
        List<String> actors = leaders(actorsOf.get(act), e -> true);
        Map<String, Integer> objects = objectsOf.getOrDefault(act, Map.of());
        // "Bay of Paracas" once and "the bay" once: the fuller name holds the other's words and takes its count
        String object = objects.keySet().stream().max(Comparator.<String>comparingInt(o -> objects.entrySet().stream()
                        .filter(e -> e.getKey().equals(o) || words(o).containsAll(words(e.getKey()))).mapToInt(Map.Entry::getValue).sum())
                .thenComparing(o -> -o.length())).orElse(null);
        List<String> targets = targetsOf.getOrDefault(act, Map.of()).entrySet().stream()
                .filter(t -> t.getValue() >= 2 && !actors.contains(t.getKey())).map(Map.Entry::getKey).toList();
        // the particle the verb goes with most often names it in the summary: "shoots down"
        String particle = particlesOf.getOrDefault(act, Map.of()).entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
        CorpusEvent e = CorpusEvent.of(summarise(actors, particle.isEmpty() ? act : act + " " + particle, object, targets), actors, act, object, targets, acts);
        return withSalientNames(e, leads);
    }

    /**
     * "Kosovo's dinar ban", "Peru's annexation of the islets": with no listed act in the text, a noun a state's possessive
     * governs that names an act family (its name, or the verb it is made from) is that state's act, at half weight; the nouns
     * before it are what the act is done to. Returns where those act nouns start.
     */
    private Set<Integer> ownedActs(String text, List<Tokens.Token> tokens, List<CountryMention> mentions, double weight, Tallies tallies,
            Set<String> actorsHere) {
        Set<Integer> starts = new HashSet<>();
        for (CountryMention m : mentions) {
            if (Organisations.isOrganisationCode(m.code())) {
                continue;
            }
            List<Tokens.Token> owned = ownedWords(text, tokens, m);
            for (int i = 0; i < owned.size(); i++) {
                Tokens.Token word = owned.get(i);
                String family = nounOrGerund(word) || bareVerb(word)
                        ? nounLemmas(word).stream().filter(ACT_FAMILIES::contains).findFirst().orElse(null) : null;
                if (family == null) {
                    continue;
                }
                List<Tokens.Token> before = owned.subList(0, i);
                // "Kosovo's dinar ban", "Israel's UNRWA ban": what is banned
                if (!before.isEmpty() && before.stream().allMatch(t -> "NOUN".equals(t.tag()) || "PROPN".equals(t.tag()))) {
                    String object = text.substring(before.get(0).start(), before.get(before.size() - 1).end());
                    tallies.actObject.computeIfAbsent(family, k -> new LinkedHashMap<>()).merge(object, weight / 2, Double::sum);
                }
                tallies.act.merge(family, weight / 2, Double::sum);
                tallies.actBy.computeIfAbsent(family, k -> new HashMap<>()).merge(m.code(), weight / 2, Double::sum);
                tallies.performs.computeIfAbsent(m.code(), k -> new HashSet<>()).add(family);
                actorsHere.add(m.code());
                starts.add(word.start());
                break;
            }
        }
        return starts;
    }

    /** The act families of the acts lexicon. */
    private static final Set<String> ACT_FAMILIES = StanceClassifier.ACTS.entries().stream().map(Lexicon.Entry::kind)
            .filter(k -> k.startsWith("ACT:")).map(k -> k.substring(4)).collect(Collectors.toUnmodifiableSet());

    private static Set<String> words(String phrase) {
        return Arrays.stream(phrase.toLowerCase(Locale.ROOT).split("\\s+")).collect(Collectors.toSet());
    }

    /** The lemmas of the nouns a state's possessive governs, up to three words on: "Japan's water release" gives water, release. */
    private static Set<String> ownedNouns(String text, List<Tokens.Token> tokens, CountryMention m) {
        Set<String> out = new LinkedHashSet<>(); // each once: "filling" is its own lemma and one of its candidates
        ownedWords(text, tokens, m).stream().filter(EventDetector::nounOrGerund).forEach(t -> out.addAll(nounLemmas(t)));
        return out;
    }

    /** The nouns, adjectives and gerunds a state's possessive governs, up to three words on: "Japan's planned water release". */
    private static List<Tokens.Token> ownedWords(String text, List<Tokens.Token> tokens, CountryMention m) {
        if (!Spans.possessive(text, m.end())) {
            return List.of();
        }
        List<Tokens.Token> out = new ArrayList<>();
        int k = Tokens.firstFrom(tokens, m.end());
        for (int seen = 0; k < tokens.size() && seen < 4; k++, seen++) {
            Tokens.Token t = tokens.get(k);
            if (t.text().matches("['’]s?")) {
                continue;
            }
            if (!nounOrGerund(t) && !OWNED_NOUN_TAGS.contains(t.tag()) && !(!out.isEmpty() && bareVerb(t))) {
                break;
            }
            out.add(t);
        }
        return out;
    }

    /**
     * A word tagged as a verb in its bare form after a possessive and a noun, which no singular owner could govern as its verb:
     * a noun the tagger misread ("Israel's agency ban sparks concern").
     */
    private static boolean bareVerb(Tokens.Token t) {
        return "VERB".equals(t.tag()) && t.lower().equals(t.lemma()) && !t.lower().endsWith("s");
    }

    /** A noun, or a gerund ("Chile's lake draining"). */
    private static boolean nounOrGerund(Tokens.Token t) {
        return "NOUN".equals(t.tag()) || "VERB".equals(t.tag()) && t.lower().endsWith("ing");
    }

    /** The lemmas a noun or gerund may name an act by: its own; "draining": drain; "nationalisation": nationalise. */
    private static Set<String> nounLemmas(Tokens.Token t) {
        Set<String> out = new LinkedHashSet<>();
        out.add(t.base());
        if (t.lower().endsWith("ing")) {
            out.addAll(Lexicon.lemmaCandidates(t.lower()));
        }
        out.addAll(nominalisedVerbs(t.lower()));
        return out;
    }

    private static final Set<String> OWN_DETERMINERS = Set.of("its", "their", "the");
    private static final Set<String> PREDICATE_TAGS = Set.of("VERB", "AUX");
    private static final Set<String> PARTICLES = Set.of("down", "up", "off", "out", "back", "over", "away");

    /** A verb's particle before its object: "shot down a drone", "cut off supplies", "called off talks". */
    private static boolean particleAfter(List<Tokens.Token> tokens, int v) {
        return v + 2 < tokens.size() && PARTICLES.contains(tokens.get(v + 1).lower())
                && OBJECT_START_TAGS.contains(tokens.get(v + 2).tag());
    }

    /**
     * "defended its decision to shoot down the drone", "announced its plan to leave": the act decided on is the state's, not the
     * verb that speaks of the decision; a verb that undoes it ("reversed its decision to join") keeps its own place.
     */
    private static int decidedAct(List<Tokens.Token> tokens, int v) {
        if (v + 4 >= tokens.size() || !OWN_DETERMINERS.contains(tokens.get(v + 1).lower()) || !DECISION.contains(tokens.get(v + 2).base())
                || !tokens.get(v + 3).lower().equals("to") || !"VERB".equals(tokens.get(v + 4).tag())
                || CUES.startingWith(tokens.get(v).base()).stream().anyMatch(e -> e.kind().equals("REVERSAL"))) {
            return v;
        }
        return v + 4;
    }

    /** A noun made from a verb by a suffix, the verbs it may come from: "nationalisation", "normalization", "deployment" (and "readmission"). */
    private static final Pattern NOMINAL_SUFFIX = Pattern.compile("(\\p{L}{3,}?)(is|iz)ation$|(\\p{L}{4,}?)ment$");

    static List<String> nominalisedVerbs(String noun) {
        if (noun.endsWith("mission") && noun.length() > 9) {
            return List.of(noun.substring(0, noun.length() - 7) + "mit"); // "readmission" of "readmit", "submission" of "submit"
        }
        if (!noun.endsWith("ation") && !noun.endsWith("ment")) {
            return List.of(); // neither suffix: spare the search
        }
        Matcher m = NOMINAL_SUFFIX.matcher(noun);
        if (!m.find()) {
            return List.of();
        }
        return m.group(1) != null ? List.of(m.group(1) + m.group(2) + "e") : List.of(m.group(3));
    }

    /** Index of the verb a state performs right after its mention, past auxiliaries, names and verbs of starting or deciding; -1 if none. */
    private int verbAfter(String text, List<Tokens.Token> tokens, CountryMention m) {
        Set<Tokens.Token> ownObject = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int k = 0; k + 1 < tokens.size(); k++) {
            if ("VERB".equals(tokens.get(k).tag()) && BRIDGE_BEFORE_TO.contains(tokens.get(k).base()) && !tokens.get(k + 1).lower().equals("to")) {
                ownObject.add(tokens.get(k));
            }
        }
        if (text.startsWith("-", m.end())) {
            return -1; // "Peruvian-flagged", "Chilean-owned": a modifier of what follows, not a state acting
        }
        int next = Tokens.firstFrom(tokens, m.end());
        if (next + 1 < tokens.size() && headlineVerb(text, tokens, m, next)) {
            ownObject.add(tokens.get(next)); // "after Chile drains lake": a headline's verb the tagger read as a plural noun
        }
        boolean titleCase = CountryRecognizer.inTitleCaseLine(text, m.start());
        // in a text in sentence case a capitalised word is a name's ("the United Nations Relief and Works Agency"), never its verb
        int i = firstAfter(text, tokens, m, 7, t -> "VERB".equals(t.tag()) && !BRIDGE_VERBS.contains(t.base()) && (titleCase || !t.capitalised())
                || ownObject.contains(t), t -> {
            String lemma = t.base();
            return "AUX".equals(t.tag()) || "ADV".equals(t.tag()) || "PART".equals(t.tag()) || BRIDGE_VERBS.contains(lemma)
                    || DECISION.contains(lemma) || lemma.equals("on") || lemma.equals("s")
                    // a name's word, not a title-case headline's verb of reacting: "China Threatens To Down Jets" ends the search
                    || t.capitalised() && !reacting(t)
                    || lemma.equals("and") // "Chile and Peru establish a corridor": both act
                    || AGENCIES.contains(t.lower()); // "Chilean coast guard ships hit ...": the state's agency acts
        });
        if (i < 0) {
            return -1;
        }
        i = decidedAct(tokens, i);
        Tokens.Token t = tokens.get(i);
        String lemma = t.base();
        boolean passive = !t.lower().endsWith("ing") && tokens.stream().anyMatch(x -> x.start() >= m.end() && x.end() <= t.start()
                && "AUX".equals(x.tag()) && x.base().equals("be"));
        if (passive) {
            return -1; // "border with Peru to be closed": what is done to the state, not by it
        }
        return reacting(t) || lemma.length() < 3 ? -1 : i;
    }

    /** A verb of reacting, saying or doing nothing in particular, or a listed act's one word. */
    private boolean reacting(Tokens.Token t) {
        return reactionWord(t) || verbLemmas(t).stream().anyMatch(lemma -> acts.startingWith(lemma).stream().anyMatch(e -> e.rest().isEmpty()));
    }

    /** A verb of reacting, saying or doing nothing in particular. */
    private static boolean reactionWord(Tokens.Token t) {
        return SpeakerFinder.SPEECH_VERBS.contains(t.lower()) || verbLemmas(t).stream().anyMatch(lemma -> NO_ACT.contains(lemma)
                || CUES.startingWith(lemma).stream().anyMatch(e -> e.rest().isEmpty()));
    }

    /** Every lemma a word may have as a verb: its reading and its regular ones ("Threatens" in a title-case headline, read as a name). */
    private static Set<String> verbLemmas(Tokens.Token t) {
        Set<String> lemmas = new LinkedHashSet<>(Lexicon.lemmaCandidates(t.lower()));
        lemmas.add(t.base());
        return lemmas;
    }

    /** A title-case headline's verb of reacting between a state and an act: "Commission Head Slams Gazprom Decision To Suspend". */
    private static boolean reactionBetween(List<Tokens.Token> tokens, int from, int to) {
        return tokens.stream().anyMatch(t -> t.start() >= from && t.end() <= to && t.capitalised()
                && reactionWord(t));
    }

    /**
     * True when the word right after a state is a verb's third person that the tagger read as a plural noun or a name: a lower-case
     * word in -s, not in -ss, right after the name, before the noun phrase of its object ("Chile drains the lake").
     */
    private static boolean headlineVerb(String text, List<Tokens.Token> tokens, CountryMention m, int k) {
        Tokens.Token t = tokens.get(k);
        String w = t.text();
        return ("NOUN".equals(t.tag()) || "PROPN".equals(t.tag())) && text.substring(m.end(), t.start()).equals(" ") && w.length() > 4 && w.endsWith("s") && !w.endsWith("ss")
                && Character.isLowerCase(w.charAt(0)) && !AGENCIES.contains(t.lower()) && !Spans.possessive(text, m.end())
                && OBJECT_START_TAGS.contains(tokens.get(k + 1).tag());
    }

    private static final Set<String> OWNED_NOUN_TAGS = Set.of("NOUN", "ADJ", "PROPN");
    /** Tags that open a verb's object noun phrase. */
    private static final Set<String> OBJECT_START_TAGS = Set.of("DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON");
    /** The words of an "of" phrase after an act's noun. */
    private static final Set<String> OF_PHRASE_TAGS = Set.of("DET", "ADJ", "NOUN", "PROPN", "NUM");

    /**
     * Index of the first word after a mention that {@code stop} accepts, when every word before it is a {@code bridge} and no
     * punctuation stands between; -1 otherwise or after {@code limit} words.
     */
    private static int firstAfter(String text, List<Tokens.Token> tokens, CountryMention m, int limit,
            Predicate<Tokens.Token> stop, Predicate<Tokens.Token> bridge) {
        int i = Tokens.firstFrom(tokens, m.end());
        for (int seen = 0; i < tokens.size() && seen < limit; i++, seen++) {
            Tokens.Token t = tokens.get(i);
            int from = i == 0 ? m.end() : Math.max(m.end(), tokens.get(i - 1).end());
            if (text.substring(from, t.start()).matches(".*[,;:—–(\\[\"“”].*")) {
                return -1;
            }
            if (stop.test(t)) {
                return i;
            }
            if (!bridge.test(t)) {
                return -1;
            }
        }
        return -1;
    }

    /** The state (a name or a demonym) that opens the object right after a verb, past an article: "hits Philippine boat". */
    private static CountryMention stateAfter(List<Tokens.Token> tokens, List<CountryMention> mentions, int verb) {
        int i = verb + 1;
        if (i < tokens.size() && "DET".equals(tokens.get(i).tag())) {
            i++;
        }
        if (i >= tokens.size()) {
            return null;
        }
        int at = tokens.get(i).start();
        CountryMention state = mentions.stream().filter(m -> m.start() == at && !Organisations.isOrganisationCode(m.code())).findFirst().orElse(null);
        // "opens Lima embassy": a city before the noun it modifies says where the act is done, not to whom
        return state != null && state.role() == Gazetteer.Role.PLACE && nounAt(tokens, state.end()) ? null : state;
    }

    /** True when the token starting at or after offset is a noun. */
    private static boolean nounAt(List<Tokens.Token> tokens, int offset) {
        return tokens.stream().filter(t -> t.start() >= offset).findFirst().map(t -> NOMINAL.contains(t.tag())).orElse(false);
    }

    /** A word that places the act in a series: "fourth", "21st", "latest". */
    private static final Pattern ORDINAL = Pattern.compile("(?i)first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest|\\d+(?:st|nd|rd|th)");

    /**
     * The noun phrase right after the verb, without its article or an ordinal, up to a day ("tested a hydrogen bomb Sunday"):
     * "treated radioactive water", "Leopard 2 tanks".
     */
    private static String objectAfter(String text, List<Tokens.Token> tokens, int verb) {
        int first = pastDeterminers(tokens, verb + 1, tokens.size()); // "its seventh nuclear test": which one in a series is no part of it
        int i = first;
        while (i < tokens.size() && i - first < 4 && !WHEN.contains(tokens.get(i).lower())
                && (NOMINAL.contains(tokens.get(i).tag()) || i > first && "NUM".equals(tokens.get(i).tag())
                    || participleModifier(tokens, i) || adverbModifier(tokens, i, first) || i > first && (ofInName(tokens, i) || andInName(tokens, i))
                    || i + 1 < tokens.size() && text.substring(tokens.get(i).end(), tokens.get(i + 1).start()).equals("-")) // "long-range", however "long" is tagged
                && (i == first || text.substring(tokens.get(i - 1).end(), tokens.get(i).start()).matches("(?:['’]s)?\\s+|-|\\s+['‘\"“]|['’\"”]\\s+"))) {
            i++; // "Tacna's special status": a possessive stays in the phrase, a compound's halves ("long-range"), words in quotes ("a 'foreign agents' law")
        }
        // "its embassy in": a lone word after a determiner and before a preposition heads the phrase, however it is tagged
        boolean lone = i == first + 1 && first > verb + 1 && (i == tokens.size() || "ADP".equals(tokens.get(i).tag()));
        while (!lone && i > first && !"NOUN".equals(tokens.get(i - 1).tag()) && !"PROPN".equals(tokens.get(i - 1).tag())) {
            i--;
        }
        if (i == first + 1 && i < tokens.size() && PARTITIVE.contains(tokens.get(first).lower()) && tokens.get(i).lower().equals("of")) {
            return objectAfter(text, tokens, i); // "a second batch of treated water": what the batch is of
        }
        return i > first ? text.substring(tokens.get(first).start(), tokens.get(i - 1).end()) : null;
    }

    /** True for an entry whose last word may be a body's initials ("leave the|from|=acronym"). */
    private static boolean endsInInitials(Lexicon.Entry entry) {
        List<Set<String>> rest = entry.rest();
        return !rest.isEmpty() && rest.get(rest.size() - 1).contains(Lexicon.ACRONYM_WORD);
    }

    /** The index of the first word from {@code from} (before {@code limit}) that is no determiner, pronoun or ordinal. */
    private static int pastDeterminers(List<Tokens.Token> tokens, int from, int limit) {
        while (from < limit && (DETERMINERS.contains(tokens.get(from).tag()) || ORDINAL.matcher(tokens.get(from).text()).matches())) {
            from++;
        }
        return from;
    }

    private static final Set<String> DETERMINERS = Set.of("DET", "PRON");
    private static final Set<String> NOMINAL = Set.of("ADJ", "NOUN", "PROPN");

    /** "of" between two capitalised words of one name: "Gulf of Mexico", "Bank of Chile". */
    private static boolean ofInName(List<Tokens.Token> tokens, int i) {
        return tokens.get(i).text().equals("of") && i + 1 < tokens.size() && tokens.get(i - 1).capitalised() && tokens.get(i + 1).capitalised();
    }

    /**
     * "and" inside a capitalised name that goes on past the word after it: "Belt and Road Initiative", "Trade and Technology
     * Council" (not "Chile and Peru", two names).
     */
    private static boolean andInName(List<Tokens.Token> tokens, int i) {
        return (tokens.get(i).text().equals("and") || tokens.get(i).text().equals("&")) && i + 2 < tokens.size() && tokens.get(i - 1).capitalised()
                && tokens.get(i + 1).capitalised() && tokens.get(i + 2).capitalised() && "PROPN".equals(tokens.get(i + 2).tag());
    }

    /** A past participle right before a noun or a name modifies it: "treated water", "disputed islands". */
    private static boolean participleModifier(List<Tokens.Token> tokens, int i) {
        return "VERB".equals(tokens.get(i).tag()) && tokens.get(i).lower().endsWith("ed") && i + 1 < tokens.size()
                && NOMINAL.contains(tokens.get(i + 1).tag());
    }

    /** A phrase's first word tagged an adverb before a noun modifies it: "offshore oil fields", "overseas assets". */
    private static boolean adverbModifier(List<Tokens.Token> tokens, int i, int first) {
        return i == first && "ADV".equals(tokens.get(i).tag()) && i + 1 < tokens.size() && NOMINAL.contains(tokens.get(i + 1).tag());
    }

    /** Nouns of an amount or a part of something, whose object is what follows "of". */
    private static final Set<String> PARTITIVE = Set.of("batch", "round", "series", "wave", "tranche", "set", "portion", "part", "lot",
            "amount", "volume", "quantity", "number", "stage", "phase");

    /** The phrases of the families.tsv lines of a kind, in file order. */
    private static List<String> familyPhrases(String kind) {
        return CorpusEvent.FAMILIES.entries().stream().filter(e -> e.kind().equals(kind)).map(Lexicon.Entry::phrase).toList();
    }

    /** The prepositions before an act family's targets (families.tsv TARGET), the summary's first; empty when the family has none. */
    private static List<String> targetPrepositions(String act) {
        return familyPhrases("TARGET:" + act);
    }

    /** A family's target entry that names the state in the act's object rather than a preposition. */
    private static final String OBJECT_TARGET = "(object)";

    /** The phrase of a family's line of this kind (families.tsv), or null. */
    private static String familyLine(String kind) {
        return familyPhrases(kind).stream().findFirst().orElse(null);
    }

    /** True when the object names one of the measures the family's acts take ("new sanctions", "a 25% tariff"). */
    private boolean namesItsMeasure(String act, String object) {
        Set<String> measures = new HashSet<>();
        for (Lexicon.Entry e : acts.entries()) {
            if (e.kind().equals("ACT:" + act) && !e.rest().isEmpty()) {
                measures.addAll(e.rest().get(e.rest().size() - 1));
            }
        }
        measures.addAll(familyPhrases("NOUN:" + act));
        return Arrays.stream(object.toLowerCase(Locale.ROOT).split("\\s+")).anyMatch(w -> Lexicon.lemmaCandidates(w).stream().anyMatch(measures::contains));
    }

    /** True when the word is a place the act's family is done to ("embassy" of a raid), not the act's own noun. */
    private static boolean placeOfAct(Lexicon.Match act, Tokens.Token word) {
        return objectNoun(act.entry().kind().substring(act.entry().kind().indexOf(':') + 1), word.lower());
    }

    /** True when the object's last word is a noun of an agreement ("border deal", "accords"). */
    private boolean namesAnAgreement(String object) {
        return object != null && Lexicon.lemmaCandidates(headOf(object)).stream().anyMatch(l -> acts.startingWith(l).stream()
                .anyMatch(e -> e.kind().equals("OBJECT:agreement") && e.rest().isEmpty()));
    }

    /** True when the object's head has a summary verb of its own ("imposes export controls", not "cuts"; "strikes consulate"). */
    private static boolean objectOfItsOwnVerb(String act, String object) {
        return object != null && objectNoun(act, headOf(object));
    }

    /** True when a word (lower case) is, as a lemma, one of a family's OBJECT_NOUN lines. */
    private static boolean objectNoun(String family, String word) {
        return familyPhrases("OBJECT_NOUN:" + family).stream().anyMatch(Lexicon.lemmaCandidates(word)::contains);
    }

    /** The last word of an object, in lower case. */
    private static String headOf(String object) {
        return object.substring(object.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    }

    /** The names of states and organisations by their codes, the code itself where none is known. */
    private List<String> names(List<String> codes) {
        return codes.stream().map(c -> Organisations.isOrganisationCode(c)
                ? ORGANISATIONS.find(c).map(Organisations.Entry::name).orElse(c)
                : gazetteer.country(c).map(Gazetteer.CountryEntry::name).orElse(c)).toList();
    }

    /** "South Africa, Israel" style names for codes. */
    public String summarise(List<String> actors, String act, String object, List<String> targets) {
        List<String> names = names(actors);
        StringBuilder s = new StringBuilder(names.isEmpty() ? "" : String.join(names.size() == 2 ? " and " : ", ", names));
        if (act != null) {
            String verb = Optional.ofNullable(objectOfItsOwnVerb(act, object) ? familyLine("OBJECT_VERB:" + act) : null)
                    .or(() -> Optional.ofNullable(familyLine("FAMILY:" + act))).orElse(act);
            String[] words = verb.split(" ", 2);
            String last = object == null ? "" : headOf(object);
            if (words.length == 1 && (last.equals(words[0]) || last.equals(words[0] + "s"))) {
                words = new String[] {"carry", "out"}; // "tests nuclear test": the act's noun already names it
            } else if (words.length == 2 && (last.equals(words[1]) || last.equals(words[1] + "s"))) {
                words = new String[] {words[0]}; // "stages coup coup": the object already names what is staged
            }
            String head = names.size() == 1 ? thirdPerson(words[0]) : words[0];
            s.append(s.isEmpty() ? "" : " ").append(head).append(words.length > 1 ? " " + words[1] : "");
        } else if (!names.isEmpty() && namesAnAgreement(object)) {
            // "Chile and Peru conclude border agreement", not "Chile and Peru border agreement": the parties conclude it
            String verb = familyLine("FAMILY:conclude");
            s.append(' ').append(names.size() == 1 ? thirdPerson(verb) : verb);
        }
        String unnamed = object == null || act == null || namesItsMeasure(act, object) ? null : familyLine("UNNAMED:" + act);
        int verbEnd = s.length();
        if (object != null) {
            // "imposes measures on electric vehicles from China": an object that is the goods a measure hits, not the measure
            s.append(s.isEmpty() ? "" : " ").append(unnamed != null ? unnamed + " " : "").append(object);
        }
        List<String> named = object == null ? List.of() : countries.recognize(object, gazetteer.scan(object)).stream().map(CountryMention::code).toList();
        // "hits Philippine boat", not "... against Philippines"; "leaves World Health Organization", not "... against World Health Organization"
        targets = targets.stream().filter(t -> !named.contains(t) && (object == null || !object.equals(names(List.of(t)).get(0)))).toList();
        String before = familyLine("OBJECT_PREPOSITION:" + act);
        if (before != null && object != null && act != null && !targets.isEmpty()) {
            // "removes Peru from trusted list": the targets right after the verb, the object after its preposition
            return s.substring(0, verbEnd) + " " + String.join(", ", names(targets)) + " " + before + " " + object;
        }
        if (!targets.isEmpty()) {
            String unnamedTarget = unnamed == null ? null : familyLine("UNNAMED_TARGET:" + act);
            List<String> prepositions = unnamedTarget != null ? List.of(unnamedTarget)
                    : targetPrepositions(act).stream().filter(p -> !p.equals(OBJECT_TARGET)).toList();
            if (prepositions.isEmpty() && targets.size() == 1 && object != null && unnamed == null && targetPrepositions(act).contains(OBJECT_TARGET)) {
                // "suspends Gabon's membership": the target of a family whose target is named in its object owns that object
                return s.substring(0, verbEnd) + " " + names(targets).get(0) + "'s " + object;
            }
            // "suspends Gabon": a family whose target is its object, with no other object, names it right after the verb
            String preposition = prepositions.isEmpty() && object == null && targetPrepositions(act).contains(OBJECT_TARGET) ? null
                    : prepositions.isEmpty() ? "against" : prepositions.get(0);
            s.append(' ').append(preposition == null ? "" : preposition + " ").append(String.join(", ", names(targets)));
        }
        return s.isEmpty() ? null : s.toString();
    }

    /** What headlines and leads say, weighed: who acts, what, on what and whom, who reacts and to whom. */
    private static final class Tallies {
        final Map<String, Double> actor = new LinkedHashMap<>();
        /** The documents (headline and lead) each actor is seen acting in, by number. */
        final Map<String, Set<Integer>> actorDocs = new HashMap<>();
        int doc;
        final Map<String, Double> target = new LinkedHashMap<>();
        final Map<String, Double> act = new LinkedHashMap<>();
        /** Per act family ("" for event nouns), the states its acts are done to. */
        final Map<String, Map<String, Double>> targetBy = new HashMap<>();

        void target(String family, String code, double weight) {
            target.merge(code, weight, Double::sum);
            targetBy.computeIfAbsent(family, k -> new HashMap<>()).merge(code, weight, Double::sum);
        }

        /** How often the event's act, or an event noun, is done to a state. */
        double targetOf(String family, String code) {
            return targetBy.getOrDefault(family, Map.of()).getOrDefault(code, 0.0) + targetBy.getOrDefault("", Map.of()).getOrDefault(code, 0.0);
        }

        /** Per act family, the share of its tally each performing state brought. */
        final Map<String, Map<String, Double>> actBy = new HashMap<>();
        final Map<String, Double> object = new LinkedHashMap<>();
        /** Event nouns inside a listed act ("files complaints"), with the states that do the act. */
        final List<ObjectBy> objectBy = new ArrayList<>();
        /** Per act family, what its acts are done to. */
        final Map<String, Map<String, Double>> actObject = new HashMap<>();
        /** Per state, the act families it performs and the event nouns it is a party to (kinds "OBJECT:..."). */
        final Map<String, Set<String>> performs = new HashMap<>();
        /** The last word of an act's own phrase when nothing else is named as its object ("closes border"). */
        final Map<String, Double> actNoun = new LinkedHashMap<>();
        final Map<String, Double> reaction = new HashMap<>();
        /** States named as what something is done or felt over ("recalls envoy over Peru's move", "concern after Peru annexed"). */
        final Map<String, Double> cause = new LinkedHashMap<>();
        /** In how many headlines or leads each state is named as a cause. */
        final Map<String, Integer> causeTexts = new HashMap<>();
        /** The act nouns causes name ("islet move"). */
        final Map<String, Integer> causeNoun = new HashMap<>();
    }

    /** An event noun named inside an act that {@code doers} do. */
    private record ObjectBy(String phrase, List<String> doers, double weight) {
    }

    private void read(String text, double weight, Tallies tallies, boolean afterActsAnswer, boolean overStateAnswers) {
        List<CountryMention> mentions = mentions(text);
        List<Tokens.Token> tokens = Words.of(text).all(); // lemmas: "withdrew" is an act of withdrawing
        Set<String> actorsHere = new LinkedHashSet<>();
        List<Lexicon.Match> found = acts.find(tokens, text);
        List<Lexicon.Match> replies = new ArrayList<>(); // acts that answer another
        Map<Lexicon.Match, List<String>> done = new HashMap<>(); // acts done, with who does them
        // where an act of concluding ends on an agreement's noun ("signs mine deal"): a state "with" it is the other party
        Set<Integer> concluded = found.stream().filter(x -> x.entry().kind().equals("ACT:conclude")).map(Lexicon.Match::end).collect(Collectors.toSet());
        for (Lexicon.Match m : found) {
            String kind = m.entry().kind();
            if (kind.startsWith("ACT:")) {
                // "suspends Gabon's membership": a body suspends a member; the member leaves nothing
                String family = kind.equals("ACT:withdraw") && possessedInside(text, mentions, m) ? "suspend" : kind.substring(4);
                if (insideOtherAct(found, m)) {
                    continue; // "revokes its ratification", "blocks Sweden's accession": the longer act is what is done
                }
                if (endsInInitials(m.entry()) && mentions.stream().anyMatch(x -> x.start() < m.end() && x.end() >= m.end())) {
                    continue; // "leaves USA after a visit": initials that name a state are a place left, not a body
                }
                if (m.entry().rest().isEmpty() && "NOUN".equals(tokens.get(Tokens.firstFrom(tokens, m.start())).tag())
                        && passiveActAfter(text, found, m)) {
                    continue; // "Gabon's membership suspended by the bloc": the noun is what the other act is done to
                }
                if (m.entry().rest().isEmpty() && namesPeople(tokens, m)) {
                    continue; // "Peru's coup leaders gave the envoy 48 hours": the noun says who they are, not what is done
                }
                if (m.entry().lemma().equals("join") && joinsInDoing(text, mentions, m.end())) {
                    continue; // "Peru joins Chile in restricting imports": joining others in a deed, not joining a body
                }
                CountryMention joined = kind.equals("ACT:accede") ? joinedBody(text, mentions, m.start()) : null;
                List<CountryMention> before = performers(text, tokens, joined == null ? mentions
                        : mentions.stream().filter(x -> x != joined).toList(), m.start(), x -> gazetteer.person(x.surface()).isPresent());
                // "soldiers seize power in Chad": the state where the act is done, when none stands before it
                List<CountryMention> performers = !before.isEmpty() ? before
                        : agentOf(text, tokens, mentions, m).map(List::of).orElseGet(() -> placeOf(family, text, mentions, m.end()));
                if (StanceClassifier.RETALIATION.matcher(text.substring(Math.max(0, m.start() - 30), m.end())).find()
                        || inResponse(text, mentions, performers, m.end()) || afterActsAnswer && afterOtherAct(text, found, m)
                        || protestOver(family, text, tokens, mentions, found, performers, m.end(), overStateAnswers)) {
                    performers.forEach(p -> tallies.reaction.merge(p.code(), weight, Double::sum)); // "Peru announces retaliatory tariffs"
                    replies.add(m);
                    continue;
                }
                if (!performers.isEmpty() && !kind.equals("ACT:conclude")) {
                    tallies.act.merge(family, weight, Double::sum);
                    performers.forEach(p -> tallies.actBy.computeIfAbsent(family, k -> new HashMap<>()).merge(p.code(), weight / performers.size(), Double::sum));
                    String object = joined != null ? joined.surface() : objectOfAct(text, tokens, mentions, m);
                    if (object != null && familyPhrases("NOUN:" + family).contains(object.toLowerCase(Locale.ROOT))) {
                        object = null; // "election result": a noun that refers back to the act itself is no object of it
                    }
                    Tokens.Token head = tokens.get(Tokens.firstFrom(tokens, m.start()));
                    if (object == null && m.entry().rest().isEmpty() && "NOUN".equals(head.tag())) {
                        tallies.actNoun.merge(objectPhrase(tokens, text, m), weight, Double::sum); // "Sunday's presidential election"
                    }
                    if (object == null && targetPrepositions(family).contains(OBJECT_TARGET)) {
                        // "suspends Gabon": the state right after the act is what it is done to
                        mentions.stream().filter(x -> x.start() >= m.end() && text.substring(m.end(), x.start()).matches("\\s*(?:the\\s+)?"))
                                .findFirst().ifPresent(x -> tallies.target(family, x.code(), weight));
                    }
                    if (object == null && m.entry().rest().size() > 1 && m.entry().rest().get(0).contains("*")
                            && !targetPrepositions(family).isEmpty()) { // an act done to something ("closes border"), not "seizes power"
                        // "closes border"; "bans imports of Chilean fish", where Chile is what the act is done to
                        int nounStart = text.lastIndexOf(' ', m.end() - 1) + 1;
                        String noun = withOfPhrase(text, tokens, nounStart, m.end());
                        tallies.actNoun.merge(noun, weight, Double::sum);
                        int nounEnd = nounStart + noun.length();
                        mentions.stream().filter(x -> x.start() >= m.end() && x.end() <= nounEnd && !performers.contains(x))
                                .forEach(x -> tallies.target(family, x.code(), weight));
                    }
                    if (object != null) {
                        tallies.actObject.computeIfAbsent(family, k -> new LinkedHashMap<>()).merge(object, weight, Double::sum);
                        int objectEnd = text.indexOf(object, m.start()) + object.length();
                        if (targetPrepositions(family).contains(OBJECT_TARGET) && objectEnd >= object.length()) {
                            // "expels French ambassador", "annexes four Ukrainian regions": the state named up to the object's head
                            mentions.stream().filter(x -> x.start() > m.start() && x.end() <= objectEnd && !performers.contains(x))
                                    .forEach(x -> tallies.target(family, x.code(), weight));
                        }
                    }
                }
                List<CountryMention> doers = new ArrayList<>(performers);
                if (!performers.isEmpty() && m.entry().lemma().equals("join")) { // "Canada joins US boycott": the US boycotts too
                    mentions.stream().filter(x -> x.start() > m.start() && x.end() < m.end()).forEach(doers::add);
                }
                if (!performers.isEmpty() && familyPhrases("PARTNER:" + family).contains("with")) {
                    partnerAfter(text, mentions, m.end()).filter(x -> !doers.contains(x)).ifPresent(doers::add); // "restores ties with Bolivia"
                }
                done.put(m, doers.stream().map(CountryMention::code).toList());
                doers.forEach(p -> actorsHere.add(p.code()));
                if (!family.equals("conclude") || !agreedAct(text, found, m)) { // "agreed to normalize relations": they normalise them
                    doers.forEach(p -> tallies.performs.computeIfAbsent(p.code(), k -> new HashSet<>()).add(family));
                }
                against(text, mentions, m.end(), targetPrepositions(family)).forEach(c -> tallies.target(family, c, weight));
            } else if (kind.startsWith("OBJECT:") && nounForm(m.text(text), m.entry().phrase())) {
                List<CountryMention> inside = new ArrayList<>(participants(text, mentions, m.start(), m.end(), kind));
                if (concluded.contains(m.end()) && kind.equals("OBJECT:agreement")) {
                    partnerAfter(text, mentions, m.end()).ifPresent(inside::add); // "Chile signs mine deal with Bolivia"
                }
                inside.forEach(p -> actorsHere.add(p.code()));
                inside.forEach(p -> tallies.performs.computeIfAbsent(p.code(), k -> new HashSet<>()).add(kind));
                if (replies.stream().anyMatch(r -> r.start() <= m.start() && m.end() <= r.end())) {
                    continue; // "files complaints against Peru over its ban": the noun of an act that answers another names no event
                }
                String phrase = objectPhrase(tokens, text, m);
                tallies.object.merge(phrase, weight * (inside.isEmpty() ? 0.5 : 1), Double::sum);
                done.entrySet().stream().filter(d -> d.getKey().start() <= m.start() && m.end() <= d.getKey().end() && !d.getValue().isEmpty())
                        .findFirst().ifPresent(d -> tallies.objectBy.add(new ObjectBy(phrase, d.getValue(), weight * (inside.isEmpty() ? 0.5 : 1))));
                against(text, mentions, m.end(), List.of()).forEach(c -> tallies.target("", c, weight));
            }
        }
        Set<Integer> owned = found.stream().noneMatch(x -> x.entry().kind().startsWith("ACT:"))
                ? ownedActs(text, tokens, mentions, weight, tallies, actorsHere) : Set.of();
        actorsHere.forEach(c -> tallies.actor.merge(c, weight, Double::sum));
        actorsHere.forEach(c -> tallies.actorDocs.computeIfAbsent(c, k -> new HashSet<>()).add(tallies.doc));
        Set<String> reacting = new LinkedHashSet<>();
        Set<Integer> actStarts = found.stream().filter(x -> x.entry().kind().startsWith("ACT:")).map(Lexicon.Match::start).collect(Collectors.toSet());
        actStarts.addAll(owned); // "Israel's agency ban": the state's own act, no reaction
        for (CountryMention m : mentions) {
            if (reactsAfter(text, tokens, m, actStarts)) {
                reacting.add(m.code());
            }
        }
        reacting.forEach(c -> tallies.reaction.merge(c, weight, Double::sum));
        for (String c : causes(text, tokens, mentions, tallies.causeNoun)) {
            tallies.cause.merge(c, weight, Double::sum);
            tallies.causeTexts.merge(c, 1, Integer::sum);
        }
    }

    /** True when an act of another family, begun before it, spans the match: "ratification" in "revokes its ratification". */
    private static boolean insideOtherAct(List<Lexicon.Match> found, Lexicon.Match m) {
        return found.stream().anyMatch(x -> x.start() < m.start() && m.end() <= x.end() && x.entry().kind().startsWith("ACT:")
                && !x.entry().kind().equals(m.entry().kind()));
    }

    /** True when another listed act follows the noun as its participle, with or without its auxiliary: "membership suspended". */
    private static boolean passiveActAfter(String text, List<Lexicon.Match> found, Lexicon.Match noun) {
        return found.stream().anyMatch(x -> x != noun && x.entry().kind().startsWith("ACT:") && x.start() >= noun.end()
                && PASSIVE_GAP.matcher(text.substring(noun.end(), x.start())).matches() && text.startsWith("ed", x.end() - 2));
    }

    /** What stands between a noun and the participle of an act done to it: nothing, or the passive's auxiliary. */
    private static final Pattern PASSIVE_GAP = Pattern.compile("\\s+(?:(?:is|are|was|were|has been|have been|had been|been)\\s+)?");

    /** True when a state's possessive stands inside the act's phrase: "suspends Gabon's membership". */
    private static boolean possessedInside(String text, List<CountryMention> mentions, Lexicon.Match m) {
        return mentions.stream().anyMatch(x -> x.start() > m.start() && x.end() < m.end() && Spans.possessive(text, x.end()));
    }

    /** True when another listed act starts right after this one: what was agreed ("agreed to normalize relations"). */
    private static boolean agreedAct(String text, List<Lexicon.Match> found, Lexicon.Match m) {
        return found.stream().anyMatch(x -> x.start() >= m.end() && x.entry().kind().startsWith("ACT:")
                && !x.entry().kind().equals(m.entry().kind()) && text.substring(m.end(), x.start()).isBlank());
    }

    /** True when "join" is followed by whom it joins and "in" a deed ("joins Chile in restricting", "joined in condemning"). */
    private static boolean joinsInDoing(String text, List<CountryMention> mentions, int joinEnd) {
        int at = joinEnd;
        for (CountryMention x : mentions) {
            if (x.start() >= at && (at > joinEnd && COMPOUND_LINK.matcher(text.substring(at, x.start())).matches()
                    || text.substring(at, x.start()).matches("\\s+(?:the\\s+)?"))) {
                at = x.end();
            }
        }
        return JOINED_DEED.matcher(text.substring(at)).lookingAt();
    }

    private static final Pattern JOINED_DEED = Pattern.compile("(?i)\\s+(?:others\\s+)?in\\s+[\\p{L}-]+ing\\b");

    /** What names any act a reply to something else: "in response to", "in retaliation for", "in protest at", "in a backlash against". */
    private static final String REPLY_MARKERS = "in protest (?:at|against|over)|in response to|in retaliation for"
            + "|in (?:an? )?(?:[\\p{L}-]+ )?backlash (?:against|over|to)"; // "sanctions in major backlash against Russia"
    /** What a protest is done over: "over", "in protest at|against|over", "in response to", "in retaliation for". */
    private static final String PROTEST_MARKERS = "over|" + REPLY_MARKERS;
    /** What something is done or felt over, after or in response to. */
    private static final Pattern CAUSE_MARKER = Pattern.compile("(?i)\\b(?:" + PROTEST_MARKERS + "|after|following)\\s+(?:the\\s+)?");

    /**
     * States a text names as having done what something is done over: one named right after a cause marker that is the
     * subject of a verb ("after Lima revoked the islets' status") or owns an act noun ("over Peru's islet move", "in protest at
     * Lima's decision"); the act nouns are counted too.
     */
    private static Set<String> causes(String text, List<Tokens.Token> tokens, List<CountryMention> mentions, Map<String, Integer> nouns) {
        Set<String> out = new LinkedHashSet<>();
        // after a cause marker ("over", "after", "in protest at"), or as the object of a reaction ("slams Peru's ban", "opposes the
        // Peruvian decision"), where only a state's act noun makes it a cause
        Map<Integer, Boolean> markers = new LinkedHashMap<>();
        for (Matcher marker = CAUSE_MARKER.matcher(text); marker.find(); ) {
            markers.put(marker.end(), true);
        }
        for (Tokens.Token t : tokens) {
            if ("VERB".equals(t.tag()) && CUES.startingWith(t.base()).stream().anyMatch(e -> e.rest().isEmpty() && e.polarity() != Position.NEUTRAL)) {
                Matcher the = REACTION_OBJECT.matcher(text).region(t.end(), text.length());
                markers.putIfAbsent(the.lookingAt() ? the.end() : t.end(), false);
            }
        }
        for (Map.Entry<Integer, Boolean> marker : markers.entrySet()) {
            int at = marker.getKey();
            CountryMention x = mentions.stream().filter(m -> m.start() >= at).findFirst().orElse(null);
            if (x == null || !text.substring(at, x.start()).matches(marker.getValue() ? "(?:[\\p{L}-]+\\s+){0,2}" : "")) {
                continue; // the first state after the marker, within two words (right after a reaction)
            }
            // "over Peru's islet move", and "over US tariff hikes": the state's name before the act noun as its modifier
            Matcher noun = PROTESTED_NOUN.matcher(Spans.possessive(text, x.end()) ? text.substring(x.end() + 2).stripLeading()
                    : text.startsWith(" ", x.end()) ? text.substring(x.end() + 1) : "");
            boolean owns = noun.lookingAt();
            Tokens.Token next = tokens.stream().filter(t -> t.start() >= x.end()).findFirst().orElse(null);
            boolean acts = marker.getValue() && next != null && "VERB".equals(next.tag()) && text.substring(x.end(), next.start()).isBlank();
            if (owns) {
                nouns.merge(noun.group().strip().toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
            if (owns || acts) {
                out.add(x.code());
            }
        }
        return out;
    }

    /** True when the verb a state governs right after its mention is a reaction ("Brazil urges", "Peru's president alarmed"). */
    private boolean reactsAfter(String text, List<Tokens.Token> tokens, CountryMention m, Set<Integer> actStarts) {
        return firstAfter(text, tokens, m, 5,
                t -> !actStarts.contains(t.start()) // "Peru bans Chilean apps": the start of a listed act is no reaction
                        && Stream.of(t.base(), t.lower()).anyMatch(w -> CUES.startingWith(w).stream().anyMatch(e -> e.rest().isEmpty() && e.polarity() != Position.NEUTRAL)),
                t -> "AUX".equals(t.tag()) || "ADV".equals(t.tag()) || "PART".equals(t.tag()) || t.capitalised() || t.base().equals("s")) >= 0;
    }

    /** For a family whose act is done where it happens (families.tsv PLACE lines), the state named right after that word. */
    private static List<CountryMention> placeOf(String family, String text, List<CountryMention> mentions, int actEnd) {
        String after = text.substring(actEnd, Math.min(text.length(), actEnd + 20));
        for (Pattern place : PLACES.getOrDefault(family, List.of())) {
            Matcher at = place.matcher(after);
            if (at.lookingAt()) {
                return mentions.stream().filter(x -> x.start() == actEnd + at.end()).limit(1).toList();
            }
        }
        return List.of();
    }

    /** Per family, the words of its PLACE lines right after the act ("in", "in the"), compiled once. */
    private static final Map<String, List<Pattern>> PLACES = CorpusEvent.FAMILIES.entries().stream().filter(e -> e.kind().startsWith("PLACE:"))
            .collect(Collectors.groupingBy(e -> e.kind().substring("PLACE:".length()),
                    Collectors.mapping(e -> Pattern.compile("^\\s+" + Pattern.quote(e.phrase()) + "\\s+(?:the\\s+)?"), Collectors.toList())));

    /**
     * An act done after, following or as an act of another family answers it: "suspends aid to Niger after coup", "bans fish
     * after the plant begins its wastewater release"; so does one whose sentence opens on such a clause ("After Chile's decision
     * to drain the lake, Bolivia banned ...").
     */
    private static boolean afterOtherAct(String text, List<Lexicon.Match> found, Lexicon.Match act) {
        Matcher m = CAUSE_CLAUSE.matcher(text.substring(act.end()));
        if (m.lookingAt()) {
            int at = act.end() + m.end();
            return otherActWithin(text, found, act, at, CLAUSE_GAP);
        }
        Matcher fronted = FRONTED_CAUSE.matcher(text);
        int comma = text.indexOf(',');
        return fronted.lookingAt() && comma > 0 && comma < act.start() && otherActWithin(text, found, act, fronted.end(), FRONTED_GAP)
                && found.stream().noneMatch(x -> x.start() > comma && x.start() < act.start() && x.entry().kind().startsWith("ACT:"));
    }

    /** Up to five words, or six, before the other act in a clause of cause after the act, or opening the sentence. */
    private static final Pattern CLAUSE_GAP = Pattern.compile("(?:[\\p{L}'’-]+\\s+){0,5}");
    private static final Pattern FRONTED_GAP = Pattern.compile("(?:[\\p{L}'’-]+\\s+){0,6}");

    /** True when an act of another family starts after {@code at}, past words {@code gap} accepts, in the same clause. */
    private static boolean otherActWithin(String text, List<Lexicon.Match> found, Lexicon.Match act, int at, Pattern gap) {
        return found.stream().anyMatch(x -> x.start() >= at && x.start() <= at + 60 && x.entry().kind().startsWith("ACT:")
                && !x.entry().kind().equals(act.entry().kind()) && gap.matcher(text.substring(at, x.start())).matches());
    }

    /** A sentence that opens on a clause of cause: "After", "As", "Following", "In response to". */
    private static final Pattern FRONTED_CAUSE = Pattern.compile("(?i)^(?:as|after|following|in response to)\\s+(?:the\\s+)?");

    /** "Chile recalls envoy as Peru switches ties": an act done as or after another state acts answers it. */
    private static boolean inResponse(String text, List<CountryMention> mentions, List<CountryMention> performers, int actEnd) {
        Matcher m = CAUSE_CLAUSE.matcher(text.substring(actEnd));
        if (!m.lookingAt()) {
            return false;
        }
        int at = actEnd + m.end();
        // a state that acts, not a modifier ("amid Peruvian concerns", "after Peru's vote")
        return mentions.stream().anyMatch(x -> x.start() == at && !performers.contains(x) && x.role() != Gazetteer.Role.DEMONYM
                && !Spans.possessive(text, x.end()));
    }

    /** Families whose act, done over something, protests against it (families.tsv RESPONSE). */
    private static final Set<String> RESPONSE_FAMILIES = CorpusEvent.FAMILIES.entries().stream()
            .filter(e -> e.kind().startsWith("RESPONSE:")).map(e -> e.kind().substring(9)).collect(Collectors.toUnmodifiableSet());
    /** Words that name an act a reply to something else, for any act: "in response to", "in retaliation for", "in protest at". */
    private static final Pattern REPLY_MARKER = Pattern.compile("(?i)\\b(?:" + REPLY_MARKERS + ")\\s+\\S");
    /** A sentence that opens on a reply marker, past a word of time ("Now, in response to the deal, ..."). */
    private static final Pattern FRONTED_REPLY = Pattern.compile("(?i)^(?:now,?\\s+|then,?\\s+)?(?:" + REPLY_MARKERS + ")\\s+\\S");
    /** A protest marker with something after it. */
    private static final Pattern PROTEST_CAUSE = Pattern.compile("(?i)\\b(?:" + PROTEST_MARKERS + ")\\s+\\S");

    /**
     * "Chile recalls envoy over Peru's annexation", "Bolivia expels envoy in protest against Lima's claim": an act of protest
     * done over what another state did answers it; that act, not the protest, is the event. A protest over a matter that
     * names neither a state nor an act ("over the fishing row") is the event itself; one over a state alone ("over Bolivia")
     * answers it only when {@code overStateAnswers}.
     */
    private static boolean protestOver(String family, String text, List<Tokens.Token> tokens, List<CountryMention> mentions,
                                       List<Lexicon.Match> found, List<CountryMention> performers, int actEnd, boolean overStateAnswers) {
        Matcher cause = PROTEST_CAUSE.matcher(text);
        boolean over = cause.find(actEnd);
        int from = over ? cause.end() - 1 : -1;
        if (over && found.stream().anyMatch(x -> x.entry().kind().startsWith("ACT:") && !x.entry().kind().equals("ACT:" + family)
                && x.start() >= from && text.substring(from, x.start()).matches("(?:[\\p{L}'’-]+\\s+){0,3}")
                && "NOUN".equals(tokens.get(Tokens.firstFrom(tokens, x.start())).tag()))) {
            return true; // "sanctions over the tanker seizure": another listed act, named by its noun, is what is answered
        }
        int comma = text.indexOf(',');
        if (FRONTED_REPLY.matcher(text).lookingAt() && comma > 0 && comma < actEnd) {
            return true; // "In response to the deal, Bolivia has recalled its ambassador": a reply, whatever the act
        }
        if (!RESPONSE_FAMILIES.contains(family)) {
            return REPLY_MARKER.matcher(text).find(actEnd); // "suspends imports in response to the discharge": a reply, whatever the act
        }
        if (!over) {
            return false;
        }
        if (PROTESTED_NOUN.matcher(text.substring(from)).lookingAt()) {
            return true; // "over Kashmir move", "over the Article 370 repeal": the act is named, its state left out
        }
        if (found.stream().anyMatch(x -> x.entry().kind().startsWith("OBJECT:") && x.start() >= from
                && text.substring(from, x.start()).matches("(?:[\\p{L}'’-]+\\s+){0,3}"))) {
            return true; // "recalls envoy over port deal": an event noun names what others did, which the protest answers
        }
        return overStateAnswers && mentions.stream().anyMatch(x -> x.start() >= from && x.start() <= from + 40 && !performers.contains(x)
                && text.substring(from, x.start()).matches("(?:[\\p{L}'’-]+\\s+){0,3}"));
    }

    /** Up to four words ending in a noun that names an act (families.tsv PROTESTED): "the Kashmir move", "Article 370 repeal". */
    private static final Pattern PROTESTED_NOUN = Pattern.compile("(?i)(?:[\\p{L}\\p{N}'’.-]+\\s+){0,3}(?:" + CorpusEvent.FAMILIES.entries().stream()
            .filter(e -> e.kind().startsWith("PROTESTED:")).map(e -> Pattern.quote(e.phrase())).collect(Collectors.joining("|")) + ")\\b");

    /** The article opening a reaction's object. */
    private static final Pattern REACTION_OBJECT = Pattern.compile("\\s+(?:the|a|an)\\s+|\\s+");

    /**
     * A clause of cause after an act, past a comma too: "as", "after" or "following", then the state that acts; "as part of"
     * names what the act is taken as ("recognises the region as part of Morocco"), no cause.
     */
    private static final Pattern CAUSE_CLAUSE = Pattern.compile("^(?:\\s+[\\p{L}'’-]+){0,8}?(?<!\\b(?i:such|well|same|known)),?\\s+(?i:as(?!\\s+(?:a\\s+)?part\\b)|after|following)\\s+(?:the\\s+)?");

    /** "Sweden's NATO membership", "EU accession": the organisation right before a noun of joining is what is joined, not who joins. */
    private static CountryMention joinedBody(String text, List<CountryMention> mentions, int actStart) {
        return mentions.stream().filter(m -> Organisations.isOrganisationCode(m.code()) && m.end() <= actStart
                && text.substring(m.end(), actStart).isBlank()).findFirst().orElse(null);
    }

    /** The text from {@code from} to {@code to} without its lower-case adjectives: "Chilean presidential election" has no gap. */
    private static String withoutAdjectives(String text, List<Tokens.Token> tokens, int from, int to) {
        StringBuilder out = new StringBuilder();
        int at = from;
        for (Tokens.Token t : tokens) {
            if (t.start() >= from && t.end() <= to && "ADJ".equals(t.tag()) && Character.isLowerCase(t.text().charAt(0))) {
                out.append(text, at, t.start());
                at = t.end();
                while (at < to && Character.isWhitespace(text.charAt(at))) {
                    at++;
                }
            }
        }
        return out.append(text, at, to).toString();
    }

    /** "reacts to Israel banning the agency": a state right before the act's gerund is the gerund's subject, after a preposition too. */
    private static boolean gerundRightAfter(String text, List<Tokens.Token> tokens, CountryMention m, int actStart) {
        Tokens.Token act = actRightAfter(text, tokens, m, actStart);
        return act != null && act.lower().endsWith("ing");
    }

    /** The act's first word when only spaces stand between the state and it, else null. */
    private static Tokens.Token actRightAfter(String text, List<Tokens.Token> tokens, CountryMention m, int actStart) {
        return actStart >= m.end() && text.substring(m.end(), actStart).isBlank() ? tokens.get(Tokens.firstFrom(tokens, actStart)) : null;
    }

    /**
     * "Reactions to US recognition": a state's initials right before an act's noun own it, whatever governs the two; a name there
     * may be what the act is done to ("on Kosovo recognition").
     */
    private static boolean nounRightAfter(String text, List<Tokens.Token> tokens, CountryMention m, int actStart) {
        Tokens.Token act = actRightAfter(text, tokens, m, actStart);
        return act != null && INITIALS.matcher(m.surface()).matches() && "NOUN".equals(act.tag());
    }

    private static final Pattern INITIALS = Pattern.compile("\\p{Lu}(?:\\.?\\p{Lu}){1,3}\\.?");

    /** A name set off by commas after what it names: "the president of Peru, Ana Ruiz, signed". */
    private static boolean appositive(String text, CountryMention m) {
        return APPOSITION_OPENS.matcher(text.substring(0, m.start())).find() && text.startsWith(",", m.end());
    }

    /** A comma and up to three capitalised words (first names) before a name. */
    private static final Pattern APPOSITION_OPENS = Pattern.compile(",\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}$");

    /** Between a possessive and the act it owns: "'s ", "'s NATO ", "’s Pacific Alliance " ("agreed to Peru's accession"). */
    private static final Pattern OWNER_GAP = Pattern.compile("['’]s?\\s+(?:\\p{Lu}[\\p{L}-]*\\s+){0,3}");

    /** The state right before an act, with the states coordinated with it ("Iran and Saudi Arabia agreed"). */
    private static List<CountryMention> performers(String text, List<Tokens.Token> tokens, List<CountryMention> mentions, int actStart,
                                                   Predicate<CountryMention> person) {
        CountryMention last = null;
        // "criticises Chile and Peru for banning imports": whom a verb judges for doing something did it
        boolean judgedFor = FOR_GERUND.matcher(text).region(0, actStart).find() && gerundAt(tokens, actStart);
        for (CountryMention m : mentions) {
            if (judgedFor && m.end() <= actStart && FOR_GERUND.matcher(text).region(m.end(), actStart).matches()) {
                last = m;
                break;
            }
            if (objectOfVerb(tokens, m) && !Spans.possessive(text, m.end()) && !(m.end() <= actStart && text.substring(m.end(), actStart).isBlank())) {
                // "Mali Sends ECOWAS Formal Notice Of Withdrawal": ECOWAS receives it; "blocks Ukraine's accession", "to reverse Niger
                // coup": the state owns the act named right after it
                continue;
            }
            Matcher aside = RELATIVE_ASIDE.matcher(text).region(m.end(), text.length());
            int from = m.end() < actStart && aside.lookingAt() && aside.end() <= actStart ? aside.end() // ", which includes Russia,"
                    : appositive(text, m) && m.end() < actStart ? m.end() + 1 : m.end(); // "the president of Peru, Ana Ruiz, signed"
            if (m.end() <= actStart && GAP_TO_ACT.matcher(withoutAdjectives(text, tokens, from, actStart)).matches()
                    && !NOT_DONE.matcher(text.substring(from, actStart)).find() && !reactionBetween(tokens, from, actStart)
                    && (person.test(m) || personInGap(text.substring(from, actStart)))
                    && mentions.stream().noneMatch(o -> o.start() >= from && o.end() <= actStart
                        && (!objectOfVerb(tokens, o) || OWNER_GAP.matcher(text.substring(o.end(), actStart)).matches()))
                    && (!governed(text, m) || Spans.possessive(text, m.end())
                        || m.surface().endsWith("s") && (text.startsWith("'", m.end()) || text.startsWith("’", m.end()))
                        || gerundRightAfter(text, tokens, m, actStart) || nounRightAfter(text, tokens, m, actStart))) {
                // "OPEC sides with Russia to cut": not Russia; but "over Trump's decision to quit": Trump
                last = m;
                break; // the state whose gap to the act is clear and holds no other state ("Chile Says Peru Holds Drills")
            }
        }
        if (last == null) {
            return List.of();
        }
        List<CountryMention> out = new ArrayList<>();
        out.add(last);
        for (int k = mentions.indexOf(last) - 1; k >= 0; k--) {
            CountryMention m = mentions.get(k);
            if (!COMPOUND_LINK.matcher(text.substring(m.end(), out.get(0).start())).matches()
                    || governed(text, m) && !Spans.possessive(text, m.end())) {
                break; // "halts gas from Russia and UK imposes sanctions": what a preposition governs joins no performer
            }
            if (objectOfVerb(tokens, m) && !Spans.possessive(text, m.end()) && !judgedFor) {
                return List.of(); // "urges Ethiopia, Egypt to resume talks": the states coordinated with a verb's object are its object
            }
            out.add(0, m);
        }
        // "AU Urges Chile To Resume Talks": the urged do not act, however a headline's verb is tagged
        boolean urged = URGING_BEFORE.matcher(text.substring(0, out.get(0).start())).find()
                && URGED_TO.matcher(text.substring(last.end(), actStart)).find();
        return urged ? List.of() : out;
    }

    /**
     * False when a pronoun of a person stands in the gap after a state with no office before it: who acts then is a person, not the
     * state named ("Peru Trip After Learning He Cannot Buy"); "Peru's president said he would leave" is the president's.
     */
    private static boolean personInGap(String gap) {
        Matcher pronoun = PERSONAL_PRONOUN.matcher(gap);
        return !pronoun.find() || Tokens.of(gap, 0, pronoun.start()).stream().anyMatch(t -> SpeakerFinder.officeWord(t.lower()));
    }

    /** The states a verb judges, then "for" and what they did: "criticises Chile and Peru for banning". */
    private static final Pattern FOR_GERUND = Pattern.compile("\\s+for\\s+$");
    /** Who a decision or move is by, before what it is to do: "decisions by Chile and Peru to ban". */
    private static final Pattern DECIDED_BY = Pattern.compile("(?i)\\b(?:decisions?|moves?|plans?|bids?|attempts?|efforts?)\\s+by\\s+(?:the\\s+)?$");

    /** True when a preposition governs the mention, save "by" after a decision ("decisions by Chile and Peru to ban"). */
    private static boolean governed(String text, CountryMention m) {
        String before = text.substring(0, m.start());
        return GOVERNED.matcher(before).find() && !DECIDED_BY.matcher(before).find();
    }

    /** True when the token at {@code at} is a gerund: "banning". */
    private static boolean gerundAt(List<Tokens.Token> tokens, int at) {
        int k = Tokens.firstFrom(tokens, at);
        return k < tokens.size() && tokens.get(k).start() == at && tokens.get(k).lower().endsWith("ing");
    }

    /**
     * The state named as the agent of an act's noun, in its own noun phrase: "the seizure by Chilean forces of a tanker", "the
     * seizure of the tanker by Chile". A verb or a clause's comma ends the phrase.
     */
    private static Optional<CountryMention> agentOf(String text, List<Tokens.Token> tokens, List<CountryMention> mentions, Lexicon.Match m) {
        int first = Tokens.firstFrom(tokens, m.start());
        // a headline's noun may be tagged as a name or an adjective ("Withdrawal of ...", "The withdrawal of ...")
        if (first >= tokens.size() || !("NOUN".equals(tokens.get(first).tag()) || NOUN_LIKE_TAGS.contains(tokens.get(first).tag())
                && tokens.get(first).lower().equals(m.entry().lemma()) && NOMINAL_SUFFIX_WORD.matcher(m.entry().lemma()).find())) {
            return Optional.empty();
        }
        if (MEMBER_ACTS.contains(m.entry().kind())) { // "the withdrawal of Mali from the bloc": who leaves or joins follows "of"
            Matcher of = MEMBER_OF.matcher(text).region(m.end(), text.length());
            if (of.lookingAt()) {
                Optional<CountryMention> member = mentions.stream().filter(x -> x.start() == of.end()).findFirst();
                if (member.isPresent()) {
                    return member;
                }
            }
        }
        for (int k = Tokens.firstFrom(tokens, m.end()); k < tokens.size() && k < first + 12; k++) {
            Tokens.Token t = tokens.get(k);
            boolean compound = t.start() > 0 && text.charAt(t.start() - 1) == '-'; // "a Peruvian-flagged tanker"
            if (PREDICATE_TAGS.contains(t.tag()) && !compound || t.text().matches("[,;:()\u2014\u2013]")) {
                break;
            }
            if (t.lower().equals("by")) {
                return mentions.stream().filter(x -> x.start() >= t.end() && text.substring(t.end(), x.start()).matches("\\s+(?:the\\s+)?"))
                        .findFirst();
            }
        }
        return Optional.empty();
    }

    private static final Set<String> NOUN_LIKE_TAGS = Set.of("PROPN", "ADJ");
    /** Endings that make a word a noun whatever its tag: "withdrawal", "suspension", "accession", "entry", "seizure". */
    private static final Pattern NOMINAL_SUFFIX_WORD = Pattern.compile("(?:al|ion|ment|ure|ry|age|ance|ence)$");

    /** Acts of leaving or joining a body, whose noun names its member after "of". */
    private static final Set<String> MEMBER_ACTS = Set.of("ACT:withdraw", "ACT:accede");
    /** A member's part in a body or pact, which an act of leaving or joining names before the body: "participation in". */
    private static final Set<String> PARTAKING = Set.of("participation", "membership", "involvement", "role", "part");
    private static final Set<String> PART_PREPOSITIONS = Set.of("in", "of");

    /** True when a one-word act is a noun that modifies a noun of people right after it: "coup leaders", "the junta's coup plotters". */
    private static boolean namesPeople(List<Tokens.Token> tokens, Lexicon.Match m) {
        int k = Tokens.firstFrom(tokens, m.start());
        return k + 1 < tokens.size() && tokens.get(k).end() == m.end() && !"VERB".equals(tokens.get(k).tag())
                && PEOPLE_NOUNS.contains(tokens.get(k + 1).lower());
    }

    private static final Set<String> PEOPLE_NOUNS = Set.of("leader", "leaders", "plotter", "plotters", "maker", "makers", "chief",
            "chiefs", "officials", "supporters", "opponents", "backers", "instigators");
    private static final Pattern MEMBER_OF = Pattern.compile("\\s+of\\s+(?:the\\s+)?");

    /** True when the word right before a mention is a verb other than one of saying: the mention is its object. */
    private static boolean objectOfVerb(List<Tokens.Token> tokens, CountryMention m) {
        Tokens.Token before = null;
        for (Tokens.Token t : tokens) {
            if (t.end() > m.start()) {
                break;
            }
            before = t;
        }
        return before != null && "VERB".equals(before.tag()) && !SpeakerFinder.SPEECH_VERBS.contains(before.lower())
                && !BRIDGE_VERBS.contains(before.base());
    }

    /** A verb of urging right before the states it urges. */
    private static final Pattern URGING_BEFORE = Pattern.compile("(?i)\\b(?:" + StanceClassifier.URGING_WORDS + ")\\s+(?:the\\s+)?$");
    /** The infinitive's "to" between the urged states and their act. */
    private static final Pattern URGED_TO = Pattern.compile("(?i)\\bto\\b");

    /** A state's name used as a modifier right before a noun of force: "US airstrikes", "UK air strike", "Trump strikes on". */
    private static final Pattern ATTRIBUTIVE_GAP = Pattern.compile("^\\s+(?:(?:air|missile|drone|military|naval|rocket|cruise|artillery)\\s+)?$");

    /**
     * States inside the noun phrase of an event noun: a compound before it ("Saudi-Iran deal",
     * "Australia-United Kingdom-United States (AUKUS) accord"), a possessive ("South Africa's case")
     * or "between A, B and C" after it. A broker ("China-brokered") is not a party.
     */
    private static List<CountryMention> participants(String text, List<CountryMention> mentions, int nounStart, int nounEnd, String kind) {
        boolean relations = kind.equals("OBJECT:relations");
        // "an Israeli air strike", "Chinese drills": a demonym before a noun of force or coercion names the side that acts
        boolean oneSided = kind.equals("OBJECT:force") || kind.equals("OBJECT:measures");
        List<CountryMention> out = new ArrayList<>();
        int edge = nounStart;
        for (int k = mentions.size() - 1; k >= 0; k--) {
            CountryMention m = mentions.get(k);
            if (m.end() > edge) {
                continue;
            }
            String gap = text.substring(m.end(), edge);
            // "South Africa's genocide case", "Saudi-Iran deal", "Australia-UK-US (AUKUS) accord"; not "Japan welcomes the pact"
            boolean inCompound = m.start() > 0 && "-–/".indexOf(text.charAt(m.start() - 1)) >= 0
                    || gap.matches("^\\s*[-–/]\\s*$");
            boolean adjacent = !BROKER.matcher(gap).find() && (gap.matches("^['’]s(?:\\s+[\\p{L}-]+){0,2}\\s+$")
                    || inCompound && gap.matches("^(?:\\s*[-–/]\\s*|\\s*\\(\\w+\\)\\s*|\\s+[\\p{Ll}-]+)*\\s*$"));
            boolean linked = !out.isEmpty() && COMPOUND_LINK.matcher(gap).matches();
            if (oneSided && out.isEmpty() && (m.role() == Gazetteer.Role.DEMONYM && gap.matches("^\\s+(?:[\\p{Ll}-]+\\s+)?$")
                    || m.role() != Gazetteer.Role.DEMONYM && ATTRIBUTIVE_GAP.matcher(gap).matches()
                        && !GOVERNED.matcher(text.substring(0, m.start())).find())) {
                // "UK airstrikes on ...": the side that acts; not "retaliate for the Syria strike", "of Syria strike": a place
                out.add(m);
                break;
            }
            if (!adjacent && !linked) {
                break;
            }
            out.add(0, m);
            edge = m.start();
        }
        String after = text.substring(nounEnd, Math.min(text.length(), nounEnd + 120));
        if (after.matches("(?s)^\\s+between\\s.*") && !relations) {
            int cursor = nounEnd + after.indexOf("between") + "between".length();
            for (CountryMention m : mentions) {
                if (m.start() >= cursor && text.substring(cursor, m.start()).matches("^(?:\\s*,?\\s*(?:and|the)?\\s*)*$")) {
                    if (Spans.possessive(text, m.end())) {
                        break; // "between Chile and Peru's northern province": the province is the party
                    }
                    out.add(m);
                    cursor = m.end();
                }
            }
        }
        return out;
    }

    /** "with Bolivia" right after an agreement's noun: the state it is concluded with. */
    private static Optional<CountryMention> partnerAfter(String text, List<CountryMention> mentions, int nounEnd) {
        Matcher with = WITH_PARTNER.matcher(text.substring(nounEnd, Math.min(text.length(), nounEnd + 12)));
        if (!with.lookingAt()) {
            return Optional.empty();
        }
        int at = nounEnd + with.end();
        return mentions.stream().filter(x -> x.start() == at && x.role() != Gazetteer.Role.DEMONYM && !Organisations.isOrganisationCode(x.code()))
                .findFirst();
    }

    private static final Pattern WITH_PARTNER = Pattern.compile("^\\s+with\\s+(?:the\\s+)?");

    /**
     * "against Israel" within a few words after an act or event noun, "on Belarus" right after it, or the act family's own
     * preposition right after it (families.tsv TARGET: "breaks off relations with Israel").
     */
    /** What an act's noun is of, before the state it comes from: " of grain", " of fish and meat". */
    private static final Pattern OF_GOODS = Pattern.compile("\\s+of\\s+(?:[\\p{Ll}-]+\\s+){0,2}?[\\p{Ll}-]+(?=\\s+(?:from|to)\\s)");

    private static List<String> against(String text, List<CountryMention> mentions, int from, List<String> prepositions) {
        Matcher of = OF_GOODS.matcher(text).region(from, text.length());
        if (of.lookingAt()) {
            from = of.end(); // "bans the import of grain from Chile": past what the import is of
        }
        String after = text.substring(from, Math.min(text.length(), from + 60));
        int at = after.indexOf(" against ");
        int length = " against ".length();
        for (String preposition : prepositions) {
            if (after.startsWith(" " + preposition + " ")) { // "breaks off relations with Israel"
                at = 0;
                length = preposition.length() + 2;
            }
        }
        if (after.startsWith(" on ")) { // "sanctions on Belarus", "strikes on Syria"
            at = 0;
            length = " on ".length();
        }
        if (at < 0 || after.substring(0, at).matches(".*[,;.].*")) {
            return List.of();
        }
        int start = from + at + length;
        Matcher goods = GOODS_FROM.matcher(text.substring(start, Math.min(text.length(), start + 40)));
        if (goods.lookingAt()) {
            start += goods.end(); // "tariffs on imports from Canada"
        }
        List<String> out = new ArrayList<>();
        int edge = -1;
        for (CountryMention m : mentions) {
            boolean attribution = edge >= 0 && ATTRIBUTION_TAIL.matcher(text.substring(m.end())).matches(); // "..., Lapid charges"
            if (edge < 0 && m.start() >= start && m.start() - start <= 4
                    || edge >= 0 && !attribution && m.start() >= edge && COMPOUND_LINK.matcher(text.substring(edge, m.start())).matches()) {
                out.add(m.code()); // "tariffs on Canada, Mexico and China"
                edge = m.end();
            } else if (edge >= 0) {
                break;
            }
        }
        return out;
    }

    /** One lower-case word to the end of a headline after a name: the name is who says it ("..., Lapid charges"). */
    private static final Pattern ATTRIBUTION_TAIL = Pattern.compile("\\s+\\p{Ll}[\\p{Ll}-]*\\s*[.!?]?\\s*");
    private static final Pattern GOODS_FROM = Pattern.compile("(?:imports|goods|products|exports)\\s+from\\s+(?:the\\s+)?");

    /** True when a matched event noun is that noun or its plural ("deal", "treaties"), not a verb form ("according", "dealing"). */
    static boolean nounForm(String surface, String noun) {
        String w = surface.toLowerCase(Locale.ROOT);
        return w.equals(noun) || w.equals(noun + "s") || w.equals(noun + "es")
                || noun.endsWith("y") && w.equals(noun.substring(0, noun.length() - 1) + "ies");
    }

    /** Words of time that can stand between a verb and its object. */
    private static final Set<String> WHEN = Stream.concat(Dates.WEEKDAYS.stream().map(d -> d.toLowerCase(Locale.ROOT)),
            Stream.of("today", "yesterday", "tonight")).collect(Collectors.toUnmodifiableSet());

    /**
     * The noun phrase an act is done to, past one preposition and without the states in it: "recognises the independence",
     * "withdraw from ECOWAS", "recognises Ukraine's separatist regions" gives "separatist regions"; null when none follows.
     */
    private static String objectOfAct(String text, List<Tokens.Token> tokens, List<CountryMention> mentions, Lexicon.Match act) {
        int first = Tokens.firstFrom(tokens, act.start());
        int v = first;
        while (v < tokens.size() && tokens.get(v).end() <= act.end() - 1) {
            v++;
        }
        // the act's phrase names what it is done to: "fired a ballistic missile" (a title-case headline's verb is tagged a name;
        // a phrase whose verb takes a gap is a verb's, however its first word is tagged: "Chile imposes export controls")
        boolean gap = !act.entry().rest().isEmpty() && act.entry().rest().get(0).contains("*");
        List<Set<String>> rest = act.entry().rest();
        if (v < tokens.size() && placeOfAct(act, tokens.get(v))) {
            // "forced their way into the Chilean embassy": the place the phrase ends in, with the words that modify it
            int from = v;
            while (from - 1 > first && v - from < 3 && NOMINAL.contains(tokens.get(from - 1).tag())
                    && text.substring(tokens.get(from - 1).end(), tokens.get(from).start()).equals(" ")) {
                from--;
            }
            return text.substring(tokens.get(from).start(), tokens.get(v).end());
        }
        if (endsInInitials(act.entry()) && v < tokens.size() && Lexicon.isAcronym(tokens.get(v).text())) {
            return tokens.get(v).text(); // "leaves ECOWAS": the body by its initials, the phrase's last word
        }
        if (rest.size() >= 3 && !rest.get(0).contains("*") && rest.get(1).contains("*") && v > first + 1
                && !MEMBER_ACTS.contains(act.entry().kind())) {
            // "the suspension of rice exports", "a halt to gas deliveries": the noun's own phrase after its preposition (but
            // "suspension of its participation in the treaty" is done to the treaty)
            int from = first + 2;
            while (from < v && DETERMINERS.contains(tokens.get(from).tag())) {
                from++;
            }
            return text.substring(tokens.get(from).start(), tokens.get(v).end());
        }
        if (rest.size() >= 4 && gap && rest.get(2).contains("*")) {
            // "removes Peru from its list of partners": what is done to the gap's state happens to what follows the preposition;
            // "gave the Chilean envoy 48 hours to leave": where the gap ends in a noun, the act is done to that noun
            for (int p = first + 2; p < v; p++) {
                String w = tokens.get(p).lower();
                if (rest.get(1).contains(w) && !StanceClassifier.PREPOSITIONS.contains(w) && !PARTICLES.contains(w)) {
                    return text.substring(tokens.get(pastDeterminers(tokens, first + 1, p)).start(), tokens.get(p).end());
                }
                if (rest.get(1).contains(w)) {
                    int from = p + 1;
                    while (from < v && DETERMINERS.contains(tokens.get(from).tag())) {
                        from++;
                    }
                    return text.substring(tokens.get(from).start(), tokens.get(v).end());
                }
            }
        }
        if (gap && first + 1 < v && tokens.get(first + 1).lower().equals("of") && !"VERB".equals(tokens.get(first).tag())) {
            int from = first + 2;
            while (from < v && DETERMINERS.contains(tokens.get(from).tag())) {
                from++;
            }
            if (!PARTAKING.contains(tokens.get(from).lower())) {
                return text.substring(tokens.get(from).start(), tokens.get(v).end()); // "the end of military cooperation with Chile"
            }
        }
        boolean verb = "VERB".equals(tokens.get(first).tag()) || gap;
        int head = glued(text, tokens, first); // "test-fires a missile": the verb's own second half is no object
        if (!rest.isEmpty() && head + 1 < v && PARTICLES.contains(tokens.get(head + 1).lower()) && rest.get(0).contains(tokens.get(head + 1).lower())) {
            head++; // "breaks off military cooperation": the verb's particle is no object either
        }
        // a phrase that ends in its preposition is done to what follows it: "took full control of its oil fields"
        // (a word the tagger calls a preposition in a short headline may be a noun: "expels Chilean ambassador")
        boolean open = v < tokens.size() && v > head && "ADP".equals(tokens.get(v).tag())
                && StanceClassifier.PREPOSITIONS.contains(tokens.get(v).lower());
        // "suspends Chile's participation in the pact": a member's part is left in what follows it
        boolean partIn = MEMBER_ACTS.contains(act.entry().kind()) && v + 1 < tokens.size() && PARTAKING.contains(tokens.get(v).lower())
                && PART_PREPOSITIONS.contains(tokens.get(v + 1).lower());
        if (!open && !partIn && v > head && (verb || "PROPN".equals(tokens.get(first).tag()) && !act.entry().rest().isEmpty())) {
            String inside = objectAfter(text, tokens.subList(0, v + 1), head);
            if (inside != null && inside.equalsIgnoreCase(tokens.get(v).text())) {
                // "ICBM Test": the noun of the act is no object, the words before it are; "declared winner", "suspended its
                // participation": none are
                int from = pastDeterminers(tokens, verb ? head + 1 : first, v); // "wins third term": an ordinal is no object either
                return from == v ? null : text.substring(tokens.get(from).start(), tokens.get(v - 1).end());
            }
            if (inside != null && gap && (inside.endsWith(tokens.get(v).text()) || taggedVerbAfter(text, tokens, inside, first, v))) {
                // "blocks EU aid package": the nouns after the act's own noun, and the gap's words where a headline's noun was
                // tagged a verb
                return gapObject(text, tokens, mentions, head, v);
            }
            if (inside != null) {
                return inside;
            }
        }
        if (v + 1 < tokens.size() && !text.substring(tokens.get(v).end(), tokens.get(v + 1).start()).isBlank()) {
            return null; // "fired a missile, its second ...": what follows a comma is no object
        }
        if (v + 1 < tokens.size() && "NOUN".equals(tokens.get(first).tag()) && PREDICATE_TAGS.contains(tokens.get(v + 1).tag())) {
            return null; // "the election showed irregularities": after an act's noun a verb opens what is said of it
        }
        if (!verb && "NOUN".equals(tokens.get(v).tag()) && v + 1 < tokens.size() && !"ADP".equals(tokens.get(v + 1).tag())
                && possessed(text, tokens, first)) {
            return null; // "Japan's export curbs violate rules": what a state's act noun is done to stands before it, not after
        }
        int i = v + 1;
        while (i + 1 < tokens.size() && (WHEN.contains(tokens.get(i).lower())
                || tokens.get(i).lower().equals("on") && WHEN.contains(tokens.get(i + 1).lower()))) {
            i += WHEN.contains(tokens.get(i).lower()) ? 1 : 2; // "recognised Wednesday the city", "bans on Monday all imports"
        }
        if (MEMBER_ACTS.contains(act.entry().kind()) && i + 1 < tokens.size() && tokens.get(i).lower().equals("of")) {
            int j = i + 1 < tokens.size() && tokens.get(i + 1).lower().equals("the") ? i + 2 : i + 1;
            if (j < tokens.size() && inMention(mentions, tokens.get(j))) { // "the withdrawal of Mali from the bloc": the member, then the body
                while (j < tokens.size() && inMention(mentions, tokens.get(j))) {
                    j++;
                }
                i = j;
            }
        }
        if (i < tokens.size() && tokens.get(i).lower().equals("by") && "NOUN".equals(tokens.get(first).tag())) {
            i = ofAfterAgent(text, tokens, i); // "the seizure by Chilean forces of a tanker": what follows the agent's "of"
        }
        if (i < tokens.size() && CIRCUMSTANCE.contains(tokens.get(i).lower())) {
            return null; // "wins the election amid fraud claims": what surrounds the act is not what it is done to
        }
        if (i < tokens.size() && ("ADP".equals(tokens.get(i).tag())
                || "ADV".equals(tokens.get(i).tag()) && StanceClassifier.PREPOSITIONS.contains(tokens.get(i).lower()))) {
            i++; // also a preposition the tagger calls an adverb: "imposed a 35% tariff on electric vehicles"
        }
        int from = i;
        while (i < tokens.size() && (i == from || text.substring(tokens.get(i - 1).end(), tokens.get(i).start()).matches("\\s*-?"))
                && (Set.of("DET", "PRON", "NUM").contains(tokens.get(i).tag()) || inMention(mentions, tokens.get(i))
                || tokens.get(i).text().matches("['’]s?")
                || i > from && inMention(mentions, tokens.get(i - 1)) && text.charAt(tokens.get(i).start() - 1) == '-')) {
            i++; // "of the Peruvian-flagged tanker": the state and the participle it is compounded with
        }
        if (i > from && i < tokens.size() && tokens.get(i).lower().equals("as") && inMention(mentions, tokens.get(i - 1))) {
            return text.substring(tokens.get(from).start(), tokens.get(i - 1).end()); // "recognises Jerusalem as the capital"
        }
        if (i > from && inMention(mentions, tokens.get(i - 1)) && (i == tokens.size() || !Character.isLetterOrDigit(tokens.get(i).text().charAt(0))
                || !text.substring(tokens.get(i - 1).end(), tokens.get(i).start()).isBlank()
                        && !Spans.possessive(text, tokens.get(i - 1).end()))) {
            // "recognised the State of Palestine, its ministry said": the state is the whole object; nothing past the comma is
            // ("the acquisition of Chile's missiles": what the state owns is)
            return text.substring(tokens.get(pastDeterminers(tokens, from, i - 1)).start(), tokens.get(i - 1).end());
        }
        String phrase = objectAfter(text, tokens, i - 1);
        if (phrase != null && tokens.subList(from, i).stream().anyMatch(t -> "NUM".equals(t.tag()) || Character.isDigit(t.text().charAt(0)))
                && UNITS.contains(phrase.substring(phrase.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT))) {
            // "a cut of 2 million bpd": an amount is no object; "two million barrels of crude": what it is an amount of is
            int after = Tokens.firstFrom(tokens, text.indexOf(phrase, tokens.get(i - 1).end()) + phrase.length());
            return after < tokens.size() && tokens.get(after).lower().equals("of") ? objectAfter(text, tokens, after) : null;
        }
        return phrase == null || phrase.chars().noneMatch(Character::isLetter) ? null : phrase;
    }

    /** True when a state's possessive governs the noun at {@code k}, past up to two nouns before it ("Japan's export curbs"). */
    private static boolean possessed(String text, List<Tokens.Token> tokens, int k) {
        int j = k;
        while (j > 0 && k - j < 2 && "NOUN".equals(tokens.get(j - 1).tag())
                && text.substring(tokens.get(j - 1).end(), tokens.get(j).start()).isBlank()) {
            j--;
        }
        return POSSESSED_AFTER.matcher(text.substring(Math.max(0, tokens.get(j).start() - 3), tokens.get(j).start())).find();
    }

    private static final Pattern POSSESSED_AFTER = Pattern.compile("['’]s\\s+$");

    /** Units an amount is counted in: after a number they name how much, not what the act is done to. */
    private static final Set<String> UNITS = Set.of("bpd", "barrel", "barrels", "tonne", "tonnes", "ton", "tons", "percent", "%", "point", "points",
            "kilometre", "kilometres", "kilometer", "kilometers", "km", "mile", "miles", "metre", "metres", "meter", "meters", "dollar", "dollars",
            "euro", "euros", "bcm", "kg", "kilogram", "kilograms", "litre", "litres", "liter", "liters", "gallon", "gallons", "hectare", "hectares",
            "acre", "acres", "megawatt", "megawatts", "gigawatt", "gigawatts");

    /** Prepositions of the circumstances of an act, which no object follows. */
    private static final Set<String> CIRCUMSTANCE = Set.of("amid", "amidst", "despite", "during", "ahead", "after", "following", "since");

    /** Index of the "of" after an act noun's agent ("by Chilean forces of"), or {@code by} itself when the phrase has none. */
    private static int ofAfterAgent(String text, List<Tokens.Token> tokens, int by) {
        for (int k = by + 1; k < tokens.size() && k <= by + 6; k++) {
            Tokens.Token t = tokens.get(k);
            if (t.lower().equals("of")) {
                return k;
            }
            if (PREDICATE_TAGS.contains(t.tag()) || !text.substring(tokens.get(k - 1).end(), t.start()).isBlank()) {
                break;
            }
        }
        return by;
    }

    /** The last token of a word compounded with a hyphen from token k on: "test-fires" (tokenized "test", "fires"). */
    private static int glued(String text, List<Tokens.Token> tokens, int k) {
        while (k + 1 < tokens.size() && tokens.get(k + 1).start() == tokens.get(k).end() + 1 && text.charAt(tokens.get(k).end()) == '-') {
            k++;
        }
        return k;
    }

    /** True when the phrase found inside an act's gap stops at a word tagged a verb before the act's last word ("EU aid"). */
    private static boolean taggedVerbAfter(String text, List<Tokens.Token> tokens, String inside, int verb, int last) {
        int at = text.indexOf(inside, tokens.get(verb).end());
        if (at < 0) {
            return false;
        }
        int next = Tokens.firstFrom(tokens, at + inside.length());
        return next > verb && next <= last && "VERB".equals(tokens.get(next).tag());
    }

    /** The words a verb phrase's gap spans up to its noun, and the nouns right after that noun: "EU aid package", not "EU". */
    private static String gapObject(String text, List<Tokens.Token> tokens, List<CountryMention> mentions, int verb, int noun) {
        int from = pastDeterminers(tokens, verb + 1, noun);
        int to = noun;
        while (to + 1 < tokens.size() && Tokens.NOUN_TAGS.contains(tokens.get(to + 1).tag()) && !inMention(mentions, tokens.get(to + 1))
                && !WHEN.contains(tokens.get(to + 1).lower()) && text.substring(tokens.get(to).end(), tokens.get(to + 1).start()).equals(" ")) {
            to++;
        }
        return text.substring(tokens.get(from).start(), tokens.get(to).end());
    }

    /**
     * "bans imports of Chilean fish": the act's own last word, text[from, to), said by the "of" phrase after it up to the phrase's
     * last noun; the word alone when no such phrase follows.
     */
    private static String withOfPhrase(String text, List<Tokens.Token> tokens, int from, int to) {
        if (!text.startsWith(" of ", to)) {
            return text.substring(from, to);
        }
        int k = Tokens.firstFrom(tokens, to + 4);
        int last = -1;
        for (int j = k; j < tokens.size() && j < k + 5 && OF_PHRASE_TAGS.contains(tokens.get(j).tag())
                && (j == k || text.substring(tokens.get(j - 1).end(), tokens.get(j).start()).equals(" ")); j++) {
            if (Tokens.NOUN_TAGS.contains(tokens.get(j).tag())) {
                last = j;
            }
        }
        return text.substring(from, last < 0 ? to : tokens.get(last).end());
    }

    /** True when the word is part of a state's name (an organisation's name can be what the act is done to: "from ECOWAS"). */
    private static boolean inMention(List<CountryMention> mentions, Tokens.Token t) {
        return mentions.stream().anyMatch(m -> !Organisations.isOrganisationCode(m.code()) && m.start() <= t.start() && t.end() <= m.end());
    }

    /** The event noun with up to three modifiers before it that are not function words or states ("Paris climate agreement"). */
    private String objectPhrase(List<Tokens.Token> tokens, String text, Lexicon.Match noun) {
        int k = Tokens.firstFrom(tokens, noun.start());
        int first = k;
        while (first > 0 && k - first < 3) {
            Tokens.Token t = tokens.get(first - 1);
            // modifiers are names or nouns ("Paris climate deal"), not verbs ("welcomes defense pact"); "and" only inside a name
            boolean inName = first >= 2 && andInName(tokens, first - 1) && tokens.get(k).capitalised();
            if (STOP.contains(t.lower()) && !inName || t.text().matches("\\d.*") || !gazetteer.scan(t.text()).isEmpty() || "VERB".equals(t.tag())
                    || !ORGANISATIONS.mentions(t.text()).isEmpty() // "EU-Mercosur agreement": a party, as a state is
                    || !t.capitalised() && t.lower().matches(".*(?:s|ed|ing)$")
                    || !text.substring(t.end(), tokens.get(first).start()).isBlank()) {
                break;
            }
            first--;
        }
        int start = first < k ? tokens.get(first).start() : noun.start();
        return text.substring(start, noun.end());
    }

    /** Small words inside an office's title: "Secretary of State", "Minister for Foreign Affairs". */
    private static final Set<String> TITLE_LINKS = Set.of("of", "for");

    /** The words of titles and of the names they precede ("President Abdel Karim", "Prime Minister Ana Sola"): people, not the event. */
    private static Set<Tokens.Token> titledNames(String text, List<Tokens.Token> tokens) {
        Set<Tokens.Token> out = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = 0; i < tokens.size(); i++) {
            if (!CountryRecognizer.TITLES.contains(tokens.get(i).text())) {
                continue;
            }
            out.add(tokens.get(i));
            // "Secretary of State Antony Blinken", "Minister for Foreign Affairs Jane Doe": the office's own small words too
            for (int j = i + 1; j < tokens.size() && j <= i + 6 && !Tokens.boundaryBetween(text, tokens.get(j - 1), tokens.get(j))
                    && (tokens.get(j).capitalised() || TITLE_LINKS.contains(tokens.get(j).text()) && j + 1 < tokens.size()
                            && tokens.get(j + 1).capitalised()); j++) {
                out.add(tokens.get(j));
            }
        }
        return out;
    }

    /**
     * Names that most headlines and leads repeat and that are neither states, people, outlets nor
     * calendar words ("AUKUS", "Paris", "ICJ"): the articles' names for the event.
     */
    private Set<String> salientNames(List<Lead> leads) {
        Map<String, Integer> docs = new HashMap<>();
        Map<String, Integer> words = new HashMap<>();
        for (Lead lead : leads) {
            String text = (lead.title() == null ? "" : lead.title() + " . ") + (lead.lead() == null ? "" : lead.lead());
            List<CountryMention> mentions = countries.recognize(text, gazetteer.scan(text));
            Set<String> seen = new LinkedHashSet<>();
            Set<String> keywords = new LinkedHashSet<>();
            List<Tokens.Token> tokens = Tokens.of(text, 0, text.length());
            Set<Tokens.Token> personal = titledNames(text, tokens);
            for (Tokens.Token t : tokens) {
                boolean acronym = t.text().length() >= 2 && t.text().chars().allMatch(c -> Character.isUpperCase(c) || c == '-');
                boolean inMention = mentions.stream().anyMatch(m -> m.start() <= t.start() && t.end() <= m.end());
                if ((!t.capitalised() || !sentenceInitial(text, t.start()) && !inMention) && !personal.contains(t) && keyword(t.lower())
                        && !CALENDAR.contains(t.text())) { // "said on Thursday": a day is no name of the event
                    String w = t.lower();
                    keywords.add(!t.capitalised() && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w); // "submarines"
                }
                if (!t.capitalised() || t.text().length() < 3 || STOP.contains(t.lower()) || CALENDAR.contains(t.text())
                        || !acronym && sentenceInitial(text, t.start())
                        || mentions.stream().anyMatch(m -> m.start() <= t.start() && t.end() <= m.end())
                        || personal.contains(t) || gazetteer.person(t.text()).isPresent() || gazetteer.source(t.text()).isPresent()) {
                    continue;
                }
                seen.add(t.lower());
            }
            seen.forEach(w -> docs.merge(w, 1, Integer::sum));
            keywords.forEach(w -> words.merge(w, 1, Integer::sum));
        }
        int need = Math.max(2, (int) Math.ceil(leads.size() * 0.4));
        int needWord = Math.max(3, (int) Math.ceil(leads.size() * 0.6));
        Set<String> out = new LinkedHashSet<>();
        docs.forEach((w, n) -> {
            if (n >= need) {
                out.add(w);
            }
        });
        words.forEach((w, n) -> {
            if (n >= needWord) {
                out.add(w);
            }
        });
        return out;
    }

    /** A lower-case content word that can name what an event is about ("submarine", "climate", "genocide"). */
    private static boolean keyword(String w) {
        return w.length() >= 5 && w.chars().allMatch(Character::isLetter) && !COMMON.contains(w)
                && !w.endsWith("ed") && !w.endsWith("ly") && !w.endsWith("ing");
    }

    private static boolean sentenceInitial(String text, int at) {
        int k = at - 1;
        while (k >= 0 && (Character.isWhitespace(text.charAt(k)) || "\"“‘'(".indexOf(text.charAt(k)) >= 0)) {
            k--;
        }
        return k < 0 || ".!?:".indexOf(text.charAt(k)) >= 0;
    }

    /**
     * States, people (as their states) and organisations named in a headline or lead, in text order: an organisation can carry
     * out the act ("OPEC+ agrees production cuts", "the EU imposes tariffs"); a state inside its name is none ("African Union").
     */
    private List<CountryMention> mentions(String text) {
        List<CountryMention> organisations = ORGANISATIONS.mentions(text);
        List<CountryMention> out = new ArrayList<>(organisations);
        for (CountryMention m : countries.recognize(text, gazetteer.scan(text))) {
            if (organisations.stream().noneMatch(o -> o.start() <= m.start() && m.end() <= o.end())) {
                out.add(m);
            }
        }
        out.addAll(people(text));
        out.sort(Comparator.comparingInt(CountryMention::start));
        return out;
    }

    private static final Organisations ORGANISATIONS = Organisations.load();

    /** Known public figures as mentions of their country ("Trump's decision"). */
    private List<CountryMention> people(String text) {
        List<CountryMention> out = new ArrayList<>();
        List<Tokens.Token> tokens = Tokens.of(text, 0, text.length());
        for (Tokens.Token t : tokens) {
            if (t.capitalised()) {
                gazetteer.person(t.text()).ifPresent(p -> out.add(new CountryMention(p.countryCode(), t.start(), t.end(), t.text(),
                        Gazetteer.Role.NAME)));
            }
        }
        return out;
    }

    private static String best(Map<String, Double> scores) {
        return scores.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    static String thirdPerson(String verb) {
        if (verb.endsWith("s") || verb.endsWith("x") || verb.endsWith("ch") || verb.endsWith("sh")
                || verb.endsWith("o") && verb.length() > 1 && "aeiou".indexOf(verb.charAt(verb.length() - 2)) < 0) { // vetoes, goes
            return verb + "es";
        }
        if (verb.endsWith("y") && verb.length() > 1 && "aeiou".indexOf(verb.charAt(verb.length() - 2)) < 0) {
            return verb.substring(0, verb.length() - 1) + "ies";
        }
        return verb + "s";
    }
}
