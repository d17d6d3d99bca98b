package io.stancegraph.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns gazetteer matches into country mentions. Unambiguous forms always count; ambiguous forms
 * ("Georgia", "Jordan", "Chad", "Turkey", "Washington", "Indian") must pass context rules:
 * not part of a person's name, not vetoed by their own context (the US state, the bird, Latin
 * America), capitals marked ambiguous only after a locative preposition, and ambiguous aliases
 * only when the country is also named unambiguously in the same text.
 */
public final class CountryRecognizer {

    private static final Set<String> FUNCTION_WORDS = Set.of("In", "On", "At", "And", "Or", "But", "The", "To", "From", "With",
            "For", "Of", "By", "As", "While", "After", "Before", "Both", "Neither", "Like", "Unlike", "Including", "Between",
            "Meanwhile", "Regionally", "If", "When", "Where", "Why", "How", "What", "Since", "Though", "Although",
            "About", "Against", "Toward", "Towards", "Into", "Under", "Over", "Nor", "Yet", "So", "Then", "Now", "Also");
    private static final Set<String> GEOGRAPHIC_NEXT = Set.of("River", "Valley", "Sea", "Ocean", "Gulf", "Lake", "Strait",
            "Basin", "Delta", "Desert", "Highlands", "Mountains", "Border", "Peninsula", "Coast", "Region", "Province");
    static final Set<String> TITLES = Set.of("President", "Minister", "King", "Queen", "Prince", "Emir", "Sheikh",
            "Secretary", "Chancellor", "Premier", "Ambassador", "Senator", "General", "Governor", "Mr", "Mrs", "Ms", "Dr",
            "Spokesman", "Spokeswoman", "Spokesperson", "Envoy", "Leader");
    /** Capitalised words that end in the head of an organisation of states ("Development Community", "Cooperation Organization"). */
    private static final Pattern ORGANISATION_AFTER = Pattern.compile("(?:\\s+(?:of\\s+|and\\s+)?[\\p{Lu}][\\p{L}-]*){0,3}\\s+"
            + "(?:Community|Union|League|Organisation|Organization|Association|Cooperation|Forum|Movement|Alliance|Bank)\\b");
    /** Up to two modifiers (no article, no verb form) between the city and the document's noun, or a forum ("Minsk Group", "Paris Club"). */
    private static final Pattern NAMED_DOCUMENT = Pattern.compile("(?:\\s+(?!(?:the|a|an|its|their|this|that|to|and|or)\\b)[\\p{Ll}-]+(?<!ed|ing|s)){0,2}"
            + "\\s+(?i:agreements?|accords?|deals?|treaty|treaties|pacts?|"
            + "protocols?|conventions?|declarations?|format|process|charter|principles|statutes?|memorandum|consensus|(?-i:Group|Club))\\b");
    /** A body of water or a feature named after a country: "Gulf of Mexico", "Sea of Japan", "Bay of Bengal"; "China Sea", "Jordan River". */
    private static final Pattern FEATURE_BEFORE = Pattern.compile("\\b(?:Gulf|Sea|Bay|Straits?|Isthmus)\\s+of\\s+(?:the\\s+)?$");
    private static final Pattern FEATURE_AFTER = Pattern.compile("\\s+(?:Sea|River|Valley|Delta|Basin)\\b");
    /** A dash after a dateline's city, past the day and the wire in brackets: "Cape Town — ", "Lima, May 1 (Example Wire) -- ". */
    static final Pattern DASH_AFTER_DATELINE = Pattern.compile(",?(?:\\s*\\p{Lu}\\p{Ll}{2,8}\\.?\\s+\\d{1,2})?(?:\\s*\\([^)]{1,40}\\))?\\s+[—–-]+\\s");
    /** A dateline's city in capitals before a country in capitals: "BOLOGNA, ITALY —" says where the reporter files from. */
    private static final Pattern DATELINE_CITY_BEFORE = Pattern.compile("(?:^|\\n)\\s*\\p{Lu}[\\p{Lu} .'’-]{1,40},\\s*$");
    private static final Pattern LOCATIVE_BEFORE = Pattern.compile("(?i)(?:\\b(?:in|to|from|at|near|outside|visited|visit|visiting|via|toward|towards)\\s+)$");

