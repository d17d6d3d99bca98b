package io.stancegraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.stancegraph.analysis.Position;
import io.stancegraph.model.Article;
import io.stancegraph.model.Country;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What startup leaves in the database from the five seeds. */
@QuarkusTest
class SeedLoadingTest {

    @Inject
    CorpusStatus status;

    @Inject
    SeedLoader loader;

    @Test
    @Transactional
    void startupLoadsTheFiveSeedsAndComputesCorpusStances() {
        assertEquals(5, Article.count());
        assertTrue(status.seedsLoaded());
        assertEquals(5, status.lastLoad().loaded().size());
        Country kz = Country.find("#Country.byCode", "KZ").firstResult();
        assertEquals(Position.SUPPORTIVE, kz.position);
        assertEquals(5, kz.articleCount);
        Country ru = Country.find("#Country.byCode", "RU").firstResult();
        assertEquals(Position.CONCERNED, ru.position);
    }

    @Test
    void metricsCountDocumentsAndGraphQLQueries() {
        io.restassured.RestAssured.given().contentType("application/json").body(Map.of("query", "query Headline { countries { code } }"))
                .post("/graphql").then().statusCode(200);
        String metrics = io.restassured.RestAssured.get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.contains("stancegraph_documents_total{outcome=\"loaded\"}"), "document counter");
        assertTrue(metrics.contains("stancegraph_graphql_queries_seconds_count{operation=\"Headline\""), "query timer");
        assertTrue(metrics.contains("hibernate_statements_total"), "statement counter");
    }

    @Test
    void loadingTheSameSeedsAgainDuplicatesNothing() {
        LoadReport again = loader.load(Path.of("seeds"));
        assertEquals(0, again.loaded().size());
        assertEquals(5, again.already().size());
        assertEquals(5L, (long) io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> Article.count()));
    }
}
