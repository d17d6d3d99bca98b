package io.stancegraph.graphql;

import org.eclipse.microprofile.graphql.Description;

@Description("Order of a claim list.")
public enum ClaimOrder {
    @Description("Article by article, in text order.")
    TEXT,
    @Description("Most corroborated first (claims that other articles confirm).")
    CORROBORATION
}
