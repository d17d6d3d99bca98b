package io.stancegraph.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The event a corpus reports: who acts (actors), what they do (the act, a family of the act
 * lexicon), toward what (the object) and against whom (targets). A stance is a position toward this
 * event. Detected from headlines and leads, or set by configuration.
 *
 * @param summary  one line, e.g. "South Africa files case against Israel"
 * @param actors   ISO codes of the states that carry out the act, or codes of organisations ("opec")
 * @param act      the act's family in {@code lexicon/acts.tsv} ("withdraw", "restore"), or null when unknown
 * @param object   what the act is about, as the articles name it ("Paris climate agreement"), or null
 * @param targets  ISO codes of the states the act is directed against
 * @param triggers lower-case words that refer to the event: the act's words, the object's nouns and name
 */
public record CorpusEvent(String summary, List<String> actors, String act, String object, List<String> targets, Set<String> triggers) {

    /** No event known: acts of joining and concluding agreements count, as for any accession story. */
    public static final CorpusEvent UNKNOWN = new CorpusEvent(null, List.of(), null, null, List.of(), Set.of());

    /** Generic words by which any article refers to the event it reports. */
    static final Set<String> GENERIC_TRIGGERS = Set.of("move", "decision", "announcement", "accession", "agreement", "accords",
            "accord", "deal", "joining", "entry", "membership", "normalisation", "normalization", "expansion", "addition", "signing",
            "pact", "response", "responded", "responds", "reacted", "reaction", "reactions", "proposal", "measure", "incident");

    /** Act families: their summary verbs, and which turn against their object (lexicon/families.tsv). */
    static final Lexicon FAMILIES = Lexicon.load("lexicon/families.tsv");
    private static final Set<String> AGAINST_OBJECT = FAMILIES.entries().stream()
            .filter(e -> e.kind().startsWith("FAMILY:") && e.polarity() == Position.OPPOSED).map(e -> e.kind().substring(7))
            .collect(Collectors.toUnmodifiableSet());

    private static final Set<String> HALTING = FAMILIES.entries().stream().filter(e -> e.kind().startsWith("HALTS:"))
            .map(e -> e.kind().substring(6)).collect(Collectors.toUnmodifiableSet());

    /** Per act family, the nouns that name its act: its NOUN lines (families.tsv) and its one-word acts (acts.tsv); built on first use. */
    private static final class ActNouns {
        static final Map<String, Set<String>> BY_FAMILY = build();

        private static Map<String, Set<String>> build() {
            Map<String, Set<String>> out = new HashMap<>();
            FAMILIES.entries().stream().filter(e -> e.kind().startsWith("NOUN:"))
                    .forEach(e -> out.computeIfAbsent(e.kind().substring(5), k -> new HashSet<>()).add(e.phrase()));
            StanceClassifier.ACTS.entries().stream().filter(e -> e.kind().startsWith("ACT:") && e.rest().isEmpty() && e.tag() == null)
                    .forEach(e -> out.computeIfAbsent(e.kind().substring(4), k -> new HashSet<>()).add(e.phrase()));
            return out;
        }
    }

    public CorpusEvent {
        actors = List.copyOf(actors);
        targets = List.copyOf(targets);
        triggers = Set.copyOf(triggers);
    }

    public boolean known() {
        return act != null || !actors.isEmpty();
    }

    public boolean isActor(String code) {
        return actors.contains(code);
    }

    public boolean isTarget(String code) {
        return targets.contains(code);
    }

    /** True when the lower-case word refers to this event (or, generically, to an event). */
    public boolean isTrigger(String lowerWord) {
        return GENERIC_TRIGGERS.contains(lowerWord) || isOwnTrigger(lowerWord);
    }

    /** True for a word of this event's own act or object ("recognise", "somaliland"), not a word any event may go by ("move"). */
    public boolean isOwnTrigger(String lowerWord) {
        if (triggers.contains(lowerWord)) {
            return true;
        }
        if (triggers.isEmpty()) {
            return false;
        }
        for (String base : bases(lowerWord)) {
            if (triggers.contains(base)) {
                return true;
            }
        }
        return false;
    }

