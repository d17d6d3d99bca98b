package io.stancegraph.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ahocorasick.trie.PayloadEmit;
import org.ahocorasick.trie.PayloadTrie;

/**
 * Countries, sources and public figures from the resource files in {@code gazetteer/}, matched in
 * one pass by an Aho-Corasick automaton (whole words, case-sensitive, longest match wins, so
 * "The Washington Post" is a source and not the country "Washington"). Immutable and thread-safe.
 */
public final class Gazetteer {

    /** What a surface form names. */
    public enum Type { COUNTRY, SOURCE, PERSON }

    /** How a surface form names a country. */
    public enum Role { NAME, ALIAS, DEMONYM, PLACE }

    /** One surface form of an entry; ambiguous forms need context to count. */
    public record Surface(String text, Type type, String id, Role role, boolean ambiguous) {
    }

    /** A match in a text: [start, end) offsets and every entry the surface form belongs to. */
    public record Match(int start, int end, String text, List<Surface> entries) {
        public Optional<Surface> of(Type type) {
            return entries.stream().filter(s -> s.type() == type).findFirst();
        }
    }

    public record CountryEntry(String code, String name) {
    }

    public record SourceEntry(String name, SourceKind kind, List<String> aliases) {
    }

    public record PersonEntry(String name, String countryCode, String role) {
    }

    private static volatile Gazetteer defaultInstance;

    private final Map<String, CountryEntry> countries = new LinkedHashMap<>();
    private final Map<String, String> countryLookup = new HashMap<>();
    private final Map<String, SourceEntry> sources = new LinkedHashMap<>();
    private final Map<String, SourceEntry> sourceLookup = new HashMap<>();
    private final Map<String, PersonEntry> people = new HashMap<>();
    private final Map<String, List<Surface>> surfaces = new LinkedHashMap<>();
    /** Source names and aliases eligible for typo matching, by number of words: {lower-case form, canonical name}. */
    private final Map<Integer, List<String[]>> fuzzySourceNames = new HashMap<>();
    private final PayloadTrie<List<Surface>> trie;

    private Gazetteer(String countriesFile, String sourcesFile, String peopleFile) {
        for (String[] row : rows(countriesFile)) {
            String code = row[0];
            String name = unmark(row[1]);
            countries.put(code, new CountryEntry(code, name));
            countryLookup.put(code.toLowerCase(Locale.ROOT), code);
            add(row[1], Type.COUNTRY, code, Role.NAME);
            for (String alias : list(row, 2)) {
                add(alias, Type.COUNTRY, code, Role.ALIAS);
            }
            for (String demonym : list(row, 3)) {
                add(demonym, Type.COUNTRY, code, Role.DEMONYM);
            }
            for (String place : list(row, 4)) {
                add(place, Type.COUNTRY, code, Role.PLACE);
            }
        }
        for (String[] row : rows(sourcesFile)) {
            SourceEntry entry = new SourceEntry(unmark(row[0]), SourceKind.valueOf(row[1]),
                    list(row, 2).stream().map(Gazetteer::unmark).toList());
            sources.put(entry.name(), entry);
            sourceLookup.put(Names.key(entry.name()), entry);
            sourceLookup.putIfAbsent(compact(entry.name()), entry);
            add(row[0], Type.SOURCE, entry.name(), Role.NAME);
            for (String alias : list(row, 2)) {
                add(alias, Type.SOURCE, entry.name(), Role.ALIAS);
                sourceLookup.putIfAbsent(Names.key(unmark(alias)), entry);
                sourceLookup.putIfAbsent(compact(unmark(alias)), entry);
            }
        }
        for (String[] row : rows(peopleFile)) {
            PersonEntry person = new PersonEntry(row[0], row[1], row.length > 2 ? row[2] : "");
            people.put(row[0], person);
            add(row[0], Type.PERSON, row[0], Role.NAME);
            for (String alias : list(row, 3)) {
                people.putIfAbsent(unmark(alias), person);
                add(alias, Type.PERSON, row[0], Role.ALIAS);
            }
        }
        for (SourceEntry e : sources.values()) {
            List<String> names = new ArrayList<>(e.aliases());
            names.add(e.name());
            for (String n : names) {
                boolean acronym = n.equals(n.toUpperCase(Locale.ROOT));
                int words = n.split("\\s+").length;
                if (!acronym && n.length() >= (words == 1 ? 8 : 7)) {
                    fuzzySourceNames.computeIfAbsent(words, k -> new ArrayList<>()).add(new String[] {n.toLowerCase(Locale.ROOT), e.name()});
                }
            }
        }
        PayloadTrie.PayloadTrieBuilder<List<Surface>> builder = PayloadTrie.<List<Surface>>builder().onlyWholeWords().ignoreOverlaps();
        surfaces.forEach((text, entries) -> builder.addKeyword(text, List.copyOf(entries)));
        trie = builder.build();
    }

