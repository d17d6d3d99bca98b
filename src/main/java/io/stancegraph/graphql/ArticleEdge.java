package io.stancegraph.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A article with its cursor.")
public class ArticleEdge {

    private final String cursor;
    private final ArticleView node;

    ArticleEdge(String cursor, ArticleView node) {
        this.cursor = cursor;
        this.node = node;
    }

    @NonNull
    @Description("Opaque position of this article; pass it as `after` to continue from here.")
    public String getCursor() {
        return cursor;
    }

    @NonNull
    @Description("The article.")
    public ArticleView getNode() {
        return node;
    }
}