    /** Before a language's name: "in", "speaks", "translated into", perhaps past other languages ("in Hebrew and "). */
    private static final Pattern LANGUAGE_BEFORE = Pattern.compile("(?i)\\b(?:in|into|speaks?|speaking|spoke|spoken|written in|dubbed in)\\s+"
            + "(?:\\p{Lu}\\p{Ll}+\\s*(?:,|\\band\\b|\\bor\\b)\\s*){0,3}$");
    /** After a language's name: the end of the phrase or another language. */
    private static final Pattern LANGUAGE_AFTER = Pattern.compile("^\\s*(?:[,.;:!?)\\]\"”]|\\band\\b|\\bor\\b|$)");
    /** "-language" after a demonym: "a Spanish-language daily". */
    private static final Pattern LANGUAGE_SUFFIX = Pattern.compile("^-?\\s*language\\b");

    /** True when the demonym at [start, end) names a language: "said in Spanish", "in Hebrew and Spanish", "a Spanish-language daily". */
    private static boolean languageNamed(String text, int start, int end) {
        int to = Math.min(text.length(), end + 12);
        return LANGUAGE_SUFFIX.matcher(text).region(end, to).lookingAt() || LANGUAGE_AFTER.matcher(text).region(end, to).lookingAt()
                && LANGUAGE_BEFORE.matcher(text).region(Math.max(0, start - 60), start).find();
    }

    /** Context that rules an ambiguous form out: text just before or just after the match. */
    private record Veto(Pattern before, Pattern after) {
    }

    private static final Veto AMERICAS = new Veto(
            Pattern.compile("(?:Latin|South|North|Central|Native|African|Asian|Arab|Mexican|Korean|Irish|Italian|Chinese|Japanese|Indian|Pan|Middle|Corporate|Anglo|Hispanic)[\\s-]*$"),
            Pattern.compile("^(?:\\s+(?:Samoa|Airlines)|-(?:Israel|Israeli))"));
    private static final Map<String, Veto> VETOES = Map.of(
            "Georgia", new Veto(Pattern.compile("(?i)(?:state of|Atlanta,?|Savannah,?|U\\.S\\. state)\\s*$"),
                    Pattern.compile("^\\s*(?:state|State|Tech|Bulldogs|Senate|House|Gov\\.|governor|county|County|Republicans?|Democrats?|voters)\\b")),
            "Washington", new Veto(Pattern.compile("(?:state of|Seattle,?|Spokane,?|George|Denzel)\\s*$"),
                    Pattern.compile("^\\s*(?:state|State|Post|Commanders|Nationals|Wizards|Capitals|Mystics|Huskies|University|Examiner|Free Beacon|Institute|Times|Monthly)\\b")),
            "Jersey", new Veto(Pattern.compile("New\\s*$"), Pattern.compile("^\\s*(?:City|Shore)\\b")),
            "Turkey", new Veto(Pattern.compile("(?i)(?:roast|wild|Thanksgiving|cold)\\s*$"),
                    Pattern.compile("^\\s*(?:dinners?|sandwich(?:es)?|breasts?|meat|farms?|feathers|[Dd]ay|hunt|legs?|burgers?)\\b")),
            "Niger", new Veto(Pattern.compile("(?!)"), Pattern.compile("^\\s*(?:River|Delta|river|delta)\\b")),
            "Indian", new Veto(Pattern.compile("(?:American|Native|West|East|Red)\\s*$"), Pattern.compile("^\\s*(?:Ocean|ocean|Premier League|summer)\\b")),
            "America", AMERICAS,
            "American", AMERICAS,
            "Americans", AMERICAS,
            "Emirates", new Veto(Pattern.compile("Fly\\s*$"), Pattern.compile("^\\s*(?:[Aa]irlines?|flight|Stadium|Cup|Team|Palace)\\b")));

