package io.stancegraph.graphql;

import io.stancegraph.analysis.Gazetteer;
import io.stancegraph.analysis.Names;

/** Turns the names clients type into the keys the queries use. */
final class Lookups {

    private Lookups() {
    }

    /** ISO code of a country given by code, name or alias; null for null; an unknown one is BAD_USER_INPUT. */
    static String countryCode(String country, Gazetteer gazetteer) {
        if (country == null || country.isBlank()) {
            return null;
        }
        return gazetteer.resolveCountry(country)
                .orElseThrow(() -> new ApiError.BadUserInput("unknown country '" + country + "'"));
    }

    /** Normalised key of a source given by ID or by name; spellings and typos fold to the canonical name. */
    static String sourceKey(String source, Gazetteer gazetteer) {
        if (source == null || source.isBlank()) {
            return null;
        }
        try {
            GlobalId.Parts id = GlobalId.decode(source);
            if (id.type().equals("Source")) {
                return id.key();
            }
        } catch (ApiError.BadUserInput notAnId) {
            // a name
        }
        return Names.key(gazetteer.sourceOrTypo(source).map(Gazetteer.SourceEntry::name).orElse(source));
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
