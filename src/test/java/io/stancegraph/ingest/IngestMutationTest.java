package io.stancegraph.ingest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Mutation.ingestArticle: authentication, idempotency, bad input, and the articleIngested subscription. */
@QuarkusTest
@TestProfile(IngestMutationTest.WithToken.class)
class IngestMutationTest {

    static final String TOKEN = "test-ingest-token";

    public static class WithToken implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("stancegraph.ingest.token", TOKEN, "stancegraph.ingest.max-bytes", "20000");
        }
    }

    static final String INGEST = """
            mutation($input: IngestArticleInput!) { ingestArticle(input: $input) {
              id fileName title publishedOn publisher { name } countries { code } claims { totalCount } } }""";

    static final String ARTICLE = """
            Tajikistan weighs the Abraham Accords
            
            Tajikistan is considering joining the Abraham Accords, officials in Dushanbe said on Monday, a step that Iran condemned as a betrayal.
            Foreign Minister Sirojiddin Muhriddin said the country welcomed dialogue with Israel.
            """;

    @TestHTTPResource("/graphql")
    URI graphql;

    private static Map<String, Object> input(String content) {
        Map<String, Object> in = new HashMap<>();
        in.put("fileName", "tajik.txt");
        in.put("contentType", "TEXT");
        in.put("content", content);
        in.put("publisher", "Asia-Plus");
        in.put("publishedOn", "2026-02-02");
        return in;
    }

    private static ValidatableResponse mutate(String authorization, Map<String, Object> input) {
        var spec = given().contentType(ContentType.JSON);
        if (authorization != null) {
            spec = spec.header("Authorization", authorization);
        }
        return spec.body(Map.of("query", INGEST, "variables", Map.of("input", input))).post("/graphql").then().statusCode(200);
    }

    private static int articleCount() {
        return given().contentType(ContentType.JSON).body(Map.of("query", "{ articles { totalCount } }")).post("/graphql")
                .then().extract().path("data.articles.totalCount");
    }

    @Test
    void withoutATokenTheMutationIsUnauthorizedAndChangesNothing() {
        int before = articleCount();
        mutate(null, input(ARTICLE)).body("data", nullValue()).body("errors[0].extensions.code", equalTo("UNAUTHORIZED"));
        mutate("Bearer wrong-token", input(ARTICLE)).body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        assertEquals(before, articleCount());
    }

    @Test
    void ingestingStoresAnalysesAndIsIdempotent() {
        Map<String, Object> in = input(ARTICLE + "\nIdempotency check.\n");
        String id = mutate("Bearer " + TOKEN, in).body("errors", nullValue())
                .body("data.ingestArticle.title", equalTo("Tajikistan weighs the Abraham Accords"))
                .body("data.ingestArticle.publisher.name", equalTo("Asia-Plus"))
                .body("data.ingestArticle.publishedOn", equalTo("2026-02-02"))
                .body("data.ingestArticle.countries.code", hasItem("TJ"))
                .body("data.ingestArticle.claims.totalCount", greaterThan(0))
                .extract().path("data.ingestArticle.id");
        int after = articleCount();
        mutate("Bearer " + TOKEN, in).body("data.ingestArticle.id", equalTo(id));
        assertEquals(after, articleCount(), "the same content is stored once");
        given().contentType(ContentType.JSON).body(Map.of("query", "{ country(code: \"TJ\") { stance { position } } }")).post("/graphql")
                .then().body("data.country.stance.position", notNullValue());
    }

    @Test
    void cursorsOfTheDefaultOrderStayValidWhileArticlesAreIngested() {
        String page = "query($after: String) { articles(first: 2, after: $after) { pageInfo { hasNextPage endCursor } nodes { fileName } } }";
        List<String> seen = new ArrayList<>();
        String after = null;
        int round = 0;
        while (true) {
            Map<String, Object> vars = new HashMap<>();
            vars.put("after", after);
            Map<String, Object> connection = given().contentType(ContentType.JSON).body(Map.of("query", page, "variables", vars))
                    .post("/graphql").then().statusCode(200).extract().path("data.articles");
            @SuppressWarnings("unchecked")
            List<Map<String, String>> nodes = (List<Map<String, String>>) connection.get("nodes");
            nodes.forEach(n -> seen.add(n.get("fileName")));
            if (round++ == 0) { // an article arrives between two pages: it is appended, the cursor still points where it did
                Map<String, Object> in = input(ARTICLE + "\nCursor check.\n");
                in.put("fileName", "arrived-while-paging.txt");
                mutate("Bearer " + TOKEN, in).body("errors", nullValue());
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> info = (Map<String, Object>) connection.get("pageInfo");
            if (!(Boolean) info.get("hasNextPage")) {
                break;
            }
            after = (String) info.get("endCursor");
        }
        assertEquals(seen.size(), new HashSet<>(seen).size(), "no article twice: " + seen);
        assertTrue(seen.contains("arrived-while-paging.txt") && seen.contains("000_290868f25f7fcd7b.txt"), seen.toString());
    }

    @Test
    void badInputIsRejectedWithBadUserInputAndChangesNothing() {
        int before = articleCount();
        mutate("Bearer " + TOKEN, input("   ")).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        mutate("Bearer " + TOKEN, input("x".repeat(30_000))).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        mutate("Bearer " + TOKEN, input("PK\u0003\u0004\u0000\u0000binary")).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        Map<String, Object> badDate = input(ARTICLE);
        badDate.put("publishedOn", "the thirtieth of Febtember");
        mutate("Bearer " + TOKEN, badDate).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        Map<String, Object> badType = input(ARTICLE);
        badType.put("contentType", "PDF");
        mutate("Bearer " + TOKEN, badType).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        assertEquals(before, articleCount());
    }

    @Test
    void bulkIngestionAnswersInOrderAndARefusedDocumentStoresNothingWhileTheOthersAreStored() {
        String bulk = """
                mutation($inputs: [IngestArticleInput!]!) { ingestArticles(inputs: $inputs) {
                  index article { fileName countries { code } } error { code message } } }""";
        int before = articleCount();
        Map<String, Object> first = input(ARTICLE + "\nBulk one.\n");
        first.put("fileName", "bulk-1.txt");
        Map<String, Object> refused = input("   ");
        refused.put("fileName", "bulk-empty.txt");
        Map<String, Object> third = input("Peru weighs the canal treaty\n\nPeru said on Friday that it welcomed the canal treaty with Chile.");
        third.put("fileName", "bulk-3.txt");
        given().contentType(ContentType.JSON).header("Authorization", "Bearer " + TOKEN)
                .body(Map.of("query", bulk, "variables", Map.of("inputs", List.of(first, refused, third)))).post("/graphql")
                .then().statusCode(200).body("errors", nullValue())
                .body("data.ingestArticles.index", org.hamcrest.Matchers.contains(0, 1, 2))
                .body("data.ingestArticles[0].article.fileName", equalTo("bulk-1.txt"))
                .body("data.ingestArticles[1].article", nullValue())
                .body("data.ingestArticles[1].error.code", equalTo("BAD_USER_INPUT"))
                .body("data.ingestArticles[2].article.countries.code", hasItem("PE"));
        assertEquals(before + 2, articleCount());
        given().contentType(ContentType.JSON).body(Map.of("query", bulk, "variables", Map.of("inputs", List.of(first))))
                .post("/graphql").then().body("errors[0].extensions.code", equalTo("UNAUTHORIZED"));
    }

    @Test
    void recomputingTheCorpusNeedsTheTokenAndKeepsEveryStance() {
        String stances = "{ countries { code stance { position confidence summary quotes(first: 3) { nodes { id } } } } }";
        Object before = given().contentType(ContentType.JSON).body(Map.of("query", stances)).post("/graphql").then().extract().path("data");
        given().contentType(ContentType.JSON).body(Map.of("query", "mutation { recomputeCorpus }")).post("/graphql")
                .then().body("errors[0].extensions.code", equalTo("UNAUTHORIZED"));
        given().contentType(ContentType.JSON).header("Authorization", "Bearer " + TOKEN).body(Map.of("query", "mutation { recomputeCorpus }"))
                .post("/graphql").then().body("errors", nullValue()).body("data.recomputeCorpus", greaterThan(4));
        Object after = given().contentType(ContentType.JSON).body(Map.of("query", stances)).post("/graphql").then().extract().path("data");
        assertEquals(before, after);
    }

    @Test
    void subscribersHearAboutIngestedArticles() throws Exception {
        Map<String, Object> in = input(ARTICLE + "\nSubscription check.\n");
        in.put("fileName", "subscribed.txt");
        JsonObject payload = Subscriptions.firstEvent(graphql.getHost(), graphql.getPort(), "subscription { articleIngested { fileName } }",
                () -> mutate("Bearer " + TOKEN, in).body("errors", nullValue()));
        assertEquals("subscribed.txt", payload.getJsonObject("data").getJsonObject("articleIngested").getString("fileName"));
    }
}
