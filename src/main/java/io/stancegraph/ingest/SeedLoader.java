package io.stancegraph.ingest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.stancegraph.analysis.ArticleAnalysis;
import io.stancegraph.analysis.ArticleAnalyzer;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * Loads every *.txt, *.html and *.htm file of the seeds directory at startup, one transaction per
 * article. A file that cannot be read or analysed is logged and skipped; the others load.
 */
@ApplicationScoped
public class SeedLoader {

    private static final Logger LOG = Logger.getLogger(SeedLoader.class);

    @Inject
    StanceGraphConfig config;

    @Inject
    ArticleAnalyzer analyzer;

    @Inject
    CorpusWriter writer;

    @Inject
    CorpusStatus status;

    void onStart(@Observes StartupEvent event) {
        if (!config.seeds().enabled()) {
            LOG.info("seed loading disabled (stancegraph.seeds.enabled=false)");
            status.loaded(new LoadReport(List.of(), List.of(), List.of(), 0));
            return;
        }
        status.loaded(load(Path.of(config.seeds().dir())));
    }

    /** Loads the documents of a directory; never throws for a bad file or a missing directory. */
    public LoadReport load(Path dir) {
        long started = System.nanoTime();
        List<String> loaded = new ArrayList<>();
        List<String> already = new ArrayList<>();
        List<LoadReport.Skipped> skipped = new ArrayList<>();
        for (Path file : documents(dir)) {
            long t0 = System.nanoTime();
            String name = file.getFileName().toString();
            try {
                ArticleAnalysis analysis = analyzer.analyze(name, Files.readAllBytes(file));
                CorpusWriter.Stored stored = QuarkusTransaction.requiringNew().call(() -> writer.store(name, analysis));
                (stored.created() ? loaded : already).add(name);
                LOG.infof("document %s: %s, %d countries, %d claims, %d ms", name, stored.created() ? "loaded" : "already stored",
                        analysis.stances().size(), analysis.claims().size(), (System.nanoTime() - t0) / 1_000_000);
            } catch (UnreadableDocumentException e) {
                skipped.add(new LoadReport.Skipped(name, e.getMessage()));
                LOG.warnf("document %s: skipped, %s, %d ms", name, e.getMessage(), (System.nanoTime() - t0) / 1_000_000);
            } catch (IOException | RuntimeException e) {
                skipped.add(new LoadReport.Skipped(name, e.toString()));
                LOG.errorf(e, "document %s: skipped, %s, %d ms", name, e, (System.nanoTime() - t0) / 1_000_000);
            }
        }
        if (!loaded.isEmpty()) {
            writer.refreshCorpus();
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        QuarkusTransaction.requiringNew().run(() -> LOG.infof(
                "corpus ready from %s: %d articles (%d new, %d already stored, %d skipped), %d claims, %d countries, %d sources, %d ms",
                dir, Article.count(), loaded.size(), already.size(), skipped.size(), Claim.count(),
                Country.count("articleCount > 0"), Source.count(), millis));
        return new LoadReport(List.copyOf(loaded), List.copyOf(already), List.copyOf(skipped), millis);
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

    static boolean isDocument(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".html") || name.endsWith(".htm");
    }
}
