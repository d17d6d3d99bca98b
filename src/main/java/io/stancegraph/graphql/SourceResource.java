package io.stancegraph.graphql;

import io.stancegraph.analysis.SourceKind;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/** Sources: outlets, agencies, think tanks and others that articles publish or cite. */
@GraphQLApi
@InfrastructureErrors.Translated
public class SourceResource {

    @Inject
    GraphQueries queries;

    @Query("sources")
    @Description("Every source the corpus names, by name.")
    @Transactional
    public @NonNull List<@NonNull SourceView> sources(@Description("Only sources of this kind.") SourceKind kind) {
        return queries.sources(kind);
    }

    @Name("published")
    @Description("Articles this source published.")
    @Transactional
    public List<@NonNull List<@NonNull ArticleView>> published(@Source List<SourceView> sources) {
        return Batches.lists(sources, s -> s.key, queries::articlesPublishedBy);
    }

    @Name("citedIn")
    @Description("Articles that name this source.")
    @Transactional
    public List<@NonNull List<@NonNull ArticleView>> citedIn(@Source List<SourceView> sources) {
        return Batches.lists(sources, s -> s.key, queries::articlesCiting);
    }
}
