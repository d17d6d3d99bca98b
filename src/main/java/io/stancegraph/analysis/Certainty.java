package io.stancegraph.analysis;

import org.eclipse.microprofile.graphql.Description;

/** How firmly a claim is stated. */
@Description("How firmly a claim is stated.")
public enum Certainty {
    @Description("Stated as fact by the article.")
    ASSERTED,
    @Description("Qualified: may, could, would, likely, poised to, expected to, reportedly.")
    HEDGED,
    @Description("Attributed speech: someone said or wrote it, or a source is cited for it.")
    REPORTED
}