    /** The gazetteer built from the bundled resource files. */
    public static Gazetteer load() {
        Gazetteer g = defaultInstance;
        if (g == null) {
            synchronized (Gazetteer.class) {
                g = defaultInstance;
                if (g == null) {
                    g = new Gazetteer("gazetteer/countries.tsv", "gazetteer/sources.tsv", "gazetteer/people.tsv");
                    defaultInstance = g;
                }
            }
        }
        return g;
    }

    /** Every match in the text, longest first on overlaps, in text order. */
    public List<Match> scan(String text) {
        Collection<PayloadEmit<List<Surface>>> emits = trie.parseText(text);
        List<Match> matches = new ArrayList<>(emits.size());
        for (PayloadEmit<List<Surface>> e : emits) {
            Match m = new Match(e.getStart(), e.getEnd() + 1, e.getKeyword(), e.getPayload());
            Match inner = demonymBeforeOffice(text, m);
            matches.add(inner != null ? inner : m);
        }
        matches.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return matches;
    }

    /** An office of a state after its demonym: "government" in "The Australian government". */
    /** A web address's scheme and "www.", and its top-level domain and path: what is left names the site. */
    private static final Pattern WEB_PREFIX = Pattern.compile("^(?:https?://)?(?:www\\.)?");
    private static final Pattern DOMAIN_END = Pattern.compile("\\.(?:com|org|net|co\\.uk|co|kz|uz|ru|ae|in|io|news|info)(?:/.*)?$");
    private static final Pattern OFFICE_AFTER = Pattern.compile("^\\s+(?:government|prime\\s+minister|"
            + "foreign\\s+minister|minister|ministry|officials?|authorities|embassy|ambassador|president|delegation|spokes(?:man|woman|person)|"
            + "navy|army|military|defence|defense|leader|parliament)\\b");