    /** Country mentions among the gazetteer matches of {@code text}, in text order. */
    public List<CountryMention> recognize(String text, List<Gazetteer.Match> matches) {
        Set<String> unambiguous = new HashSet<>();
        for (Gazetteer.Match m : matches) {
            m.of(Gazetteer.Type.COUNTRY).filter(s -> !s.ambiguous()).ifPresent(s -> unambiguous.add(s.id()));
        }
        List<CountryMention> out = new ArrayList<>();
        for (Gazetteer.Match m : matches) {
            Gazetteer.Surface s = m.of(Gazetteer.Type.COUNTRY).orElse(null);
            if (s == null || m.of(Gazetteer.Type.SOURCE).filter(src -> !src.ambiguous()).isPresent()) {
                continue; // not a country, or the name of an outlet ("Times of Israel")
            }
            if (ORGANISATION_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 60))).lookingAt()) {
                continue; // "the South African Development Community": an organisation, never folded into a country
            }
            if (s.text().equals(s.text().toUpperCase(Locale.ROOT))
                    && DATELINE_CITY_BEFORE.matcher(text.substring(Math.max(0, m.start() - 45), m.start())).find()) {
                continue; // "BOLOGNA, ITALY —": a dateline's country in capitals is where the story is filed, no mention
            }
            if (s.role() == Gazetteer.Role.PLACE && text.substring(0, m.start()).isBlank()
                    && DASH_AFTER_DATELINE.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 50))).lookingAt()) {
                continue; // "Cape Town — Niger's junta has ...": the city a text opens with before a dash is where it was filed
            }
            if (s.role() == Gazetteer.Role.DEMONYM && languageNamed(text, m.start(), m.end())) {
                continue; // "wrote in Hebrew and Spanish", "a Spanish-language daily": a language, no mention of a state
            }
            if (FEATURE_BEFORE.matcher(text.substring(Math.max(0, m.start() - 20), m.start())).find()
                    || FEATURE_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 10))).lookingAt()) {
                continue; // "the Gulf of Mexico", "the South China Sea", "the Jordan River": a feature named like a country is no mention of it
            }
            if (s.role() == Gazetteer.Role.PLACE && NAMED_DOCUMENT.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 60))).lookingAt()) {
                continue; // "the Paris climate agreement", "the Minsk accords": a document named after a city
            }
            if (!s.ambiguous() || accept(s, m, text, unambiguous) || listedWithState(s, m, text, matches)) {
                out.add(new CountryMention(s.id(), m.start(), m.end(), m.text(), s.role()));
            }
        }
        return out;
    }

    /** What parts the items of a list of states: "Hungarian, Polish", "Polish and Hungarian", "Polish-Hungarian". */
    private static final Pattern LIST_LINK = Pattern.compile("\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+|\\s*[-–/]\\s*)");

    /** What may end right before a sentence's first word: a full stop, a colon, a quotation mark, a line break. */
    private static final Pattern SENTENCE_OPENS = Pattern.compile("(?:[.!?:\"“]|\\n)\\s*$");

    /**
     * "Hungarian, Polish bans", "the Polish and Hungarian governments": an ambiguous demonym capitalised inside a sentence and
     * listed with another state's unambiguous name or demonym is that state's.
     */
    private static boolean listedWithState(Gazetteer.Surface s, Gazetteer.Match m, String text, List<Gazetteer.Match> matches) {
        if (s.role() != Gazetteer.Role.DEMONYM || !Character.isUpperCase(m.text().charAt(0)) || m.start() == 0
                || SENTENCE_OPENS.matcher(text.substring(Math.max(0, m.start() - 4), m.start())).find()) {
            return false; // at the start of a sentence any word is capitalised
        }
        for (Gazetteer.Match o : matches) {
            boolean state = o.of(Gazetteer.Type.COUNTRY).filter(x -> !x.ambiguous()).isPresent();
            if (state && (o.end() <= m.start() && LIST_LINK.matcher(text).region(o.end(), m.start()).matches()
                    || o.start() >= m.end() && LIST_LINK.matcher(text).region(m.end(), o.start()).matches())) {
                return true;
            }
        }
        return false;
    }

    private static boolean accept(Gazetteer.Surface s, Gazetteer.Match m, String text, Set<String> unambiguous) {
        String before = text.substring(Math.max(0, m.start() - 40), m.start());
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + 40));
        Veto veto = VETOES.get(m.text());
        if (veto != null && (veto.before().matcher(before).find() || veto.after().matcher(after).find())) {
            return false;
        }
        if (partOfPersonName(text, m.start(), m.end())) {
            return false;
        }
        if (veto != null || s.role() == Gazetteer.Role.NAME) {
            return true;
        }
        if (s.role() == Gazetteer.Role.PLACE) {
            return LOCATIVE_BEFORE.matcher(before).find();
        }
        return unambiguous.contains(s.id()) || s.role() == Gazetteer.Role.DEMONYM && officeAfter(text, m.end());
    }

    /** Capitalised words of a state's offices and bodies, besides {@link #TITLES}: "Prime Minister", "Foreign Ministry". */
    private static final Set<String> OFFICE_WORDS = Set.of("Prime", "Foreign", "Deputy", "Ministry", "Government", "Embassy",
            "Parliament", "Cabinet", "Senate", "Army", "Navy");

    /**
     * "Polish Prime Minister", "Indian External Affairs Minister", "Georgian Foreign Ministry": capitalised words after a name
     * (up to four, "of" between them) that hold a title or an office make the name a demonym, not a person's first name.
     */
    static boolean officeAfter(String text, int end) {
        int at = end;
        for (int k = 0; k < 4; k++) {
            String next = wordAfter(text, at);
            if (next == null || !Character.isUpperCase(next.charAt(0)) && !next.equals("of")) {
                return false;
            }
            if (TITLES.contains(next) || OFFICE_WORDS.contains(next)) {
                return true;
            }
            at += next.length() + 1;
        }
        return false;
    }

    /** "Michael Jordan", "Chad Smith", "Georgia Meloni": a capitalised name word right before or after. */
    static boolean partOfPersonName(String text, int start, int end) {
        String next = wordAfter(text, end);
        if (next != null && Character.isUpperCase(next.charAt(0)) && !GEOGRAPHIC_NEXT.contains(next) && !next.equals("I")
                && !inTitleCaseLine(text, start) && !officeAfter(text, end)) { // "Chad Expels French Ambassador": every word of a headline is capitalised
            return true;
        }
        String prev = wordBefore(text, start);
        return prev != null && Character.isUpperCase(prev.charAt(0)) && !FUNCTION_WORDS.contains(prev) && !TITLES.contains(prev)
                && !startsSentence(text, start - prev.length() - 1);
    }

    /** True when the line around {@code at} has three words or more and every word of four letters or more capitalised. */
    static boolean inTitleCaseLine(String text, int at) {
        int from = text.lastIndexOf('\n', at) + 1;
        int to = text.indexOf('\n', at);
        String[] words = text.substring(from, to < 0 ? text.length() : to).strip().split("\\s+");
        return words.length >= 3 && Arrays.stream(words).filter(w -> w.codePoints().filter(Character::isLetter).count() >= 4)
                .allMatch(w -> Character.isUpperCase(w.codePointAt(0)));
    }

    /** The word directly after position {@code i}, separated only by one space; null otherwise. */
    private static String wordAfter(String text, int i) {
        if (i + 1 >= text.length() || text.charAt(i) != ' ') {
            return null;
        }
        int j = i + 1;
        while (j < text.length() && Character.isLetter(text.charAt(j))) {
            j++;
        }
        return j > i + 1 ? text.substring(i + 1, j) : null;
    }

    private static String wordBefore(String text, int i) {
        if (i < 2 || text.charAt(i - 1) != ' ') {
            return null;
        }
        int j = i - 1;
        while (j > 0 && Character.isLetter(text.charAt(j - 1))) {
            j--;
        }
        return j < i - 1 ? text.substring(j, i - 1) : null;
    }

    private static boolean startsSentence(String text, int wordStart) {
        int k = wordStart - 1;
        while (k >= 0 && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        return k < 0 || ".!?\n\"“”:;(".indexOf(text.charAt(k)) >= 0;
    }
}
