package io.stancegraph.graphql;

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
public class ClaimResource {

    @Inject
    GraphQueries queries;

    @Inject
    Gazetteer gazetteer;

    @Inject
    StanceGraphConfig config;

    @Query("claims")
    @Description("Claims of the whole corpus in article and text order, optionally about one country and with one position toward it.")
    @Transactional
    public @NonNull ClaimConnection claims(
            @Description("Country code, name or alias: only claims about this country.") String country,
            @Description("Only claims with this position (for the country, when one is given).") Position position,
            @Description("Page size.") @DefaultValue("20") Integer first,
            @Description("Cursor to continue after.") String after) {
        PageRequest page = PageRequest.of(first, after, 20, config.api().maxPageSize());
        String code = null;
        if (country != null) {
            code = gazetteer.resolveCountry(country).orElseThrow(() -> new ApiError.BadUserInput("unknown country '" + country + "'"));
        }
        return new ClaimConnection(queries.claims(code, position, page), page, queries.claimCount(code, position));
    }

    @Name("article")
    @Description("The article the claim comes from.")
    @Transactional
    public List<@NonNull ArticleView> article(@Source List<ClaimView> claims) {
        return Batches.singles(claims, c -> c.articleKey, queries.articlesByKey(Batches.keys(claims, c -> c.articleKey)));
    }

    @Name("countries")
    @Description("The countries the claim is about.")
    @Transactional
    public List<@NonNull List<@NonNull CountryView>> countries(@Source List<ClaimView> claims) {
        return Batches.lists(claims, c -> c.key, queries.countriesOfClaims(Batches.keys(claims, c -> c.key)));
    }

    @Name("corroboratedBy")
    @Description("Claims of other articles that state the same fact.")
    @Transactional
    public List<@NonNull List<@NonNull ClaimView>> corroboratedBy(@Source List<ClaimView> claims) {
        return Batches.lists(claims, c -> c.key, queries.linkedClaims(Batches.keys(claims, c -> c.key), Corroboration.Kind.CORROBORATES));
    }

    @Name("contradictedBy")
    @Description("Claims of other articles that state the same event with another status (\"poised to join\" against \"has officially joined\").")
    @Transactional
    public List<@NonNull List<@NonNull ClaimView>> contradictedBy(@Source List<ClaimView> claims) {
        return Batches.lists(claims, c -> c.key, queries.linkedClaims(Batches.keys(claims, c -> c.key), Corroboration.Kind.CONTRADICTS));
    }

    @Name("source")
    @Description("The source the claim cites (\"according to Business Standard\"), when it cites one.")
    @Transactional
    public List<SourceView> source(@Source List<ClaimView> claims) {
        return Batches.singles(claims, c -> c.sourceKey, queries.sourcesByKey(Batches.keys(claims, c -> c.sourceKey)));
    }
}
