package io.stancegraph.graphql;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The GraphQL-over-HTTP rules the thin HTTP layer adds in front of the engine. */
@QuarkusTest
class GraphQLOverHttpTest {

    private static final String MODERN = "application/graphql-response+json";

    @Test
    void postWithoutAJsonContentTypeIsUnsupportedMediaType() {
        given().body("{\"query\":\"{ countries { code } }\"}").post("/graphql").then().statusCode(415)
                .body("errors[0].extensions.code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
        given().contentType("text/plain").body("{ countries { code } }").post("/graphql").then().statusCode(415);
    }

    @Test
    void bodyThatIsNotJsonIsABadRequest() {
        given().contentType(ContentType.JSON).body("{\"query\": ").post("/graphql").then().statusCode(400)
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
    }

    @Test
    void parametersOfTheWrongTypeAreABadRequestNotAServerError() {
        given().contentType(ContentType.JSON).body(Map.of("query", Map.of("a", 1))).post("/graphql").then().statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("query", "{ __typename }", "variables", "x")).post("/graphql").then().statusCode(400);
    }

    @Test
    void parseAndValidationFailuresCarryACode() {
        GraphQL.post("{ countries { code ").statusCode(200).body("errors[0].extensions.code", equalTo("GRAPHQL_PARSE_FAILED"));
        GraphQL.post("{ countries { nope } }").statusCode(200).body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"));
    }

    @Test
    void graphqlResponseClientsGetStatus400ForBadDocumentsAndVariables() {
        given().contentType(ContentType.JSON).accept(MODERN).body(Map.of("query", "{ countries { nope } }")).post("/graphql").then()
                .statusCode(400).contentType(startsWith(MODERN)).body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"));
        given().contentType(ContentType.JSON).accept(MODERN)
                .body(Map.of("query", "query($first: Int) { articles(first: $first) { totalCount } }", "variables", Map.of("first", "many")))
                .post("/graphql").then().statusCode(400).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        given().contentType(ContentType.JSON).accept(MODERN).body(Map.of("query", "{ articles(first: 1) { totalCount } }")).post("/graphql")
                .then().statusCode(200).contentType(startsWith(MODERN)).body("data.articles.totalCount", equalTo(5));
    }

    @Test
    void missingOrWildcardAcceptMeansJson() {
        given().contentType(ContentType.JSON).accept("*/*").body(Map.of("query", "{ __typename }")).post("/graphql").then()
                .statusCode(200).contentType(startsWith("application/json"));
        given().contentType(ContentType.JSON).header("Accept", "").body(Map.of("query", "{ __typename }")).post("/graphql").then()
                .statusCode(200).contentType(startsWith("application/json"));
    }
}
