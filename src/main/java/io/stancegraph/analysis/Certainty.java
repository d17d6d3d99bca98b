package io.stancegraph.analysis;

/** How firmly a claim is stated. */
public enum Certainty {
    /** Stated as fact by the article. */
    ASSERTED,
    /** Qualified: may, could, likely, poised to, expected to, reportedly. */
    HEDGED,
    /** Attributed speech: someone said, wrote, or is cited for it. */
    REPORTED
}
