package io.stancegraph.graphql;

import io.stancegraph.analysis.Organisations;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/** Organisations (the UN, the EU, the African Union, Hamas): actors with positions of their own, never folded into a country. */
@GraphQLApi
@InfrastructureErrors.Translated
public class OrganisationResource {

    private static final int MAX_STATEMENTS = 100;

    @Inject
    OrganisationQueries queries;

    @Inject
    GraphQueries graph;

    @Query("organisations")
    @Description("The stance of every organisation the corpus names toward the corpus event, most named first.")
    @Transactional
    public @NonNull List<@NonNull OrganisationStanceView> organisations(
            @Description("Only organisations of this kind.") Organisations.Kind kind,
            @Description("How many statements to give per organisation (at most 100).") @DefaultValue("5") int statements) {
        return queries.corpus(kind, null, bounded(statements));
    }

    @Query("organisation")
    @Description("One organisation's stance toward the corpus event, by code (\"eu\"), name or abbreviation (\"European Union\", \"EU\"); NEUTRAL with no statements when the corpus does not name it.")
    @Transactional
    public OrganisationStanceView organisation(@NonNull @Description("Code, name or abbreviation.") String code,
            @Description("How many statements to give (at most 100).") @DefaultValue("20") int statements) {
        Organisations.Entry e = Organisations.load().find(code)
                .orElseThrow(() -> new ApiError.NotFound("no organisation is known as '" + code + "'; Query.organisations lists those the corpus names"));
        return queries.corpus(null, e.code(), bounded(statements)).get(0);
    }

    @Name("organisations")
    @Description("The organisations the article names, with their position in it and the statements behind it, in order of first mention.")
    @Transactional
    public List<@NonNull List<@NonNull OrganisationStanceView>> ofArticles(@Source List<ArticleView> articles) {
        return Batches.lists(articles, a -> a.key, queries::ofArticles);
    }

    @Name("article")
    @Description("The article the statement comes from.")
    @Transactional
    public List<@NonNull ArticleView> article(@Source List<OrganisationStatementView> statements) {
        return Batches.singles(statements, s -> s.articleKey, graph::articlesByKey);
    }

    private static int bounded(int statements) {
        if (statements < 0 || statements > MAX_STATEMENTS) {
            throw new ApiError.BadUserInput("statements must be between 0 and " + MAX_STATEMENTS);
        }
        return statements;
    }
}
