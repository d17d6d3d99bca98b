package io.stancegraph.graphql;

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

/** Countries, their corpus stances and their per-article stances. */
@GraphQLApi
@InfrastructureErrors.Translated
public class CountryResource {

    @Inject
    GraphQueries queries;

    @Inject
    Gazetteer gazetteer;

    @Inject
    StanceGraphConfig config;

    @Query("countries")
    @Description("Every country the corpus names, most mentioned first unless ordered otherwise.")
    @Transactional
    public @NonNull List<@NonNull CountryView> countries(
            @Description("Only countries with this corpus position.") Position position,
            @Description("Only countries named at least this often.") Integer minMentions,
            @Description("Order of the list.") @DefaultValue("MENTIONS") CountryOrder orderBy) {
        return queries.countries(position, minMentions, orderBy);
    }

    @Query("country")
    @Description("One country by ISO code (\"kz\", \"KZ\") or by name or alias (\"Kazakhstan\", \"Astana\", \"the Kremlin\"); null when the corpus does not name it.")
    @Transactional
    public CountryView country(
            @Description("ISO 3166-1 alpha-2 code, any case.") String code,
            @Description("Name, alias, demonym or capital.") String name) {
        if (code == null && name == null) {
            throw new ApiError.BadUserInput("give the country's code or its name");
        }
        return gazetteer.resolveCountry(code != null ? code : name).map(queries::country).orElse(null);
    }

    @Name("articles")
    @Description("Articles that name the country, newest first.")
    @Transactional
    public List<@NonNull ArticleConnection> articles(@Source List<CountryView> countries,
            @Description("Page size.") @DefaultValue("20") Integer first,
            @Description("Cursor to continue after.") String after) {
        PageRequest page = PageRequest.of(first, after, 20, config.api().maxPageSize());
        return Batches.connections(countries, c -> c.key, page, keys -> queries.articlesOfCountries(keys, page),
                queries::articleCountsOfCountries, ArticleConnection::new);
    }

    @Name("quotes")
    @Description("Claims that support the position, the best of each article first, firm statements before hedged ones.")
    @Transactional
    public List<@NonNull ClaimConnection> quotes(@Source List<StanceView> stances,
            @Description("Page size.") @DefaultValue("10") Integer first,
            @Description("Cursor to continue after.") String after) {
        PageRequest page = PageRequest.of(first, after, 10, config.api().maxPageSize());
        return Batches.connections(stances, s -> s.countryKey, page, keys -> queries.quotesOfCountries(keys, page),
                queries::quoteCountsOfCountries, ClaimConnection::new);
    }

    @Name("byArticle")
    @Description("The country's stance in each article that names it.")
    @Transactional
    public List<@NonNull List<@NonNull ArticleStanceView>> byArticle(@Source List<StanceView> stances) {
        return Batches.lists(stances, s -> s.countryKey, queries::stancesOfCountries);
    }

    @Name("article")
    @Description("The article.")
    @Transactional
    public List<@NonNull ArticleView> stanceArticle(@Source List<ArticleStanceView> stances) {
        return Batches.singles(stances, s -> s.articleKey, queries::articlesByKey);
    }

    @Name("country")
    @Description("The country.")
    @Transactional
    public List<@NonNull CountryView> stanceCountry(@Source List<ArticleStanceView> stances) {
        return Batches.singles(stances, s -> s.countryKey, queries::countriesByKey);
    }

    @Name("quotes")
    @Description("The claims of this article that support the position, in text order.")
    @Transactional
    public List<@NonNull List<@NonNull ClaimView>> articleQuotes(@Source List<ArticleStanceView> stances) {
        return Batches.lists(stances, s -> s.key, queries::quotesOfArticleStances);
    }
}
