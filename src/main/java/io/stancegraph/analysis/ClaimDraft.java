package io.stancegraph.analysis;

import java.util.Map;

/**
 * One statement of an article, ready to store.
 *
 * @param ordinal   position among the article's claims, from 0
 * @param start     body offset where the quote starts
 * @param end       body offset where it ends (exclusive)
 * @param quote     the exact text, body.substring(start, end)
 * @param source    the cited source, or null
 * @param positions position per country of the claim
 * @param evidence  per country with a directional position: the cue and the sieve behind it
 */
public record ClaimDraft(int ordinal, int start, int end, String quote, Certainty certainty, Attribution attribution,
                         SourceMention source, Position position, Map<String, Position> positions,
                         Map<String, Evidence> evidence) {
}
