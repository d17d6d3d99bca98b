package io.stancegraph.graphql;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.graphql.api.ErrorCode;
import io.smallrye.mutiny.Multi;
import io.stancegraph.ingest.ArticleIngestor;
import io.stancegraph.ingest.IngestRejected;
import io.stancegraph.model.Article;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import io.smallrye.graphql.api.Subscription;

import java.util.ArrayList;
import java.util.List;

/** Adding articles at run time, and hearing about them. */
@GraphQLApi
@InfrastructureErrors.Translated
public class IngestResource {

    @Inject
    ArticleIngestor ingestor;

    @Inject
    CurrentVertxRequest request;

    @Inject
    GraphQueries queries;

    @Mutation("ingestArticle")
    @Description("Parses, analyses and stores a document in one transaction that also updates what it touches: the stances, "
            + "quotes and summaries of the countries it names, and corroboration with other articles. The same content again returns the stored article. Needs `Authorization: Bearer <token>`.")
    public @NonNull ArticleView ingestArticle(@NonNull @Description("The document and what is known about it.") IngestArticleInput input) {
        try {
            Article article = ingestor.ingest(request.getCurrent().request().getHeader("Authorization"), request(input));
            return QuarkusTransaction.requiringNew().call(() -> queries.article(article.uid));
        } catch (IngestRejected e) {
            throw rejected(e);
        }
    }

    @Mutation("ingestArticles")
    @Description("Many documents in one call (at most stancegraph.ingest.max-batch, 100): analysed in parallel, then each stored "
            + "in its own transaction with everything it changes. Results come in the order of the inputs; a refused document "
            + "has an error and stores nothing, the others are stored. Needs `Authorization: Bearer <token>`.")
    public @NonNull List<@NonNull IngestResult> ingestArticles(
            @NonNull @Description("The documents, each as for `ingestArticle`.") List<@NonNull IngestArticleInput> inputs) {
        try {
            List<ArticleIngestor.Request> requests = inputs.stream().map(IngestResource::request).toList();
            List<ArticleIngestor.Outcome> outcomes = ingestor.ingestAll(request.getCurrent().request().getHeader("Authorization"),
                    requests);
            List<IngestResult> out = new ArrayList<>();
            for (int i = 0; i < outcomes.size(); i++) {
                ArticleIngestor.Outcome o = outcomes.get(i);
                out.add(o.article() != null
                        ? new IngestResult(i, QuarkusTransaction.requiringNew().call(() -> queries.article(o.article().uid)), null)
                        : new IngestResult(i, null, new IngestResult.IngestError(code(o.rejected()), o.rejected().getMessage())));
            }
            return out;
        } catch (IngestRejected e) {
            throw rejected(e);
        }
    }

    private static ArticleIngestor.Request request(IngestArticleInput input) {
        return new ArticleIngestor.Request(input.fileName, input.url, input.contentType == DocumentType.HTML, input.content,
                input.publisher, input.publishedOn);
    }

    @Mutation("recomputeCorpus")
    @Description("Derives every stance, link, count and summary from the stored articles again (after a change of the event or "
            + "of the analysis settings) and returns the number of articles. Ingestion keeps all of these current by itself. "
            + "Needs `Authorization: Bearer <token>`.")
    public int recomputeCorpus() {
        try {
            return (int) ingestor.recompute(request.getCurrent().request().getHeader("Authorization"));
        } catch (IngestRejected e) {
            throw rejected(e);
        }
    }

    static RuntimeException rejected(IngestRejected e) {
        return switch (e.reason()) {
            case UNAUTHORIZED -> new Unauthorized(e.getMessage());
            case FORBIDDEN, DISABLED -> new Forbidden(e.getMessage());
            case BAD_INPUT -> new ApiError.BadUserInput(e.getMessage());
            case BUSY -> new ApiError.ServiceUnavailable(e.getMessage());
        };
    }

    /** The error code of one refused document of a bulk ingestion. */
    static String code(IngestRejected e) {
        return e.reason() == IngestRejected.Reason.BUSY ? "SERVICE_UNAVAILABLE" : "BAD_USER_INPUT";
    }

    @Subscription("articleIngested")
    @Description("Every article added from now on, through this or any other replica on the same database "
            + "(graphql-ws over WebSocket at /graphql).")
    public Multi<ArticleView> articleIngested() {
        return ingestor.ingested().map(uid -> QuarkusTransaction.requiringNew().call(() -> queries.article(uid)));
    }

    /** No credentials. */
    @ErrorCode("UNAUTHORIZED")
    public static class Unauthorized extends ApiError {
        public Unauthorized(String message) {
            super(message);
        }
    }

    /** Credentials that do not grant ingestion, or ingestion disabled. */
    @ErrorCode("FORBIDDEN")
    public static class Forbidden extends ApiError {
        public Forbidden(String message) {
            super(message);
        }
    }
}
