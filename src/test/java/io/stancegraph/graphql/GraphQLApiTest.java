package io.stancegraph.graphql;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The GraphQL contract over HTTP, against the five seed articles loaded at startup. */
@QuarkusTest
class GraphQLApiTest {

    static final String HEADLINE = """
            query($code: String) { country(code: $code) { name stance { position summary quotes(first: 5) {
              nodes { quote certainty speaker article { title publisher { name } } source { name } } } } } }""";

    @Test
    void headlineQueryAnswersKazakhstanSupportiveWithQuotesFromSeveralArticles() {
        List<String> articles = GraphQL.post(HEADLINE, Map.of("code", "KZ"))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.country.name", equalTo("Kazakhstan"))
                .body("data.country.stance.position", equalTo("SUPPORTIVE"))
                .body("data.country.stance.summary", startsWith("Kazakhstan is supportive in 5 of 5 articles"))
                .body("data.country.stance.quotes.nodes", hasSize(5))
                .body("data.country.stance.quotes.nodes.quote", everyItem(notNullValue()))
                .extract().path("data.country.stance.quotes.nodes.article.title");
        // quotes are spread over articles: the best of each article first
        org.hamcrest.MatcherAssert.assertThat(new HashSet<>(articles).size(), greaterThanOrEqualTo(3));
    }

    @Test
    void theCorpusEventIsDetectedFromTheSeedsHeadlinesAndLeads() {
        GraphQL.post("query { event { summary actors act object targets triggers origin } }", Map.of())
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.event.actors", equalTo(List.of("KZ")))
                .body("data.event.act", equalTo("accede"))
                .body("data.event.object", equalTo("Abraham Accords"))
                .body("data.event.triggers", hasItem("abraham"))
                .body("data.event.origin", equalTo("DETECTED"));
    }

    @Test
    void everyDirectionalClaimOfAStanceCarriesItsCueAndRule() {
        String q = """
                query($code: String) { country(code: $code) { stance { quotes(first: 10) { nodes {
                  evidence { country { code } position cue rule } } } } } }""";
        List<Map<String, Object>> evidence = GraphQL.post(q, Map.of("code", "KZ"))
                .statusCode(200)
                .body("errors", nullValue())
                .extract().path("data.country.stance.quotes.nodes.evidence.flatten()");
        List<Map<String, Object>> forKz = evidence.stream().filter(e -> "KZ".equals(((Map<?, ?>) e.get("country")).get("code"))).toList();
        org.hamcrest.MatcherAssert.assertThat(forKz.size(), greaterThan(0));
        org.hamcrest.MatcherAssert.assertThat(forKz.stream().map(e -> e.get("rule")).toList(), everyItem(notNullValue()));
        org.hamcrest.MatcherAssert.assertThat(forKz.stream().map(e -> e.get("position")).toList(), everyItem(equalTo("SUPPORTIVE")));
    }

    @Test
    void countryIsFoundByLowercaseCodeByNameAndByAlias() {
        String q = "query($code: String, $name: String) { country(code: $code, name: $name) { code } }";
        GraphQL.post(q, Map.of("code", "kz")).body("data.country.code", equalTo("KZ"));
        GraphQL.post(q, Map.of("name", "Kazakhstan")).body("data.country.code", equalTo("KZ"));
        GraphQL.post(q, Map.of("name", "Astana")).body("data.country.code", equalTo("KZ"));
        GraphQL.post(q, Map.of("name", "the Kremlin")).body("data.country.code", equalTo("RU"));
    }

    @Test
    void unknownCountryIsNullWithoutError() {
        GraphQL.post("query($code: String) { country(code: $code) { name } }", Map.of("code", "ZZ"))
                .statusCode(200).body("data.country", nullValue()).body("errors", nullValue());
        GraphQL.post("query($code: String) { country(code: $code) { name } }", Map.of("code", "BR"))
                .statusCode(200).body("data.country", nullValue());
    }