    /** The words a form may come from, the same for every event: kept per word form. */
    private static final Memo<String, List<String>> BASES = new Memo<>(50_000);

    private static List<String> bases(String lowerWord) {
        return BASES.get(lowerWord, CorpusEvent::basesOf);
    }

    /** Its lemmas by the regular inflections, and the verbs of a noun made from one ("the nationalisation" of "nationalise"). */
    private static List<String> basesOf(String lowerWord) {
        List<String> out = new ArrayList<>(Lexicon.lemmaCandidates(lowerWord));
        out.addAll(EventDetector.nominalisedVerbs(lowerWord));
        return List.copyOf(out);
    }

    /** True for a noun that names the event's own act ("the release" of a release of water, "the withdrawal"). */
    public boolean isActNoun(String lowerWord) {
        Set<String> nouns = act == null ? Set.of() : ActNouns.BY_FAMILY.getOrDefault(act, Set.of());
        return !nouns.isEmpty() && Lexicon.lemmaCandidates(lowerWord).stream().anyMatch(nouns::contains);
    }

    /** True when the event's act stops or leaves something (a HALTS line): asking the actor to take it up again undoes it. */
    public boolean actHalts() {
        return act != null && HALTING.contains(act);
    }

    /** True when the event's act turns against its object (leaving an agreement): backing the object opposes the act. */
    public boolean actAgainstObject() {
        return act != null && AGAINST_OBJECT.contains(act);
    }

    /** The families whose acts count as the event's act: the event's own (joining when there is no event) and concluding agreements. */
    public Set<String> actFamilies() {
        Set<String> out = new LinkedHashSet<>();
        if (act != null) {
            out.add(act);
        } else if (!known()) {
            out.add("accede"); // no event at all: joining is the default act of interest
        } // an event known by its actors and object only ("Iran's strikes on Israel"): "joined allies in condemning" is no act of it
        out.add("conclude");
        return out;
    }

    /** An event set by hand: actors and targets as ISO codes; triggers from the act family and the object's words. */
    public static CorpusEvent of(String summary, List<String> actors, String act, String object, List<String> targets, Lexicon acts) {
        Set<String> triggers = new LinkedHashSet<>();
        if (object != null) {
            for (Tokens.Token t : Tokens.of(object, 0, object.length())) {
                if (t.text().length() > 2 && !EventDetector.STOP.contains(t.lower())) {
                    triggers.add(t.lower());
                }
            }
        }
        if (act != null && acts.entries().stream().noneMatch(e -> e.kind().equals("ACT:" + act))) {
            triggers.add(act.toLowerCase(Locale.ROOT)); // an act the lexicon does not list: its verb refers to the event
        }
        String objectClass = null;
        for (Lexicon.Entry e : acts.entries()) {
            if (act != null && e.kind().equals("ACT:" + act) && e.rest().isEmpty()) {
                triggers.add(e.lemma());
            }
            if (object != null && e.kind().startsWith("OBJECT:") && triggers.contains(e.lemma())) {
                objectClass = e.kind();
            }
        }
        for (Lexicon.Entry e : acts.entries()) {
            if (e.kind().equals(objectClass)) {
                triggers.add(e.lemma());
            }
        }
        for (Lexicon.Entry e : FAMILIES.entries()) {
            if (act != null && e.kind().equals("NOUN:" + act)) {
                triggers.add(e.lemma()); // "the launch" refers to a missile test
            }
        }
        return new CorpusEvent(summary == null || summary.isBlank() ? null : summary.strip(), actors.stream().map(CorpusEvent::code).toList(), act, object,
                targets.stream().map(CorpusEvent::code).toList(), triggers);
    }

    /** A state's ISO code in upper case; an organisation's code ("opec", "eu") as it is. */
    private static String code(String code) {
        return Organisations.isOrganisationCode(code) && Organisations.load().find(code).isPresent() ? code : code.toUpperCase(Locale.ROOT);
    }
}
