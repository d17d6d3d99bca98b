package io.stancegraph.graphql;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;

/** Posts GraphQL operations with variables, the way clients do. */
final class GraphQL {

    private GraphQL() {
    }

    static ValidatableResponse post(String query, Map<String, ?> variables) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        return given().contentType(ContentType.JSON).accept(ContentType.JSON).body(body)
                .when().post("/graphql").then();
    }

    static ValidatableResponse post(String query) {
        return post(query, Map.of());
    }
}
