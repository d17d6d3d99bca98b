package io.stancegraph.graphql;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What frontend clients rely on: filters, ordering, backward paging, node lookup, GET, limits. */
@QuarkusTest
class ClientFeaturesTest {

    private static Map<String, Object> vars(Object... kv) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void articlesFilterByPublisherCountryDateAndText() {
        String q = "query($publisher: String, $country: String, $since: Date, $until: Date, $search: String) { articles(publisher: $publisher, "
                + "country: $country, since: $since, until: $until, search: $search) { totalCount nodes { fileName } } }";
        GraphQL.post(q, vars("publisher", "the new arab")).body("data.articles.nodes.fileName", equalTo(List.of("002_9da2428d3f46c969.txt")));
        GraphQL.post(q, vars("country", "Iran")).body("data.articles.nodes.fileName", equalTo(List.of("004_067e78414dac1b44.txt")));
        GraphQL.post(q, vars("since", "2026-01-01")).body("data.articles.totalCount", equalTo(1));
        GraphQL.post(q, vars("until", "2025-12-31")).body("data.articles.nodes.fileName", equalTo(List.of("002_9da2428d3f46c969.txt")));
        GraphQL.post(q, vars("search", "LOGICAL PROGRESSION")).body("data.articles.nodes.fileName", equalTo(List.of("003_b2ed3da7670a70e5.txt")));
        GraphQL.post(q, vars("country", "Narnia")).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void articlesOrderByPublicationDate() {
        GraphQL.post("{ articles(orderBy: NEWEST) { nodes { publishedOn } } }")
                .body("data.articles.nodes[0].publishedOn", equalTo("2026-01-15"))
                .body("data.articles.nodes[1].publishedOn", equalTo("2025-11-07"));
    }

    @Test
    void claimsFilterByCertaintySourceSpeakerCorroborationAndText() {
        String q = "query($certainty: Certainty, $source: String, $speaker: String, $min: Int, $search: String) { claims(certainty: $certainty, "
                + "source: $source, speaker: $speaker, minCorroboration: $min, search: $search, first: 100) { totalCount nodes { quote certainty speaker "
                + "corroborationCount source { name } } } }";
        GraphQL.post(q, vars("certainty", "HEDGED")).body("data.claims.nodes.certainty", everyItem(equalTo("HEDGED")));
        GraphQL.post(q, vars("source", "Atlanic Council")).body("data.claims.nodes.source.name", everyItem(equalTo("Atlantic Council")))
                .body("data.claims.totalCount", greaterThanOrEqualTo(1));
        GraphQL.post(q, vars("speaker", "tokayev")).body("data.claims.nodes[0].speaker", equalTo("President Kassym-Jomart Tokayev"));
        GraphQL.post(q, vars("min", 3)).body("data.claims.nodes.corroborationCount", everyItem(greaterThanOrEqualTo(3)))
                .body("data.claims.totalCount", greaterThanOrEqualTo(2));
        GraphQL.post(q, vars("search", "since 1992")).body("data.claims.nodes.quote", everyItem(org.hamcrest.Matchers.containsString("1992")));
    }

    @Test
    void claimsOrderByCorroboration() {
        List<Integer> counts = GraphQL.post("{ claims(orderBy: CORROBORATION, first: 10) { nodes { corroborationCount } } }")
                .extract().path("data.claims.nodes.corroborationCount");
        for (int i = 1; i < counts.size(); i++) {
            org.hamcrest.MatcherAssert.assertThat(counts.get(i - 1), greaterThanOrEqualTo(counts.get(i)));
        }
    }

    @Test
    void countriesFilterByPositionAndMentionsAndOrderByName() {
        GraphQL.post("{ countries(position: CONCERNED) { code } }").body("data.countries.code", equalTo(List.of("RU")));
        GraphQL.post("{ countries(minMentions: 10) { code mentionCount } }").body("data.countries.mentionCount", everyItem(greaterThanOrEqualTo(10)));
        GraphQL.post("{ countries(orderBy: NAME) { name } }").body("data.countries[0].name", equalTo("Bahrain"));
    }

    @Test
    void sourcesFilterByKind() {
        GraphQL.post("{ sources(kind: THINK_TANK) { name } }").body("data.sources.name", equalTo(List.of("Atlantic Council")));
    }

    @Test
    void backwardPagingReturnsTheLastItems() {
        String q = "query($last: Int, $before: String) { articles(last: $last, before: $before) { nodes { fileName } pageInfo { hasPreviousPage startCursor } } }";
        String start = GraphQL.post(q, vars("last", 2))
                .body("data.articles.nodes.fileName", equalTo(List.of("003_b2ed3da7670a70e5.txt", "004_067e78414dac1b44.txt")))
                .body("data.articles.pageInfo.hasPreviousPage", equalTo(true))
                .extract().path("data.articles.pageInfo.startCursor");
        GraphQL.post(q, vars("last", 2, "before", start))
                .body("data.articles.nodes.fileName", equalTo(List.of("001_9d10ab7e3a81d9c3.txt", "002_9da2428d3f46c969.txt")));
        GraphQL.post("query($after: String) { articles(after: $after, last: 2) { totalCount } }", vars("after", start))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void nodeRefetchesAnyObjectByItsId() {
        Map<String, Object> claim = GraphQL.post("{ claims(first: 1) { nodes { id quote } } }").extract().path("data.claims.nodes[0]");
        GraphQL.post("query($id: ID!) { node(id: $id) { __typename id ... on Claim { quote } } }", vars("id", claim.get("id")))
                .body("data.node.__typename", equalTo("Claim")).body("data.node.quote", equalTo(claim.get("quote")));
        String country = GraphQL.post("{ country(code: \"KZ\") { id } }").extract().path("data.country.id");
        GraphQL.post("query($id: ID!) { node(id: $id) { ... on Country { code } } }", vars("id", country)).body("data.node.code", equalTo("KZ"));
        String source = GraphQL.post("{ sources { id name } }").extract().path("data.sources.find { it.name == 'Reuters' }.id");
        GraphQL.post("query($id: ID!) { node(id: $id) { ... on Source { name } } }", vars("id", source)).body("data.node.name", equalTo("Reuters"));
        GraphQL.post("query($id: ID!) { node(id: $id) { id } }", vars("id", GlobalId.encode("Claim", "nothing-0")))
                .body("data.node", nullValue()).body("errors[0].extensions.code", equalTo("NOT_FOUND"));
    }

    @Test
    void queriesWorkOverGet() {
        given().queryParam("query", "{ countries { code } }").accept("application/json").get("/graphql").then()
                .statusCode(200).body("data.countries.code", hasItem("KZ"));
    }

    @Test
    void deeplyNestedQueryIsRejected() {
        String bomb = "{ country(code: \"KZ\") { articles { nodes { countries { articles { nodes { countries { articles { nodes "
                + "{ countries { articles { nodes { fileName } } } } } } } } } } } } }";
        GraphQL.post(bomb).statusCode(200).body("data", nullValue()).body("errors", hasSize(1))
                .body("errors[0].message", startsWith("maximum query depth exceeded"));
    }

    @Test
    void everyDocumentedQueryFitsTheLimits() {
        GraphQL.post(GraphQLApiTest.HEADLINE, vars("code", "KZ")).body("errors", nullValue());
        GraphQL.post("{ countries { code stance { position byArticle { article { title publisher { name } } quotes { quote "
                + "corroboratedBy { article { title } } } } } } }").body("errors", nullValue()).body("data.countries", notNullValue());
    }
}
