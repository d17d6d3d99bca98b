package io.stancegraph.ingest;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An event set by configuration overrides detection; it is what Query.event answers and what stances are taken toward. */
@QuarkusTest
@TestProfile(ConfiguredEventTest.ConfiguredEvent.class)
class ConfiguredEventTest {

    public static class ConfiguredEvent implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("stancegraph.event.actors", "kz",
                    "stancegraph.event.act", "accede",
                    "stancegraph.event.object", "Abraham Accords",
                    "stancegraph.event.summary", "Kazakhstan joins the Abraham Accords");
        }
    }

    @Test
    void theConfiguredEventIsTheCorpusEvent() {
        RestAssured.given().contentType(ContentType.JSON)
                .body(Map.of("query", "query { event { summary actors act object targets triggers origin } }"))
                .post("/graphql")
                .then().statusCode(200)
                .body("errors", nullValue())
                .body("data.event.summary", equalTo("Kazakhstan joins the Abraham Accords"))
                .body("data.event.actors", equalTo(List.of("KZ")))
                .body("data.event.act", equalTo("accede"))
                .body("data.event.triggers", hasItem("accords"))
                .body("data.event.triggers", hasItem("join"))
                .body("data.event.origin", equalTo("CONFIGURED"));
    }

    @Test
    void stancesAreTakenTowardTheConfiguredEvent() {
        RestAssured.given().contentType(ContentType.JSON)
                .body(Map.of("query", "query($code: String) { country(code: $code) { stance { position } } }", "variables", Map.of("code", "KZ")))
                .post("/graphql")
                .then().statusCode(200)
                .body("data.country.stance.position", equalTo("SUPPORTIVE"));
    }
}
