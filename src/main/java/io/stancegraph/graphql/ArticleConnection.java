package io.stancegraph.graphql;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A page of articles with Relay-style edges and cursors.")
public class ArticleConnection {

    private final Connection.Parts<ArticleView, ArticleEdge> parts;
    private final int totalCount;

    ArticleConnection(List<ArticleView> rows, PageRequest page, int totalCount) {
        this.parts = Connection.of(rows, page, ArticleEdge::new);
        this.totalCount = totalCount;
    }

    @NonNull
    @Description("The articles of this page.")
    public List<@NonNull ArticleView> getNodes() {
        return parts.nodes();
    }

    @NonNull
    @Description("The articles of this page with their cursors.")
    public List<@NonNull ArticleEdge> getEdges() {
        return parts.edges();
    }

    @NonNull
    @Description("Whether more pages follow or precede.")
    public PageInfo getPageInfo() {
        return parts.pageInfo();
    }

    @NonNull
    @Description("How many articles the whole connection holds, over all pages.")
    public int getTotalCount() {
        return totalCount;
    }
}
