package io.stancegraph.ingest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.stancegraph.analysis.ArticleAnalysis;
import io.stancegraph.analysis.ArticleAnalyzer;
import io.stancegraph.analysis.CorpusEvent;
import io.stancegraph.analysis.EventDetector;
import io.stancegraph.analysis.UnreadableDocumentException;
import io.stancegraph.config.StanceGraphConfig;
import io.stancegraph.model.Article;
import io.stancegraph.model.Claim;
import io.stancegraph.model.Country;
import io.stancegraph.model.Source;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * Loads every document file of the seeds directory at startup ({@link #DOCUMENT_EXTENSIONS}), one transaction per
 * article. A file that cannot be read or analysed is logged and skipped; the others load.
 */
@ApplicationScoped
public class SeedLoader {

    private static final Logger LOG = Logger.getLogger(SeedLoader.class);
    /** How many documents event detection reads. */
    static final int EVENT_SAMPLE = 200;
    /** Articles stored per transaction at startup. */
    static final int BATCH = 50;

    @Inject
    StanceGraphConfig config;

    @Inject
    AnalysisThreads threads;

    @Inject
    ArticleAnalyzer analyzer;

    @Inject
    CorpusWriter writer;

    @Inject
    EventService events;

    @Inject
    CorpusStatus status;

    @Inject
    CorpusUpkeep upkeep;

    @Inject
    IngestMetrics metrics;

    void onStart(@Observes StartupEvent event) {
        if (!config.seeds().enabled()) {
            LOG.info("seed loading disabled (stancegraph.seeds.enabled=false)");
            if (config.corpus().recomputeAtStart()) {
                upkeep.recomputeAll();
            }
            status.loaded(new LoadReport(List.of(), List.of(), List.of(), 0));
            return;
        }
        status.loaded(load(Path.of(config.seeds().dir())));
    }

    /**
     * Loads the documents of a directory; never throws for a bad file or a missing directory.
     * Documents are read and analysed in parallel (the analysis is stateless) and stored in
     * file-name order, {@value #BATCH} articles a transaction; when a batch fails, its articles are
     * stored one by one, so a bad document loses only itself.
     */
    public LoadReport load(Path dir) {
        long started = System.nanoTime();
        List<String> loaded = new ArrayList<>();
        List<String> already = new ArrayList<>();
        List<LoadReport.Skipped> skipped = new ArrayList<>();
        List<Path> files = documents(dir);
        CorpusEvent event = events.resolve(() -> leads(files));
        Deque<Future<Analysed>> window = new ArrayDeque<>();
        try {
            List<Analysed> batch = new ArrayList<>();
            int next = 0;
            while (next < files.size() || !window.isEmpty()) {
                while (next < files.size() && window.size() < AnalysisThreads.count() * 8) {
                    Path file = files.get(next++);
                    window.add(threads.pool().submit(() -> analyse(file, event)));
                }
                batch.add(window.poll().get());
                if (batch.size() == BATCH || next == files.size() && window.isEmpty()) {
                    storeBatch(batch, loaded, already, skipped);
                    batch.clear();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.warn("loading interrupted");
        } catch (ExecutionException e) {
            throw new IllegalStateException("analysis failed unexpectedly", e.getCause());
        } finally {
            window.forEach(f -> f.cancel(true)); // none are left unless loading stopped early
        }
        if (!loaded.isEmpty() || config.corpus().recomputeAtStart()) {
            upkeep.recomputeAll(); // one pass over the corpus instead of one update per stored article
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        QuarkusTransaction.requiringNew().run(() -> LOG.infof(
                "corpus ready from %s: %d articles (%d new, %d already stored, %d skipped), %d claims, %d countries, %d sources, %d ms",
                dir, Article.count(), loaded.size(), already.size(), skipped.size(), Claim.count(),
                Country.count("articleCount > 0"), Source.count(), millis));
        return new LoadReport(List.copyOf(loaded), List.copyOf(already), List.copyOf(skipped), millis);
    }

    /** One document read and analysed, or the reason it could not be. */
    private record Analysed(String name, ArticleAnalysis analysis, String failure, Throwable error, long nanos) {
    }

    /** Headlines and leads of the first documents, for event detection, read on the analysis threads. */
    private List<EventDetector.Lead> leads(List<Path> files) {
        List<Future<EventDetector.Lead>> reads = new ArrayList<>();
        for (Path file : files.subList(0, Math.min(EVENT_SAMPLE, files.size()))) {
            reads.add(threads.pool().submit(() -> analyzer.lead(file.getFileName().toString(), Files.readAllBytes(file))));
        }
        List<EventDetector.Lead> out = new ArrayList<>();
        for (Future<EventDetector.Lead> read : reads) {
            try {
                out.add(read.get());
            } catch (ExecutionException e) {
                // unreadable documents are reported when they are loaded
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return out;
    }

    private Analysed analyse(Path file, CorpusEvent event) {
        long t0 = System.nanoTime();
        String name = file.getFileName().toString();
        try {
            return new Analysed(name, analyzer.analyze(name, Files.readAllBytes(file), event), null, null, System.nanoTime() - t0);
        } catch (UnreadableDocumentException e) {
            return new Analysed(name, null, e.getMessage(), null, System.nanoTime() - t0);
        } catch (IOException | RuntimeException e) {
            return new Analysed(name, null, e.toString(), e, System.nanoTime() - t0);
        }
    }

    private void storeBatch(List<Analysed> batch, List<String> loaded, List<String> already, List<LoadReport.Skipped> skipped) {
        List<Analysed> readable = batch.stream().filter(a -> a.analysis() != null).toList();
        batch.stream().filter(a -> a.analysis() == null).forEach(a -> store(a, loaded, already, skipped));
        long t0 = System.nanoTime();
        List<Boolean> created;
        try {
            created = QuarkusTransaction.requiringNew().call(() -> writer.storeAll(readable.stream()
                    .map(a -> new CorpusWriter.Document(a.name(), a.analysis())).toList()));
        } catch (RuntimeException e) {
            LOG.debugf("batch of %d documents failed (%s); storing them one by one", readable.size(), e);
            readable.forEach(a -> store(a, loaded, already, skipped));
            return;
        }
        long each = (System.nanoTime() - t0) / Math.max(1, readable.size());
        for (int i = 0; i < readable.size(); i++) {
            report(readable.get(i), created.get(i), each, loaded, already);
        }
    }

    private void report(Analysed a, boolean created, long storeNanos, List<String> loaded, List<String> already) {
        (created ? loaded : already).add(a.name());
        if (created) {
            metrics.loaded();
        } else {
            metrics.already();
        }
        LOG.infof("document %s: %s, %d countries, %d claims, %d ms", a.name(), created ? "loaded" : "already stored",
                a.analysis().stances().size(), a.analysis().claims().size(), (a.nanos() + storeNanos) / 1_000_000);
    }

    private void store(Analysed a, List<String> loaded, List<String> already, List<LoadReport.Skipped> skipped) {
        long t0 = System.nanoTime();
        if (a.analysis() == null) {
            metrics.skipped();
            skipped.add(new LoadReport.Skipped(a.name(), a.failure()));
            if (a.error() != null) {
                LOG.errorf(a.error(), "document %s: skipped, %s, %d ms", a.name(), a.failure(), a.nanos() / 1_000_000);
            } else {
                LOG.warnf("document %s: skipped, %s, %d ms", a.name(), a.failure(), a.nanos() / 1_000_000);
            }
            return;
        }
        try {
            CorpusWriter.Stored stored = StoreAttempts.run(a.name(), () -> writer.store(a.name(), a.analysis()));
            report(a, stored.created(), System.nanoTime() - t0, loaded, already);
        } catch (IngestRejected e) {
            metrics.skipped();
            skipped.add(new LoadReport.Skipped(a.name(), e.getMessage()));
            LOG.warnf("document %s: skipped, %s", a.name(), e.getMessage());
        } catch (RuntimeException e) {
            metrics.skipped();
            skipped.add(new LoadReport.Skipped(a.name(), e.toString()));
            LOG.errorf(e, "document %s: skipped, %s", a.name(), e);
        }
    }

    private static List<Path> documents(Path dir) {
        if (!Files.isDirectory(dir)) {
            LOG.warnf("seeds directory %s does not exist; starting with an empty corpus", dir.toAbsolutePath());
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).filter(SeedLoader::isDocument).sorted().toList();
        } catch (IOException e) {
            LOG.errorf(e, "cannot list seeds directory %s", dir);
            return List.of();
        }
    }

    /** Extensions of the files a folder load reads: plain text, Markdown, saved mail, HTML pages and saved feed items. */
    static final List<String> DOCUMENT_EXTENSIONS = List.of(".txt", ".text", ".md", ".markdown", ".eml", ".html", ".htm", ".xhtml",
            ".xml", ".rss", ".atom");

    static boolean isDocument(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return DOCUMENT_EXTENSIONS.stream().anyMatch(name::endsWith);
    }
}
