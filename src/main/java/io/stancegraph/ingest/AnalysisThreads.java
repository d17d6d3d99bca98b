package io.stancegraph.ingest;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The threads that analyse documents, one per core, shared by the startup loader, bulk ingestion and
 * backfills (the analysis is plain Java and CPU-bound: more threads than cores would only contend).
 */
@ApplicationScoped
public class AnalysisThreads {

    private final ExecutorService pool = Executors.newFixedThreadPool(count(), r -> {
        Thread t = new Thread(r, "stancegraph-analysis");
        t.setDaemon(true);
        return t;
    });

    /** How many analyses run at once. */
    public static int count() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    public ExecutorService pool() {
        return pool;
    }

    void stop(@Observes ShutdownEvent event) {
        pool.shutdownNow();
    }
}
