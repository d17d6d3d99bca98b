package io.stancegraph.analysis;

/**
 * Why a claim gives a country a position: the cue found in the text and the sieve (rule) that gave
 * the cue to the country.
 *
 * @param cue  the words of the claim that carry the cue ("welcomed", "recalled its ambassador"), or null
 * @param rule the sieve: frame, speaker, passive-agent, subject, event-act, event-participant, broker,
 *             affected-party, speech-tone, group (and the others the README lists)
 */
public record Evidence(String cue, String rule) {
}
