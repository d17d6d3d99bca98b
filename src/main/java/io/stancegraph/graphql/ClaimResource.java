package io.stancegraph.graphql;

import io.stancegraph.analysis.Certainty;
import io.stancegraph.analysis.Corroboration;
import io.stancegraph.analysis.Gazetteer;
import io.stancegraph.analysis.Position;
import io.stancegraph.config.StanceGraphConfig;
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

/** Claims: the quoted statements the stances rest on. */
@GraphQLApi
@InfrastructureErrors.Translated
public class ClaimResource {

    @Inject
    GraphQueries queries;

    @Inject
    Gazetteer gazetteer;

    @Inject
    StanceGraphConfig config;

    @Query("claims")
    @Description("Claims of the whole corpus, filtered and ordered; by default article by article in text order.")
    @Transactional
    public @NonNull ClaimConnection claims(
            @Description("Only claims about this country: ISO code, name or alias.") String country,
            @Description("Only claims with this position (the position for `country`, when one is given).") Position position,
            @Description("Only claims stated this firmly.") Certainty certainty,
            @Description("Only claims that cite this source: its name or its ID.") String source,
            @Description("Only claims whose speaker contains this text (case-insensitive), e.g. \"Tokayev\".") String speaker,
            @Description("Only claims that at least this many other articles corroborate.") Integer minCorroboration,
            @Description("Only claims whose quote contains this text (case-insensitive).") String search,
            @Description("Order of the list.") @DefaultValue("TEXT") ClaimOrder orderBy,
            @Description("Page size from the start (or after `after`).") @DefaultValue("20") Integer first,
            @Description("Cursor to continue after.") String after,
            @Description("Page size from the end (or before `before`).") Integer last,
            @Description("Cursor to continue before.") String before) {
        GraphQueries.ClaimFilter filter = new GraphQueries.ClaimFilter(Lookups.countryCode(country, gazetteer), position, certainty,
                Lookups.sourceKey(source, gazetteer), Lookups.blankToNull(speaker), minCorroboration, Lookups.blankToNull(search));
        PageRequest page = PageRequest.of(first, after, last, before, 20,
                config.api().maxPageSize(), () -> queries.claimCount(filter));
        return new ClaimConnection(queries.claims(filter, orderBy, page), page, queries.claimCount(filter));
    }

    @Name("countries")
    @Description("The countries the claim is about.")
    @Transactional
    public List<@NonNull List<@NonNull CountryView>> countries(@Source List<ClaimView> claims) {
        return Batches.lists(claims, c -> c.key, queries::countriesOfClaims);
    }

    @Name("evidence")
    @Description("For each country the claim takes a side for: the position, the cue and the rule that decided it.")
    @Transactional
    public List<@NonNull List<@NonNull EvidenceView>> evidence(@Source List<ClaimView> claims) {
        return Batches.lists(claims, c -> c.key, queries::evidenceOfClaims);
    }

    @Name("corroboratedBy")
    @Description("Claims of other articles that state the same fact.")
    @Transactional
    public List<@NonNull List<@NonNull ClaimView>> corroboratedBy(@Source List<ClaimView> claims) {
        return Batches.lists(claims, c -> c.key, keys -> queries.linkedClaims(keys, Corroboration.Kind.CORROBORATES));
    }

    @Name("contradictedBy")
    @Description("Claims of other articles that state the same event with another status (\"poised to join\" against \"has officially joined\").")
    @Transactional
    public List<@NonNull List<@NonNull ClaimView>> contradictedBy(@Source List<ClaimView> claims) {
        return Batches.lists(claims, c -> c.key, keys -> queries.linkedClaims(keys, Corroboration.Kind.CONTRADICTS));
    }
}
