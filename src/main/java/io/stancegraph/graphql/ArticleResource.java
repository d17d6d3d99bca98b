package io.stancegraph.graphql;

import io.stancegraph.analysis.Gazetteer;
import io.stancegraph.config.StanceGraphConfig;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/** Articles and what hangs off them: publisher, countries, cited sources, stances, claims. */
@GraphQLApi
@InfrastructureErrors.Translated
public class ArticleResource {

    @Inject
    GraphQueries queries;

    @Inject
    StanceGraphConfig config;

    @Inject
    Gazetteer gazetteer;

    @Query("articles")
    @Description("Articles, filtered and ordered; by default all of them in the order they were ingested.")
    @Transactional
    public @NonNull ArticleConnection articles(
            @Description("Page size from the start (or after `after`); at most the configured maximum (100 by default).") @DefaultValue("20") Integer first,
            @Description("Cursor to continue after (pageInfo.endCursor of the previous page).") String after,
            @Description("Page size from the end (or before `before`).") Integer last,
            @Description("Cursor to continue before (pageInfo.startCursor of the next page).") String before,
            @Description("Only articles published by this source: its name (typos and spellings are folded) or its ID.") String publisher,
            @Description("Only articles that name this country: ISO code, name or alias.") String country,
            @Description("Only articles published on or after this date.") LocalDate since,
            @Description("Only articles published on or before this date.") LocalDate until,
            @Description("Only articles whose title or body contains this text (case-insensitive).") String search,
            @Description("Order of the list.") @DefaultValue("INGESTED") ArticleOrder orderBy) {
        GraphQueries.ArticleFilter filter = new GraphQueries.ArticleFilter(Lookups.sourceKey(publisher, gazetteer),
                Lookups.countryCode(country, gazetteer), since, until, Lookups.blankToNull(search));
        PageRequest page = PageRequest.of(first, after, last, before, 20,
                config.api().maxPageSize(), () -> queries.articleCount(filter));
        return new ArticleConnection(queries.articles(filter, orderBy, page), page, queries.articleCount(filter));
    }

    @Query("article")
    @Description("One article by its ID; null with a NOT_FOUND error when there is none.")
    @Transactional
    public ArticleView article(@Id @NonNull @Description("The article's global ID.") String id) {
        ArticleView article = queries.article(GlobalId.keyOf(id, "Article"));
        if (article == null) {
            throw new ApiError.NotFound("no article with ID " + id);
        }
        return article;
    }

    @Name("countries")
    @Description("Countries the article names, in order of first mention.")
    @Transactional
    public List<@NonNull List<@NonNull CountryView>> countries(@Source List<ArticleView> articles) {
        return Batches.lists(articles, a -> a.key, queries::countriesOfArticles);
    }

    @Name("sources")
    @Description("Sources the article names: those it cites (\"according to Reuters\", \"(Wikipedia)\"), then the outlet credited for the text. Typos are merged (\"Atlanic Council\" is \"Atlantic Council\").")
    @Transactional
    public List<@NonNull List<@NonNull SourceView>> sources(@Source List<ArticleView> articles) {
        return Batches.lists(articles, a -> a.key, queries::sourcesOfArticles);
    }

    @Name("stances")
    @Description("Each named country's position in this article, in order of first mention.")
    @Transactional
    public List<@NonNull List<@NonNull ArticleStanceView>> stances(@Source List<ArticleView> articles) {
        return Batches.lists(articles, a -> a.key, queries::stancesOfArticles);
    }

    @Name("claims")
    @Description("The article's claims in text order.")
    @Transactional
    public List<@NonNull ClaimConnection> claims(@Source List<ArticleView> articles,
            @Description("Page size.") @DefaultValue("20") Integer first,
            @Description("Cursor to continue after.") String after) {
        PageRequest page = PageRequest.of(first, after, 20, config.api().maxPageSize());
        return Batches.connections(articles, a -> a.key, page, keys -> queries.claimsOfArticles(keys, page),
                queries::claimCountsOfArticles, ClaimConnection::new);
    }
}
