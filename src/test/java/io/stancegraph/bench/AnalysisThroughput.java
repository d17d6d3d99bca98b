package io.stancegraph.bench;

import io.stancegraph.analysis.ArticleAnalyzer;
import io.stancegraph.analysis.CorpusEvent;
import io.stancegraph.analysis.EventDetector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Analysis alone: reads every document of a folder into memory, detects the event from the first
 * 200, warms up, then analyses all documents on THREADS threads (1 unless given) and prints articles per second.
 * Usage: AnalysisThroughput FOLDER [THREADS]
 */
public final class AnalysisThroughput {

    private AnalysisThroughput() {
    }

    public static void main(String[] args) throws Exception {
        List<Path> files;
        try (var list = Files.list(Path.of(args[0]))) {
            files = list.filter(Files::isRegularFile).sorted().toList();
        }
        List<byte[]> docs = new ArrayList<>();
        for (Path f : files) {
            docs.add(Files.readAllBytes(f));
        }
        ArticleAnalyzer analyzer = ArticleAnalyzer.standard();
        List<EventDetector.Lead> leads = new ArrayList<>();
        for (int i = 0; i < Math.min(200, docs.size()); i++) {
            leads.add(analyzer.lead(files.get(i).getFileName().toString(), docs.get(i)));
        }
        CorpusEvent event = analyzer.eventDetector().detect(leads);
        for (int i = 0; i < Math.min(200, docs.size()); i++) { // warm-up
            analyzer.analyze(files.get(i).getFileName().toString(), docs.get(i), event);
        }
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger next = new AtomicInteger();
        long t0 = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < docs.size(); i = next.getAndIncrement()) {
                    analyzer.analyze(files.get(i).getFileName().toString(), docs.get(i), event);
                }
                return null;
            }));
        }
        for (var w : workers) {
            w.get();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        System.out.printf("analysis: %d articles in %.2f s on %d thread(s): %.0f articles/s%n", docs.size(), seconds, threads,
                docs.size() / seconds);
    }
}
