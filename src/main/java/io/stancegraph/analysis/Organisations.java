package io.stancegraph.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ahocorasick.trie.PayloadEmit;
import org.ahocorasick.trie.PayloadTrie;

/**
 * International bodies and non-state armed groups ({@code gazetteer/organisations.tsv}), found in a text by their
 * names and abbreviations in one Aho-Corasick pass. An organisation is an actor of its own: it is never a country.
 * Immutable and thread-safe.
 */
public final class Organisations {

    /** What an organisation is. */
    @org.eclipse.microprofile.graphql.Name("OrganisationKind")
    @org.eclipse.microprofile.graphql.Description("What kind of organisation an actor that is not a country is.")
    public enum Kind {
        @org.eclipse.microprofile.graphql.Description("A body of states (the UN and its agencies, the EU, the African Union, OPEC).")
        INTERGOVERNMENTAL,
        @org.eclipse.microprofile.graphql.Description("An international court (the ICJ, the ICC).")
        COURT,
        @org.eclipse.microprofile.graphql.Description("A non-state armed or political group (Hamas, Hezbollah).")
        ARMED_GROUP
    }

    /** One organisation: a lower-case code that is never an ISO country code, its kind, name and aliases. */
    public record Entry(String code, Kind kind, String name, List<String> aliases) {
    }

    private final Map<String, Entry> byCode = new LinkedHashMap<>();
    private final Map<String, Entry> byName = new LinkedHashMap<>();
    private final PayloadTrie<Entry> trie;

    Organisations(List<String[]> rows) {
        PayloadTrie.PayloadTrieBuilder<Entry> builder = PayloadTrie.<Entry>builder().onlyWholeWords().ignoreOverlaps();
        for (String[] row : rows) {
            if (row.length < 3 || !row[0].equals(row[0].toLowerCase(Locale.ROOT)) || row[0].length() < 2) {
                throw new IllegalArgumentException("organisation line needs a lower-case code, a kind and a name: " + String.join("\t", row));
            }
            List<String> aliases = row.length > 3 && !row[3].isBlank()
                    ? Arrays.stream(row[3].split("\\|")).map(String::strip).filter(a -> !a.isEmpty()).toList() : List.of();
            Entry e = new Entry(row[0], Kind.valueOf(row[1].strip()), row[2].strip(), aliases);
            byCode.put(e.code(), e);
            for (String name : names(e)) {
                builder.addKeyword(name, e);
                byName.putIfAbsent(name.toLowerCase(Locale.ROOT), e);
            }
        }
        trie = builder.build();
    }

    /** The organisations of the bundled resource file, read once on first use. */
    public static Organisations load() {
        return Bundled.INSTANCE;
    }

    private static final class Bundled {
        static final Organisations INSTANCE = new Organisations(Gazetteer.rows("gazetteer/organisations.tsv"));
    }

    public Collection<Entry> all() {
        return byCode.values();
    }

    /** An organisation by its code, name or an alias, ignoring case. */
    public Optional<Entry> find(String codeOrName) {
        if (codeOrName == null) {
            return Optional.empty();
        }
        String key = codeOrName.strip().toLowerCase(Locale.ROOT);
        return Optional.ofNullable(byCode.containsKey(key) ? byCode.get(key) : byName.get(key));
    }

    /** Mentions of organisations in text[0, length), as mentions whose code is the organisation's code, in text order. */
    public List<CountryMention> mentions(String text) {
        List<CountryMention> out = new ArrayList<>();
        for (PayloadEmit<Entry> emit : trie.parseText(text)) {
            out.add(new CountryMention(emit.getPayload().code(), emit.getStart(), emit.getEnd() + 1, emit.getKeyword(), Gazetteer.Role.NAME));
        }
        return out;
    }

    /** True for an organisation's code (lower case) as against a country's ISO code. */
    public static boolean isOrganisationCode(String code) {
        return code != null && !code.isEmpty() && Character.isLowerCase(code.charAt(0));
    }

    private static List<String> names(Entry e) {
        List<String> out = new ArrayList<>(e.aliases());
        out.add(0, e.name());
        return out;
    }
}
