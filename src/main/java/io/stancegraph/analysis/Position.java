package io.stancegraph.analysis;

/** A country's position toward the corpus event. */
public enum Position {
    SUPPORTIVE, OPPOSED, CONCERNED, NEUTRAL, MIXED;

    /** True for the positions that take a side (everything but NEUTRAL and MIXED). */
    public boolean isDirectional() {
        return this == SUPPORTIVE || this == OPPOSED || this == CONCERNED;
    }
}
