package io.stancegraph.analysis;

/** A country named in the body at [start, end), by its name, an alias, a demonym or a place. */
public record CountryMention(String code, int start, int end, String surface, Gazetteer.Role role) {
}
