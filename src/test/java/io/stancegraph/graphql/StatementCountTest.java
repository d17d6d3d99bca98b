package io.stancegraph.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.stancegraph.bench.CorpusGenerator;
import io.stancegraph.ingest.CorpusChanged;
import io.stancegraph.ingest.LoadReport;
import io.stancegraph.ingest.SeedLoader;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/** No N+1: the headline query costs the same few SQL statements on 100 and on 1,000 articles, an ingestion the same for two countries as for six. */
@QuarkusTest
@TestProfile(StatementCountTest.WithStatistics.class)
class StatementCountTest {

    public static class WithStatistics implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("stancegraph.seeds.enabled", "false", "quarkus.hibernate-orm.statistics", "true",
                    "stancegraph.ingest.token", "count-token",
                    "quarkus.log.category.\"io.stancegraph.ingest\".level", "WARN",
                    // the version poll and the backfill worker would count as statements
                    "stancegraph.corpus.poll-interval", "0", "stancegraph.backfill.poll-interval", "0");
        }
    }

    static final String ALL_COUNTRIES_HEADLINE = """
            { countries { code name stance { position summary quotes(first: 5) {
                nodes { quote certainty article { title publisher { name } } } } } } }""";

    @Inject
    SeedLoader loader;

    @Inject
    EntityManagerFactory emf;

    @Inject
    CorpusCache cache;

    @Test
    void headlineQueryStatementsDoNotGrowWithTheCorpus() throws Exception {
        Path dir = Files.createTempDirectory("stancegraph-corpus");
        List<String> pool = CorpusGenerator.sentencePool(Path.of("seeds"), Path.of("src/test/resources/gold/articles"));
        CorpusGenerator.generate(pool, dir, 100, 7, 0);
        LoadReport first = loader.load(dir);
        assertEquals(100, first.loaded().size());
        long at100 = statementsFor(ALL_COUNTRIES_HEADLINE);

        CorpusGenerator.generate(pool, dir, 900, 7, 100);
        LoadReport second = loader.load(dir);
        assertEquals(900, second.loaded().size());
        long at1000 = statementsFor(ALL_COUNTRIES_HEADLINE);

        System.out.printf("headline query: %d SQL statements at 100 articles, %d at 1,000%n", at100, at1000);
        assertEquals(at100, at1000);
        assertTrue(at1000 <= 10, "statements: " + at1000);
    }

    @Inject
    io.stancegraph.ingest.ArticleIngestor ingestor;

    @Test
    void anIngestionCostsNoMoreStatementsForEachCountryItNames() throws Exception {
        String six = "Chile, Peru, Bolivia, Ecuador, Colombia and Uruguay";
        String two = "Chile and Peru";
        ingest("prime.txt", six + " signed a river treaty on Monday.", "The treaty was welcomed across the region.");
        long forTwo = ingestionStatements("two.txt", two + " welcomed the river treaty on Tuesday.", two + " said the treaty would help.");
        long forSix = ingestionStatements("six.txt", six + " welcomed the river treaty on Tuesday.", six + " said the treaty would help.");
        System.out.printf("ingestion: %d SQL statements for an article naming two countries, %d for six%n", forTwo, forSix);
        assertTrue(forSix - forTwo <= 2, "statements for two countries: " + forTwo + ", for six: " + forSix);
    }

    private long ingestionStatements(String name, String... sentences) throws Exception {
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        ingest(name, sentences);
        return stats.getPrepareStatementCount();
    }

    private void ingest(String name, String... sentences) throws Exception {
        ingestor.ingest("Bearer count-token", new io.stancegraph.ingest.ArticleIngestor.Request(name, null, false,
                "River treaty " + name + "\n\n" + String.join("\n\n", sentences), "Example Wire", "2026-11-30"));
    }

    /** Statements of one execution with an empty read cache (a cached answer costs none). */
    private long statementsFor(String query) {
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        cache.onChange(new CorpusChanged(0));
        stats.clear();
        GraphQL.post(query).statusCode(200).body("errors", org.hamcrest.Matchers.nullValue());
        long cold = stats.getPrepareStatementCount();
        stats.clear();
        GraphQL.post(query).statusCode(200);
        assertEquals(0, stats.getPrepareStatementCount(), "a repeated query is answered from the read cache");
        return cold;
    }
}
