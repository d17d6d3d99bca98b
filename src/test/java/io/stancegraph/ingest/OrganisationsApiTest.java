package io.stancegraph.ingest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Organisations as actors through the API: their own stances and statements, never among the countries. */
@QuarkusTest
@TestProfile(IngestMutationTest.WithToken.class)
class OrganisationsApiTest {

    private static final String ARTICLE = """
            Bloc condemns Tajik move

            The Arab League condemned Tajikistan's plan to join the Abraham Accords on Monday, while Israel welcomed it.
            European Union foreign policy chief Jan Example said the move was a matter of concern for the region.
            """;

    private static ValidatableResponse post(String query, Map<String, Object> variables) {
        return given().contentType(ContentType.JSON).header("Authorization", "Bearer " + IngestMutationTest.TOKEN)
                .body(Map.of("query", query, "variables", variables)).post("/graphql").then().statusCode(200);
    }

    private static String ingest() {
        Map<String, Object> input = Map.of("fileName", "bloc.txt", "contentType", "TEXT", "content", ARTICLE);
        return post("mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { id } }", Map.of("input", input))
                .extract().path("data.ingestArticle.id");
    }

    @Test
    void anArticlesOrganisationsHaveTheirOwnPositionAndStatements() {
        String id = ingest();
        ValidatableResponse r = post("""
                query($id: ID!) { article(id: $id) {
                  countries { code }
                  organisations { organisation { code name kind } position mentions statements { quote position cue rule article { id } } } } }""",
                Map.of("id", id));
        r.body("errors", equalTo(null))
                .body("data.article.organisations.organisation.code", equalTo(List.of("arab-league", "eu")))
                .body("data.article.organisations[0].position", equalTo("OPPOSED"))
                .body("data.article.organisations[0].organisation.kind", equalTo("INTERGOVERNMENTAL"))
                .body("data.article.organisations[0].statements[0].cue", equalTo("condemned"))
                .body("data.article.organisations[0].statements[0].article.id", equalTo(id))
                .body("data.article.organisations[1].position", equalTo("CONCERNED"))
                .body("data.article.countries.code", not(hasItem("arab-league")));
    }

    @Test
    void theCorpusStanceOfAnOrganisationAddsUpItsArticles() {
        ingest();
        post("query($code: String!) { organisation(code: $code, statements: 1) { organisation { code } position mentions statements { quote } } }",
                Map.of("code", "Arab League"))
                .body("data.organisation.organisation.code", equalTo("arab-league"))
                .body("data.organisation.position", equalTo("OPPOSED"))
                .body("data.organisation.statements.size()", equalTo(1));
        List<String> codes = post("{ organisations(kind: INTERGOVERNMENTAL) { organisation { code } } }", Map.of())
                .extract().path("data.organisations.organisation.code");
        assertEquals(true, codes.contains("arab-league") && codes.contains("eu"), codes.toString());
        post("{ countries { code } }", Map.of()).body("data.countries.code", not(hasItem("eu")));
    }

    @Test
    void anUnknownOrganisationOrTooManyStatementsIsAClearError() {
        post("query($code: String!) { organisation(code: $code) { position } }", Map.of("code", "Example Pact"))
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        post("{ organisations(statements: 1000) { position } }", Map.of())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }
}
