package io.stancegraph.analysis;

/**
 * A cited source at [start, end) of the body.
 *
 * @param name    canonical name ("Atlantic Council" for "Atlanic Council")
 * @param surface the text as written
 * @param fuzzy   true when matched by edit distance (a typo)
 */
public record SourceMention(String name, SourceKind kind, int start, int end, String surface, boolean fuzzy) {
}
