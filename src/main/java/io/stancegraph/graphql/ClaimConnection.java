package io.stancegraph.graphql;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A page of claims with Relay-style edges and cursors.")
public class ClaimConnection {

    private final Connection.Parts<ClaimView, ClaimEdge> parts;
    private final int totalCount;

    ClaimConnection(List<ClaimView> rows, PageRequest page, int totalCount) {
        this.parts = Connection.of(rows, page, ClaimEdge::new);
        this.totalCount = totalCount;
    }

    @NonNull
    @Description("The claims of this page.")
    public List<@NonNull ClaimView> getNodes() {
        return parts.nodes();
    }

    @NonNull
    @Description("The claims of this page with their cursors.")
    public List<@NonNull ClaimEdge> getEdges() {
        return parts.edges();
    }

    @NonNull
    @Description("Whether more pages follow or precede.")
    public PageInfo getPageInfo() {
        return parts.pageInfo();
    }

    @NonNull
    @Description("How many claims the whole connection holds, over all pages.")
    public int getTotalCount() {
        return totalCount;
    }
}
