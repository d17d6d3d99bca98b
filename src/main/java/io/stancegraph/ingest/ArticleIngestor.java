package io.stancegraph.ingest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.mutiny.Multi;
import io.stancegraph.analysis.ArticleAnalysis;
import io.stancegraph.analysis.ArticleAnalyzer;
import io.stancegraph.analysis.CorpusEvent;
import io.stancegraph.analysis.Dates;
import io.stancegraph.analysis.EventDetector;
import io.stancegraph.analysis.UnreadableDocumentException;
import io.stancegraph.config.StanceGraphConfig;
import io.stancegraph.model.Article;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.jboss.logging.Logger;

/**
 * Ingestion at run time: checks the caller's token (constant-time), validates the input, analyses
 * and stores the document, updating what it touches, in one transaction, and announces the new article.
 */
@ApplicationScoped
public class ArticleIngestor {

    private static final Logger LOG = Logger.getLogger(ArticleIngestor.class);

    /** What a client sends. */
    public record Request(String fileName, String url, boolean html, String content, String publisher, String publishedOn) {
    }

    @Inject
    StanceGraphConfig config;

    @Inject
    AnalysisThreads threads;

    @Inject
    ArticleAnalyzer analyzer;

    @Inject
    EventService events;

    @Inject
    IngestMetrics metrics;

    @Inject
    CorpusUpkeep upkeep;

    @Inject
    CorpusVersions versions;

    /** Uids of newly stored articles, through any replica. */
    public Multi<String> ingested() {
        return versions.ingested();
    }

    /** Derives everything from the stored articles again (authorised like ingestion); returns the number of articles. */
    public long recompute(String authorization) throws IngestRejected {
        authorize(authorization);
        long t0 = System.nanoTime();
        upkeep.recomputeAll();
        long articles = QuarkusTransaction.requiringNew().call(() -> Article.count());
        LOG.infof("corpus recomputed by mutation: %d articles, %d ms", articles, (System.nanoTime() - t0) / 1_000_000);
        return articles;
    }

    /** One document: analysed and stored in one transaction with everything it changes. */
    public Article ingest(String authorization, Request r) throws IngestRejected {
        authorize(authorization);
        long t0 = System.nanoTime();
        Analysed a = analyse(r, null);
        return store(a, t0);
    }

    /** The outcome of one document of a bulk ingestion: its article, or why it was refused. */
    public record Outcome(Article article, IngestRejected rejected) {
    }

    /**
     * Many documents: analysed in parallel on all cores, then stored in order, each in its own
     * transaction (all or nothing per document); one refused document does not stop the others.
     */
    public List<Outcome> ingestAll(String authorization, List<Request> requests) throws IngestRejected {
        authorize(authorization);
        if (requests.size() > config.ingest().maxBatch()) {
            throw new IngestRejected(IngestRejected.Reason.BAD_INPUT, requests.size() + " documents in one call, more than the limit of "
                    + config.ingest().maxBatch() + "; send them in several calls");
        }
        long t0 = System.nanoTime();
        CorpusEvent event = events.resolve(() -> requests.stream().map(this::leadOrNull).filter(Objects::nonNull).toList());
        List<CompletableFuture<Object>> analysed = requests.stream()
                .map(r -> CompletableFuture.supplyAsync(() -> {
                    try {
                        return (Object) analyse(r, event);
                    } catch (IngestRejected e) {
                        return e;
                    }
                }, threads.pool())).toList();
        List<Outcome> out = new ArrayList<>();
        for (CompletableFuture<Object> f : analysed) {
            Object a = f.join();
            if (a instanceof IngestRejected rejected) {
                out.add(new Outcome(null, rejected));
                continue;
            }
            try {
                out.add(new Outcome(store((Analysed) a, System.nanoTime()), null));
            } catch (IngestRejected rejected) {
                out.add(new Outcome(null, rejected));
            }
        }
        LOG.infof("bulk ingestion: %d documents, %d stored or found, %d ms", requests.size(),
                out.stream().filter(o -> o.article() != null).count(), (System.nanoTime() - t0) / 1_000_000);
        return out;
    }

    /** A validated and analysed document with the name it is stored under. */
    private record Analysed(String fileName, ArticleAnalysis analysis) {
    }

    private EventDetector.Lead leadOrNull(Request r) {
        try {
            return analyzer.lead(readAs(r), validate(r));
        } catch (UnreadableDocumentException | IngestRejected | RuntimeException e) {
            return null;
        }
    }

