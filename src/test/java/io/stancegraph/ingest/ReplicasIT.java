package io.stancegraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * Two instances of the packaged service on one PostgreSQL database (the PostgreSQL suite only):
 * a change through one is answered by the other within a second and reaches its subscribers, and
 * concurrent ingestion through both stores every article once with stances equal to a full recomputation.
 */
@EnabledIfEnvironmentVariable(named = "QUARKUS_DATASOURCE_JDBC_URL", matches = "jdbc:postgresql:.*")
class ReplicasIT {

    static final String TOKEN = "replicas-token";
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static Replica a;
    static Replica b;

    record Replica(Process process, int port) {
        JsonObject post(String query, Map<String, Object> variables, boolean authorised) throws Exception {
            JsonObject body = new JsonObject().put("query", query).put("variables", new JsonObject(variables));
            HttpRequest.Builder r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body.encode()));
            if (authorised) {
                r.header("Authorization", "Bearer " + TOKEN);
            }
            return new JsonObject(HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString()).body());
        }

        int articles() throws Exception {
            return post("{ articles { totalCount } }", Map.of(), false).getJsonObject("data").getJsonObject("articles").getInteger("totalCount");
        }
    }

    static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /**
     * The replicas' own database (.ci/postgres-test-db.sh creates it): the suite's other packaged instance (GraphQLApiIT's)
     * stays up on the test database and, after replica A's Flyway clean, would join the backfill with identifiers it
     * reserved before the clean.
     */
    static String replicasUrl() {
        return System.getenv("QUARKUS_DATASOURCE_JDBC_URL").replaceFirst("/([^/?]+)(\\?.*)?$", "/$1_replicas$2");
    }

    static Replica start(String name, boolean clean) throws Exception {
        int port = freePort();
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.port=" + port, "-jar", "target/quarkus-app/quarkus-run.jar");
        pb.environment().put("QUARKUS_DATASOURCE_JDBC_URL", replicasUrl());
        pb.environment().put("STANCEGRAPH_INGEST_TOKEN", TOKEN);
        pb.environment().put("QUARKUS_FLYWAY_CLEAN_AT_START", String.valueOf(clean));
        pb.environment().put("STANCEGRAPH_BACKFILL_LEASE", "3s");
        pb.environment().put("STANCEGRAPH_BACKFILL_BATCH", "5");
        pb.redirectErrorStream(true).redirectOutput(new File("target/replica-" + name + ".log"));
        Replica r = new Replica(pb.start(), port);
        long deadline = System.currentTimeMillis() + 180_000;
        while (System.currentTimeMillis() < deadline) {
            if (!r.process().isAlive()) {
                throw new IllegalStateException("replica " + name + " exited with " + r.process().exitValue() + logTail(name));
            }
            try {
                HttpResponse<String> ready = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return r;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        r.process().destroy();
        throw new IllegalStateException("replica " + name + " did not become ready in 180 s" + logTail(name));
    }

    /** The end of a replica's log, for a failure message that explains itself where only the build output is kept. */
    static String logTail(String name) throws IOException {
        Path log = Path.of("target/replica-" + name + ".log");
        if (!Files.exists(log)) {
            return "; no log";
        }
        List<String> lines = Files.readAllLines(log);
        return "; the end of target/replica-" + name + ".log:\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    @BeforeAll
    static void startTwo() throws Exception {
        a = start("a", true);
        b = start("b", false);
    }

    @AfterAll
    static void stopTwo() throws Exception {
        for (Replica r : new Replica[] {a, b}) {
            if (r != null) {
                r.process().destroy();
            }
        }
        for (String name : List.of("a", "b", "c")) {
            Path log = Path.of("target/replica-" + name + ".log");
            if (Files.exists(log)) {
                String text = Files.readString(log);
                for (String lost : List.of("lost races to other writers", "not stored this time", "System error")) {
                    assertFalse(text.contains(lost), "replica " + name + "'s log: " + lost);
                }
            }
        }
    }

    static final String INGEST = "mutation($in: IngestArticleInput!) { ingestArticle(input: $in) { id } }";

    static Map<String, Object> article(String name, String country, String verb) {
        return Map.of("in", Map.of("fileName", name, "contentType", "TEXT", "content",
                "Talks on the canal treaty (" + name + ")\n\n" + country + " said on Monday that it " + verb
                        + " the canal treaty, officials in the capital said in a statement about " + name + "."));
    }

    @Test
    void aChangeThroughOneReplicaIsAnsweredByTheOtherWithinASecond() throws Exception {
        int before = b.articles();
        b.post("{ country(code: \"UY\") { name } }", Map.of(), false); // cached on B before the change
        long t0 = System.nanoTime();
        JsonObject r = a.post(INGEST, article("lag-check", "Uruguay", "welcomed"), true);
        assertTrue(r.getJsonArray("errors") == null, r.encode());
        long committed = System.nanoTime();
        while (b.articles() != before + 1 && System.nanoTime() - committed < 5_000_000_000L) {
            Thread.sleep(20);
        }
        long lagMillis = (System.nanoTime() - committed) / 1_000_000;
        System.out.printf("replica lag: %d ms after the mutation answered (%d ms in all)%n", lagMillis, (System.nanoTime() - t0) / 1_000_000);
        assertEquals(before + 1, b.articles());
        assertTrue(lagMillis <= 1_000, "replica B answered the change after " + lagMillis + " ms");
        JsonObject country = b.post("{ country(code: \"UY\") { name } }", Map.of(), false);
        assertEquals("Uruguay", country.getJsonObject("data").getJsonObject("country").getString("name"));
    }

    @Test
    void subscribersOfOneReplicaHearOfArticlesIngestedThroughTheOther() throws Exception {
        JsonObject payload = Subscriptions.firstEvent("127.0.0.1", b.port(), "subscription { articleIngested { fileName } }",
                () -> a.post(INGEST, article("heard-on-b", "Paraguay", "backed"), true));
        assertEquals("heard-on-b", payload.getJsonObject("data").getJsonObject("articleIngested").getString("fileName"));
    }

    @Test
    void concurrentIngestionThroughBothStoresEachArticleOnceWithStancesOfAFullRecomputation() throws Exception {
        int before = a.articles();
        String[] countries = {"Chile", "Peru", "Bolivia", "Ecuador", "Colombia"};
        String[] verbs = {"welcomed", "condemned", "had concerns about", "backed", "rejected"};
        List<Map<String, Object>> shared = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            shared.add(article("shared-" + i, countries[i % 5], verbs[(i * 3) % 5]));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<JsonObject>> results = new ArrayList<>();
        for (Replica r : new Replica[] {a, b}) {
            for (int i = 0; i < 30; i++) {
                Map<String, Object> own = article(r.port() + "-" + i, countries[(i + r.port()) % 5], verbs[i % 5]);
                results.add(pool.submit(() -> r.post(INGEST, own, true)));
            }
            for (Map<String, Object> s : shared) {
                results.add(pool.submit(() -> r.post(INGEST, s, true)));
            }
        }
        for (Future<JsonObject> f : results) {
            JsonObject r = f.get(120, TimeUnit.SECONDS);
            assertTrue(r.getJsonArray("errors") == null, r.encode());
        }
        pool.shutdown();
        Thread.sleep(1_000);
        assertEquals(before + 80, a.articles());
        assertEquals(before + 80, b.articles());
        String stances = "{ countries { code stance { position confidence summary quotes { totalCount } } } }";
        JsonArray incremental = a.post(stances, Map.of(), false).getJsonObject("data").getJsonArray("countries");
        JsonObject recomputed = b.post("mutation { recomputeCorpus }", Map.of(), true);
        assertTrue(recomputed.getJsonArray("errors") == null, recomputed.encode());
        Thread.sleep(1_000);
        JsonArray full = a.post(stances, Map.of(), false).getJsonObject("data").getJsonArray("countries");
        assertEquals(full.encodePrettily(), incremental.encodePrettily());
    }

    @Test
    void aBackfillSplitAcrossReplicasStoresEveryDocumentOnceWhenOneDiesMidway() throws Exception {
        Path dir = Files.createTempDirectory("backfill");
        String[] countries = {"Chile", "Peru", "Bolivia", "Ecuador", "Colombia", "Uruguay"};
        for (int i = 0; i < 60; i++) {
            Files.writeString(dir.resolve(String.format("backfill-%02d.txt", i)), "Backfill report " + i + "\n\n"
                    + countries[i % 6] + " said on Tuesday that it welcomed the river treaty, officials said in report number " + i + ".");
        }
        Replica c = start("c", false);
        int before = a.articles();
        JsonObject queued = a.post("mutation($d: String!) { startBackfill(directory: $d) { queued } }", Map.of("d", dir.toString()), true);
        assertTrue(queued.getJsonArray("errors") == null, queued.encode());
        Thread.sleep(1_500); // every replica has claimed a batch by now
        c.process().destroyForcibly().waitFor();
        String status = "{ backfill { queued claimed done failed } }";
        JsonObject s = a.post(status, Map.of(), false).getJsonObject("data").getJsonObject("backfill");
        long deadline = System.currentTimeMillis() + 90_000;
        while ((s.getInteger("queued") > 0 || s.getInteger("claimed") > 0) && System.currentTimeMillis() < deadline) {
            Thread.sleep(500);
            s = a.post(status, Map.of(), false).getJsonObject("data").getJsonObject("backfill");
        }
        assertEquals(60, s.getInteger("done"), s.encode());
        assertEquals(0, s.getInteger("failed"), s.encode());
        Thread.sleep(1_000);
        assertEquals(before + 60, a.articles());
        assertEquals(before + 60, b.articles());
    }
}
