package io.stancegraph.ingest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.stancegraph.analysis.Corroboration;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Ingestion one article at a time keeps the derived corpus (links, counts, stances, quote order,
 * examples, summaries) exactly where a full recomputation puts it, whatever the order; documents that
 * cannot be stored are refused whole with BAD_USER_INPUT.
 */
@QuarkusTest
@TestProfile(LiveCorpusTest.Empty.class)
class LiveCorpusTest {

    static final String TOKEN = "live-corpus-token";

    public static class Empty implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("stancegraph.seeds.enabled", "false", "stancegraph.ingest.token", TOKEN,
                    "stancegraph.ingest.max-claims", "300");
        }
    }

    @Inject
    ArticleIngestor ingestor;

    @Inject
    CorpusUpkeep upkeep;

    @Inject
    EntityManager em;

    private static List<Path> documents() throws IOException {
        List<Path> out = new ArrayList<>();
        for (String dir : List.of("seeds", "src/test/resources/gold/articles", "src/test/resources/gold/treaty-exit")) {
            try (Stream<Path> files = Files.list(Path.of(dir))) {
                files.filter(f -> SeedLoader.isDocument(f)).forEach(out::add);
            }
        }
        Collections.sort(out);
        return out;
    }

    /** Everything upkeep derives, as comparable lines. */
    private List<String> derivedState() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<String> lines = new ArrayList<>();
            for (String sql : List.of(
                    "select code, mention_count, article_count, position, confidence, quote_count, summary, example_claim_id, "
                            + "articles_supportive, articles_opposed, articles_concerned, articles_neutral, articles_mixed, claims_supportive, "
                            + "claims_opposed, claims_concerned, claims_neutral, claims_mixed, weight_supportive, weight_opposed, weight_concerned "
                            + "from country order by code",
                    "select claim_id, kind, other_ids from claim_link order by claim_id, kind",
                    "select key_hash, claim_id, kind, cutoff from claim_key order by key_hash, claim_id",
                    "select id, corroboration_count from claim order by id",
                    "select id, quote_key from claim_country order by id")) {
                @SuppressWarnings("unchecked")
                List<Object> rows = em.createNativeQuery(sql).getResultList();
                for (Object row : rows) {
                    lines.add(row instanceof Object[] a ? Arrays.deepToString(a) : String.valueOf(row));
                }
            }
            return lines;
        });
    }

    private void ingest(Path file) throws Exception {
        String name = file.getFileName().toString();
        ingestor.ingest("Bearer " + TOKEN, new ArticleIngestor.Request(name, null, name.endsWith(".html"),
                Files.readString(file, StandardCharsets.UTF_8), null, null));
    }

    @Test
    void ingestionInRandomOrderEndsWhereAFullRecomputationDoes() throws Exception {
        List<Path> docs = documents();
        long seed = System.nanoTime();
        Collections.shuffle(docs, new Random(seed));
        for (Path doc : docs) {
            ingest(doc);
        }
        List<String> incremental = derivedState();
        assertTrue(incremental.stream().anyMatch(l -> l.contains("CORROBORATES")), "the corpus has corroborated claims");
        upkeep.recomputeAll();
        List<String> recomputed = derivedState();
        assertEquals(recomputed.size(), incremental.size(), "order seed " + seed);
        for (int i = 0; i < recomputed.size(); i++) {
            assertEquals(recomputed.get(i), incremental.get(i), "line " + i + " differs; order seed " + seed);
        }
    }

    @Test
    void copiesOfOneWireStoryBeyondTheCandidatesPerKeyStillEndWhereAFullRecomputationDoes() throws Exception {
        List<String> docs = new ArrayList<>();
        for (int i = 0; i < Corroboration.CANDIDATES_PER_KEY + 20; i++) {
            docs.add("Fisheries treaty, report " + i + "\n\nChile and Peru signed the fisheries treaty in Lima on Monday after 12 years of "
                    + "talks, officials said. Peru has joined the southern fisheries pact. Chile may join the pact next year, analysts in "
                    + "Santiago said on day " + i + ".");
        }
        long seed = System.nanoTime();
        Collections.shuffle(docs, new Random(seed));
        for (int i = 0; i < docs.size(); i++) {
            ingestor.ingest("Bearer " + TOKEN, new ArticleIngestor.Request("wire-" + i + ".txt", null, false, docs.get(i), "Wire", null));
        }
        List<String> incremental = derivedState();
        upkeep.recomputeAll();
        List<String> recomputed = derivedState();
        assertEquals(recomputed.size(), incremental.size(), "order seed " + seed);
        for (int i = 0; i < recomputed.size(); i++) {
            assertEquals(recomputed.get(i), incremental.get(i), "line " + i + " differs; order seed " + seed);
        }
        assertTrue(incremental.stream().filter(l -> l.endsWith(", " + Corroboration.MAX_LINKS + "]")).count() > 10,
                "claims with as many corroborating articles as links kept");
    }

    @Inject
    SeedLoader loader;

    /** Every row stored for one article, with row ids replaced by what they stand for (derived counts left out). */
    private List<String> storedRows(String contentHash) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<String> lines = new ArrayList<>();
            for (String sql : List.of(
                    "select a.file_name, a.title, a.published_on, a.byline, a.body, a.word_count, p.name_key from article a "
                            + "left join source p on p.id = a.publisher_id where a.content_hash = ?1",
                    "select s.ordinal, k.name_key from article_source s join source k on k.id = s.source_id "
                            + "join article a on a.id = s.article_id where a.content_hash = ?1 order by s.ordinal",
                    "select c.ordinal, c.quote, c.start_offset, c.end_offset, c.position, c.certainty, c.speaker, k.name_key from claim c "
                            + "left join source k on k.id = c.source_id join article a on a.id = c.article_id where a.content_hash = ?1 "
                            + "order by c.ordinal",
                    "select c.ordinal, k.code, cc.position, cc.cue, cc.sieve, cc.quote_key - mod(a.id, 1099511627776) from claim_country cc "
                            + "join claim c on c.id = cc.claim_id join country k on k.id = cc.country_id join article a on a.id = c.article_id "
                            + "where a.content_hash = ?1 order by c.ordinal, k.code",
                    "select s.ordinal, k.code, s.mentions, s.position, s.confidence from article_stance s join country k on k.id = s.country_id "
                            + "join article a on a.id = s.article_id where a.content_hash = ?1 order by s.ordinal",
                    "select o.ordinal, o.organisation, o.mentions, o.position, o.confidence from article_organisation o "
                            + "join article a on a.id = o.article_id where a.content_hash = ?1 order by o.ordinal",
                    "select o.organisation, o.quote, o.start_offset, o.end_offset, o.position, o.certainty, o.cue, o.sieve "
                            + "from organisation_claim o join article a on a.id = o.article_id where a.content_hash = ?1 "
                            + "order by o.organisation, o.start_offset")) {
                @SuppressWarnings("unchecked")
                List<Object> rows = em.createNativeQuery(sql).setParameter(1, contentHash).getResultList();
                for (Object row : rows) {
                    lines.add(Stream.of(row instanceof Object[] a ? a : new Object[] {row}).map(LiveCorpusTest::text).toList().toString());
                }
            }
            return lines;
        });
    }

    private static String text(Object value) {
        try {
            return value instanceof java.sql.Clob c ? c.getSubString(1, (int) c.length()) : String.valueOf(value);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(String text) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theLoadersBatchesStoreTheRowsThatStoringOneArticleStores() throws Exception {
        Path dir = Files.createTempDirectory("batch");
        Map<String, String> texts = new HashMap<>();
        for (Path doc : documents()) {
            // two copies that differ only in trailing blank lines, so that both are stored: one by each path
            String text = Files.readString(doc, StandardCharsets.UTF_8);
            texts.put(doc.getFileName().toString(), text);
            Files.writeString(dir.resolve(doc.getFileName()), text + "\n");
        }
        LoadReport report = loader.load(dir);
        assertEquals(texts.size(), report.loaded().size(), "every document is new to the loader");
        int compared = 0;
        for (Map.Entry<String, String> e : texts.entrySet()) {
            String name = e.getKey();
            ingestor.ingest("Bearer " + TOKEN, new ArticleIngestor.Request(name, null, name.endsWith(".html"), e.getValue() + "\n\n",
                    null, null));
            List<String> batched = storedRows(sha256(e.getValue() + "\n"));
            List<String> single = storedRows(sha256(e.getValue() + "\n\n"));
            assertTrue(batched.size() > 5, name + " has rows");
            assertEquals(single.size(), batched.size(), name);
            for (int i = 0; i < single.size(); i++) {
                assertEquals(single.get(i), batched.get(i), name + ", row " + i);
            }
            compared++;
        }
        assertTrue(compared > 10);
    }

    @Test
    void aFolderLoadedInOneBatchStoresTwoCopiesOfADocumentOnce() throws Exception {
        Path dir = Files.createTempDirectory("folder");
        for (int i = 0; i < 3; i++) {
            Files.writeString(dir.resolve("a-" + i + ".txt"), "Harbour report " + i + "\n\nUruguay said on Friday that it welcomed the "
                    + "harbour accord with Paraguay, according to harbour report " + i + ".");
        }
        Files.copy(dir.resolve("a-1.txt"), dir.resolve("b-copy.txt"));
        int before = articles();
        LoadReport report = loader.load(dir);
        assertEquals(List.of("a-0.txt", "a-1.txt", "a-2.txt"), report.loaded());
        assertEquals(List.of("b-copy.txt"), report.already());
        assertEquals(before + 3, articles());
    }

    @Test
    void aQueuedFolderIsWorkedOffAndQueuingItAgainAddsNothing() throws Exception {
        Path dir = Files.createTempDirectory("backfill");
        for (int i = 0; i < 8; i++) {
            Files.writeString(dir.resolve("queued-" + i + ".txt"), "Queued report " + i + "\n\nEcuador said on Wednesday that it backed the "
                    + "river treaty with Colombia, according to report " + i + ".");
        }
        Files.writeString(dir.resolve("empty.txt"), "   ");
        int before = articles();
        String start = "mutation($d: String!) { startBackfill(directory: $d) { queued claimed done failed } }";
        given().contentType(ContentType.JSON).body(Map.of("query", start, "variables", Map.of("d", dir.toString()))).post("/graphql")
                .then().body("errors[0].extensions.code", equalTo("UNAUTHORIZED"));
        given().contentType(ContentType.JSON).header("Authorization", "Bearer " + TOKEN)
                .body(Map.of("query", start, "variables", Map.of("d", dir.toString()))).post("/graphql").then().body("errors", nullValue());
        long deadline = System.currentTimeMillis() + 30_000;
        Map<String, Integer> status;
        do {
            Thread.sleep(200);
            status = given().contentType(ContentType.JSON).body(Map.of("query", "{ backfill { queued claimed done failed } }"))
                    .post("/graphql").then().extract().path("data.backfill");
        } while ((status.get("queued") > 0 || status.get("claimed") > 0) && System.currentTimeMillis() < deadline);
        assertEquals(8, status.get("done"), status.toString());
        assertEquals(1, status.get("failed"), "the empty file: " + status);
        assertEquals(before + 8, articles());
        given().contentType(ContentType.JSON).header("Authorization", "Bearer " + TOKEN)
                .body(Map.of("query", start, "variables", Map.of("d", dir.toString()))).post("/graphql")
                .then().body("data.startBackfill.queued", equalTo(0)).body("data.startBackfill.done", equalTo(8));
        given().contentType(ContentType.JSON).header("Authorization", "Bearer " + TOKEN)
                .body(Map.of("query", start, "variables", Map.of("d", dir.resolve("missing").toString()))).post("/graphql")
                .then().body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Inject
    CorpusWriter writer;

    @Inject
    io.stancegraph.analysis.ArticleAnalyzer analyzer;

    @Test
    void aCountryCreatedInARolledBackTransactionIsNeverHandedToTheNextOne() throws Exception {
        io.stancegraph.analysis.ArticleAnalysis first = analyzer.analyze("rolled-back.txt", ("Lake treaty\n\nLesotho said on Monday "
                + "that it welcomed the lake treaty with Malawi, officials said.").getBytes(StandardCharsets.UTF_8));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            writer.store("rolled-back.txt", first);
            throw new IllegalStateException("rolled back after the country row was created");
        }));
        ingestor.ingest("Bearer " + TOKEN, new ArticleIngestor.Request("after-rollback.txt", null, false,
                "Lake treaty talks\n\nLesotho said on Tuesday that it backed the lake treaty with Malawi, a minister said.", null, null));
        long lesotho = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from country where code = 'LS' and article_count = 1").getSingleResult()).longValue());
        assertEquals(1, lesotho);
    }

    @Test
    void concurrentIngestionOfDocumentsNamingTheSameNewCountriesStoresEveryDocumentOnce() throws Exception {
        int before = articles();
        String[] countries = {"Zambia", "Botswana", "Namibia", "Angola"};
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> calls = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            for (int i = 0; i < 5; i++) {
                String own = "River report " + t + "-" + i + "\n\n" + countries[(t + i) % 4] + " and " + countries[(t + i + 1) % 4]
                        + " said on Friday that they welcomed the river accord, according to report " + t + "-" + i + ".";
                String shared = "Shared river report " + i + "\n\n" + countries[i % 4] + " said it backed the river accord, officials said.";
                calls.add(pool.submit(() -> ingestor.ingest("Bearer " + TOKEN, new ArticleIngestor.Request(null, null, false, own, "Wire", null))));
                calls.add(pool.submit(() -> ingestor.ingest("Bearer " + TOKEN, new ArticleIngestor.Request(null, null, false, shared, "Wire", null))));
            }
        }
        for (Future<?> call : calls) {
            call.get(60, TimeUnit.SECONDS); // throws when an ingestion failed
        }
        pool.shutdown();
        assertEquals(before + 20 + 5, articles());
        long rows = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from country where code in ('ZM', 'BW', 'NA', 'AO')").getSingleResult()).longValue());
        assertEquals(4, rows);
    }

    // ---- documents that cannot be stored ------------------------------------------------------

    private static ValidatableResponse mutate(String content) {
        Map<String, Object> in = new HashMap<>();
        in.put("content", content);
        in.put("contentType", "TEXT");
        return given().contentType(ContentType.JSON).header("Authorization", "Bearer " + TOKEN)
                .body(Map.of("query", "mutation($in: IngestArticleInput!) { ingestArticle(input: $in) { id claims { totalCount } } }",
                        "variables", Map.of("in", in)))
                .post("/graphql").then().statusCode(200).body(not(org.hamcrest.Matchers.containsString("System error")));
    }

    private static int articles() {
        return given().contentType(ContentType.JSON).body(Map.of("query", "{ articles { totalCount } }")).post("/graphql")
                .then().extract().path("data.articles.totalCount");
    }

    @Test
    void aRunOnSentenceOfAMegabyteIsStoredWithoutClaimsTooLongToQuote() {
        String runOn = "Chile and Peru said the talks went on " + "and on ".repeat(150_000) + "without end.";
        mutate("A very long statement\n\n" + runOn).body("errors", nullValue()).body("data.ingestArticle.claims.totalCount", equalTo(0));
    }

    @Test
    void aDocumentWithMoreStatementsThanTheLimitIsRefusedWhole() {
        int before = articles();
        StringBuilder many = new StringBuilder("Many statements\n\n");
        for (int i = 0; i < 400; i++) {
            many.append("Chile said on day ").append(i).append(" that it welcomed the accord with Peru. ");
        }
        mutate(many.toString()).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("statements"));
        assertEquals(before, articles(), "nothing stored");
    }

    @Test
    void punctuationRunsControlCharactersAndHugeHeadlinesNeverAnswerASystemError() {
        Random random = new Random(7);
        List<String> documents = List.of("?!".repeat(50_000), ".,;:".repeat(30_000) + "\nChile said yes.",
                "T".repeat(5_000) + "\n\nChile and Peru welcomed the accord on Monday, officials said.",
                "\u0001\u0002 Chile \u0007 said \u001b[31m it welcomed \u0000 the accord with Peru.");
        List<String> random8 = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            byte[] bytes = new byte[2_000 + random.nextInt(50_000)];
            random.nextBytes(bytes);
            random8.add(new String(bytes, StandardCharsets.ISO_8859_1));
        }
        for (String doc : Stream.concat(documents.stream(), random8.stream()).toList()) {
            String code = mutate(doc).extract().path("errors[0].extensions.code");
            assertTrue(code == null || code.equals("BAD_USER_INPUT"), "unexpected error code " + code);
        }
    }
}
