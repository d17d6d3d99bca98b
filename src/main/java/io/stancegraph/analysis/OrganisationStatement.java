package io.stancegraph.analysis;

/**
 * A sentence in which an organisation takes a position.
 *
 * @param code     the organisation's code ({@link Organisations})
 * @param start    body offset where the sentence starts
 * @param end      body offset where it ends (exclusive)
 * @param quote    body.substring(start, end)
 * @param evidence the cue and the sieve that gave the position to the organisation
 */
public record OrganisationStatement(String code, int start, int end, String quote, Certainty certainty, Position position, Evidence evidence) {
}
