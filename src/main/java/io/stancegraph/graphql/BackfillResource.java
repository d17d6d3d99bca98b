package io.stancegraph.graphql;

import io.stancegraph.ingest.ArticleIngestor;
import io.stancegraph.ingest.Backfill;
import io.stancegraph.ingest.IngestRejected;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.inject.Inject;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** Backfills of large folders, split across replicas. */
@GraphQLApi
@InfrastructureErrors.Translated
public class BackfillResource {

    @Inject
    Backfill backfill;

    @Inject
    ArticleIngestor ingestor;

    @Inject
    CurrentVertxRequest request;

    /** How far a backfill has come. */
    @Name("BackfillStatus")
    @Description("Documents of backfills by state, over every replica.")
    public record Status(
            @NonNull @Description("Waiting for a replica.") int queued,
            @NonNull @Description("Being analysed and stored by a replica (taken over by another when its lease runs out).") int claimed,
            @NonNull @Description("Stored (or found stored before).") int done,
            @NonNull @Description("Could not be read or stored.") int failed) {

        static Status of(Map<Backfill.State, Long> counts) {
            return new Status(counts.get(Backfill.State.QUEUED).intValue(), counts.get(Backfill.State.CLAIMED).intValue(),
                    counts.get(Backfill.State.DONE).intValue(), counts.get(Backfill.State.FAILED).intValue());
        }
    }

    @Mutation("startBackfill")
    @Description("Queues every document of a folder (.txt, .md, .eml, .html, .htm, .xml feed items and the like) on the server (a volume every replica mounts) for loading; "
            + "all replicas on the database share the work. Files queued before are not queued again. Needs `Authorization: Bearer <token>`.")
    public @NonNull Status startBackfill(@NonNull @Description("Absolute path of the folder on the server.") String directory) {
        try {
            ingestor.authorize(request.getCurrent().request().getHeader("Authorization"));
            backfill.queue(Path.of(directory));
            return Status.of(backfill.status());
        } catch (IngestRejected e) {
            throw IngestResource.rejected(e);
        } catch (InvalidPathException e) {
            throw new ApiError.BadUserInput("not a path: " + directory);
        }
    }

    @Query("backfill")
    @Description("Documents of backfills by state.")
    public @NonNull Status backfill() {
        return Status.of(backfill.status());
    }
}
