package io.stancegraph.analysis;

import java.util.List;

/**
 * An organisation an article names, with the position its statements there add up to.
 *
 * @param mentions   how often the headline and the body name it
 * @param statements the sentences in which it takes a position, in text order
 */
public record OrganisationStance(String code, int mentions, Position position, double confidence, List<OrganisationStatement> statements) {

    public OrganisationStance {
        statements = List.copyOf(statements);
    }
}
