package io.stancegraph.analysis;

import java.util.Map;

/**
 * The position one claim expresses for each country it involves.
 *
 * @param position  the position of the claim's main holder (NEUTRAL when it takes no side)
 * @param byCountry position per ISO code, in order of appearance; every country of the claim is present
 * @param evidence  per ISO code with a directional position: the cue and the sieve behind it
 */
public record ClaimStance(Position position, Map<String, Position> byCountry, Map<String, Evidence> evidence) {
}
