package io.stancegraph.analysis;

/** A country's position toward the corpus event. */
public enum Position {
    SUPPORTIVE, OPPOSED, CONCERNED, NEUTRAL, MIXED;

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
