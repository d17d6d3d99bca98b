package io.stancegraph.graphql;

import org.eclipse.microprofile.graphql.Description;

@Description("Order of an article list.")
public enum ArticleOrder {
    @Description("In the order the articles were ingested.")
    INGESTED,
    @Description("Newest publication date first; undated articles last.")
    NEWEST,
    @Description("Oldest publication date first; undated articles last.")
    OLDEST
}