    private static String readAs(Request r) {
        String name = name(r);
        return (name == null ? "ingested" : name) + (r.html() ? ".html" : ".txt");
    }

    private static String name(Request r) {
        return r.fileName() != null && !r.fileName().isBlank() ? r.fileName().strip()
                : r.url() != null && !r.url().isBlank() ? r.url().strip() : null;
    }

    /** Validates and analyses a document against the event (resolved from this document when null). */
    private Analysed analyse(Request r, CorpusEvent known) throws IngestRejected {
        byte[] bytes = validate(r);
        LocalDate date = parseDate(r.publishedOn());
        ArticleAnalysis analysis;
        try {
            CorpusEvent event = known != null ? known : events.resolve(() -> {
                try {
                    return List.of(analyzer.lead(readAs(r), bytes));
                } catch (UnreadableDocumentException e) {
                    return List.of();
                }
            });
            analysis = analyzer.analyze(readAs(r), bytes, event).withMetadata(r.publisher(), date, analyzer.gazetteer());
        } catch (UnreadableDocumentException e) {
            metrics.skipped();
            throw new IngestRejected(IngestRejected.Reason.BAD_INPUT, "cannot read the document: " + e.getMessage());
        }
        if (analysis.claims().size() > config.ingest().maxClaims()) {
            metrics.skipped();
            throw new IngestRejected(IngestRejected.Reason.BAD_INPUT, "the document yields " + analysis.claims().size()
                    + " statements, more than the limit of " + config.ingest().maxClaims() + "; split it into articles");
        }
        String name = name(r);
        return new Analysed(name != null ? name : "ingested-" + analysis.contentHash().substring(0, 12) + (r.html() ? ".html" : ".txt"),
                analysis);
    }

    /** Stores an analysed document and what it changes in one transaction, again when another writer won a race. */
    private Article store(Analysed a, long t0) throws IngestRejected {
        String fileName = a.fileName();
        ArticleAnalysis analysis = a.analysis();
        CorpusWriter.Stored stored;
        try {
            stored = StoreAttempts.run(fileName, () -> upkeep.store(fileName, analysis));
        } catch (IngestRejected e) {
            metrics.skipped();
            throw e;
        }
        if (stored.created()) {
            metrics.loaded();
            versions.announce(stored.article().uid);
        } else {
            metrics.already();
        }
        LOG.infof("document %s: %s by mutation, %d countries, %d claims, %d ms", fileName, stored.created() ? "ingested" : "already stored",
                analysis.stances().size(), analysis.claims().size(), (System.nanoTime() - t0) / 1_000_000);
        return stored.article();
    }

    /** Checks the caller's bearer token (constant-time). */
    public void authorize(String authorization) throws IngestRejected {
        String expected = config.ingest().token().filter(t -> !t.isBlank()).orElse(null);
        if (expected == null) {
            throw new IngestRejected(IngestRejected.Reason.DISABLED, "ingestion is disabled: set STANCEGRAPH_INGEST_TOKEN to enable it");
        }
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new IngestRejected(IngestRejected.Reason.UNAUTHORIZED, "send Authorization: Bearer <token> to ingest articles");
        }
        byte[] given = authorization.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(given, expected.getBytes(StandardCharsets.UTF_8))) { // constant time
            throw new IngestRejected(IngestRejected.Reason.FORBIDDEN, "the token does not grant ingestion");
        }
    }

    private byte[] validate(Request r) throws IngestRejected {
        if (r.content() == null || r.content().isBlank()) {
            throw new IngestRejected(IngestRejected.Reason.BAD_INPUT, "content is empty");
        }
        byte[] bytes = r.content().getBytes(StandardCharsets.UTF_8);
        if (bytes.length > config.ingest().maxBytes()) {
            throw new IngestRejected(IngestRejected.Reason.BAD_INPUT,
                    "content is " + bytes.length + " bytes, more than the limit of " + config.ingest().maxBytes());
        }
        return bytes;
    }

    private static LocalDate parseDate(String value) throws IngestRejected {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return Dates.find(value).orElseThrow(() ->
                    new IngestRejected(IngestRejected.Reason.BAD_INPUT, "publishedOn '" + value + "' is not a date (YYYY-MM-DD)"));
        }
    }
}
