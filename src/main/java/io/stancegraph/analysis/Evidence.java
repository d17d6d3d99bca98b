package io.stancegraph.analysis;

/**
 * Why a claim gives a country a position: the cue found in the text and the sieve (rule) that gave
 * the cue to the country.
 *
 * @param cue  the cue as the lexicon names it ("welcome", "withdraw"), or the words that decided, or null
 * @param rule the sieve: frame, speaker, passive-agent, subject, event-act, event-participant, broker,
 *             affected-party, speech-tone
 */
public record Evidence(String cue, String rule) {
}
