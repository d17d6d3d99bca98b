package io.stancegraph.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A claim with its cursor.")
public class ClaimEdge {

    private final String cursor;
    private final ClaimView node;

    ClaimEdge(String cursor, ClaimView node) {
        this.cursor = cursor;
        this.node = node;
    }

    @NonNull
    @Description("Opaque position of this claim; pass it as `after` to continue from here.")
    public String getCursor() {
        return cursor;
    }

    @NonNull
    @Description("The claim.")
    public ClaimView getNode() {
        return node;
    }
}
