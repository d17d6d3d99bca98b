package io.stancegraph.graphql;

import io.stancegraph.ingest.EventService;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** The corpus event. */
@GraphQLApi
@InfrastructureErrors.Translated
public class EventResource {

    @Inject
    EventService events;

    @Query("event")
    @Description("The event the corpus reports: its actors, act, object, targets and the words that refer to it.")
    public @NonNull EventView event() {
        return new EventView(events.current(), events.origin());
    }
}