    @Test
    void countryWithoutCodeOrNameIsABadUserInputError() {
        GraphQL.post("{ country { name } }").statusCode(200)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void malformedQueryIsAGraphQLErrorNotAServerError() {
        GraphQL.post("{ countries { code ").statusCode(not(equalTo(500)))
                .body("errors", hasSize(greaterThan(0))).body("errors[0].extensions.code", equalTo("GRAPHQL_PARSE_FAILED"));
        GraphQL.post("{ countries { noSuchField } }").statusCode(not(equalTo(500)))
                .body("errors[0].message", notNullValue());
    }

    @Test
    void countriesAreListedMostMentionedFirst() {
        List<Integer> counts = GraphQL.post("{ countries { code mentionCount } }")
                .body("data.countries.code", hasItem("IR"))
                .extract().path("data.countries.mentionCount");
        for (int i = 1; i < counts.size(); i++) {
            org.hamcrest.MatcherAssert.assertThat(counts.get(i - 1), greaterThanOrEqualTo(counts.get(i)));
        }
        GraphQL.post("{ countries { code } }").body("data.countries[0].code", equalTo("KZ"));
    }

    @Test
    void articlesArePagedWithCursorsAndTotalCount() {
        String q = "query($first: Int, $after: String) { articles(first: $first, after: $after) { totalCount "
                + "pageInfo { hasNextPage endCursor } edges { cursor node { id fileName } } nodes { fileName } } }";
        String cursor = GraphQL.post(q, Map.of("first", 2))
                .body("data.articles.totalCount", equalTo(5))
                .body("data.articles.nodes", hasSize(2))
                .body("data.articles.pageInfo.hasNextPage", equalTo(true))
                .extract().path("data.articles.pageInfo.endCursor");
        Map<String, Object> vars = new HashMap<>();
        vars.put("first", 10);
        vars.put("after", cursor);
        GraphQL.post(q, vars).body("data.articles.nodes", hasSize(3)).body("data.articles.pageInfo.hasNextPage", equalTo(false));
    }

    @Test
    void articleIsFetchedBackByItsStableId() {
        String id = GraphQL.post("{ articles(first: 1) { nodes { id } } }").extract().path("data.articles.nodes[0].id");
        GraphQL.post("query($id: ID!) { article(id: $id) { id fileName wordCount } }", Map.of("id", id))
                .body("data.article.id", equalTo(id))
                .body("data.article.fileName", equalTo("000_290868f25f7fcd7b.txt"));
    }

    @Test
    void unknownArticleIdIsNullWithNotFound() {
        GraphQL.post("query($id: ID!) { article(id: $id) { id } }", Map.of("id", GlobalId.encode("Article", "0000000000000000")))
                .statusCode(200).body("data.article", nullValue()).body("errors[0].extensions.code", equalTo("NOT_FOUND"));
    }

    @Test
    void malformedIdIsBadUserInput() {
        GraphQL.post("query($id: ID!) { article(id: $id) { id } }", Map.of("id", "not an id!"))
                .body("data.article", nullValue()).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void pageAboveTheMaximumIsLimitExceeded() {
        GraphQL.post("query($first: Int) { articles(first: $first) { totalCount } }", Map.of("first", 101))
                .body("errors[0].extensions.code", equalTo("LIMIT_EXCEEDED"))
                .body("errors[0].message", equalTo("first may be at most 100, got 101"));
    }

    @Test
    void articleShowsMetadataCountriesCitedSourcesAndStances() {
        String q = """
                { articles(first: 10) { nodes { fileName title publishedOn publisher { name kind }
                  sources { name } countries { code } stances { country { code } position quotes { quote } } } } }""";
        GraphQL.post(q)
                .body("data.articles.nodes.find { it.fileName == '002_9da2428d3f46c969.txt' }.publisher.name", equalTo("The New Arab"))
                .body("data.articles.nodes.find { it.fileName == '002_9da2428d3f46c969.txt' }.publishedOn", equalTo("2025-11-07"))
                .body("data.articles.nodes.find { it.fileName == '004_067e78414dac1b44.txt' }.stances.find { it.country.code == 'IL' }.position",
                        equalTo("SUPPORTIVE"))
                .body("data.articles.nodes.find { it.fileName == '001_9d10ab7e3a81d9c3.txt' }.sources.name",
                        equalTo(List.of("Reuters", "Hindustan Times", "Financial Times", "Atlantic Council", "Wikipedia", "Business Standard", "Eurasianet")));
    }

    @Test
    void sourcesKnowWhatTheyPublishedAndWhereTheyAreCited() {
        GraphQL.post("{ sources { name kind published { fileName } citedIn { fileName } } }")
                .body("data.sources.find { it.name == 'Atlantic Council' }.kind", equalTo("THINK_TANK"))
                .body("data.sources.find { it.name == 'Atlantic Council' }.citedIn.fileName", equalTo(List.of("001_9d10ab7e3a81d9c3.txt")))
                .body("data.sources.find { it.name == 'The New Arab' }.published.fileName", equalTo(List.of("002_9da2428d3f46c969.txt")))
                .body("data.sources.name", not(hasItem("Atlanic Council")));
    }

    @Test
    void claimsFilterByCountryAndPosition() {
        String q = "query($country: String, $position: Position) { claims(country: $country, position: $position, first: 50) "
                + "{ totalCount nodes { quote position countries { code } article { fileName } } } }";
        GraphQL.post(q, Map.of("country", "Russia", "position", "CONCERNED"))
                .body("data.claims.totalCount", greaterThanOrEqualTo(1))
                .body("data.claims.nodes[0].quote", startsWith("Regionally, Russia may perceive"));
        GraphQL.post(q, Map.of("country", "Atlantis")).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void stanceByArticleListsEveryArticleThatNamesTheCountry() {
        GraphQL.post("query($code: String) { country(code: $code) { articleCount articles(first: 10) { totalCount } "
                        + "stance { confidence byArticle { article { fileName } country { code } position quotes { quote } } } } }",
                        Map.of("code", "RU"))
                .body("data.country.stance.byArticle", hasSize(5))
                .body("data.country.articles.totalCount", equalTo(5))
                .body("data.country.stance.byArticle.find { it.article.fileName == '000_290868f25f7fcd7b.txt' }.position", equalTo("CONCERNED"));
    }

    @Test
    void claimsAboutTheSameFactAreLinkedAcrossArticlesAndContradictionsExposed() {
        String q = "query($country: String) { claims(country: $country, first: 100) { nodes { quote corroborationCount "
                + "corroboratedBy { article { fileName } } contradictedBy { quote article { fileName } } } } }";
        List<Map<String, Object>> claims = GraphQL.post(q, Map.of("country", "KZ")).body("errors", nullValue())
                .extract().path("data.claims.nodes");
        Map<String, Object> since1992 = claims.stream().filter(c -> ((String) c.get("quote")).startsWith("While Kazakhstan has maintained"))
                .findFirst().orElseThrow();
        org.hamcrest.MatcherAssert.assertThat((Integer) since1992.get("corroborationCount"), greaterThanOrEqualTo(3));
        Map<String, Object> joined = claims.stream().filter(c -> ((String) c.get("quote")).startsWith("Kazakhstan has officially joined"))
                .findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> contradicted = (List<Map<String, Object>>) joined.get("contradictedBy");
        org.hamcrest.MatcherAssert.assertThat(contradicted.stream().map(c -> (String) c.get("quote")).toList(),
                hasItem(startsWith("In a historic geopolitical shift, Kazakhstan")));
    }

    @Test
    void claimOffsetsPointIntoTheArticleBody() {
        Map<String, Object> article = GraphQL.post("{ articles(first: 1) { nodes { body claims(first: 3) { nodes { quote startOffset endOffset } } } } }")
                .extract().path("data.articles.nodes[0]");
        String body = (String) article.get("body");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> claims = (List<Map<String, Object>>) ((Map<String, Object>) article.get("claims")).get("nodes");
        for (Map<String, Object> c : claims) {
            org.junit.jupiter.api.Assertions.assertEquals(c.get("quote"),
                    body.substring((Integer) c.get("startOffset"), (Integer) c.get("endOffset")));
        }
    }
}
