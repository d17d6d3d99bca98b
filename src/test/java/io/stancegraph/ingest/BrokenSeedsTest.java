package io.stancegraph.ingest;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A seeds directory with a binary, an empty and a text-less HTML file: those are skipped, the good one loads. */
@QuarkusTest
@TestProfile(BrokenSeedsTest.BrokenSeeds.class)
class BrokenSeedsTest {

    public static class BrokenSeeds implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("stancegraph.seeds.dir", "src/test/resources/broken-seeds");
        }
    }

    @Inject
    CorpusStatus status;

    @Test
    void brokenFilesAreSkippedWithAReasonAndTheGoodOneLoads() {
        LoadReport report = status.lastLoad();
        assertEquals(List.of("good.txt"), report.loaded());
        assertEquals(List.of("binary.txt", "empty.txt", "invalid.html"), report.skipped().stream().map(LoadReport.Skipped::file).toList());
        assertEquals("empty document", report.skipped().get(1).reason());
        RestAssured.given().contentType("application/json").body(Map.of("query", "{ articles { totalCount nodes { title } } }"))
                .post("/graphql").then().statusCode(200)
                .body("data.articles.totalCount", equalTo(1))
                .body("data.articles.nodes[0].title", equalTo("Mongolia Weighs Closer Ties With Tel Aviv"));
    }

    @Test
    void readinessReportsTheArticleCountAfterLoading() {
        RestAssured.get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'corpus' }.data.articles", equalTo(1));
    }
}