    /**
     * "The Australian government": an outlet whose name is "The" and a demonym ("The Australian") stands for the demonym when an
     * office of the state follows; the country's match instead of the outlet's, else null.
     */
    private Match demonymBeforeOffice(String text, Match m) {
        if (!m.text().startsWith("The ") || m.entries().stream().anyMatch(x -> x.type() == Type.COUNTRY)
                || !OFFICE_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 30))).lookingAt()) {
            return null;
        }
        String rest = m.text().substring(4);
        for (PayloadEmit<List<Surface>> e : trie.parseText(rest)) {
            if (e.getStart() == 0 && e.getEnd() + 1 == rest.length() && e.getPayload().stream().anyMatch(x -> x.type() == Type.COUNTRY)) {
                return new Match(m.start() + 4, m.end(), rest, e.getPayload());
            }
        }
        return null;
    }

    public Optional<CountryEntry> country(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(countries.get(code.toUpperCase(Locale.ROOT)));
    }

    /** Resolves an ISO code, a name or any alias ("kz", "Kazakhstan", "Astana", "the Kremlin") to an ISO code. */
    public Optional<String> resolveCountry(String nameOrCode) {
        if (nameOrCode == null || nameOrCode.isBlank()) {
            return Optional.empty();
        }
        String key = nameOrCode.strip().toLowerCase(Locale.ROOT);
        String code = countryLookup.get(key);
        if (code == null) {
            code = countryLookup.get(key.startsWith("the ") ? key.substring(4) : "the " + key);
        }
        return Optional.ofNullable(code);
    }

    public Collection<CountryEntry> countries() {
        return Collections.unmodifiableCollection(countries.values());
    }

    public Collection<SourceEntry> sources() {
        return Collections.unmodifiableCollection(sources.values());
    }

    /**
     * A source by its canonical name, an alias or a site domain ("aljazeera.com"), compared after
     * {@link Names#key} and without spaces.
     */
    public Optional<SourceEntry> source(String name) {
        if (name == null) {
            return Optional.empty();
        }
        SourceEntry e = sourceLookup.get(Names.key(name));
        if (e == null) {
            String domain = DOMAIN_END.matcher(WEB_PREFIX.matcher(name.strip().toLowerCase(Locale.ROOT)).replaceFirst("")).replaceFirst("");
            e = sourceLookup.get(compact(domain));
        }
        return Optional.ofNullable(e);
    }

    private static String compact(String name) {
        return "#" + Names.key(name).replace(" ", "");
    }

    /** A source by exact name as {@link #source}, else by a typo of a known name ("Atlanic Council"). */
    public Optional<SourceEntry> sourceOrTypo(String name) {
        return source(name).or(() -> Optional.ofNullable(name)
                .map(n -> closeSourceName(n.strip(), n.strip().split("\\s+").length)).flatMap(this::source));
    }

    /**
     * The canonical source name within a small edit distance of the candidate: at most 1 edit (2 for
     * names of 16+ letters), same first letter, and never a prefix of each other, so "Kazakh" does
     * not become "Kazakhstan" and "Reuter" is not "Reuters". Null when none is that close.
     */
    public String closeSourceName(String candidate, int wordCount) {
        List<String[]> names = fuzzySourceNames.get(wordCount);
        if (names == null) {
            return null;
        }
        if (surfaces.containsKey(candidate)) {
            return null; // a known name ("Liberation", an outlet only when cited) is read as itself, never as a typo of another
        }
        String c = candidate.toLowerCase(Locale.ROOT).replace('’', '\'');
        for (String[] n : names) {
            String name = n[0];
            if (c.isEmpty() || name.charAt(0) != c.charAt(0) || name.startsWith(c) || c.startsWith(name)) {
                continue;
            }
            int limit = name.length() >= 16 ? 2 : 1;
            if (Names.distance(c, name, limit) <= limit) {
                return n[1];
            }
        }
        return null;
    }

    /** A public figure by full name or alias (surname). */
    public Optional<PersonEntry> person(String name) {
        return Optional.ofNullable(people.get(name));
    }

    private void add(String raw, Type type, String id, Role role) {
        String text = unmark(raw);
        if (text.isEmpty()) {
            return;
        }
        surfaces.computeIfAbsent(text, k -> new ArrayList<>()).add(new Surface(text, type, id, role, raw.endsWith("~")));
        String upper = text.toUpperCase(Locale.ROOT);
        if ((type == Type.SOURCE || type == Type.COUNTRY && (role == Role.NAME || role == Role.ALIAS)) && !raw.endsWith("~")
                && !upper.equals(text) && text.length() >= 4) {
            // wire credits are often set in capitals: "(with AFP and REUTERS)"; so are a round-up's labels: "ICELAND — The ministry said"
            surfaces.computeIfAbsent(upper, k -> new ArrayList<>()).add(new Surface(upper, type, id, role, false));
        }
        if (type == Type.COUNTRY) {
            countryLookup.putIfAbsent(text.toLowerCase(Locale.ROOT), id);
        }
    }

    private static String unmark(String s) {
        String t = s.strip();
        return t.endsWith("~") ? t.substring(0, t.length() - 1).strip() : t;
    }

    private static List<String> list(String[] row, int column) {
        if (row.length <= column || row[column].isBlank()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String part : row[column].split("\\|")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    /**
     * The tab-separated rows of a bundled resource, comment and blank lines left out (shared with {@link Organisations},
     * {@link WordTagger} and {@link Boilerplate}).
     */
    static List<String[]> rows(String resource) {
        try (InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " is missing from the classpath");
            }
            List<String[]> rows = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
