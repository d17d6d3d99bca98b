package io.stancegraph.graphql;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** Refetching any object by its global ID, as client caches do. */
@GraphQLApi
@InfrastructureErrors.Translated
public class NodeResource {

    @Inject
    GraphQueries queries;

    @Query("node")
    @Description("Any article, claim, source or country by its global ID; null with a NOT_FOUND error when there is none.")
    @Transactional
    public Node node(@Id @NonNull @Description("A global ID from an `id` field.") String id) {
        GlobalId.Parts parts = GlobalId.decode(id);
        Node node = switch (parts.type()) {
            case "Article" -> queries.article(parts.key());
            case "Claim" -> queries.claim(parts.key());
            case "Source" -> queries.source(parts.key());
            case "Country" -> queries.country(parts.key());
            default -> throw new ApiError.BadUserInput("'" + id + "' is not a StanceGraph ID");
        };
        if (node == null) {
            throw new ApiError.NotFound("nothing with ID " + id);
        }
        return node;
    }
}
