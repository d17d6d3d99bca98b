package io.stancegraph.analysis;

import org.eclipse.microprofile.graphql.Description;

/** A country's position toward the corpus event. */
@Description("A country's position toward the event the corpus reports.")
public enum Position {
    @Description("Backs the move: joins, signs, welcomes, praises, hopes for it.")
    SUPPORTIVE,
    @Description("Against the move: condemns, criticizes, rejects, calls to cut ties.")
    OPPOSED,
    @Description("Wary: sees risk, may perceive a threat, insists on conditions first.")
    CONCERNED,
    @Description("Named without taking a position.")
    NEUTRAL,
    @Description("Evidence points both ways.")
    MIXED;

    /** True for the positions that take a side (everything but NEUTRAL and MIXED). */
    public boolean isDirectional() {
        return this == SUPPORTIVE || this == OPPOSED || this == CONCERNED;
    }

    /** True for positions against the move (OPPOSED, CONCERNED). */
    public boolean isAgainst() {
        return this == OPPOSED || this == CONCERNED;
    }

    /**
     * Whether a claim with this position is evidence for a stance: the same position, any side for
     * MIXED, and either position against the move for an OPPOSED or CONCERNED stance.
     */
    public boolean supports(Position stance) {
        return this == stance || stance == MIXED && isDirectional() || stance.isAgainst() && isAgainst();
    }
}
